#!/bin/sh
# CLI tests of `tujie gauge` and `tujie kpi`: each error path gives its
# message and exit code (1 input, 2 usage) and leaves no output file; good
# runs give valid PNG, SVG and PDF in every style. Prints TAP.
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
TUJIE=${TJ_BUILD:-$ROOT/build}/tujie
T=$(mktemp -d)
trap 'rm -rf "$T"' EXIT
RATES=$ROOT/tests/data/gauge/rates.csv
IND=$ROOT/tests/data/kpi/indicators.csv
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
    if [ "$want" -eq 0 ] && [ -n "$out" ] && [ ! -s "$out" ]; then
        problem="$problem; no $out"
    fi
    if [ -n "$problem" ]; then
        fails=$((fails + 1))
        echo "not ok $n - $name: $problem"
        sed 's/^/# /' "$T/stderr"
    else
        echo "ok $n - $name"
    fi
}

ok() {  # name, condition command...
    name=$1; shift
    n=$((n + 1))
    if "$@"; then echo "ok $n - $name"; else fails=$((fails + 1)); echo "not ok $n - $name"; fi
}

# ---- gauge: errors ----------------------------------------------------------
check "gauge: value above max is drawn with its overflow, silently" 0 "" "$T/g1.png" \
    "$TUJIE" gauge --value 97.4% --max 90 --label 学生体质健康标准合格率 -o "$T/g1.png"
check "gauge: also with --clamp (it changes nothing above max)" 0 "" "$T/g2.png" \
    "$TUJIE" gauge --value 97.4% --max 90 --clamp --style semicircle --label 学生体质健康标准合格率 -o "$T/g2.png"
ok "gauge: an overflow within the style's room warns of nothing" test ! -s "$T/stderr"
check "gauge: far above max: drawn shortened, with a warning" 0 \
    "tujie: warning: gauge: value 290% of “完成率” is far above the maximum 100%; its overflow is drawn shortened, with a break" \
    "$T/g2b.svg" \
    "$TUJIE" gauge --value 290% --label 完成率 -o "$T/g2b.svg"
check "gauge: --clamp below min draws it at the start with a warning" 0 \
    "tujie: warning: gauge: value -4.4% of “区级一般公共预算收入增速” is below the minimum 0%; drawn at 0%" \
    "$T/g2c.png" \
    "$TUJIE" gauge --value -4.4% --clamp --label 区级一般公共预算收入增速 -o "$T/g2c.png"
check "gauge: negative value below min 0" 1 "is below the minimum 0" "$T/g3.png" \
    "$TUJIE" gauge --value -4.4% --label 区级一般公共预算收入增速 -o "$T/g3.png"
check "gauge: min == max is a usage error" 2 "the scale is empty" "$T/g4.png" \
    "$TUJIE" gauge --value 21.8% --min 0 --max 0 -o "$T/g4.png"
check "gauge: min above max" 2 "--min 100 and --max 0" "$T/g4.png" \
    "$TUJIE" gauge --value 21.8% --min 100 --max 0 -o "$T/g4.png"
check "gauge: target outside the scale" 1 "target 120% is outside the scale" "$T/g5.png" \
    "$TUJIE" gauge --value 93% --target 120 -o "$T/g5.png"
check "gauge: value not a number" 2 "--value abc: expected a number" "$T/g6.png" \
    "$TUJIE" gauge --value abc -o "$T/g6.png"
check "gauge: NaN spelt out is not a number" 2 "--value nan: expected a number" "$T/g6.png" \
    "$TUJIE" gauge --value nan -o "$T/g6.png"
check "gauge: a missing value typed" 1 "no value" "$T/g6.png" \
    "$TUJIE" gauge --value — -o "$T/g6.png"
check "gauge: no --value" 2 "--value is required" "$T/g7.png" \
    "$TUJIE" gauge -o "$T/g7.png"
check "gauge: unknown style" 2 "--style pie: expected ring, semicircle or bar" "$T/g8.png" \
    "$TUJIE" gauge --value 21.8% --style pie -o "$T/g8.png"
check "gauge: bad bands" 2 "--bands 60,x" "$T/g9.png" \
    "$TUJIE" gauge --value 91.7% --style semicircle --bands 60,x -o "$T/g9.png"
