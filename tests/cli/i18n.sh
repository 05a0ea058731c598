#!/bin/sh
# The tujie command speaks the user's language: under LANG=zh_CN.UTF-8
# (LC_ALL unset, as a desktop sets it) errors keep their file:line:col and
# say the rest in Chinese, --help and the batch summary and progress bar are
# Chinese; under C they are English; a locale that is not installed, or no
# catalogue, gives English without complaint. A decimal-comma locale
# (de_DE.UTF-8) changes no byte of an output. Prints TAP.
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
TUJIE=${TJ_BUILD:-$ROOT/build}/tujie
EX=$ROOT/examples/dongcheng-2021
T=$(mktemp -d)
trap 'rm -rf "$T"' EXIT
n=0; fails=0
pass() { n=$((n + 1)); echo "ok $n - $1"; }
skip() { n=$((n + 1)); echo "ok $n - # SKIP $1"; }
fail() { n=$((n + 1)); fails=$((fails + 1)); echo "not ok $n - $1"; sed 's/^/# /' "$T/err" 2>/dev/null | head -20; }
# check NAME PATTERN... : the last run's stderr ($T/err) has every pattern (fixed strings)
has() { name=$1; shift; for p in "$@"; do grep -qF -- "$p" "$T/err" || { fail "$name (no “$p”)"; return; }; done; pass "$name"; }
# run under a locale the way a login shell sets it: LANG only
in_lang() { lang=$1; shift; env -u LC_ALL -u LC_MESSAGES -u LANGUAGE LANG="$lang" "$@" >"$T/out" 2>"$T/err"; }
has_locale() { locale -a 2>/dev/null | grep -qix "$(echo "$1" | sed 's/UTF-8$/utf8/')"; }

printf '指标,数值\n地区生产总值,2954.7\n一般公共预算收入,abc\n' > "$T/bad-cell.csv"
cp "$ROOT/tests/bad-input/spec/unknown-page-key.yaml" "$T/bad-key.yaml"
mkdir -p "$T/report/a"
cp "$EX/chart-economy-bar.yaml" "$EX/economy-2020.csv" "$T/report/a/"

if has_locale zh_CN.UTF-8; then
    in_lang zh_CN.UTF-8 "$TUJIE" bar "$T/nosuchfile.csv" --x 指标 --y 数值 -o "$T/x.png"
    rc=$?
    has "a missing CSV: Chinese, naming the file (exit $rc)" "$T/nosuchfile.csv: 无法打开文件"
    in_lang zh_CN.UTF-8 "$TUJIE" bar "$T/bad-cell.csv" --x 指标 --y 数值 -o "$T/x.png"
    has "a bad CSV cell: file:line:col, then Chinese" "$T/bad-cell.csv:3:10: 列“数值”：预期为数字，实际为“abc”"
    in_lang zh_CN.UTF-8 "$TUJIE" check "$T/bad-key.yaml"
    has "a misspelt spec key: file:line:col, then Chinese with the suggestion" \
        "$T/bad-key.yaml:2:3: 未知的键“titel”" "是否应为“title”？" "$T/bad-key.yaml:4:3: 未知的键“colour”"
    in_lang zh_CN.UTF-8 "$TUJIE" bar --nosuchoption
    has "a usage error: Chinese hint" "请尝试执行“tujie --help”来获取更多信息。"
    in_lang zh_CN.UTF-8 "$TUJIE" --help; cp "$T/out" "$T/err"
    has "tujie --help in Chinese" "用法：tujie 命令 [选项]" "  bar        柱状图" "图表：tujie 种类" "指标卡"
    in_lang zh_CN.UTF-8 "$TUJIE" bar --help-all; cp "$T/out" "$T/err"
    has "tujie bar --help-all in Chinese" "DATA.csv - 柱状图或条形图" "示例：" "--x=COL" "类别列" \
        "输出选项：" "--output=FILE" "输出到 FILE（.png、.svg 或 .pdf；- 表示标准输出"
    in_lang zh_CN.UTF-8 "$TUJIE" batch "$T/report" -o "$T/out1" --format svg
    has "batch summary in Chinese" "tujie: 已渲染 1 个，未改变（跳过）0 个，失败 0 个，用时"
    if command -v script >/dev/null; then
        # a terminal for stderr (script(1)), so the progress bar is drawn
        env -u LC_ALL -u LC_MESSAGES -u LANGUAGE LANG=zh_CN.UTF-8 script -qec \
            "'$TUJIE' batch '$T/report' -o '$T/out2' --format svg --force" /dev/null >"$T/err" 2>&1
        has "batch progress bar on a terminal in Chinese" "[##############################] 1/1" "个/秒  剩余" "已渲染 1 个"
    else
        skip "script(1) missing: no terminal for the progress bar"
    fi
    export TJ_LOCALEDIR="$T/nowhere"
    in_lang zh_CN.UTF-8 "$TUJIE" bar "$T/nosuchfile.csv" --x a --y b -o "$T/x.png"
    unset TJ_LOCALEDIR
    if [ "$(wc -l < "$T/err")" -eq 1 ]; then
        has "no catalogue (TJ_LOCALEDIR elsewhere): English, one line" "cannot open the file"
    else fail "no catalogue: one line of English expected"; fi
