#!/bin/sh
# CLI tests of the promises `tujie batch` keeps about what it writes
# (docs/batch.md): the bundle only when every job succeeded
# (--bundle-partial for the rest), outputs and stamps confined under the
# output folder, a lock that refuses a second run into one folder while
# shards of one split share it, temporaries of a killed run swept, one
# message per cause, and death by the signal that stopped it. Prints TAP.
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
TUJIE=${TJ_BUILD:-$ROOT/build}/tujie
T=$(mktemp -d)
MT="$T/mnt"
trap 'umount "$MT" 2>/dev/null; rm -rf "$T"' EXIT
n=0; fails=0
pass() { n=$((n + 1)); echo "ok $n - $1"; }
fail() { n=$((n + 1)); fails=$((fails + 1)); echo "not ok $n - $1"; sed 's/^/# /' "$T/err" 2>/dev/null | head -20; }
skip() { n=$((n + 1)); echo "ok $n - $1 # SKIP $2"; }
check() { name=$1; shift; if "$@" >"$T/out" 2>"$T/err"; then pass "$name"; else fail "$name"; fi; }
pages() { pdfinfo "$1" 2>/dev/null | sed -n 's/^Pages: *//p'; }
# tujie's temporary files (".NAME.XXXXXX") under $1, stamps' and locks' aside
temps() {
    find "$1" -type f \( -name '.*.??????' ! -name '.tujie-lock*' -o -path '*/.tujie-stamps/*.stamp.??????' \) 2>/dev/null
}
# waits (at most 60 s) until $1 has a PNG or process $2 is gone
wait_png() {
    w=0
    while [ -z "$(find "$1" -name '*.png' 2>/dev/null | head -1)" ] && [ $w -lt 300 ] &&
          kill -0 "$2" 2>/dev/null; do sleep 0.2; w=$((w + 1)); done
}

cp -r "$ROOT/examples/dongcheng-2021" "$T/ex"
JOBS=$(find "$T/ex" -name '*.yaml' | wc -l)
# a slow batch: 40 pages, one worker; stopped (SIGSTOP) while the
# checks run against the folder it holds, continued to take its signal
mkdir -p "$T/slow"
cp "$T/ex/"*.csv "$T/slow/"
cp -r "$T/ex/icons" "$T/slow/" 2>/dev/null
i=0
while [ $i -lt 40 ]; do cp "$T/ex/tujie.yaml" "$T/slow/p$i.yaml"; i=$((i + 1)); done
slow() {  # outdir, extra options…: a slow batch in the background; pid in $pid
    o=$1; shift
    env --default-signal=INT "$TUJIE" batch "$T/slow" -o "$o" -j 1 "$@" >/dev/null 2>"$T/slow.err" &
    pid=$!
}

# ---- the bundle: all or nothing, unless --bundle-partial ------------------
"$TUJIE" batch "$T/ex" -o "$T/b" --bundle "$T/b.pdf" 2>/dev/null
cp "$T/b.pdf" "$T/b.before.pdf"
sed -i 's/^  value: 数值$/  value: 数直/' "$T/ex/chart-gdp-kpi.yaml"
"$TUJIE" batch "$T/ex" -o "$T/b" --bundle "$T/b.pdf" >"$T/out" 2>"$T/err"
rc=$?
if [ $rc -eq 1 ] && cmp -s "$T/b.pdf" "$T/b.before.pdf" && [ "$(pages "$T/b.pdf")" -eq "$JOBS" ] &&
   grep -q "1 of $JOBS jobs failed; bundle not written: the previous $T/b.pdf is kept (--bundle-partial" "$T/err"; then
    pass "a failed job keeps the previous bundle whole, and the summary says so (exit 1)"
else fail "bundle with a failed job (exit $rc, $(pages "$T/b.pdf") pages)"; fi
rm -f "$T/b.pdf"
"$TUJIE" batch "$T/ex" -o "$T/b" --bundle "$T/b.pdf" >"$T/out" 2>"$T/err"
if [ ! -e "$T/b.pdf" ] && grep -q "bundle $T/b.pdf not written" "$T/err"; then
    pass "no bundle at all is written when a job failed and there was none"