check "gauge: missing cell names file:line:col" 1 \
    "rates.csv:8:11: gauge: no value for “居民人均可支配收入”" "$T/g10.png" \
    "$TUJIE" gauge "$RATES" --where 指标=居民人均可支配收入 --value 数值 -o "$T/g10.png"
check "gauge: several rows need --where" 2 "7 rows match" "$T/g11.png" \
    "$TUJIE" gauge "$RATES" --value 数值 -o "$T/g11.png"
check "gauge: misspelt column suggests" 1 "did you mean “数值”" "$T/g12.png" \
    "$TUJIE" gauge "$RATES" --where 指标=家庭厨余垃圾分出率 --value 数直 -o "$T/g12.png"
check "gauge: where matching nothing" 1 "no row where “指标” is “厨余垃圾分出率”" "$T/g13.png" \
    "$TUJIE" gauge "$RATES" --where 指标=厨余垃圾分出率 --value 数值 -o "$T/g13.png"
check "gauge: two CSV files" 2 "at most one DATA.csv" "$T/g14.png" \
    "$TUJIE" gauge "$RATES" "$RATES" --value 数值 -o "$T/g14.png"
check "gauge: no output" 2 "-o FILE" "" \
    "$TUJIE" gauge --value 21.8%
check "gauge: --help" 0 "" "" "$TUJIE" gauge --help

# a label that three lines cannot hold is shortened, and says so
check "kpi: a label too long for three lines is shortened with a warning" 0 \
    "tujie: warning: label “这是一个非常非常长的指标名称用来检查指标卡上的标签在三行之内放不下时会不会被缩短并且给出警告信息” was shortened: at most 3 lines" "$T/k0.png" \
    "$TUJIE" kpi --value 12亿元 --width 300 -o "$T/k0.png" \
    --label 这是一个非常非常长的指标名称用来检查指标卡上的标签在三行之内放不下时会不会被缩短并且给出警告信息

# ---- kpi: errors ------------------------------------------------------------
check "kpi: no label" 2 "--label is required" "$T/k1.png" \
    "$TUJIE" kpi --value 2954.7亿元 -o "$T/k1.png"
check "kpi: change in a unit" 2 "--change 5亿元: expected percent" "$T/k2.png" \
    "$TUJIE" kpi --value 2954.7亿元 --label 地区生产总值 --change 5亿元 -o "$T/k2.png"
check "kpi: bad --better" 2 "--better down: expected higher, lower or none" "$T/k3.png" \
    "$TUJIE" kpi --value 40 --label 细颗粒物年均浓度 --better down -o "$T/k3.png"
check "kpi: bad --change-style" 2 "--change-style emoji" "$T/k3.png" \
    "$TUJIE" kpi --value 40 --label 细颗粒物年均浓度 --change-style emoji -o "$T/k3.png"
check "kpi: bad --magnitude" 2 "--magnitude 千: expected auto, none, 万, 亿 or 万亿" "$T/k3.png" \
    "$TUJIE" kpi --value 2954.7亿元 --label 地区生产总值 --magnitude 千 -o "$T/k3.png"
check "kpi: missing value cell" 1 \
    "indicators.csv:9:11: kpi: no value for “居民人均可支配收入”" "$T/k4.png" \
    "$TUJIE" kpi "$IND" --where 指标=居民人均可支配收入 --value 数值 --change 同比 -o "$T/k4.png"
check "kpi: no --value" 2 "--value is required" "$T/k5.png" \
    "$TUJIE" kpi --label 地区生产总值 -o "$T/k5.png"

# ---- good runs: every style and format -----------------------------------------
for fmt in png svg pdf; do
    check "gauge ring $fmt" 0 "" "$T/ring.$fmt" "$TUJIE" gauge --value 21.8% \
        --label 家庭厨余垃圾分出率 --title 垃圾分类 -o "$T/ring.$fmt"
    check "gauge semicircle $fmt" 0 "" "$T/semi.$fmt" "$TUJIE" gauge --value 91.7% \
        --style semicircle --bands 60,90 --target 85 --label 普惠性幼儿园覆盖率 -o "$T/semi.$fmt"
    check "gauge bar $fmt" 0 "" "$T/bar.$fmt" "$TUJIE" gauge "$RATES" \
        --where 指标=学生体质健康标准合格率 --value 数值 --style bar --target 95% -o "$T/bar.$fmt"
    check "kpi $fmt" 0 "" "$T/kpi.$fmt" "$TUJIE" kpi "$IND" --where 指标=地区生产总值 \
        --value 数值 --change 同比 --compare 2021年目标：增长6%左右 -o "$T/kpi.$fmt"