else
    skip "locale zh_CN.UTF-8 is not installed (scripts/install-deps.sh generates it)"
fi

LC_ALL=C "$TUJIE" bar "$T/nosuchfile.csv" --x a --y b -o "$T/x.png" >"$T/out" 2>"$T/err"
has "under LC_ALL=C: English" "$T/nosuchfile.csv: cannot open the file: No such file or directory"
# (C.UTF-8: under plain C, GOption cannot convert the Chinese arguments)
LC_ALL=C.UTF-8 "$TUJIE" bar "$T/bad-cell.csv" --x 指标 --y 数值 -o "$T/x.png" >"$T/out" 2>"$T/err"
has "under LC_ALL=C.UTF-8: a bad cell in English" "$T/bad-cell.csv:3:10: column “数值”: expected a number, got “abc”"
LC_ALL=C "$TUJIE" --help >"$T/err" 2>&1
has "under LC_ALL=C: tujie --help in English" "Usage: tujie COMMAND [OPTIONS]"
in_lang en_US.UTF-8 "$TUJIE" batch "$T/report" -o "$T/out3" --format svg
has "under LANG=en_US.UTF-8: English summary" "tujie: 1 rendered, 0 unchanged (skipped), 0 failed in"

# a locale that is not installed: English, exactly the one error line
nolocale=xx_YY.UTF-8
in_lang "$nolocale" "$TUJIE" bar "$T/nosuchfile.csv" --x a --y b -o "$T/x.png"
rc=$?
if [ $rc -eq 1 ] && [ "$(wc -l < "$T/err")" -eq 1 ]; then
    has "LANG=$nolocale (not installed): English, one line, exit 1" "cannot open the file"
else fail "LANG=$nolocale: exit $rc, $(wc -l < "$T/err") lines"; fi
in_lang "$nolocale" "$TUJIE" bar "$T/bad-cell.csv" --x 指标 --y 数值 -o "$T/x.png"
has "LANG=$nolocale: the Chinese column name still comes out as UTF-8" "column “数值”"

if has_locale de_DE.UTF-8; then
    for f in png svg pdf; do
        LC_ALL=C "$TUJIE" render "$EX/chart-gdp-trend.yaml" --date 2021-01-01 -o "$T/c.$f" 2>"$T/err"
        LC_ALL=de_DE.UTF-8 "$TUJIE" render "$EX/chart-gdp-trend.yaml" --date 2021-01-01 -o "$T/de.$f" 2>>"$T/err"
        if cmp -s "$T/c.$f" "$T/de.$f"; then pass "LC_ALL=de_DE.UTF-8 (decimal comma): the same $f, byte for byte"
        else fail "LC_ALL=de_DE.UTF-8 changes the $f"; fi
    done
    LC_ALL=de_DE.UTF-8 "$TUJIE" kpi --value 2954.7亿元 --change 0.2 --label 地区生产总值 -o "$T/de-kpi.svg" 2>"$T/err"
    LC_ALL=C.UTF-8 "$TUJIE" kpi --value 2954.7亿元 --change 0.2 --label 地区生产总值 -o "$T/c-kpi.svg" 2>>"$T/err"
    if cmp -s "$T/c-kpi.svg" "$T/de-kpi.svg" && grep -q '2954.7' "$T/c-kpi.svg"; then
        pass "LC_ALL=de_DE.UTF-8: --value 2954.7亿元 parses and draws as under C"
    else fail "LC_ALL=de_DE.UTF-8: kpi differs"; fi
else
    skip "locale de_DE.UTF-8 is not installed (scripts/install-deps.sh generates it)"
fi

# the plain C locale (cron, CI, env -i) is ASCII; Chinese arguments still work
LC_ALL=C "$TUJIE" bar "$EX/economy-2020.csv" --x 指标 --y 数值 -o "$T/c-locale.svg" 2>"$T/err"
rc=$?
if [ $rc -eq 0 ] && grep -q '<svg' "$T/c-locale.svg"; then pass "LC_ALL=C: --x 指标 --y 数值 are read as UTF-8"
else fail "LC_ALL=C with Chinese arguments (exit $rc)"; fi
LC_ALL=C "$TUJIE" bar "$EX/economy-2020.csv" --x 指 --y 数值 -o "$T/c-locale.svg" 2>"$T/err"
has "LC_ALL=C: an English message quoting the Chinese column" "no column “指”; did you mean “指标”"

echo "1..$n"
[ $fails -eq 0 ]
