#!/bin/sh
# Writes the CSV fixtures of tests/unit/test-csv.c (committed; rerun after
# editing). Encodings come from iconv, so each file is what Excel or a text
# editor would save: the same indicator table (figures of the 2021 Dongcheng
# work report) as UTF-8, UTF-8 with BOM + CRLF, UTF-16 LE/BE with BOM and
# tabs (Excel "Unicode text"), GB18030 + CRLF, and with semicolons.
set -eu
cd "$(dirname "$0")"

indicators() {  # $1 = delimiter
    d=$1
    printf '指标%s数值%s同比%s备注\n' "$d" "$d" "$d"
    printf '地区生产总值%s2954.7亿元%s0.2%%%s"同比增长0.2%%，""稳中有进"""\n' "$d" "$d" "$d"
    printf '区级一般公共预算收入%s181.4亿元%s−4.4%%%s\n' "$d" "$d" "$d"
    printf '完成固定资产投资%s223.7亿元%s—%s\n' "$d" "$d" "$d"
    printf '社会消费品零售总额%s"1,213.5亿元"%s-8%%%s\n' "$d" "$d" "$d"
    printf '登记失业率%s2.16%%%s%s\n' "$d" "$d" "$d"
    printf '细颗粒物年均浓度%s40微克/立方米%s-9.1%%%s"年均浓度\n下降9.1%%"\n' "$d" "$d" "$d"
}
crlf() { sed 's/$/\r/'; }

indicators , > indicators.csv
{ printf '\357\273\277'; indicators , | crlf; } > indicators-bom-crlf.csv
{ printf '\377\376'; indicators '	' | crlf | iconv -f UTF-8 -t UTF-16LE; } > indicators-utf16le.csv
{ printf '\376\377'; indicators '	' | crlf | iconv -f UTF-8 -t UTF-16BE; } > indicators-utf16be.csv
indicators , | crlf | iconv -f UTF-8 -t GB18030 > indicators-gb18030.csv
indicators ';' | sed 's/"1,213.5亿元"/1,213.5亿元/' > indicators-semicolon.csv
indicators , | tr '\n' '\r' > indicators-mac-cr.csv

# the wide shape: units in the header, targets with qualifiers
cat > wide.csv <<'CSV'
年份,地区生产总值（亿元）,GDP增速(%),区级一般公共预算收入,登记失业率,常住人口（单位：万人）
2020,2954.7,0.2,181.4亿元,2.16%,70.9
2021,—,6%左右,,不超过4%,N/A
CSV

# counts with units and qualifiers; blank lines are skipped
printf '\n  \n事项,人数,服务人次\r\n抽调充实社区防控力量,3980人次,1.4万人次\r\n\r\n街道干部、社区工作者,3200余名,3.2万人次\r\n   \r\n居家观察人员,8.4万余名,   \r\n接转离鄂离汉返京人员,155762人,0.5万人次\r\n\r\n\r\n' > counts.csv

# one column: a blank line is skipped, "" is an empty cell
printf '年份\n2018\n\n""\n2020\n' > one-column.csv
