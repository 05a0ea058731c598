#!/bin/sh
# `make install` into a temporary DESTDIR lays out what a packager expects,
# and a program of its own (examples/embed) builds against the installed
# library with `pkg-config --cflags --libs tujie` only and writes its PDF
# with two tujie charts in it. The installed prefix, copied elsewhere and
# run with the build tree out of view, finds its own fonts and catalogues
# and refuses a PDF once its fonts are removed. Prints TAP.
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
T=$(mktemp -d)
trap 'rm -rf "$T"' EXIT
n=0; fails=0
check() { name=$1; shift; n=$((n + 1))
    if "$@" >"$T/log" 2>&1; then echo "ok $n - $name"
    else fails=$((fails + 1)); echo "not ok $n - $name"; tail -20 "$T/log" | sed 's/^/# /'; fi; }

D=$T/root
check "make install DESTDIR=… (default PREFIX)" make -s -C "$ROOT" install DESTDIR="$D"
P=$D/usr/local
for f in bin/tujie lib/libtujie.a lib/libtujie.so lib/libtujie.so.0 lib/pkgconfig/tujie.pc \
         include/tujie/tujie.h share/man/man1/tujie.1 share/tujie/themes/gov-red.yaml \
         share/tujie/fonts/TujieSansCJKsc-Regular.otf share/tujie/fonts-truetype/TujieSansCJKsc-Bold.ttf \
         share/bash-completion/completions/tujie \
         share/locale/zh_CN/LC_MESSAGES/tujie.mo; do
    check "installs $f" test -e "$P/$f"
done
check "the installed catalogue is tujie's zh_CN one" sh -c \
    "msgunfmt '$P/share/locale/zh_CN/LC_MESSAGES/tujie.mo' | grep -q '未知的键'"
if locale -a 2>/dev/null | grep -qix zh_CN.utf8; then
    check "the installed tujie speaks Chinese from the catalogue TJ_LOCALEDIR names" sh -c \
        "env -u LC_ALL -u LANGUAGE LANG=zh_CN.UTF-8 TJ_LOCALEDIR='$P/share/locale' LD_LIBRARY_PATH='$P/lib' \
         '$P/bin/tujie' bar '$T/none.csv' --x a --y b -o '$T/x.png' 2>&1 | grep -q '无法打开文件'"
fi
check "man -l renders the installed page" sh -c "man -l '$P/share/man/man1/tujie.1' | grep -q 'Chinese infographics'"
# the program built against the installed .pc, its prefix moved to where
# DESTDIR put it (nothing is built again for another PREFIX)
mkdir -p "$T/pc" && sed "s|^prefix=.*|prefix=$P|" "$P/lib/pkgconfig/tujie.pc" >"$T/pc/tujie.pc"
check "the embed example builds with pkg-config only" sh -c \
    "cc '$ROOT/examples/embed/embed.c' \$(PKG_CONFIG_PATH='$T/pc' pkg-config --cflags --libs tujie) -o '$T/embed'"
EX=$ROOT/examples/dongcheng-2021
check "the embed example writes its report with two tujie charts" sh -c \
    "LD_LIBRARY_PATH='$P/lib' '$T/embed' '$T/report.pdf' '$EX/chart-economy-bar.yaml' '$EX/chart-gdp-trend.yaml' &&
     test \$(pdfinfo '$T/report.pdf' | sed -n 's/^Pages: *//p') -eq 2 &&
     pdftotext '$T/report.pdf' - | grep -q 2954.7 && pdftotext '$T/report.pdf' - | grep -q 地区生产总值"
check "the installed tujie runs" sh -c "LD_LIBRARY_PATH='$P/lib' '$P/bin/tujie' --version | grep -q 'tujie 0'"
# ---- a prefix moved elsewhere, the build tree out of view ----------------
# The copy finds its fonts and catalogues from its own place
# (BINDIR/../share), never from the build tree: under `unshare -m` a tmpfs
# hides ROOT/build (where this machine permits it; else the build tree stays
# in view, and the check for compiled-in build paths is what says it is
# unused). TJ_FONT_DIR, TJ_DATA_DIR and TJ_LOCALEDIR are unset there.
M=$T/moved
cp -a "$P" "$M"
check "no build path is compiled into the installed tujie or libtujie" sh -c \
    "! grep -qF '$ROOT/build' '$M/bin/tujie' '$M/lib/libtujie.so.0.1.0' '$M/lib/libtujie.a'"
