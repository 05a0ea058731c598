#!/bin/sh
# Messages with a place and the command line's edges, as a user meets them:
# a CSV with a header and no data, a quote left open, a byte order mark or a
# control character inside the data each named at file:line:col (not a
# chart with "nothing to draw" or a tofu message without a place); "did you
# mean" never offers what differs only by invisible characters; --help shows
# -o; usage lines name the command; -j2 as -j 2; "--" ends the options and
# is no file; `tujie COMMAND --version`; messages in a GB18030 terminal come
# out in GB18030. Prints TAP.
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
TUJIE=${TJ_BUILD:-$ROOT/build}/tujie
T=$(mktemp -d)
trap 'rm -rf "$T"' EXIT
cd "$T" || exit 2
n=0; fails=0
ok() { n=$((n + 1)); echo "ok $n - $1"; }
bad() { n=$((n + 1)); fails=$((fails + 1)); echo "not ok $n - $1"; sed 's/^/# /' "$T/err" | head -10; }

# name, expected exit, expected stderr text (fixed string), forbidden
# stderr text (or ""), command… ; the output x.png must not be left behind
fails_with() {
    name=$1; want=$2; msg=$3; never=$4; shift 4
    rm -f "$T/x.png"
    "$@" >"$T/out" 2>"$T/err"
    rc=$?
    if [ "$rc" -eq "$want" ] && grep -qF -- "$msg" "$T/err" &&
       { [ -z "$never" ] || ! grep -qF -- "$never" "$T/err"; } && [ ! -e "$T/x.png" ]; then
        ok "$name"
    else
        echo "exit $rc" >>"$T/err"; bad "$name"
    fi
}

printf '指标,数值\n' >h.csv
fails_with "a header and no data row: named at the file's place" 1 \
    "h.csv:1:1: a header and no data row under it" "nothing to draw" \
    "$TUJIE" bar h.csv --x 指标 --y 数值 -o x.png
printf '指标,数值\nA,1\n"B,2\nC,"3\nD,4\n' >q.csv
fails_with "a quote left open: reported where it opened (3:1), not where parsing gave up" 1 \
    "q.csv:3:1: this quote is not closed on its line" "" \
    "$TUJIE" bar q.csv --x 指标 --y 数值 -o x.png
printf '指标,数值\nA,1\n\357\273\277东城区,2\n' >bom.csv
fails_with "a byte order mark inside the data: refused at its line and column" 1 \
    "bom.csv:3:1: byte order mark U+FEFF" "" \
    "$TUJIE" bar bom.csv --x 指标 --y 数值 -o x.png
printf '指标,数值\nA,1\n\342\200\213东城区,2\n' >zw.csv
fails_with "no “did you mean” for a value that differs only by an invisible character" 1 \
    "no row where “指标” is “东城区”" "did you mean" \
    "$TUJIE" bar zw.csv --x 指标 --y 数值 --where 指标=东城区 -o x.png
printf '指标,数值\n地区\007生产总值,1\nB,2\n' >ctl.csv
fails_with "a control character in a label: named at file:line:col" 1 \
    "ctl.csv:2:3: control character U+0007" "no font has a glyph" \
    "$TUJIE" bar ctl.csv --x 指标 --y 数值 -o x.png

# --help shows -o; usage lines name the command
if "$TUJIE" render --help 2>&1 | grep -qE '^ +-o, --output=FILE'; then ok "tujie render --help shows -o"
else "$TUJIE" render --help >"$T/err" 2>&1; bad "tujie render --help shows -o"; fi
for cmd in render check batch bar trend gauge kpi fonts; do
    "$TUJIE" "$cmd" --help >"$T/err" 2>&1
    if grep -q "^  tujie $cmd \[OPTION" "$T/err"; then ok "the usage line of $cmd names it"
    else bad "the usage line of $cmd names it"; fi
done

# -j2 as -j 2, and -oFILE as -o FILE
mkdir -p jobs && cp "$ROOT/examples/dongcheng-2021/chart-economy-bar.yaml" \
    "$ROOT/examples/dongcheng-2021/economy-2020.csv" jobs/
if "$TUJIE" batch jobs -j2 -o bo >"$T/out" 2>"$T/err" && test -s bo/chart-economy-bar.png; then
    ok "batch -j2 is -j 2"
else bad "batch -j2 is -j 2"; fi
printf '指标,数值\nA,1\nB,2\n' >./-e.csv
if "$TUJIE" bar --x 指标 --y 数值 -o e.png -- -e.csv >"$T/out" 2>"$T/err" && test -s e.png; then
    ok "after --, -e.csv is one file"
else bad "after --, -e.csv is one file"; fi
if "$TUJIE" bar -oe2.png --x 指标 --y 数值 -- -e.csv >"$T/out" 2>"$T/err" && test -s e2.png; then
    ok "-oFILE is -o FILE"
else bad "-oFILE is -o FILE"; fi

# --version after a command
for cmd in bar render batch; do
    if "$TUJIE" "$cmd" --version >"$T/err" 2>&1 && grep -qx 'tujie [0-9.]*' "$T/err"; then
        ok "tujie $cmd --version"
    else bad "tujie $cmd --version"; fi
done

# a GB18030 terminal gets GB18030
if locale -a 2>/dev/null | grep -qix 'zh_CN.gb18030'; then
    env -u LANGUAGE LC_ALL=zh_CN.GB18030 "$TUJIE" bar nofile.csv --x a --y b -o x.png 2>"$T/gb.err"
    if iconv -f GB18030 -t UTF-8 "$T/gb.err" 2>/dev/null | grep -q 'nofile.csv: 无法打开文件' &&
       ! grep -q '无法打开文件' "$T/gb.err"; then
        ok "under zh_CN.GB18030 a message comes out in GB18030"
    else cp "$T/gb.err" "$T/err"; bad "under zh_CN.GB18030 a message comes out in GB18030"; fi
    env -u LANGUAGE LC_ALL=zh_CN.GB18030 "$TUJIE" --help >"$T/gb.out" 2>&1
    if iconv -f GB18030 -t UTF-8 "$T/gb.out" 2>/dev/null | grep -q '^用法：tujie'; then
        ok "under zh_CN.GB18030 the help comes out in GB18030"
    else cp "$T/gb.out" "$T/err"; bad "under zh_CN.GB18030 the help comes out in GB18030"; fi
else
    n=$((n + 1)); echo "ok $n - # SKIP locale zh_CN.GB18030 is not installed (scripts/install-deps.sh generates it)"
fi
echo "1..$n"
[ $fails -eq 0 ]
