#!/bin/sh
# CLI tests of `tujie auto`: a poster from the district example's tables
# with no spec, the spec it used (--spec-out) checking and rendering to the
# same bytes, --explain naming each choice at its place, the spec on
# standard output without -o, tables outside the spec's folder, a workbook
# of several sheets (a section a visible sheet, empty ones left out with a
# warning), and bad
# input: a broken table names file:line:col, a table with nothing to draw
# or a usage mistake exits 1 or 2, and neither leaves a file or replaces
# an old one. Prints TAP.
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
TUJIE=${TJ_BUILD:-$ROOT/build}/tujie
T=$(mktemp -d)
trap 'rm -rf "$T"' EXIT
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

mkdir -p "$T/ex"
cp "$ROOT"/examples/dongcheng-2021/*.csv "$T/ex/"

# ---- a poster and its spec ----------------------------------------------------
check "auto: the example's tables to a poster and a spec" 0 "" "$T/ex/poster.png" \
    "$TUJIE" auto "$T"/ex/*.csv --title 东城区政府工作报告图解 -o "$T/ex/poster.png" \
    --spec-out "$T/ex/tujie.yaml"
ok "the spec is written" test -s "$T/ex/tujie.yaml"
ok "the spec names the tables relative to its folder" \
    grep -q '^  economy-2020: economy-2020.csv ' "$T/ex/tujie.yaml"
ok "every block has a comment saying why" \
    grep -q '# 地区生产总值：单个数值（2954.7亿元），有变化（0.2%） → 指标卡' "$T/ex/tujie.yaml"
ok "the title given" grep -q '^  title: 东城区政府工作报告图解 ' "$T/ex/tujie.yaml"
ok "a PNG 1080 px wide" sh -c "file '$T/ex/poster.png' | grep -q 'PNG image data, 1080 x'"
check "tujie check accepts the spec" 0 "tujie.yaml: ok" "" \
    sh -c "\"$TUJIE\" check '$T/ex/tujie.yaml' >&2"
check "tujie render renders the spec" 0 "" "$T/ex/again.png" \
    "$TUJIE" render "$T/ex/tujie.yaml" -o "$T/ex/again.png"
ok "to the same picture, byte for byte" cmp -s "$T/ex/poster.png" "$T/ex/again.png"
check "an SVG too" 0 "" "$T/ex/poster.svg" \
    "$TUJIE" auto "$T/ex/economy-2020.csv" -o "$T/ex/poster.svg"
ok "the SVG carries the default title" grep -q '数据图解' "$T/ex/poster.svg"

# ---- --explain and standard output ---------------------------------------------
check "--explain" 0 "" "" "$TUJIE" auto "$T/ex/economy-2020.csv" "$T/ex/city-2020.csv" \
    --explain -o "$T/ex/two.png"
ok "--explain: the table's form, at its header" \
    grep -q 'economy-2020.csv:1:1: a row per indicator: names in “指标”, changes in “同比”' "$T/stdout"
ok "--explain: a tile and why, at its cell" \
    grep -q 'economy-2020.csv:2:8: “地区生产总值”: one value (2954.7亿元) with a change (0.2%) → a tile' "$T/stdout"
ok "--explain: a gauge and why" \
    grep -q 'city-2020.csv:2:11: “家庭厨余垃圾分出率”: a share or rate in % (21.8%) → a gauge' "$T/stdout"
ok "--explain: why no chart of categories" \
    grep -q 'city-2020.csv:5:1: no chart of categories: the values are in different units; a block for each row' "$T/stdout"
check "--explain in Chinese under LANG=zh_CN.UTF-8" 0 "" "" \
    env -u LC_ALL -u LC_MESSAGES -u LANGUAGE LANG=zh_CN.UTF-8 \
    "$TUJIE" auto "$T/ex/economy-2020.csv" --explain -o "$T/ex/zh.png"
ok "… the tile's reason in Chinese, its place kept" \
    grep -q 'economy-2020.csv:2:8: “地区生产总值”：单个数值（2954.7亿元），有变化（0.2%） → 指标卡' "$T/stdout"
check "no -o and no --spec-out: the spec on standard output" 0 "" "" \
    "$TUJIE" auto "$T/ex/gdp.csv"
ok "the spec on standard output" grep -q '^  - heading: 变化趋势' "$T/stdout"
ok "a trend of the years" grep -q 'trend: {data: gdp, x: 年份, y: 地区生产总值, title: 地区生产总值}' "$T/stdout"
check "--spec-out - with -o: the spec on standard output, the explanation on stderr" 0 \
    "gdp.csv:1:1: a row per year" "$T/ex/gdp.png" \
    "$TUJIE" auto "$T/ex/gdp.csv" --spec-out - --explain -o "$T/ex/gdp.png"
ok "… and the spec on standard output" grep -q '^data:' "$T/stdout"

# ---- a spec outside the tables' folder ---------------------------------------
mkdir -p "$T/out"
check "a spec in another folder: a warning names --allow-dir" 0 "render it with --allow-dir $T/ex" \
    "$T/out/a.png" "$TUJIE" auto "$T/ex/pm25.csv" -o "$T/out/a.png" --spec-out "$T/out/a.yaml"
check "… rendering it without --allow-dir is refused" 1 "outside the spec's folder" "$T/out/b.png" \
    "$TUJIE" render "$T/out/a.yaml" -o "$T/out/b.png"
check "… and with --allow-dir renders the same picture" 0 "" "$T/out/c.png" \
    "$TUJIE" render "$T/out/a.yaml" --allow-dir "$T/ex" -o "$T/out/c.png"
ok "… byte for byte" cmp -s "$T/out/a.png" "$T/out/c.png"

# ---- a workbook of several sheets: a table and a section each ----------------
mkdir -p "$T/wb"
cat > "$T/wb/book.json" <<'JSON'
[["经济运行", null, [["指标", "数值", "单位"], ["地区生产总值", 2954.7, "亿元"],
   ["社会消费品零售总额", 1213.5, "亿元"], ["区级一般公共预算收入", 181.4, "亿元"]]],
 ["内部", "hidden", [["指标", "数值"], ["未公开", 1]]],
 ["Sheet3", null, []],
 ["2020", null, [["指标", "数值", "单位"], ["新建改建绿地", 12.5, "万平方米"],
   ["屋顶绿化", 1.2, "万平方米"], ["治理裸露地面", 14.9, "万平方米"]]]]
JSON
python3 "$ROOT/tests/support/mkxlsx.py" "$T/wb/data.xlsx" "$T/wb/book.json"
check "a workbook of several sheets: a poster, an empty sheet left out with a warning" 0 \
    "data.xlsx:Sheet3: empty sheet; expected a header row of column names; the sheet is left out" \
    "$T/wb/a.png" sh -c 'cd "$1" && "$2" auto data.xlsx -o a.png --spec-out a.yaml' - "$T/wb" "$TUJIE"
ok "… each visible sheet a table named by path and sheet" sh -c \
    "grep -q '^  经济运行: {path: data.xlsx, sheet: 经济运行} ' '$T/wb/a.yaml' &&
     grep -q '^  2020: {path: data.xlsx, sheet: 2020} ' '$T/wb/a.yaml'"
ok "… the hidden sheet is not read" sh -c "! grep -q -e 内部 -e 未公开 '$T/wb/a.yaml'"
ok "… a sheet's name heads its section; a name without Chinese does not" sh -c \
    "grep -q '^  - heading: 经济运行' '$T/wb/a.yaml' && grep -q '^  - heading: 主要指标' '$T/wb/a.yaml'"
check "… the spec renders the same picture" 0 "" "$T/wb/b.png" \
    "$TUJIE" render "$T/wb/a.yaml" -o "$T/wb/b.png"
ok "… byte for byte" cmp -s "$T/wb/a.png" "$T/wb/b.png"
printf '[["Sheet1", null, []], ["Sheet2", null, []]]' > "$T/wb/empty.json"
python3 "$ROOT/tests/support/mkxlsx.py" "$T/wb/empty.xlsx" "$T/wb/empty.json"
check "a workbook whose sheets are all empty" 1 "empty.xlsx: no sheet of the workbook could be read" \
    "$T/wb/e.png" "$TUJIE" auto "$T/wb/empty.xlsx" -o "$T/wb/e.png"

# ---- bad input: its place, its exit code, no file --------------------------------
printf '指标,数值\n地区生产总值,2954.7亿元\n建安投资,73.8亿元,多余\n' > "$T/bad.csv"
check "a broken table: file:line:col" 1 "bad.csv:3:" "$T/bad.png" \
    "$TUJIE" auto "$T/bad.csv" -o "$T/bad.png" --spec-out "$T/bad.yaml"
ok "… and no spec" test ! -e "$T/bad.yaml"
printf '名称,说明\n甲,一段说明\n' > "$T/words.csv"
check "a table with nothing to draw" 1 "nothing to draw" "$T/words.png" \
    "$TUJIE" auto "$T/words.csv" -o "$T/words.png" --spec-out "$T/words.yaml"
ok "… and no spec" test ! -e "$T/words.yaml"
check "… --explain says why" 1 "nothing to draw" "" \
    "$TUJIE" auto "$T/words.csv" --explain
ok "… why: no column of numbers" grep -q 'words.csv:1:1: no column of numbers: nothing to draw' "$T/stderr"
echo old > "$T/old.png"
check "a failure keeps an older poster" 1 "bad.csv:3:" "" \
    "$TUJIE" auto "$T/bad.csv" -o "$T/old.png"
ok "… unchanged" sh -c "[ \"\$(cat '$T/old.png')\" = old ]"
check "no table" 2 "auto: expected one or more TABLE.csv" "" "$TUJIE" auto -o "$T/x.png"
check "a table from standard input" 2 "not “-”" "$T/x.png" "$TUJIE" auto - -o "$T/x.png"
check "a missing table" 1 "no-such.csv" "$T/x.png" "$TUJIE" auto "$T/no-such.csv" -o "$T/x.png"
check "an unknown output format" 2 "" "$T/x.gif" "$TUJIE" auto "$T/ex/gdp.csv" -o "$T/x.gif"
check "a --spec-out in a missing folder" 1 "does not exist" "$T/x.png" \
    "$TUJIE" auto "$T/ex/gdp.csv" -o "$T/x.png" --spec-out "$T/nowhere/x.yaml"

echo "1..$n"
[ "$fails" -eq 0 ]
