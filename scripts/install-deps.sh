#!/bin/sh
# Installs the Debian 12 packages tujie builds and tests with.
# Runs `apt-get update` once (only when something is missing), then installs
# what is not there yet. Safe to run again: does nothing when all is present.
set -eu

# librsvg2-dev: SVG images and kpi icons (render/image.c).
# libqpdf-dev, libxml2-dev: what cairo cannot write into PDF (/Alt, /Lang)
# and SVG (<title>, <desc>, roles); qpdf: the tests read PDFs' structure;
# chromium: the SVG is checked in a browser (120 MB download, about 30 s to
# install here; the test is skipped without it).
PKGS="build-essential pkg-config
libcairo2-dev libpango1.0-dev libfontconfig-dev libpng-dev libyaml-dev libglib2.0-dev
libqpdf-dev libxml2-dev librsvg2-dev
fonts-noto-cjk fonts-dejavu-core
poppler-utils pngcheck libxml2-utils librsvg2-bin python3 python3-fonttools qpdf chromium
clang libclang-rt-14-dev"

missing=""
for p in $PKGS; do
    if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
        missing="$missing $p"
    fi
done

if [ -z "$missing" ]; then
    exit 0
fi

echo "install-deps: installing:$missing" >&2
SUDO=""
if [ "$(id -u)" != 0 ]; then SUDO="sudo"; fi
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -q
# shellcheck disable=SC2086
$SUDO apt-get install -y -q --no-install-recommends $missing
