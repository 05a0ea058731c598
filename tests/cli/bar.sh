#!/bin/sh
# CLI tests of `tujie bar`: each error path gives its message and exit code
# and leaves no output file; good runs give valid files. Prints TAP.
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
TUJIE=${TJ_BUILD:-$ROOT/build}/tujie
T=$(mktemp -d)
trap 'rm -rf "$T"' EXIT
EX=$ROOT/examples/dongcheng-2021
n=0; fails=0

check() {  # name, expected exit, expected stderr substring, output file, command...
    name=$1; want=$2; msg=$3; out=$4; shift 4
    n=$((n + 1))
    "$@" >"$T/stdout" 2>"$T/stderr"
    rc=$?
    problem=""
    [ "$rc" -eq "$want" ] || problem="exit $rc, expected $want"
    if [ -n "$msg" ] && ! grep -qF -- "$msg" "$T/stderr"; then
        problem="$problem; stderr lacks: $msg"
    fi
    if [ "$want" -ne 0 ] && [ -n "$out" ] && [ -e "$out" ]; then
        problem="$problem; left $out behind"
    fi
    if [ "$want" -ne 0 ] && ls -a "$(dirname "${out:-$T/x}")" | grep -q '^\.[^.].*\.[A-Za-z0-9]\{6\}$'; then
        problem="$problem; left a temporary file"
    fi
    if [ -n "$problem" ]; then
        fails=$((fails + 1))
        echo "not ok $n - $name: $problem"
        sed 's/^/# /' "$T/stderr"
    else
        echo "ok $n - $name"
    fi
}

check "no such file" 1 "nosuch.csv" "$T/a.png" \
    "$TUJIE" bar "$T/nosuch.csv" --x 指标 --y 数值 -o "$T/a.png"
check "misspelt column suggests" 1 "did you mean “数值”" "$T/b.png" \
    "$TUJIE" bar "$EX/economy-2020.csv" --x 指标 --y 数直 -o "$T/b.png"
check "column error names the file" 1 "economy-2020.csv:1:" "$T/b.png" \
    "$TUJIE" bar "$EX/economy-2020.csv" --x 指标 --y 数直 -o "$T/b.png"
printf '\377\376\000\000garbage' > "$T/bad.csv"
check "bad encoding" 1 "bad.csv:" "$T/c.png" \
    "$TUJIE" bar "$T/bad.csv" --x a --y b -o "$T/c.png"
printf '指标,数值\n私有\356\200\200字,1\n' > "$T/tofu.csv"
check "tofu fails naming the code point" 1 "U+E000" "$T/d.png" \
    "$TUJIE" bar "$T/tofu.csv" --x 指标 --y 数值 -o "$T/d.png"
check "tofu allowed as a warning" 0 "U+E000" "" \
    "$TUJIE" bar "$T/tofu.csv" --x 指标 --y 数值 --allow-tofu -o "$T/d2.png"
check "no output is a usage error" 2 "-o FILE" "" \
    "$TUJIE" bar "$EX/economy-2020.csv" --x 指标 --y 数值
check "unknown extension" 2 "cannot tell the format" "$T/e.bmp" \
    "$TUJIE" bar "$EX/economy-2020.csv" --x 指标 --y 数值 -o "$T/e.bmp"
check "unknown option" 2 "" "" \
    "$TUJIE" bar --frobnicate
check "bad where" 2 "expected COLUMN=VALUE" "$T/f.png" \
    "$TUJIE" bar "$EX/economy-2020.csv" --x 指标 --y 数值 --where 指标 -o "$T/f.png"
check "where matching nothing" 1 "no row where “指标” is “GDP”" "$T/g.png" \
    "$TUJIE" bar "$EX/economy-2020.csv" --x 指标 --y 数值 --where 指标=GDP -o "$T/g.png"
check "unknown theme" 2 "unknown theme" "$T/h.png" \
    "$TUJIE" bar "$EX/economy-2020.csv" --x 指标 --y 数值 --theme pink -o "$T/h.png"
check "unknown command" 2 "unknown command" "" "$TUJIE" frobnicate
check "--version" 0 "" "" "$TUJIE" --version
check "--help" 0 "" "" "$TUJIE" bar --help
# rows in two units (亿元, 亿美元): refused with the way out, or panels on request
check "rows of two units: refused, naming rows, units and --panels" 1 \
    "地区生产总值 (亿元, line 2); 实际利用外资 (亿美元, line 12); one axis shows one unit: pick the rows of one unit (where:), draw one chart per unit, or, for a bar chart, one panel per unit (panels: unit)" \
    "$T/u1.svg" "$TUJIE" bar "$EX/indicators-2020.csv" --where 类别=经济 --x 指标 --y 数值 -o "$T/u1.svg"
