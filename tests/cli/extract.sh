#!/bin/sh
# CLI tests of `tujie extract`: the table goes to -o (atomically) or to
# standard output, CSV or YAML, with --explain's 依据 column; the report on
# stderr counts figures, names and qualifiers and lists the lines to check;
# every encoding the CSV reader takes is read; the table draws through a
# spec's data: and where: {指标: …}; bad input names its place and exits 1,
# bad options exit 2, and neither leaves a file. Prints TAP.
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
TUJIE=${TJ_BUILD:-$ROOT/build}/tujie
D=$ROOT/tests/data/extract
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

# ---- the seed report ----------------------------------------------------
check "extract: the seed report to a CSV file" 0 \
    "figures found" "$T/ind.csv" \
    "$TUJIE" extract "$D/report-2021.txt" -o "$T/ind.csv"
ok "the report counts figures, names and qualifiers" \
    grep -qE '^.*report-2021.txt \(UTF-8\): [0-9]+ figures found, [0-9]+ with an indicator name, [0-9]+ with a qualifier$' "$T/stderr"
ok "the report lists a line whose number lost its unit (155762 at line 36)" \
    grep -qF 'report-2021.txt:36: ' "$T/stderr"
ok "the header is the documented columns" \
    sh -c "head -1 '$T/ind.csv' | grep -qx '指标,数值,单位,限定,变化,时期,类型,来源,备注'"
ok "地区生产总值 2954.7 亿元 +0.2% 2020 实绩, traced to line 26" \
    grep -q '^地区生产总值,2954.7,亿元,,+0.2%,2020,实绩,"26:' "$T/ind.csv"
ok "the 2021 target: 地区生产总值 +6% 左右 2021 目标" \
    grep -q '^地区生产总值,,,左右,+6%,2021,目标,' "$T/ind.csv"
ok "a magnitude stays in 单位: 8.5 万平方米" \
    grep -q '^[^,]*,8.5,万平方米,' "$T/ind.csv"
ok "marks lost before a figure: its name is its own clause (拆除违法建设 8.5 万平方米)" \
    grep -q '^拆除违法建设,8.5,万平方米,' "$T/ind.csv"
ok "a name not found is empty, with a note (7000余名 before an idiom and a long run)" \
    grep -q '^,7000,名,余,.*,[^,][^,]*$' "$T/ind.csv"
ok "a list after the classifier is the name (3200余名街道干部、社区工作者)" \
    grep -q '^街道干部、社区工作者,3200,名,余,' "$T/ind.csv"
ok "分别 over a list of names shares the head (宝华里、望坛整体签约率分别实现…)" \
    sh -c "grep -q '^宝华里整体签约率,99.5,%,' '$T/ind.csv' && grep -q '^望坛整体签约率,99.7,%,' '$T/ind.csv'"
ok "a name never ends inside a word (no 医务工作者义 from 义无反顾)" \
    sh -c "! grep -q '^医务工作者义,' '$T/ind.csv'"
ok "dates and years give no row (2021-02-20, 2020年, 2021110日)" \
    sh -c "! grep -qE '^[^,]*,(2021110|2020|2021|02|17|53),,' '$T/ind.csv'"

ok "examples/dongcheng-2021/extracted-2021.csv is what extract writes today" \
    cmp -s "$T/ind.csv" "$ROOT/examples/dongcheng-2021/extracted-2021.csv"

# ---- drawing the table ----------------------------------------------------
cat > "$T/gdp.yaml" <<'YAML'
kpi:
  where: {指标: 地区生产总值, 类型: 实绩}
  value: 数值
  unit: 亿元
  change: 变化
data: ind.csv
YAML
check "render: a kpi spec reads the extracted CSV with where: {指标: …}" 0 "" "$T/gdp.svg" \
    "$TUJIE" render "$T/gdp.yaml" -o "$T/gdp.svg"
ok "the tile shows the report's figure and change" \
    sh -c "grep -q '2954.7' '$T/gdp.svg' && grep -q '0.2%' '$T/gdp.svg'"

# the issue's "done": extract, then tujie auto on its output, gives a poster
# whose every figure traces back to a sentence (its row's 来源 holds it)
check "auto: the seed's extracted table drafts a poster" 0 "" "$T/poster.png" \
    "$TUJIE" auto "$T/ind.csv" -o "$T/poster.png" --spec-out "$T/auto.yaml"
