#!/bin/sh
# Renders the default infographic (examples/dongcheng-2021/tujie.yaml), the
# second example (examples/national-2020/tujie.yaml) and the example charts
# into out/ as PNG (scale 2), SVG and PDF, and the poster `tujie auto`
# drafts from the example's tables (out/auto.png). Called by `make demo`.
set -eu
TUJIE=${1:-build/tujie}
ROOT=$(cd "$(dirname "$0")/.." && pwd)
cd "$ROOT"
EX=examples/dongcheng-2021
mkdir -p out
SRC="2021年北京市东城区政府工作报告"

# the default infographic: the whole 图解 poster
"$TUJIE" render "$EX/tujie.yaml" --scale 2 -o out/tujie.png
"$TUJIE" render "$EX/tujie.yaml" -o out/tujie.svg
"$TUJIE" render "$EX/tujie.yaml" -o out/tujie.pdf

# the second example: the 2020 national statistical communiqué (combo, pie,
# pictogram, rank, table)
for fmt in png svg pdf; do
    "$TUJIE" render examples/national-2020/tujie.yaml --scale 2 -o "out/national-2020.$fmt"
done

# a poster drafted from the example's tables with no spec (tujie auto); the
# tables are copied beside the spec it writes, so `tujie render` reads it as
# it is: out/auto/tujie.yaml
rm -rf out/auto && mkdir -p out/auto
cp "$EX"/*.csv out/auto/
"$TUJIE" auto out/auto/*.csv --title "东城区政府工作报告图解（草稿）" --scale 2 \
    -o out/auto.png --spec-out out/auto/tujie.yaml --explain > out/auto/explain.txt

# a row of big-number tiles with polarity-aware colours
for fmt in png svg pdf; do
    "$TUJIE" render "$EX/tiles.yaml" --scale 2 -o "out/tiles.$fmt"
done

# and its charts one by one

for fmt in png svg pdf; do
    "$TUJIE" bar "$EX/economy-2020.csv" --x 指标 --y 数值 \
        --title "2020年东城区主要经济指标" --subtitle "地区生产总值2954.7亿元，同比增长0.2%" \
        --source "$SRC" --highlight 地区生产总值 --scale 2 -o "out/economy-2020.$fmt"
    "$TUJIE" bar "$EX/economy-2020.csv" --x 指标 --y 数值 --horizontal \
        --title "2020年东城区主要经济指标" --source "$SRC" --width 800 --height 560 \
        --scale 2 -o "out/economy-2020-horizontal.$fmt"
    "$TUJIE" bar "$EX/targets-2021.csv" --x 指标 --y 2020年实绩,2021年目标 \
        --title "主要指标：2020年实绩与2021年目标" --source "$SRC" \
        --scale 2 -o "out/targets-2021.$fmt"
    "$TUJIE" trend "$EX/gdp.csv" --x 年份 --y 地区生产总值 \
        --title "地区生产总值" --subtitle "2019年为由同比增速推算；2021年为目标" \
        --source "$SRC" --scale 2 -o "out/trend-gdp.$fmt"
    "$TUJIE" trend "$EX/growth.csv" --x 年份 --y 地区生产总值,区级一般公共预算收入,社会消费品零售总额 \
        --title "主要指标增速：2020年实绩与2021年目标" --unit % --source "$SRC" \
        --scale 2 -o "out/trend-growth.$fmt"
    "$TUJIE" gauge "$EX/city-2020.csv" --where 指标=家庭厨余垃圾分出率 --value 数值 \
        --scale 2 -o "out/gauge-kitchen-waste.$fmt"
    "$TUJIE" gauge "$EX/city-2020.csv" --where 指标=公园绿地500米服务半径覆盖率 --value 数值 \
        --style semicircle --scale 2 -o "out/gauge-park-coverage.$fmt"
    "$TUJIE" gauge "$EX/services-2020.csv" --where 指标=学生体质健康标准合格率 --value 数值 \
        --style bar --scale 2 -o "out/gauge-fitness.$fmt"
    "$TUJIE" kpi "$EX/indicators-2020.csv" --where 指标=地区生产总值 --value 数值 --change 同比 \
        --compare "2021年目标：增长6%左右" --scale 2 -o "out/kpi-gdp.$fmt"
    "$TUJIE" kpi "$EX/indicators-2020.csv" --where 指标=细颗粒物年均浓度 --value 数值 \
        --change 同比 --scale 2 -o "out/kpi-pm25.$fmt"
done
echo "demo: wrote $(ls out | wc -l) files to out/:"
ls -l out
