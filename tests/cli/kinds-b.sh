#!/bin/sh
# CLI tests of `tujie table`, `tujie timeline`, `tujie pictogram` and
# `tujie icons` (and kpi's built-in icons): good runs give PNG, SVG and PDF
# whose icons are vector paths (no pictures in the SVG, every PDF font
# embedded); each error path gives its message with file:line:col and exit
# code (1 input, 2 usage) and leaves no output file. Prints TAP.
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
TUJIE=${TJ_BUILD:-$ROOT/build}/tujie
T=$(mktemp -d)
trap 'rm -rf "$T"' EXIT
GDP=$ROOT/tests/data/table/gdp-2020.csv
PLAN=$ROOT/tests/data/timeline/plan.csv
BAD=$ROOT/tests/bad-input/page/data
n=0; fails=0

check() {  # name, expected exit, expected stderr substring, output file, command...
    name=$1; want=$2; msg=$3; out=$4; shift 4
    n=$((n + 1))
    "$@" >"$T/stdout" 2>"$T/stderr"
    rc=$?
    problem=""
    [ "$rc" -eq "$want" ] || problem="exit $rc, expected $want"
    if [ -n "$msg" ] && ! grep -qF -- "$msg" "$T/stderr" "$T/stdout"; then
        problem="$problem; output lacks: $msg"
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

# every font of a PDF embedded, and at least one font
fonts_embedded() {
    pdffonts "$1" > "$T/fonts" 2>/dev/null || return 1
    [ "$(tail -n +3 "$T/fonts" | wc -l)" -ge 1 ] || return 1
    tail -n +3 "$T/fonts" | awk '$(NF-4) != "yes" { bad = 1 } END { exit bad }'
}

vector_svg() {  # paths drawn, no embedded picture
    grep -q '<path' "$1" && ! grep -q '<image' "$1"
}

# ---- good runs ----------------------------------------------------------------
for ext in png svg pdf; do
    check "table .$ext" 0 "" "$T/table.$ext" \
        "$TUJIE" table "$GDP" --columns 指标,数值,比上年增长 --bar 数值 --title 2020年国内生产总值 -o "$T/table.$ext"
    check "timeline .$ext" 0 "" "$T/timeline.$ext" \
        "$TUJIE" timeline "$PLAN" --date 日期 --text 事件 --title 规划与报告 -o "$T/timeline.$ext"
    check "pictogram .$ext" 0 "" "$T/pictogram.$ext" \
        "$TUJIE" pictogram --value 54.5% --icon 商业 --label 第三产业增加值比重 -o "$T/pictogram.$ext"
    check "kpi with a built-in icon .$ext" 0 "" "$T/kpi.$ext" \
        "$TUJIE" kpi --value 21.8% --label 家庭厨余垃圾分出率 --icon 垃圾分类 -o "$T/kpi.$ext"
done
check "timeline down" 0 "" "$T/down.png" \
    "$TUJIE" timeline "$PLAN" --date 日期 --text 事件 --direction vertical -o "$T/down.png"
check "pictogram per 1000" 0 "" "$T/per.png" \
    "$TUJIE" pictogram --value 3980人次 --per 1000 --icon person -o "$T/per.png"
for k in table timeline pictogram kpi; do
    ok "$k: PDF fonts all embedded" fonts_embedded "$T/$k.pdf"
    ok "$k: SVG vector, no pictures" vector_svg "$T/$k.svg"
done
ok "pictogram: its icons are paths in the PDF, not images" \
    sh -c "pdfimages -list '$T/pictogram.pdf' | tail -n +3 | wc -l | grep -qx 0"
check "table with an icon column" 0 "" "$T/icons.svg" \
    "$TUJIE" table "$ROOT/tests/data/table/per-capita-icons.csv" --icon 图标 -o "$T/icons.svg"
ok "table icons: vector, no pictures" vector_svg "$T/icons.svg"
check "icons --search 学校" 0 "school" "" "$TUJIE" icons --search 学校
check "icons --search school names its keywords" 0 "学校、教育、学生" "" "$TUJIE" icons --search school
ok "icons lists over 2000" sh -c "'$TUJIE' icons | wc -l | awk '{ exit !(\$1 > 2000) }'"

# ---- errors ---------------------------------------------------------------------
check "timeline: a bad date is an input error at its cell" 1 \
    "bad-date.csv:3:1: column “日期”: expected a date (2021年1月10日, 2021-01-10, 2021.1), got “2021年13月”" \
    "$T/e1.png" "$TUJIE" timeline "$BAD/bad-date.csv" --date 日期 --text 事件 -o "$T/e1.png"
check "timeline: no data file" 2 "expected one DATA.csv, got 0" "$T/e2.png" \
    "$TUJIE" timeline --date 日期 --text 事件 -o "$T/e2.png"
check "timeline: unknown column" 1 "no column “时间”" "$T/e3.png" \
    "$TUJIE" timeline "$PLAN" --date 时间 --text 事件 -o "$T/e3.png"
check "table: words in a change column" 1 \
    "bad-change.csv:3:17: column “同比”: expected a change" "$T/e4.png" \
    "$TUJIE" table "$BAD/bad-change.csv" -o "$T/e4.png"
check "table: unknown column, did you mean" 2 "did you mean “数值”" "$T/e5.png" \
    "$TUJIE" table "$GDP" --columns 指标,数据 -o "$T/e5.png"
check "pictogram: unknown icon, did you mean" 2 "did you mean “学校”" "$T/e6.png" \
    "$TUJIE" pictogram --value 30% --icon 学样 -o "$T/e6.png"
check "pictogram: above 100%" 1 "a share above 100%" "$T/e7.png" \
    "$TUJIE" pictogram --value 120% -o "$T/e7.png"
check "pictogram: too many icons" 1 "too many to count" "$T/e8.png" \
    "$TUJIE" pictogram --value 3980 --per 1 -o "$T/e8.png"
check "pictogram: a box too low" 1 "100 px is too low for its label, value and 10 icons" \
    "$T/e9.png" "$TUJIE" pictogram --value 30% --height 100 -o "$T/e9.png"
check "table: an unknown icon in a cell" 1 "bad-icon.csv:3:9: column “图标”: no built-in icon “工做”" \
    "$T/e10.png" "$TUJIE" table "$BAD/bad-icon.csv" --icon 图标 -o "$T/e10.png"
check "icons: nothing found" 1 "no built-in icon matches “不存在的词”" "" \
    "$TUJIE" icons --search 不存在的词

echo "1..$n"
[ $fails -eq 0 ]
