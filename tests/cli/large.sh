#!/bin/sh
# CLI tests of large tables and continuous x axes: mixed-type x columns
# are refused at the odd cell (file:line:col), --x-type decides, a long
# file streams (tj_table_open + data/scan.c) yet reports bad rows at their
# place, and a bar chart of too many rows is refused before they are read.
# No timing here (bench/large/ measures). Prints TAP.
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

# 40 readings a minute apart, one text cell at row 17 (line 18)
awk 'BEGIN { print "时间,指数"; for (i = 0; i < 40; i++) printf "%s,%d\n", i == 16 ? "停电" : i * 60, 50 + i % 7 }' >"$T/mixed.csv"
check "numbers with a text cell: refused at the cell" 1 \
    "mixed.csv:18:1: column “时间”: expected a number like the cells before it, got “停电”" \
    "$T/a.png" "$TUJIE" trend "$T/mixed.csv" --x 时间 --y 指数 -o "$T/a.png"
check "… and the message suggests labels" 1 "--x-type category" \
    "$T/a.png" "$TUJIE" trend "$T/mixed.csv" --x 时间 --y 指数 -o "$T/a.png"
check "--x-type category draws them as labels" 0 "" \
    "$T/b.png" "$TUJIE" trend "$T/mixed.csv" --x 时间 --y 指数 --x-type category -o "$T/b.png"

awk 'BEGIN { print "日期,指数"; for (i = 1; i <= 30; i++) printf "%s,%d\n", i == 23 ? "2021-02-30" : sprintf("2021-01-%02d", i), 40 + i % 5 }' >"$T/dates.csv"
check "dates with an impossible day: refused at the cell" 1 \
    "dates.csv:24:1: column “日期”: expected a date like the cells before it, got “2021-02-30”" \
    "$T/c.png" "$TUJIE" trend "$T/dates.csv" --x 日期 --y 指数 -o "$T/c.png"

printf '年份,值\n2019,1\n2020,2\n2021年(预计),3\n' >"$T/short.csv"
check "a short series with a note stays labels" 0 "" \
    "$T/d.png" "$TUJIE" trend "$T/short.csv" --x 年份 --y 值 -o "$T/d.png"
check "--x-type date names the cell that is not a date" 1 \
    "short.csv:4:1: column “年份”: expected a date such as 2021, 2021-03, 2021年3月 or 2021-03-07, got “2021年(预计)”" \
    "$T/e.png" "$TUJIE" trend "$T/short.csv" --x 年份 --y 值 --x-type date -o "$T/e.png"
check "--x-type number names the cell that is not a number" 1 \
    "short.csv:4:1: column “年份”: expected a number, got “2021年(预计)”" \
    "$T/e.png" "$TUJIE" trend "$T/short.csv" --x 年份 --y 值 --x-type number -o "$T/e.png"
check "--x-type takes three words" 2 "--x-type numbers: expected auto, category, number or date" \
    "$T/e.png" "$TUJIE" trend "$T/short.csv" --x 年份 --y 值 --x-type numbers -o "$T/e.png"

# a file past the streaming size (256 KiB): 30,000 rows (360 KB)
awk 'BEGIN { print "时间,指数"; for (i = 0; i < 30000; i++) printf "%d,%.3f\n", i * 60, 50 + sin(i / 500) * 20 + (i == 12345 ? 60 : 0) }' >"$T/big.csv"
check "a long series streams to a picture" 0 "" \
    "$T/f.png" "$TUJIE" trend "$T/big.csv" --x 时间 --y 指数 -o "$T/f.png"
# its description (PNG iTXt) names the one spike: decimation kept it
n=$((n + 1))
if grep -aq "最高为740700的" "$T/f.png"; then echo "ok $n - the spike survives streaming"
else fails=$((fails + 1)); echo "not ok $n - the spike survives streaming"; grep -ao "折线图[^<]*" "$T/f.png" | sed 's/^/# /'; fi
check "a bar per row of it is refused before reading, with advice" 2 \
    "big.csv: 30000 categories cannot be drawn as bars (at most 1000)" \
    "$T/g.png" "$TUJIE" bar "$T/big.csv" --x 时间 --y 指数 -o "$T/g.png"
# the same file with a bad row deep inside: the ordinary reader's message
cp "$T/big.csv" "$T/bad.csv"
printf '18000000,12,7\n' >>"$T/bad.csv"
check "a bad row of a streamed file is reported at its place" 1 \
    "bad.csv:30002:" "$T/h.png" "$TUJIE" trend "$T/bad.csv" --x 时间 --y 指数 -o "$T/h.png"
awk 'NR == 20001 { print "1199940,缺测"; next } { print }' "$T/big.csv" >"$T/text.csv"
check "a text value of a streamed file is reported at its cell" 1 \
    "text.csv:20001:9: column “指数”: expected a number, got “缺测”" \
    "$T/i.png" "$TUJIE" trend "$T/text.csv" --x 时间 --y 指数 -o "$T/i.png"
# two stations interleaved: a where filter streams the one asked for
awk 'BEGIN { print "时间,站点,指数"; for (i = 0; i < 150000; i++) { printf "%d,东四,%.1f\n", i * 60, 30 + (i == 4321 ? 170 : i % 50); printf "%d,天坛,%.1f\n", i * 60, 20 + (i == 999 ? 400 : i % 40) } }' >"$T/two.csv"
check "a where filter on a long file" 0 "" \
    "$T/m.png" "$TUJIE" trend "$T/two.csv" --x 时间 --y 指数 --where 站点=东四 -o "$T/m.png"
n=$((n + 1))
if grep -aq "最高为259260的200" "$T/m.png" && ! grep -aq "420" "$T/m.png"; then echo "ok $n - only the station asked for"
else fails=$((fails + 1)); echo "not ok $n - only the station asked for"; grep -ao "折线图[^<]*" "$T/m.png" | sed 's/^/# /'; fi
check "a where value no row has" 1 "no row where “站点” is “西城”" \
    "$T/n.png" "$TUJIE" trend "$T/two.csv" --x 时间 --y 指数 --where 站点=西城 -o "$T/n.png"
printf 'trend: {x: 时间, y: 指数, title: 三万个点}\ndata: big.csv\n' >"$T/big.yaml"
check "a spec's long series streams too" 0 "" \
    "$T/k.png" "$TUJIE" render "$T/big.yaml" -o "$T/k.png"
printf 'trend: {x: 时间, y: 指数}\ndata: bad.csv\n' >"$T/bad.yaml"
check "… and its bad row is reported at its place" 1 "bad.csv:30002:" \
    "$T/l.png" "$TUJIE" render "$T/bad.yaml" -o "$T/l.png"
awk 'NR == 1 || NR > 2 { print } NR == 2 { held = $0 } NR == 5 { print held }' "$T/big.csv" >"$T/unsorted.csv"
check "unsorted x in a long file is drawn sorted" 0 "" \
    "$T/j.png" "$TUJIE" trend "$T/unsorted.csv" --x 时间 --y 指数 -o "$T/j.png"

echo "1..$n"
[ "$fails" -eq 0 ]
