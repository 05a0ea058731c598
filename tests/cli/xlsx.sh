#!/bin/sh
# CLI tests of workbooks as data: every command that takes DATA.csv takes
# an .xlsx or .xls the same way, told by its bytes (an .xlsx named .csv is
# read; a .docx named .csv is refused saying what it is), --sheet, a
# spec's data: {path, sheet}, a workbook on the standard input ("-"), and
# messages placed at book.xlsx:Sheet!C12.
# The workbooks are tests/data/xlsx (saved by LibreOffice). Prints TAP.
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
TUJIE=${TJ_BUILD:-$ROOT/build}/tujie
T=$(mktemp -d)
trap 'rm -rf "$T"' EXIT
D=$ROOT/tests/data/xlsx
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

cp "$D/indicators.xlsx" "$D/indicators.xls" "$T/"
cd "$T" || exit 1

check "bar from an .xlsx" 0 "" "$T/a.png" \
    "$TUJIE" bar indicators.xlsx --x 指标 --y 同比 -o "$T/a.png"
# (同比: the 数值 column mixes 亿元, % and 微克/立方米, which one axis refuses)
check "bar from an .xls" 0 "" "$T/b.svg" \
    "$TUJIE" bar indicators.xls --x 指标 --y 同比 -o "$T/b.svg"
check "trend from an .xlsx, sheet by number" 0 "" "$T/c.png" \
    "$TUJIE" trend indicators.xlsx --sheet 1 --x 指标 --y 同比 -o "$T/c.png"
check "gauge from an .xlsx, sheet by name" 0 "" "$T/d.png" \
    "$TUJIE" gauge indicators.xlsx --sheet 2020年 --where 指标=登记失业率 --value 数值 -o "$T/d.png"
check "kpi from an .xls" 0 "" "$T/e.png" \
    "$TUJIE" kpi indicators.xls --where 指标=地区生产总值 --value 数值 -o "$T/e.png"
cp indicators.xlsx named.csv
check "an .xlsx named .csv is read as a workbook" 0 "" "$T/f.png" \
    "$TUJIE" bar named.csv --x 指标 --y 同比 -o "$T/f.png"
check "an .xlsx on the standard input" 0 "" "$T/s1.png" \
    sh -c '"$0" bar - --x 指标 --y 同比 -o "$1" < indicators.xlsx' "$TUJIE" "$T/s1.png"
check "an .xls on the standard input" 0 "" "$T/s2.png" \
    sh -c '"$0" bar - --x 指标 --y 同比 -o "$1" < indicators.xls' "$TUJIE" "$T/s2.png"
check "a workbook on the standard input is placed as <stdin>:Sheet!cell" 1 \
    "<stdin>:2020年!E2: column “类别”: expected a number" "$T/s3.png" \
    sh -c '"$0" bar - --x 指标 --y 类别 -o "$1" < indicators.xlsx' "$TUJIE" "$T/s3.png"

check "a cell's place is its sheet and cell" 1 \
    "indicators.xlsx:2020年!E2: column “类别”: expected a number, got “经济”" "$T/g.png" \
    "$TUJIE" bar indicators.xlsx --x 指标 --y 类别 -o "$T/g.png"
check "a warning about a cell names its sheet and cell" 0 \
    "tujie: warning: indicators.xlsx:2020年!B2: gauge: value 2954.7" "$T/w.png" \
    "$TUJIE" gauge indicators.xlsx --where 指标=地区生产总值 --value 数值 --max 100 --clamp -o "$T/w.png"
check "a missing sheet suggests the near one" 1 \
    "indicators.xlsx: no sheet “2020”; did you mean “2020年”? (sheets: 2020年)" "$T/h.png" \
    "$TUJIE" bar indicators.xlsx --sheet 2020 --x 指标 --y 数值 -o "$T/h.png"
check "a sheet of a CSV file" 1 "sheet “2” asked of a CSV file" "$T/i.png" \
    "$TUJIE" bar "$D/indicators.csv" --sheet 2 --x 指标 --y 数值 -o "$T/i.png"
check "--sheet without a workbook" 2 "--sheet given without a workbook" "$T/j.png" \
    "$TUJIE" kpi --sheet 1 --value 3 -o "$T/j.png"
/usr/bin/python3 -c 'import zipfile; zipfile.ZipFile("letter.csv", "w").writestr("word/document.xml", "<w/>")'
check "a .docx named .csv says what it is" 1 \
    "letter.csv: not an Excel workbook but a Word document (.docx)" "$T/k.png" \
    "$TUJIE" bar letter.csv --x a --y b -o "$T/k.png"
head -c 3000 indicators.xlsx > cut.xlsx
check "a damaged .xlsx" 1 "cut.xlsx: a damaged zip archive" "$T/l.png" \
    "$TUJIE" bar cut.xlsx --x a --y b -o "$T/l.png"

cat > page.yaml <<'EOF'
page: {title: 工作簿}
data:
  ind: {path: indicators.xlsx, sheet: 2020年}
sections:
  - rows:
      - bar: {data: ind, x: 指标, y: 同比}
      - bar: {data: indicators.xls, x: 指标, y: 同比}
EOF
check "a spec reads a sheet and an inline .xls" 0 "" "$T/p.png" \
    "$TUJIE" render page.yaml -o "$T/p.png"
sed 's/sheet: 2020年/sheet: 2021年/' page.yaml > bad.yaml
check "a spec's missing sheet is reported at its key" 1 \
    "bad.yaml:3:3: data “ind”: indicators.xlsx: no sheet “2021年”; did you mean “2020年”?" "$T/q.png" \
    "$TUJIE" render bad.yaml -o "$T/q.png"
sed 's/sheet: 2020年/sheet: [1], shet: 2/' page.yaml > bad2.yaml
check "a spec's sheet must be a name or number" 1 \
    "bad2.yaml:3:39: “sheet”: expected the name or number of a sheet, got a list" "$T/r.png" \
    "$TUJIE" render bad2.yaml -o "$T/r.png"
check "a spec's misspelt source key" 1 \
    "unknown key “shet” in data “ind”; did you mean “sheet”? (allowed: path, sheet)" "$T/r.png" \
    "$TUJIE" render bad2.yaml -o "$T/r.png"

echo "1..$n"
[ $fails -eq 0 ]
