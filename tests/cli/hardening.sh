#!/bin/sh
# CLI tests of the hardening guarantees (README "Limits" and "Nothing
# lost"): an interrupted, failing or out-of-space render never leaves a
# temporary or half file and never harms the previous good output; specs
# read data only under their folder and --allow-dir; documented limits give
# clear errors. The full-disk and read-only cases mount a tiny tmpfs and are
# skipped ("# SKIP") when mounting is not permitted. Prints TAP.
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
TUJIE=${TJ_BUILD:-$ROOT/build}/tujie
T=$(mktemp -d)
MT=$T/mnt
cleanup() {
    mountpoint -q "$MT" 2>/dev/null && umount "$MT"
    rm -rf "$T"
}
trap cleanup EXIT
n=0; fails=0
pass() { n=$((n + 1)); echo "ok $n - $1"; }
fail() { n=$((n + 1)); fails=$((fails + 1)); echo "not ok $n - $1"; [ -f "$T/err" ] && sed 's/^/# /' "$T/err" | head -10; }
skip() { n=$((n + 1)); echo "ok $n # SKIP $1"; }
check() { name=$1; shift; if "$@"; then pass "$name"; else fail "$name"; fi; }
no_temp() { [ -z "$(find "$1" -maxdepth 1 -name '.*.??????' 2>/dev/null)" ]; }

printf '年份,值\n2019,1\n2020,2\n' > "$T/d.csv"
i=0; while [ $i -lt 500 ]; do printf '一二三四五六七八九十' >> "$T/big.txt"; i=$((i + 1)); done
BAR="$TUJIE bar $T/d.csv --x 年份 --y 值"
$BAR -o "$T/good.png" 2>"$T/err" || fail "a small bar chart renders"
cp "$T/good.png" "$T/good.ref"

# ---- a signal in the middle of a large render -----------------------------
# A 2000 × 200000 px PNG takes seconds; the signal comes once the temporary
# file exists. The handler removes it and dies of the signal.
interrupt() {  # signal name, expected exit status
    sig=$1; want=$2
    rm -f "$T"/.tall.png.*
    cp "$T/good.ref" "$T/tall.png"
    # (env resets the signal: a background job of a script starts with SIGINT ignored)
    env --default-signal="$sig" $BAR --width 1000 --height 100000 --scale 2 \
        -o "$T/tall.png" 2>"$T/err" &
    pid=$!
    i=0
    while no_temp "$T" && [ $i -lt 1000 ] && kill -0 $pid 2>/dev/null; do
        sleep 0.01; i=$((i + 1))
    done
    saw=no; no_temp "$T" || saw=yes
    sleep 0.2
    kill -s "$sig" $pid 2>/dev/null
    wait $pid
    rc=$?
    if [ $saw = yes ] && [ $rc -eq "$want" ] && no_temp "$T" && cmp -s "$T/tall.png" "$T/good.ref"; then
        pass "SIG$sig during a 200000-px render: exit $rc, temporary file removed, old file intact"
    else
        fail "SIG$sig during a render: saw temp $saw, exit $rc (want $want), temp left: $(find "$T" -name '.tall*' | wc -l)"
    fi
}
interrupt TERM 143
interrupt INT 130

# ---- a failing render ------------------------------------------------------
cp "$T/good.ref" "$T/out.png"
$BAR --y 没有这列 -o "$T/out.png" 2>"$T/err"
rc=$?
check "a failing render exits 1, keeps the old file and leaves no temporary" \
    sh -c "[ $rc -eq 1 ] && cmp -s '$T/out.png' '$T/good.ref' && [ -z \"\$(find '$T' -maxdepth 1 -name '.out.png.*')\" ]"

# ---- full disk and read-only folder (tmpfs, root only) ---------------------
# 64 KiB of tmpfs: the old file takes a page, a filler 14 more, so one 4 KiB
# page is left — less than any of the three outputs needs.
mkdir -p "$MT"
if [ "$(id -u)" -eq 0 ] && mount -t tmpfs -o size=64k tmpfs "$MT" 2>/dev/null; then
    head -c 57344 /dev/zero > "$MT/filler"
    for fmt in png svg pdf; do
        printf 'old' > "$MT/out.$fmt"
        $BAR -o "$MT/out.$fmt" 2>"$T/err"
        rc=$?
        check "full disk ($fmt): exit 1, the message names the file and ENOSPC" sh -c \
            "[ $rc -eq 1 ] && grep -q 'cannot write “$MT/out.$fmt”: No space left on device' '$T/err'"
        check "full disk ($fmt): the old file is intact, no temporary file is left" sh -c \
            "[ \"\$(cat '$MT/out.$fmt')\" = old ] && [ -z \"\$(ls -A '$MT' | grep '^\\.')\" ]"
        rm -f "$MT/out.$fmt"
    done
    rm -f "$MT/filler"
    printf 'old' > "$MT/out.png"
    mount -o remount,ro "$MT"
    $BAR -o "$MT/out.png" 2>"$T/err"
    rc=$?
    check "read-only folder: exit 1, the message names the file and the folder" sh -c \
        "[ $rc -eq 1 ] && grep -q 'cannot write “$MT/out.png”: cannot create a file in “$MT”: Read-only file system' '$T/err'"
    check "read-only folder: the old file is intact" sh -c "[ \"\$(cat '$MT/out.png')\" = old ]"
    umount "$MT"