done
check "kpi typed, better lower" 0 "" "$T/pm.png" "$TUJIE" kpi --value 40 --unit 微克/立方米 \
    --label 细颗粒物年均浓度 --change -9.1 --better lower --change-style words -o "$T/pm.png"
check "gauge 100% and 0 are drawn" 0 "" "$T/full.png" "$TUJIE" gauge --value 100% \
    --label 桶站规范化建设达标率 -o "$T/full.png"
check "gauge 0" 0 "" "$T/zero.png" "$TUJIE" gauge --value 0 -o "$T/zero.png"
check "gauge --width/--height" 0 "" "$T/size.png" "$TUJIE" gauge --value 93% \
    --width 320 --height 240 --style semicircle -o "$T/size.png"

ok "outputs are valid PNG and SVG" sh -c \
    "pngcheck -q '$T/ring.png' '$T/semi.png' '$T/bar.png' '$T/kpi.png' >/dev/null 2>&1 &&
     xmllint --noout '$T/ring.svg' '$T/semi.svg' '$T/bar.svg' '$T/kpi.svg' 2>/dev/null"
ok "PNG sizes are the defaults (400x400, 400x280, 600x160, 360x220)" sh -c \
    "file '$T/ring.png' | grep -q '400 x 400' && file '$T/semi.png' | grep -q '400 x 280' &&
     file '$T/bar.png' | grep -q '600 x 160' && file '$T/kpi.png' | grep -q '360 x 220'"
ok "kpi PDF text: label, value, unit, change, comparison" sh -c \
    "pdftotext '$T/kpi.pdf' - 2>/dev/null | tr -d ' \n' > '$T/kpi.txt' &&
     grep -q 地区生产总值 '$T/kpi.txt' && grep -q 2954.7亿元 '$T/kpi.txt' &&
     grep -q '同比↑0.2%' '$T/kpi.txt' && grep -q '2021年目标：增长6%左右' '$T/kpi.txt'"
ok "gauge PDF text: label, the CSV cell's own figure, target" sh -c \
    "pdftotext '$T/bar.pdf' - 2>/dev/null | tr -d ' \n' > '$T/bar.txt' &&
     grep -q 学生体质健康标准合格率 '$T/bar.txt' && grep -q '97.4%' '$T/bar.txt' &&
     grep -q '目标95%' '$T/bar.txt'"
# polarity from the table's 方向 column (lower for PM2.5): the fall is the
# theme's good green (#1E8449); --better overrides it
GREEN='fill:rgb(11.764706%,51.764706%,28.627451%)'
"$TUJIE" kpi "$IND" --where 指标=细颗粒物年均浓度 --value 数值 --change 同比 -o "$T/pm.svg" 2>/dev/null
"$TUJIE" kpi "$IND" --where 指标=细颗粒物年均浓度 --value 数值 --change 同比 --better higher \
    -o "$T/pm-higher.svg" 2>/dev/null
ok "kpi: 方向 lower colours a fall good, --better higher bad" sh -c \
    "grep -qF '$GREEN' '$T/pm.svg' && ! grep -qF '$GREEN' '$T/pm-higher.svg'"
# a failed render keeps the previous good file
cp "$T/ring.png" "$T/keep.png"
"$TUJIE" gauge --value -1% --label 家庭厨余垃圾分出率 -o "$T/keep.png" 2>/dev/null
ok "failed render keeps the old file" cmp -s "$T/ring.png" "$T/keep.png"

# --icon: a PNG or an SVG before the label; bad files are refused by name
ICON=$ROOT/examples/dongcheng-2021/icons/building.svg
check "kpi --icon SVG" 0 "" "$T/icon.svg" \
    "$TUJIE" kpi --value 2954.7亿元 --label 地区生产总值 --icon "$ICON" -o "$T/icon.svg"
check "kpi --icon PNG" 0 "" "$T/icon.png" \
    "$TUJIE" kpi --value 40 --label 细颗粒物年均浓度 --icon "$ROOT/tests/data/image/photo.png" -o "$T/icon.png"