traced() {
    grep -v '^ *#' "$T/auto.yaml" | grep -o 'where: {指标: [^,}]*' | sed 's/where: {指标: //' \
        | sort -u > "$T/names"
    [ "$(wc -l < "$T/names")" -ge 5 ] || return 1
    awk -F, 'NR == FNR { want[$0] = 1; next }
             FNR > 1 && ($1 in want) { seen[$1] = 1
                 rest = $8; for (i = 9; i <= NF; i++) rest = rest "," $i
                 if ($2 != "" && index(rest, $2) == 0) { print "untraced: " $0; bad = 1 } }
             END { for (n in want) if (!(n in seen)) { print "no row: " n; bad = 1 }
                   exit bad }' "$T/names" "$T/ind.csv"
}
ok "every tile of the poster is a row whose 来源 sentence holds its 数值" traced

# control characters of a pasted text (vertical tab, C1 from a bad copy) do
# not reach the CSV: it reads back, the figure is picked by where:
printf '全区地区生产总值\v2954.7亿元，\302\207同比增长0.2%%。\n' > "$T/ctl.txt"
check "extract: a text with control characters" 0 "1 figures found" "$T/ctl.csv" \
    "$TUJIE" extract "$T/ctl.txt" -o "$T/ctl.csv"
check "its CSV reads back: a kpi of its row" 0 "" "$T/ctl.png" \
    "$TUJIE" kpi "$T/ctl.csv" --where 指标=地区生产总值 --value 数值 --change 变化 -o "$T/ctl.png"

# ---- formats, standard output, --explain ------------------------------------
check "extract: standard output when no -o" 0 "21 figures found" "" \
    "$TUJIE" extract "$D/communique-2020-excerpt.txt"
ok "traditional characters are read as simplified, the report says so" \
    sh -c "grep -q '^国内生产总值,1015986,亿元,,+2.3%,2020,实绩,' '$T/stdout' && grep -q 'OpenCC' '$T/stderr'"
ok "来源 keeps the file's own (traditional) sentence" \
    grep -qF '7:18 公報指,初步核算,全年國內生產總值1015986億元' "$T/stdout"
check "extract --format yaml" 0 "" "" "$TUJIE" extract "$D/bulletin.txt" --format yaml
ok "YAML: a list of maps with the same keys" \
    sh -c "grep -q '^- 指标: \"常住人口\"' '$T/stdout' && grep -q '^  变化: \"-0.4万人\"' '$T/stdout'"
check "extract -o x.yaml chooses YAML" 0 "" "$T/b.yaml" "$TUJIE" extract "$D/bulletin.txt" -o "$T/b.yaml"
ok "the .yaml file is YAML" grep -q '^- 指标: ' "$T/b.yaml"
check "extract --explain adds 依据" 0 "" "$T/e.csv" \
    "$TUJIE" extract "$D/paragraphs.txt" --explain -o "$T/e.csv"
ok "依据 says why: the change joined the figure before it" \
    sh -c "head -1 '$T/e.csv' | grep -q ',备注,依据$' && grep -q '变化“+5.8%”属此数字' '$T/e.csv'"
check "extract: UTF-16 LE with BOM" 0 "(UTF-16LE): 25 figures found" "" \
    "$TUJIE" extract "$D/paragraphs-utf16le.txt"
check "extract: GB18030, traditional characters" 0 "(GB18030): 18 figures found" "" \
    "$TUJIE" extract "$D/bulletin-hant-gb18030.txt"
ok "ranges and ratios give no row (3%—5%, 1∶1.03)" \
    sh -c "'$TUJIE' extract '$D/paragraphs.txt' 2>/dev/null | grep -qv '能耗' && ! '$TUJIE' extract '$D/bulletin.txt' 2>/dev/null | grep -q '^[^,]*,1.03,'"

# ---- errors -------------------------------------------------------------------
check "a missing report is an input error" 1 "no-such.txt: cannot open the file" "$T/x.csv" \
    "$TUJIE" extract "$T/no-such.txt" -o "$T/x.csv"
printf 'abc\377\376\375 def\n' > "$T/bad.txt"
check "bytes neither UTF-8 nor GB18030: file:line:col" 1 "bad.txt:1:4: invalid byte 0xFF" "$T/x.csv" \
    "$TUJIE" extract "$T/bad.txt" -o "$T/x.csv"
check "--format other than csv or yaml" 2 "--format must be csv or yaml, got “xlsx”" "$T/x.csv" \
    "$TUJIE" extract "$D/bulletin.txt" --format xlsx -o "$T/x.csv"
check "two reports" 2 "extract: expected one REPORT.txt, got 2" "" \
    "$TUJIE" extract "$D/bulletin.txt" "$D/paragraphs.txt"
check "an unwritable -o" 1 "cannot write the table" "" \
    "$TUJIE" extract "$D/bulletin.txt" -o "$T/no-dir/x.csv"
printf '' > "$T/empty.txt"
check "an empty report: no figures, a header only" 0 "0 figures found" "$T/empty.csv" \
    "$TUJIE" extract "$T/empty.txt" -o "$T/empty.csv"

echo "1..$n"
[ "$fails" -eq 0 ]
