#!/bin/sh
# bench/large/run.sh — the large-data group: `tujie trend` on 10^4 … 10^7
# points (bench/large/gen.awk, one reading a minute, x in seconds) against
# gnuplot and matplotlib (numpy.loadtxt + plot) drawing the same file as a
# 1600 × 1000 PNG, and the floors: `wc -l` (reading the bytes) and a plain C
# strtod loop (parsing them). Whole processes, wall time and peak RSS from
# /usr/bin/time; the median of R runs. Not a test: nothing here asserts.
#
#   sh bench/large/run.sh [BUILD]     BUILD: the build folder (default build)
#   SIZES="10000 100000"   the point counts (default 10^4 10^5 10^6 10^7)
#   RUNS=3                  runs per case (10^7: one)
#   PEERS=0                 tujie and the floors only
#   PEER_MAX=N              the peers only up to N points (gnuplot takes
#                           minutes and 3 GB at 10^7)
#   TJB_LARGE_DIR=DIR       where the generated files are kept (default
#                           /tmp/tujie-large; made once, reused)
# Writes bench/out/large/raw.tsv (tool, N, wall s, peak KB, user s, sys s)
# and report.md (ratios of wall and of CPU time, cost per point). On a
# shared machine the CPU time (user + sys) moves less with the load.
set -eu
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
BUILD=${1:-build}
case $BUILD in /*) ;; *) BUILD=$ROOT/$BUILD ;; esac
SIZES=${SIZES:-"10000 100000 1000000 10000000"}
RUNS=${RUNS:-3}
PEERS=${PEERS:-1}
PEER_MAX=${PEER_MAX:-100000000}
DATA=${TJB_LARGE_DIR:-/tmp/tujie-large}
O=$ROOT/bench/out/large
B=$ROOT/bench/large
PY=/usr/bin/python3
mkdir -p "$DATA" "$O/look"
[ -x "$BUILD/tujie" ] || { echo "bench: run make first ($BUILD/tujie missing)" >&2; exit 1; }
cp "$BUILD/tujie" "$O/tujie"
cc -std=c11 -O2 -Wall -Wextra -o "$O/strtod" "$B/strtod.c"
unset TJ_FONTS_CONF TJ_FONT_DIR

for n in $SIZES; do
    f=$DATA/n$n.csv
    [ -s "$f" ] || awk -v n="$n" -f "$B/gen.awk" >"$f"
done

RAW=$O/raw.tsv
: >"$RAW"
{
    echo "date: $(date -u +%Y-%m-%dT%H:%M:%SZ)"
    echo "commit: $(git -C "$ROOT" rev-parse --short HEAD)$(git -C "$ROOT" diff --quiet HEAD -- . ':!bench' 2>/dev/null || echo ' + uncommitted changes')"
    echo "cpu: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ *//')"
    echo "loadavg at start: $(cut -d' ' -f1-3 /proc/loadavg)"
    echo "gnuplot: $(gnuplot --version)"
    echo "matplotlib: $($PY -c 'import matplotlib, numpy; print(matplotlib.__version__, "numpy", numpy.__version__)')"
} >"$O/machine.txt"

one() {  # tool n command...
    tool=$1; n=$2; shift 2
    /usr/bin/time -f "%e %M %U %S" -o "$O/time.txt" "$@" >/dev/null 2>"$O/err.txt" ||
        { echo "bench: $tool $n failed:" >&2; cat "$O/err.txt" >&2; return 0; }
    printf '%s\t%s\t%s\n' "$tool" "$n" "$(tr ' ' '\t' <"$O/time.txt")" >>"$RAW"
}

for n in $SIZES; do
    f=$DATA/n$n.csv
    r=$RUNS
    [ "$n" -ge 10000000 ] && r=1   # the peers take a minute and GBs there
    i=0
    while [ $i -lt "$r" ]; do  # round-robin, so load changes hit every tool
        one wc "$n" wc -l "$f"
        one strtod "$n" "$O/strtod" "$f"
        one tujie "$n" "$O/tujie" trend "$f" --x 时间 --y 指数 --scale 2 -o "$O/look/tujie-$n.png"
        if [ "$PEERS" = 1 ] && [ "$n" -le "$PEER_MAX" ]; then
            one gnuplot "$n" gnuplot -e "data='$f'; out='$O/look/gnuplot-$n.png'" "$B/large.gp"
            one matplotlib "$n" $PY "$B/large.py" "$f" "$O/look/mpl-$n.png"
        fi
        i=$((i + 1))
    done
done
echo "loadavg at end: $(cut -d' ' -f1-3 /proc/loadavg)" >>"$O/machine.txt"
$PY "$B/report.py" "$RAW" "$O/machine.txt" >"$O/report.md"
cat "$O/report.md"
echo "pictures: bench/out/large/look/"
