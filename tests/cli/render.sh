#!/bin/sh
# CLI tests of `tujie render` and `tujie check` on the default infographic
# and on a spec full of mistakes. Prints TAP.
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
TUJIE=${TJ_BUILD:-$ROOT/build}/tujie
T=$(mktemp -d)
trap 'rm -rf "$T"' EXIT
EX=$ROOT/examples/dongcheng-2021
n=0; fails=0
ok() {  # name, command...
    name=$1; shift
    n=$((n + 1))
    if "$@" >"$T/out" 2>"$T/err"; then echo "ok $n - $name"
    else fails=$((fails + 1)); echo "not ok $n - $name"; sed 's/^/# /' "$T/err" | head -20; fi
}

ok "check accepts the default infographic" "$TUJIE" check "$EX/tujie.yaml"
ok "renders the default as PNG at scale 2" "$TUJIE" render "$EX/tujie.yaml" --scale 2 -o "$T/p.png"
ok "renders the default as SVG" "$TUJIE" render "$EX/tujie.yaml" -o "$T/p.svg"
ok "renders the default as PDF" "$TUJIE" render "$EX/tujie.yaml" -o "$T/p.pdf"
ok "PNG is 2160 px wide and valid" sh -c "pngcheck -q '$T/p.png' && file '$T/p.png' | grep -q '2160 x'"
ok "the page's PNG (strips deflated on helper threads) has the same bytes every time" sh -c \
    "for i in 1 2 3; do '$TUJIE' render '$EX/tujie.yaml' --scale 2 -o '$T/again.png' && cmp '$T/p.png' '$T/again.png' || exit 1; done"
ok "SVG parses" xmllint --noout "$T/p.svg"
ok "several -o: laid out once, the same files as one render each" sh -c \
    "'$TUJIE' render '$EX/tujie.yaml' --scale 2 -o '$T/m.png' -o '$T/m.svg' -o '$T/m.pdf' &&
     cmp '$T/p.png' '$T/m.png' && cmp '$T/p.svg' '$T/m.svg' && cmp '$T/p.pdf' '$T/m.pdf'"
ok "several -o with --format is a usage error" sh -c \
    "'$TUJIE' render '$EX/tujie.yaml' -o '$T/n.png' -o '$T/n.svg' --format png; test \$? -eq 2 && test ! -e '$T/n.png'"
ok "several -o with a name of no format is a usage error, nothing written" sh -c \
    "'$TUJIE' render '$EX/tujie.yaml' -o '$T/n.png' -o '$T/n.txt'; test \$? -eq 2 && test ! -e '$T/n.png'"
ok "a chart command takes one -o" sh -c \
    "'$TUJIE' bar '$EX/economy-2020.csv' --x 指标 --y 数值 -o '$T/n.png' -o '$T/n.svg' 2>'$T/e'; test \$? -eq 2 &&
     grep -q 'tujie render' '$T/e' && test ! -e '$T/n.png'"
ok "PDF has A4 pages (pdf: a4), more than one" sh -c \
    "pdfinfo '$T/p.pdf' | grep -q 'Page size: *595.28 x 841.89 pts (A4)' &&
     test \$(pdfinfo '$T/p.pdf' | sed -n 's/^Pages: *//p') -ge 2"
ok "PDF text has the report's figures" sh -c \
    "pdftotext '$T/p.pdf' - | tr -d ' \n' > '$T/p.txt' &&
     grep -q 图解：2021年东城区政府工作报告 '$T/p.txt' && grep -q 2954.7 '$T/p.txt' &&
     grep -q 21.8 '$T/p.txt' && grep -q 如下 '$T/p.txt' &&
     pdftotext -raw '$T/p.pdf' - | tr -d ' \n' | grep -q 不超过4"
ok "PDF fonts are embedded CID subsets with Unicode maps (the own faces' TrueType copies)" sh -c \
    "pdffonts '$T/p.pdf' | grep -q 'TujieSansCJKsc-Regular *CID TrueType *Identity-H *yes yes yes' &&
     ! pdffonts '$T/p.pdf' | sed 1,2d | grep -v 'yes yes yes'"

# editing a figure in a CSV changes the poster
cp -r "$EX" "$T/ex"
sed -i 's/^地区生产总值,2954.7亿元/地区生产总值,3001.5亿元/' "$T/ex/indicators-2020.csv"
sed -i 's/^  title: 图解：2021年东城区政府工作报告/  title: 图解：修改后的标题/' "$T/ex/tujie.yaml"
ok "an edited CSV and title show up" sh -c \
    "'$TUJIE' render '$T/ex/tujie.yaml' -o '$T/e.pdf' && pdftotext '$T/e.pdf' - | tr -d ' \n' > '$T/e.txt' &&
     grep -q 3001.5 '$T/e.txt' && grep -q 图解：修改后的标题 '$T/e.txt'"

# every mistake of a spec in one run, each with its place
BAD=tests/data/page/errors.yaml
n=$((n + 1))
# its data lie in examples/, outside the spec's folder: --allow-dir lets it read them
(cd "$ROOT" && "$TUJIE" check --allow-dir examples "$BAD") >"$T/out" 2>"$T/err"
rc=$?
if [ $rc -eq 1 ] && grep -q "errors.yaml:4:3: unknown key “widht”" "$T/err" &&
   grep -q "did you mean “width”" "$T/err" &&
   grep -q "errors.yaml:10:.*数直" "$T/err" &&
   grep -q "errors.yaml:11:.*horizontl" "$T/err" &&
   grep -q "errors.yaml:12:.*121.8" "$T/err"; then
    echo "ok $n - check reports every mistake with file:line:col"
else
    fails=$((fails + 1)); echo "not ok $n - check output (exit $rc):"; sed 's/^/# /' "$T/err"
fi
n=$((n + 1))
(cd "$ROOT" && "$TUJIE" render --allow-dir examples "$BAD" -o "$T/bad.png") 2>/dev/null
if [ $? -eq 1 ] && [ ! -e "$T/bad.png" ]; then echo "ok $n - render of a bad spec fails and writes nothing"
else fails=$((fails + 1)); echo "not ok $n - bad spec rendered or wrong exit"; fi

echo "1..$n"
[ $fails -eq 0 ]
