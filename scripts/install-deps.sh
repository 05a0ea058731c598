#!/bin/sh
# Installs the Debian 12 packages tujie builds and tests with.
# Runs `apt-get update` once (only when something is missing), then installs
# what is not there yet, and generates the locales the tests need
# (zh_CN.UTF-8, de_DE.UTF-8, zh_CN.GB18030) when `locale -a` lacks them. Safe to run again:
# does nothing when all is present.
set -eu

# librsvg2-dev: SVG images and kpi icons (render/image.c).
# libqpdf-dev: what cairo cannot write into PDF (/Alt, /Lang; libqpdf is
# opened with dlopen); zlib1g-dev and libdeflate-dev: the PNG writer's own
# deflate (render/png-deflate.c);
# libxml2-utils (xmllint) and qpdf: the tests read SVGs and PDFs;
# chromium: the SVG is checked in a browser (120 MB download, about 30 s to
# install here; the test is skipped without it). gettext: xgettext and
# msgfmt build the message catalogues (po/); locales: locale-gen, for the
# locales generated below. libopencc-dev: traditional characters read as
# simplified by `tujie extract` (extract/text.c, OpenCC's t2s).
# fonts-material-design-icons-iconfont: the built-in icons (icons/: outlines
# from its TrueType file, names from its SCSS list; docs/design.md).
# libzip-dev and libxml2-dev: .xlsx workbooks as data (the zip, and its
# XML through libxml2's streaming reader; data/xlsx*.c); libfreexl-dev:
# .xls workbooks (data/xls.c).
# libsoup-3.0-dev: the HTTP server of `tujie preview` (cli/preview-http.c;
# the command links it, the library does not); chromium also runs its test.
PKGS="build-essential pkg-config gettext locales
libzip-dev libxml2-dev libfreexl-dev libsoup-3.0-dev
libcairo2-dev libpango1.0-dev libfontconfig-dev libpng-dev libyaml-dev libglib2.0-dev
libqpdf-dev zlib1g-dev libdeflate-dev librsvg2-dev libopencc-dev
fonts-noto-cjk fonts-dejavu-core fonts-material-design-icons-iconfont
poppler-utils pngcheck libxml2-utils librsvg2-bin python3 python3-fonttools qpdf chromium
clang libclang-rt-14-dev"

missing=""
for p in $PKGS; do
    if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
        missing="$missing $p"
    fi
done

SUDO=""
if [ "$(id -u)" != 0 ]; then SUDO="sudo"; fi

if [ -n "$missing" ]; then
    echo "install-deps: installing:$missing" >&2
    export DEBIAN_FRONTEND=noninteractive
    $SUDO apt-get update -q
    # shellcheck disable=SC2086
    $SUDO apt-get install -y -q --no-install-recommends $missing
fi

# Locales the tests run under: zh_CN.UTF-8 (messages in Chinese),
# de_DE.UTF-8 (a comma as decimal point, to prove data never follows the
# locale) and zh_CN.GB18030 (a terminal that is not UTF-8: messages must
# come out in its charset). Generated only when `locale -a` lacks them.
want_locales="zh_CN.UTF-8:UTF-8 de_DE.UTF-8:UTF-8 zh_CN.GB18030:GB18030"
need_locales=""
for lc in $want_locales; do
    l=${lc%%:*}
    short=$(echo "$l" | sed 's/\.UTF-8$/.utf8/; s/\.GB18030$/.gb18030/')
    if ! locale -a 2>/dev/null | grep -qx "$short"; then
        need_locales="$need_locales $lc"
    fi
done
if [ -n "$need_locales" ]; then
    echo "install-deps: generating locales:$need_locales" >&2
    for lc in $need_locales; do
        l=${lc%%:*}; cs=${lc#*:}
        if grep -q "^# *$l $cs" /etc/locale.gen; then
            $SUDO sed -i "s/^# *\($l $cs\)/\1/" /etc/locale.gen
        elif ! grep -q "^$l $cs" /etc/locale.gen; then
            echo "$l $cs" | $SUDO tee -a /etc/locale.gen >/dev/null
        fi
    done
    $SUDO locale-gen
fi