check "--panels unit: one panel per unit" 0 "" "$T/u2.svg" \
    "$TUJIE" bar "$EX/indicators-2020.csv" --where 类别=经济 --x 指标 --y 数值 --panels unit \
    --title 2020年东城区经济指标 -o "$T/u2.svg"
n=$((n + 1))
if [ "$(grep -o '单位：亿元' "$T/u2.svg" | wc -l)" -eq 1 ] && [ "$(grep -o '单位：亿美元' "$T/u2.svg" | wc -l)" -eq 1 ] &&
   [ "$(grep -o '2020年东城区经济指标' "$T/u2.svg" | wc -l)" -ge 1 ]; then
    echo "ok $n - each panel has its own unit line"
else fails=$((fails + 1)); echo "not ok $n - panels' unit lines"; fi
check "--panels with one unit: a plain chart" 0 "" "$T/u3.png" \
    "$TUJIE" bar "$EX/economy-2020.csv" --x 指标 --y 数值 --panels unit -o "$T/u3.png"
check "--panels unit with a target: refused" 2 "--target 3000: a target line is on one axis" "$T/u4.png" \
    "$TUJIE" bar "$EX/indicators-2020.csv" --where 类别=经济 --x 指标 --y 数值 --panels unit \
    --target 3000 -o "$T/u4.png"
# trend polarity (issue 15 item 4): the last point of a fall is good news
# (the theme's green) with --better lower, bad news with --better higher
for b in lower higher; do
    "$TUJIE" trend "$EX/traffic.csv" --x 年份 --y 高峰时段道路交通指数 --better $b -o "$T/tr-$b.svg" 2>/dev/null
done
GREEN='fill:rgb(11.764706%,51.764706%,28.627451%)'
n=$((n + 1))
if grep -qF "$GREEN" "$T/tr-lower.svg" && ! grep -qF "$GREEN" "$T/tr-higher.svg"; then
    echo "ok $n - trend --better lower colours the fall good, higher does not"
else fails=$((fails + 1)); echo "not ok $n - trend --better changes no colour"; fi
check "--panels bogus: the choices" 2 "--panels bogus: expected none or unit" "$T/u5.png" \
    "$TUJIE" bar "$EX/economy-2020.csv" --x 指标 --y 数值 --panels bogus -o "$T/u5.png"

# good runs, one per format
for fmt in png svg pdf; do
    check "renders $fmt" 0 "" "" "$TUJIE" bar "$EX/economy-2020.csv" --x 指标 --y 数值 \
        --title 2020年主要经济指标 -o "$T/ok.$fmt"
done
n=$((n + 1))
if pngcheck -q "$T/ok.png" >/dev/null 2>&1 && xmllint --noout "$T/ok.svg" 2>/dev/null \
   && pdftotext "$T/ok.pdf" - 2>/dev/null | grep -q "单位：亿元"; then
    echo "ok $n - outputs are valid PNG, SVG and PDF with extractable Chinese"
else
    fails=$((fails + 1)); echo "not ok $n - outputs invalid"
fi
# a failed render keeps the previous good file
cp "$T/ok.png" "$T/keep.png"
"$TUJIE" bar "$T/tofu.csv" --x 指标 --y 数值 -o "$T/keep.png" 2>/dev/null
n=$((n + 1))
if cmp -s "$T/ok.png" "$T/keep.png"; then echo "ok $n - failed render keeps the old file"
else fails=$((fails + 1)); echo "not ok $n - failed render damaged the old file"; fi

# refused as too dense after it was laid out: the error alone, no warning
# about the labels of the drawing that was thrown away
{ echo '指标,数值'; i=1; while [ $i -le 20 ]; do echo "第${i}项指标名称,$i"; i=$((i + 1)); done; } > "$T/many.csv"
check "twenty names in a short wide box: refused, with make the chart larger" 1 \
    "20 categories do not fit" "$T/many.png" \
    "$TUJIE" bar "$T/many.csv" --x 指标 --y 数值 --width 800 --height 200 -o "$T/many.png"
n=$((n + 1))
if grep -q 'make the chart larger' "$T/stderr" && ! grep -q 'warning' "$T/stderr"; then
    echo "ok $n - … and no warning of the drawing thrown away"
else fails=$((fails + 1)); echo "not ok $n - … and no warning of the drawing thrown away"; sed 's/^/# /' "$T/stderr"; fi

echo "1..$n"
[ $fails -eq 0 ]
