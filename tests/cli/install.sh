#!/bin/sh
# `make install` into a temporary DESTDIR lays out what a packager expects,
# and a program of its own (examples/embed) builds against the installed
# library with `pkg-config --cflags --libs tujie` only and writes its PDF
# with two tujie charts in it. Prints TAP.
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
    check "the installed tujie speaks Chinese from the installed catalogue" sh -c \
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
check "make uninstall removes it all" sh -c "make -s -C '$ROOT' uninstall DESTDIR='$D' &&
    test -z \"\$(find '$D' -type f)\""
echo "1..$n"
[ $fails -eq 0 ]