cat >"$T/hidden" <<EOF
mount -t tmpfs none '$ROOT/build' && test ! -e '$ROOT/build/tujie' || exit 99
cd '$T' && exec env -u TJ_FONT_DIR -u TJ_DATA_DIR -u TJ_LOCALEDIR "\$@"
EOF
if unshare -m sh "$T/hidden" true 2>/dev/null; then
    view="build tree hidden"
    hidden() { unshare -m sh "$T/hidden" "$@"; }
else
    view="build tree in view: unshare -m not permitted"
    hidden() { (cd "$T" && env -u TJ_FONT_DIR -u TJ_DATA_DIR -u TJ_LOCALEDIR "$@"); }
fi
printf '指标,数值\n主要预期目标如下,6\n地区生产总值增长,2954.7\n' >"$T/d.csv"
printf '主要预期目标如下地区生产总值增长东城区图解' >"$T/want.txt"
# every character of file @1 is in the text of PDF @2
reads_back() {
    pdftotext "$2" "$T/got.txt" && python3 -c '
import sys
want = set(open(sys.argv[1], encoding="utf-8").read())
got = set(open(sys.argv[2], encoding="utf-8").read())
missing = "".join(sorted(want - got))
if missing:
    print("missing from the PDF text:", missing)
sys.exit(1 if missing else 0)' "$1" "$T/got.txt"
}
check "the moved tujie writes a PDF ($view)" \
    hidden "$M/bin/tujie" bar d.csv --x 指标 --y 数值 --title 东城区图解 -o "$T/moved.pdf"
check "that PDF embeds tujie's own font" sh -c "pdffonts '$T/moved.pdf' | grep -q TujieSansCJKsc"
check "pdftotext reads every character of that PDF back" reads_back "$T/want.txt" "$T/moved.pdf"
if locale -a 2>/dev/null | grep -qix zh_CN.utf8; then
    hidden env LC_ALL=zh_CN.UTF-8 "$M/bin/tujie" bar none.csv --x a --y b -o x.png 2>"$T/zh.err"
    check "the moved tujie speaks Chinese from its own catalogue ($view)" grep -q '无法打开文件' "$T/zh.err"
fi
# batch stamps depend on the fonts the copy draws with, and those do not
# depend on whether the build tree is in view
mkdir -p "$T/jobs" && cp "$ROOT/examples/dongcheng-2021/chart-economy-bar.yaml" \
    "$ROOT/examples/dongcheng-2021/economy-2020.csv" "$T/jobs/"
(cd "$T" && env -u TJ_FONT_DIR -u TJ_DATA_DIR "$M/bin/tujie" batch jobs -o "$T/bo" --format pdf) \
    >"$T/batch1.out" 2>&1
hidden "$M/bin/tujie" batch jobs -o "$T/bo" --format pdf >"$T/batch.out" 2>&1
check "a batch by the moved copy stays unchanged when the build tree is out of view ($view)" \
    grep -q '0 rendered, 1 unchanged' "$T/batch.out"
# without its fonts, the copy refuses a PDF and says what to install
rm -rf "$M/share/tujie/fonts" "$M/share/tujie/fonts-truetype"
hidden "$M/bin/tujie" bar d.csv --x 指标 --y 数值 -o "$T/nofonts.pdf" >"$T/nofonts.out" 2>&1
echo "exit $?" >>"$T/nofonts.out"
check "without its fonts the moved tujie refuses a PDF (exit 1, says what to install, no file)" sh -c \
    "cat '$T/nofonts.out' && grep -q '^exit 1\$' '$T/nofonts.out' && grep -q 'make install' '$T/nofonts.out' &&
     grep -q TJ_FONT_DIR '$T/nofonts.out' && test ! -e '$T/nofonts.pdf'"
check "without its fonts a PNG is still drawn (system fonts)" \
    hidden "$M/bin/tujie" bar d.csv --x 指标 --y 数值 -o "$T/nofonts.png"
check "TJ_FONT_DIR names the fonts folder" sh -c \
    "cd '$T' && TJ_FONT_DIR='$P/share/tujie/fonts' '$M/bin/tujie' bar d.csv --x 指标 --y 数值 -o '$T/env.pdf' &&
     pdffonts '$T/env.pdf' | grep -q TujieSansCJKsc"
check "TJ_DATA_DIR names the installed data folder" sh -c \
    "cd '$T' && TJ_DATA_DIR='$P/share/tujie' '$M/bin/tujie' bar d.csv --x 指标 --y 数值 -o '$T/data.pdf' &&
     pdffonts '$T/data.pdf' | grep -q TujieSansCJKsc"

check "make uninstall removes it all" sh -c "make -s -C '$ROOT' uninstall DESTDIR='$D' &&
    test -z \"\$(find '$D' -type f)\""
echo "1..$n"
[ $fails -eq 0 ]
