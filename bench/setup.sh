#!/bin/sh
# bench/setup.sh — installs what the benchmarks need and is missing:
# the peers (gnuplot, Debian's matplotlib, node + the ECharts/resvg-js npm
# packages pinned by bench/node/package-lock.json), the tools the harness
# uses to check outputs (poppler-utils, librsvg2-bin) and to profile (perf,
# valgrind). Runs `apt-get update` only when a package is missing; safe to
# run again. Root or sudo.
set -eu
here=$(cd "$(dirname "$0")" && pwd)

PKGS="build-essential pkg-config libcairo2-dev libpango1.0-dev libfontconfig-dev
libpng-dev zlib1g-dev fonts-noto-cjk gnuplot-nox python3 python3-matplotlib
python3-fonttools nodejs npm poppler-utils librsvg2-bin linux-perf valgrind"

missing=""
for p in $PKGS; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" ||
        missing="$missing $p"
done
# node may come from elsewhere than Debian (nodesource, a node image): keep it
if command -v node >/dev/null 2>&1 && command -v npm >/dev/null 2>&1; then
    missing=$(echo "$missing" | tr ' ' '\n' | grep -vx -e nodejs -e npm | tr '\n' ' ')
fi
missing=$(echo "$missing" | tr -s ' ')
if [ -n "${missing# }" ]; then
    echo "bench/setup: installing:$missing" >&2
    SUDO=""
    [ "$(id -u)" = 0 ] || SUDO=sudo
    export DEBIAN_FRONTEND=noninteractive
    $SUDO apt-get update -q
    # shellcheck disable=SC2086
    $SUDO apt-get install -y -q --no-install-recommends $missing
fi

# npm packages, exactly as locked
if [ ! -f "$here/node/node_modules/echarts/package.json" ] ||
   [ ! -d "$here/node/node_modules/@resvg/resvg-js" ] ||
   [ "$here/node/package-lock.json" -nt "$here/node/node_modules/.package-lock.json" ]; then
    echo "bench/setup: npm ci in bench/node" >&2
    (cd "$here/node" && npm ci --no-audit --no-fund --loglevel=error)
fi