else fail "no previous bundle"; fi
"$TUJIE" batch "$T/ex" -o "$T/b" --bundle "$T/b.pdf" --bundle-partial >"$T/out" 2>"$T/err"
rc=$?
if [ $rc -eq 1 ] && [ "$(pages "$T/b.pdf")" -eq $((JOBS - 1)) ] &&
   grep -q "the bundle $T/b.pdf was written without them" "$T/err"; then
    pass "--bundle-partial writes the others' pages and says so (exit 1)"
else fail "--bundle-partial (exit $rc, $(pages "$T/b.pdf") pages)"; fi
sed -i 's/^  value: 数直$/  value: 数值/' "$T/ex/chart-gdp-kpi.yaml"
"$TUJIE" batch "$T/ex" -o "$T/b" --bundle-partial >"$T/out" 2>"$T/err"
rc=$?
if [ $rc -eq 2 ] && grep -q -- '--bundle-partial: expected --bundle FILE.pdf too' "$T/err"; then
    pass "--bundle-partial without --bundle is a usage error"
else fail "--bundle-partial alone (exit $rc)"; fi

# ---- outputs and stamps stay under the output folder --------------------
mkdir -p "$T/p/specs" "$T/p/lists"
cp "$T/ex/chart-pm25-kpi.yaml" "$T/ex/indicators-2020.csv" "$T/p/specs/"
printf 'jobs:\n  - ../specs/chart-pm25-kpi.yaml\n' > "$T/p/lists/up.yml"
"$TUJIE" batch "$T/p/lists/up.yml" -o "$T/p/lists/out" >"$T/out" 2>"$T/err"
rc=$?
if [ $rc -eq 1 ] && grep -q "up.yml:2:5: job “../specs/chart-pm25-kpi.yaml” would write outside the output folder" "$T/err" &&
   [ -z "$(find "$T/p" -name '*.png' -o -name '*.stamp')" ]; then
    pass "a manifest entry with ../ is refused at its file:line:col, nothing written"
else fail "../ in a manifest (exit $rc): $(find "$T/p" -name '*.png' -o -name '*.stamp' | tr '\n' ' ')"; fi
printf -- '- %s\n' "$T/p/specs/chart-pm25-kpi.yaml" > "$T/p/lists/abs.yml"
"$TUJIE" batch "$T/p/lists/abs.yml" -o "$T/p/lists/out" >"$T/out" 2>"$T/err"
rc=$?
if [ $rc -eq 1 ] && grep -q "abs.yml:1:3: job “$T/p/specs/chart-pm25-kpi.yaml” would write outside" "$T/err"; then
    pass "an absolute path in a manifest is refused at its place"
else fail "absolute path in a manifest (exit $rc)"; fi
printf 'jobs:\n  - {spec: ../specs/chart-pm25-kpi.yaml, out: air/pm25}\n  - {spec: ../specs/chart-pm25-kpi.yaml, out: ../../x}\n' > "$T/p/lists/out.yml"
"$TUJIE" batch "$T/p/lists/out.yml" -o "$T/p/lists/out" >"$T/out" 2>"$T/err"
rc=$?
if [ $rc -eq 1 ] && grep -q 'out.yml:3:47: out: “../../x” would write outside the output folder' "$T/err"; then
    pass "out: is checked too"
else fail "out: outside (exit $rc)"; fi
printf 'jobs:\n  - {spec: ../specs/chart-pm25-kpi.yaml, out: air/pm25}\n' > "$T/p/lists/out.yml"
check "out: NAME places a spec from elsewhere inside the output folder, its stamp under .tujie-stamps" sh -c \
    "'$TUJIE' batch '$T/p/lists/out.yml' -o '$T/p/lists/out' && test -s '$T/p/lists/out/air/pm25.png' &&
     test -s '$T/p/lists/out/.tujie-stamps/air/pm25.stamp' &&
     test \$(find '$T/p' -name '*.png' | wc -l) -eq 1 && test \$(find '$T/p' -name '*.stamp' | wc -l) -eq 1"
cp "$T/ex/chart-gdp-kpi.yaml" "$T/p/specs/"
printf -- '- chart-pm25-kpi.yaml\n- chart-gdp-kpi.yaml\n- x/../chart-pm25-kpi.yaml\n' > "$T/p/specs/dup.yml"
"$TUJIE" batch "$T/p/specs/dup.yml" -o "$T/p/specs/out" >"$T/out" 2>"$T/err"
rc=$?
if [ $rc -eq 1 ] && grep -q 'dup.yml:3:3: job “x/../chart-pm25-kpi.yaml” would write the same files (chart-pm25-kpi.\*) as “chart-pm25-kpi.yaml” at line 1' "$T/err"; then
    pass "two jobs that would write the same files are refused"