else
    for what in "full disk (png)" "full disk (png): old file" "full disk (svg)" \
                "full disk (svg): old file" "full disk (pdf)" "full disk (pdf): old file" \
                "read-only folder: message" "read-only folder: old file"; do
        skip "$what (mounting a tmpfs is not permitted here)"
    done
fi

# ---- where a spec may read from --------------------------------------------
mkdir -p "$T/spec/sub" "$T/other"
cp "$T/d.csv" "$T/spec/sub/in.csv"
cp "$T/d.csv" "$T/other/out.csv"
ln -s "$T/other/out.csv" "$T/spec/link.csv"
ln -s "$T/spec/sub/in.csv" "$T/spec/inner-link.csv"
spec() {  # name, data path
    printf 'bar: {x: 年份, y: 值}\ndata: %s\n' "$2" > "$T/spec/$1.yaml"
}
spec up ../other/out.csv
spec abs "$T/other/out.csv"
spec link link.csv
spec inside sub/in.csv
spec inner inner-link.csv
spec absin "$T/spec/sub/in.csv"
refused() {  # spec name, words
    "$TUJIE" check "$T/spec/$1.yaml" >/dev/null 2>"$T/err"
    rc=$?
    check "a spec reading $2 is refused at 2:7, naming --allow-dir" sh -c \
        "[ $rc -eq 1 ] && grep -q '^tujie: $T/spec/$1.yaml:2:7: data: .*outside the spec.s folder' '$T/err' &&
         grep -q -- '--allow-dir DIR' '$T/err'"
}
refused up "../other/out.csv"
refused abs "an absolute path outside"
refused link "through a symbolic link"
check "symbolic link named in the message" grep -q 'leads through a symbolic link to “.*other/out.csv”' "$T/err"
check "paths under the spec's folder are read (plain, link inside, absolute inside)" sh -c \
    "{ '$TUJIE' check '$T/spec/inside.yaml' && '$TUJIE' check '$T/spec/inner.yaml' &&
     '$TUJIE' check '$T/spec/absin.yaml'; } >/dev/null 2>'$T/err'"
check "--allow-dir lets a spec read another folder (check and render)" sh -c \
    "{ '$TUJIE' check --allow-dir '$T/other' '$T/spec/up.yaml' &&
       '$TUJIE' check --allow-dir '$T/nothing' --allow-dir '$T/other' '$T/spec/link.yaml' &&
       '$TUJIE' render --allow-dir '$T/other' '$T/spec/abs.yaml' -o '$T/abs.svg'; } >/dev/null 2>'$T/err'"
"$TUJIE" check --allow-dir "$T/nothing" "$T/spec/up.yaml" >/dev/null 2>"$T/err"
check "with --allow-dir elsewhere the message says so" \
    grep -q 'outside the spec.s folder “.*” and the --allow-dir folders' "$T/err"

# ---- limits ----------------------------------------------------------------
start=$(date +%s)
$BAR --width 100000 --height 100000 -o "$T/huge.png" 2>"$T/err"
rc=$?
check "a 100000 × 100000 px image is refused before drawing (exit 1, the limit named)" sh -c \
    "[ $rc -eq 1 ] && grep -q 'the image would be 100000 × 100000 px; the limit is' '$T/err' &&
     [ ! -e '$T/huge.png' ] && [ \$((\$(date +%s) - $start)) -lt 20 ]"
# tall enough for its 20000-px type (a 500-px box leaves no plot: refused)
$BAR --width 20000 --height 4000 --scale 2 -o "$T/wide.png" 2>"$T/err"
check "a PNG wider than 32767 px after --scale is refused" \
    grep -q 'a PNG can be at most 32767 px wide, this one would be 40000 px' "$T/err"
title=$(head -c 12291 "$T/big.txt")  # 4097 characters
$BAR --title "$title" -o "$T/long.png" 2>"$T/err"
rc=$?
check "a title of 4097 characters is refused (exit 1, the limit named)" sh -c \
    "[ $rc -eq 1 ] && grep -q 'title: text of 4097 characters; the limit is 4096' '$T/err'"

# ---- fuzz findings through the command ----------------------------------------
$BAR --y "," -o "$T/none.png" 2>"$T/err"
rc=$?
check "--y with no column is a usage error, not a crash" sh -c \
    "[ $rc -eq 2 ] && grep -q 'names no column' '$T/err'"

echo "1..$n"
[ $fails -eq 0 ]
