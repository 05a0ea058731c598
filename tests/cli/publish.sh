#!/bin/sh
# CLI tests of the publishing options: --preset wechat/wechat750/print,
# --alt, --alt-text, --svg-text, --max-size, and their usage errors. The
# outputs are read with the tools a reader's system has (pngcheck, pdfinfo,
# qpdf, xmllint). Prints TAP.
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
usage() {  # name, command... : must exit 2 with a message
    name=$1; shift
    n=$((n + 1))
    "$@" >"$T/out" 2>"$T/err"; rc=$?
    if [ $rc -eq 2 ] && grep -q "^tujie: " "$T/err"; then echo "ok $n - $name"
    else fails=$((fails + 1)); echo "not ok $n - $name (exit $rc)"; sed 's/^/# /' "$T/err" | head -5; fi
}

# WeChat: slices cut between blocks, 1080 wide, under 5 MB, sRGB, alt text
ok "renders the default for WeChat" sh -c \
    "'$TUJIE' render '$EX/tujie.yaml' --preset wechat -o '$T/w.png' --alt '$T/w.txt' 2>'$T/w.err'"
ok "says on stderr where it cut" grep -q "cut into 2 images, 1080 px wide: w-01.png" "$T/w.err"
ok "two slices, no unsliced file" sh -c "test -f '$T/w-01.png' && test -f '$T/w-02.png' && ! test -e '$T/w.png' && ! test -e '$T/w-03.png'"
ok "slices are 1080 px wide, at most 3840 tall, valid" sh -c \
    "for f in '$T'/w-0*.png; do pngcheck -q \"\$f\" && file \"\$f\" | grep -qE '1080 x (3[0-7][0-9][0-9]|38[0-3][0-9]|[12]?[0-9]{1,3}),' || exit 1; done"
ok "slices are under 5 MB" sh -c "test \$(stat -c %s '$T/w-01.png') -lt 5000000 && test \$(stat -c %s '$T/w-02.png') -lt 5000000"
ok "slices carry sRGB" sh -c "pngcheck -v '$T/w-01.png' | grep -q 'chunk sRGB'"
ok "--alt wrote a summary and one line per chart or tile" sh -c \
    "test \$(wc -l < '$T/w.txt') -eq 38 && head -1 '$T/w.txt' | grep -q '^长图《图解：2021年东城区政府工作报告》' &&
     grep -q '^指标卡：地区生产总值2954.7亿元，同比增长0.2%（越高越好）。$' '$T/w.txt' &&
     grep -q '^折线图：细颗粒物年均浓度' '$T/w.txt'"
ok "wechat750 is 750 px wide" sh -c \
    "'$TUJIE' render '$EX/tujie.yaml' --preset wechat750 -o '$T/s.png' && file '$T/s-01.png' | grep -q '750 x'"
ok "a chart under the preset is one 1080-px image" sh -c \
    "'$TUJIE' bar '$EX/economy-2020.csv' --x 指标 --y 数值 --preset wechat -o '$T/bar.png' && file '$T/bar.png' | grep -q '1080 x 675'"

# print: A4, tagged, Chinese /Alt per figure
ok "renders the default for print" "$TUJIE" render "$EX/tujie.yaml" --preset print -o "$T/p.pdf"
ok "PDF pages are A4 and tagged" sh -c \
    "pdfinfo '$T/p.pdf' | grep -q 'Page size: *595.28 x 841.89 pts (A4)' && pdfinfo '$T/p.pdf' | grep -q 'Tagged: *yes'"
ok "every figure has Chinese alt text; the catalogue has /Lang" sh -c \
    "qpdf --json '$T/p.pdf' > '$T/p.json' && test \$(grep -c '\"/Alt\": \"u:' '$T/p.json') -eq 37 &&
     grep -q '\"/Alt\": \"u:环形进度图：家庭厨余垃圾分出率21.8%。\"' '$T/p.json' && grep -q '\"/Lang\": \"u:zh-CN\"' '$T/p.json'"
ok "the same spec gives the same PDF bytes" sh -c \
    "'$TUJIE' render '$EX/tujie.yaml' --preset print -o '$T/p2.pdf' && cmp '$T/p.pdf' '$T/p2.pdf'"

# SVG: title, desc, roles, text layer
ok "renders the default as SVG with a text layer" "$TUJIE" render "$EX/tujie.yaml" --svg-text -o "$T/p.svg"
ok "SVG desc is the alt text" sh -c \
    "xmllint --xpath 'string(/*[local-name()=\"svg\"]/*[local-name()=\"desc\"])' '$T/p.svg' | head -1 | grep -q '^长图《图解'"
ok "SVG has a labelled figure per chart or tile" sh -c \
    "test \$(xmllint --xpath 'count(//*[@role=\"img\"][@aria-label])' '$T/p.svg') -eq 37"
ok "SVG text layer holds the words" sh -c \
    "xmllint --xpath '//*[@id=\"tj-text\"]' '$T/p.svg' | grep -q '>2954.7<'"

# alt text given by the user
ok "--alt-text replaces a chart's description" sh -c \
    "'$TUJIE' kpi --value 2954.7亿元 --label 地区生产总值 --alt-text 全年地区生产总值2954.7亿元 -o '$T/k.svg' --alt '$T/k.txt' &&
     test \"\$(cat '$T/k.txt')\" = 全年地区生产总值2954.7亿元 &&
     xmllint --xpath 'string(//*[local-name()=\"desc\"])' '$T/k.svg' | grep -q 全年地区生产总值"
ok "--max-size squeezes a PNG and says so" sh -c \
    "'$TUJIE' render '$EX/tujie.yaml' --max-size 300K -o '$T/m.png' 2>'$T/m.err' && test \$(stat -c %s '$T/m.png') -le 300000 &&
     grep -q 'budget' '$T/m.err' && pngcheck -v '$T/m.png' | grep -q 'palette'"

usage "unknown preset" "$TUJIE" render "$EX/tujie.yaml" --preset weixin -o "$T/x.png"
usage "preset and scale together" "$TUJIE" render "$EX/tujie.yaml" --preset wechat --scale 2 -o "$T/x.png"
usage "bad --max-size" "$TUJIE" render "$EX/tujie.yaml" --max-size lots -o "$T/x.png"
n=$((n + 1))
if ! ls "$T"/x* >/dev/null 2>&1; then echo "ok $n - usage errors leave no file"
else fails=$((fails + 1)); echo "not ok $n - usage errors leave no file"; fi

echo "1..$n"
[ $fails -eq 0 ]