else fail "duplicate outputs (exit $rc)"; fi

# ---- the lock --------------------------------------------------------------
slow "$T/l"
wait_png "$T/l" $pid
kill -STOP $pid   # holds the folder, spending no CPU while the others try it
"$TUJIE" batch "$T/ex" -o "$T/l" >"$T/out" 2>"$T/err"
rc=$?
if [ $rc -eq 1 ] && grep -q "tujie: another tujie batch is writing into “$T/l”; run this one again" "$T/err" &&
   ! grep -q rendered "$T/err" && kill -0 $pid 2>/dev/null; then
    pass "a second batch into a folder in use is refused, before writing anything"
else fail "second batch into one folder (exit $rc)"; fi
"$TUJIE" batch "$T/ex" -o "$T/l" --shard 1/2 >"$T/out" 2>"$T/err"
rc=$?
if [ $rc -eq 1 ] && grep -q "another tujie batch (not sharded) is writing into" "$T/err"; then
    pass "a shard is refused while an unsharded batch writes the folder"
else fail "shard during an unsharded batch (exit $rc)"; fi

# SIGTERM stops after the job in flight and the process dies of it
kill -TERM $pid; kill -CONT $pid
{ wait $pid; } 2>/dev/null
rc=$?
cp "$T/slow.err" "$T/err"
if [ $rc -eq 143 ] && grep -q 'interrupted' "$T/slow.err" && [ -z "$(temps "$T/l")" ]; then
    pass "SIGTERM: the batch stops after the jobs in flight and exits 143"
else fail "SIGTERM (exit $rc)"; fi
check "after it, the folder is free again" "$TUJIE" batch "$T/ex" -o "$T/l"

slow "$T/sh" --shard 1/2
wait_png "$T/sh" $pid
kill -STOP $pid
"$TUJIE" batch "$T/slow" -o "$T/sh" --shard 1/2 >"$T/out" 2>"$T/dup.err"
rc3=$?
"$TUJIE" batch "$T/slow" -o "$T/sh" --shard 1/3 >"$T/out" 2>"$T/split.err"
rc4=$?
"$TUJIE" batch "$T/slow" -o "$T/sh" >"$T/out" 2>"$T/all.err"
rc5=$?
# (the small examples, not the slow pages: the lock is the folder's)
"$TUJIE" batch "$T/ex" -o "$T/sh" --shard 2/2 >"$T/out" 2>"$T/err"
rc2=$?
kill -0 $pid 2>/dev/null
alive=$?
kill -INT $pid; kill -CONT $pid
{ wait $pid; } 2>/dev/null
rc=$?
if [ $rc2 -eq 0 ] && [ $alive -eq 0 ]; then pass "shard 2/2 runs while shard 1/2 writes the same folder"
else fail "shard 2/2 beside 1/2 (exit $rc2, 1/2 still running: $alive)"; fi
cp "$T/dup.err" "$T/err"
if [ $rc3 -eq 1 ] && grep -q "shard 1/2 of this batch is already running into “$T/sh”" "$T/dup.err"; then
    pass "the same shard twice is refused"
else fail "the same shard twice (exit $rc3)"; fi
cp "$T/split.err" "$T/err"
if [ $rc4 -eq 1 ] && grep -q "shard 1/2 is writing into “$T/sh”; shards that share a folder must split the jobs alike" "$T/split.err"; then
    pass "a shard of another split (1/3 beside 1/2) is refused"
else fail "another split (exit $rc4)"; fi
cp "$T/all.err" "$T/err"
if [ $rc5 -eq 1 ] && grep -q "another tujie batch is writing into" "$T/all.err"; then
    pass "an unsharded batch is refused while shards write the folder"
else fail "unsharded during shards (exit $rc5)"; fi
cp "$T/slow.err" "$T/err"
if [ $rc -eq 130 ] && grep -q 'interrupted' "$T/slow.err"; then
    pass "SIGINT: the batch stops after the jobs in flight and exits 130"