check "kpi --icon missing file: exit 1, no output" 1 "--icon: cannot read “$T/nothere.svg”" "$T/icon2.png" \
    "$TUJIE" kpi --value 40 --label PM --icon "$T/nothere.svg" -o "$T/icon2.png"
check "kpi --icon garbage named .png" 1 "is not a PNG or SVG image" "$T/icon3.png" \
    "$TUJIE" kpi --value 40 --label PM --icon "$ROOT/tests/bad-input/page/data/garbage.png" -o "$T/icon3.png"
ok "kpi --icon: the SVG parses and keeps the icon as vector paths" sh -c \
    "xmllint --noout '$T/icon.svg' && ! grep -q '<image' '$T/icon.svg'"

# polarity (issue 15 item 4): `tujie check` says what it inferred; render
# does not; better: none keeps a tile neutral and quiet
cat >"$T/pol.yaml" <<'EOF2'
kpi: {value: 40微克/立方米, label: 细颗粒物年均浓度, change: -9.1%}
EOF2
cat >"$T/pol-none.yaml" <<'EOF2'
kpi: {value: 40微克/立方米, label: 细颗粒物年均浓度, change: -9.1%, better: none}
EOF2
check "check notes an inferred better:" 0 \
    "pol.yaml:1:1: “细颗粒物年均浓度”: better: lower, inferred from “浓度”" "" \
    "$TUJIE" check "$T/pol.yaml"
check "render keeps the inference quiet" 0 "" "$T/pol.png" "$TUJIE" render "$T/pol.yaml" -o "$T/pol.png"
ok "render printed nothing" sh -c "! grep -q better '$T/stderr'"
check "better: none infers nothing" 0 "" "" "$TUJIE" check "$T/pol-none.yaml"
ok "check printed no inference for better: none" sh -c "! grep -q inferred '$T/stderr'"

# the commands are made from the kind table: every key of the kind is an
# option (a key added to a kind needs no CLI code), --where takes any text
check "kpi --icon-tint (a key of the kind, an option with no CLI code)" 0 "" "$T/tint.png" \
    "$TUJIE" kpi --value 2954.7亿元 --label 地区生产总值 --icon "$ICON" --icon-tint -o "$T/tint.png"
printf '指标,数值\n比例;占比,21.8%%\n其他,3\n' > "$T/semi.csv"
check "--where VALUE may hold ';' and '='" 0 "" "$T/semi.png" \
    "$TUJIE" gauge "$T/semi.csv" --where '指标=比例;占比' --value 数值 -o "$T/semi.png"
check "--where without '=': usage error, no output" 2 "--where “指标”: expected COLUMN=VALUE" "$T/where.png" \
    "$TUJIE" gauge "$T/semi.csv" --where 指标 --value 数值 -o "$T/where.png"
check "bar without DATA.csv: usage error" 2 "expected one DATA.csv, got 0" "$T/nodata.png" \
    "$TUJIE" bar --x a --y b -o "$T/nodata.png"
check "a bool key as a switch that can be turned off: --clamp=false" 1 "" "$T/clampf.png" \
    "$TUJIE" gauge --value -20% --clamp=false -o "$T/clampf.png"
check "--clamp alone is true: drawn with a warning" 0 "warning" "$T/clampt.png" \
    "$TUJIE" gauge --value -20% --clamp -o "$T/clampt.png"
check "--clamp=maybe: usage error in the option's words" 2 "--clamp maybe: expected true or false" "$T/clampm.png" \
    "$TUJIE" gauge --value -20% --clamp=maybe -o "$T/clampm.png"
check "gauge --style unknown: the kind's words" 2 "ring, semicircle" "$T/style.png" \
    "$TUJIE" gauge --value 3% --style donut -o "$T/style.png"

# a V|COL option: --help states the rule (issue 15 item 8)
ok "kpi --help states how a V|COL option is read" sh -c \
    "LC_ALL=C.UTF-8 '$TUJIE' kpi --help | grep -qF 'the column of that name when there is one' &&
     LC_ALL=C.UTF-8 '$TUJIE' gauge --help | grep -qF 'else a value when it reads as a number'"
echo "1..$n"
[ $fails -eq 0 ]