else fail "SIGINT (exit $rc)"; fi

# ---- temporaries of a killed run ------------------------------------------
mkdir -p "$T/big"
cp "$T/ex/"*.csv "$T/big/"
cp "$T/ex/tujie.yaml" "$T/big/p0.yaml"
cp "$T/ex/tujie.yaml" "$T/big/p1.yaml"
"$TUJIE" batch "$T/big" -o "$T/k" -j 2 --format png --scale 6 >/dev/null 2>&1 &
pid=$!
w=0  # until a temporary output exists
while [ -z "$(temps "$T/k")" ] && [ $w -lt 600 ] && kill -0 $pid 2>/dev/null; do sleep 0.05; w=$((w + 1)); done
kill -KILL $pid
wait $pid 2>/dev/null
left=$(temps "$T/k" | wc -l)
printf 'old' > "$T/k/.p0.svg.Ab12Cd"; touch -d '1 hour ago' "$T/k/.p0.svg.Ab12Cd"        # an older run's, another format
printf 'x' > "$T/k/.notes.txt.Ab12Cd"; touch -d '1 hour ago' "$T/k/.notes.txt.Ab12Cd"  # not tujie's
printf 'x' > "$T/k/.p0.png.Ab12C"; touch -d '1 hour ago' "$T/k/.p0.png.Ab12C"          # not its pattern
mkdir -p "$T/k/.tujie-stamps"
printf 'x' > "$T/k/.tujie-stamps/p1.stamp.Zz9Yy8"; touch -d '1 hour ago' "$T/k/.tujie-stamps/p1.stamp.Zz9Yy8"
"$TUJIE" batch "$T/big" -o "$T/k" -j 2 --format png >"$T/out" 2>"$T/err"
rc=$?
if [ "$left" -ge 1 ] && [ $rc -eq 0 ] && [ -z "$(temps "$T/k" | grep -v -e notes.txt -e '\.Ab12C$')" ] &&
   [ -f "$T/k/.notes.txt.Ab12Cd" ] && [ -f "$T/k/.p0.png.Ab12C" ]; then
    pass "temporary files a kill -9 left ($left) are swept by the next run; other files are kept"
else fail "sweep after kill -9 ($left left by the kill, exit $rc): $(temps "$T/k" | tr '\n' ' ')"; fi

# ---- one message per cause -----------------------------------------------
mkdir -p "$T/f"
printf 'not a folder' > "$T/f/sub"
mkdir -p "$T/in/sub"
cp "$T/ex/"*.csv "$T/in/sub/"
cp "$T/ex/chart-gdp-kpi.yaml" "$T/ex/chart-pm25-kpi.yaml" "$T/ex/chart-economy-bar.yaml" "$T/in/sub/"
cp "$T/ex/chart-gdp-kpi.yaml" "$T/ex/indicators-2020.csv" "$T/in/"
"$TUJIE" batch "$T/in" -o "$T/f" >"$T/out" 2>"$T/err"
rc=$?
if [ $rc -eq 1 ] && [ "$(grep -c "“$T/f/sub”" "$T/err")" -eq 2 ] &&
   grep -q "tujie: 3 jobs failed the same way: cannot create the folder “$T/f/sub”" "$T/err" &&
   [ -s "$T/f/chart-gdp-kpi.png" ]; then
    pass "a cause shared by 3 jobs is printed once, then once with its count"
else fail "one message per cause (exit $rc)"; fi

mkdir -p "$MT"
if [ "$(id -u)" -eq 0 ] && mount -t tmpfs -o size=1m tmpfs "$MT" 2>/dev/null; then
    mount -o remount,ro "$MT"
    "$TUJIE" batch "$T/ex" -o "$MT" >"$T/out" 2>"$T/err"
    rc=$?
    if [ $rc -eq 1 ] && [ "$(wc -l < "$T/err")" -eq 1 ] &&
       grep -q "tujie: cannot write into the output folder “$MT”: Read-only file system" "$T/err"; then
        pass "a read-only output folder is one message, not one per job"
    else fail "read-only output folder (exit $rc, $(wc -l < "$T/err") lines)"; fi
    umount "$MT"
else
    skip "a read-only output folder is one message, not one per job" "needs root and tmpfs"
fi

echo "1..$n"
[ $fails -eq 0 ]
