#!/bin/sh
# bench/profile.sh — where tujie's time goes, for bench/RESULTS.md.
#
#   sh bench/profile.sh TUJIE OUTDIR [full]     (run.sh calls it; needs bench/out/bin)
#
#   split.txt      in one process: the first chart against the next ones (tjbatch --times)
#   perfstat.txt   perf stat -r 10: task-clock, context switches, page faults
#   perf-*.txt     perf record (15 runs, no call graph): time by library and by symbol
#   whatif.md      the same commands with one thing changed from outside (malloc tunables,
#                  a minimal fontconfig file, fsync made a no-op), round-robin against the
#                  unchanged command
#   callgrind-*.txt  (full only) instructions by function, inclusive: the phases of tujie
set -eu
ROOT=$(cd "$(dirname "$0")/.." && pwd)
T=$1
P=$2
MODE=${3:-}
B=$ROOT/bench
BIN=$B/out/bin
D=$B/data
PAGE=$ROOT/examples/dongcheng-2021/tujie.yaml
W=$P/work
mkdir -p "$P" "$W"
P=$(cd "$P" && pwd)   # absolute: fontconfig reads a relative TJ_FONTS_CONF from /etc/fonts
W=$P/work

BAR="$D/bar.csv --x 指标 --y 数值 --title 2020年主要经济指标 --unit 亿元"
# name and command of each profiled case (word-split on purpose: no spaces inside arguments)
cases="bar.png|$T bar $BAR --scale 2 -o $W/bar.png
bar.svg|$T bar $BAR -o $W/bar.svg
bar.pdf|$T bar $BAR --date 2021-02-20 -o $W/bar.pdf
page.png|$T render $PAGE --scale 2 -o $W/page.png
page.svg|$T render $PAGE -o $W/page.svg
page.pdf|$T render $PAGE --date 2021-02-20 -o $W/page.pdf
floor.bar.png|$BIN/floor bar png $W/floor.png
floor.bar.pdf|$BIN/floor bar pdf $W/floor.pdf"

echo "in-process split (first chart vs the following ones)"
for f in png svg pdf; do
    printf '%s: ' "$f"
    "$BIN/tjbatch" bar $f "$D/bar.csv" "$W/split-$f" 30 --times
done | tee "$P/split.txt"

HAVE_PERF=""
if perf stat -e task-clock true >/dev/null 2>&1; then HAVE_PERF=yes; fi
if [ -n "$HAVE_PERF" ]; then
    echo "perf stat"
    : >"$P/perfstat.txt"
    echo "$cases" | while IFS='|' read -r name cmd; do
        # shellcheck disable=SC2086
        perf stat -r 10 -e task-clock,context-switches,page-faults,user_time,system_time \
            $cmd 2>&1 >/dev/null | grep -E 'task-clock|context|page-faults|user|system|elapsed' |
            sed "s|^|$name |" >>"$P/perfstat.txt"
    done
    grep -E 'page-faults|elapsed' "$P/perfstat.txt"
    echo "perf record"
    for name in bar.png bar.pdf page.png page.pdf; do
        cmd=$(echo "$cases" | awk -F'|' -v n="$name" '$1 == n {print $2}')
        perf record -q -F 5000 -o "$W/perf.data" -- sh -c "for i in 1 2 3 4 5 6 7 8 9 10 11 12 13 14 15; do $cmd; done" \
            >/dev/null 2>&1 || true
        {
            echo "# $name: share of CPU samples by library (15 runs)"
            perf report -i "$W/perf.data" --stdio --sort dso 2>/dev/null | grep -v '^#' | grep -v '^$' | head -20
            echo
            echo "# $name: top symbols"
            perf report -i "$W/perf.data" --stdio --sort dso,sym 2>/dev/null | grep -v '^#' | grep -v '^$' | head -30
        } >"$P/perf-$name.txt"
        head -12 "$P/perf-$name.txt"
    done
    rm -f "$W/perf.data" "$W/perf.data.old"
else
    echo "perf cannot count here: no perf stat / perf record"
fi

echo "what if (round-robin, 9 rounds, batches 2; paired ratios in whatif.md)"
MINCONF=$W/minimal-fonts.conf
cat >"$MINCONF" <<EOF
<?xml version="1.0"?>
<!DOCTYPE fontconfig SYSTEM "urn:fontconfig:fonts.dtd">
<!-- only the Noto CJK folder (tujie adds its own font folder itself) -->
<fontconfig>
  <dir>$(dirname "$(fc-match -f '%{file}' 'Noto Sans CJK SC')")</dir>
  <cachedir>/var/cache/fontconfig</cachedir>
  <cachedir prefix="xdg">fontconfig</cachedir>
</fontconfig>
EOF
OWNCONF=$W/own-fonts.conf
sed "s|<dir>.*</dir>|<dir>$ROOT/build/fonts</dir>|" "$MINCONF" >"$OWNCONF"
HUGE="env GLIBC_TUNABLES=glibc.malloc.hugetlb=1"
NOSYNC="env LD_PRELOAD=$BIN/nofsync.so"
KEEP="env GLIBC_TUNABLES=glibc.malloc.mmap_threshold=134217728:glibc.malloc.trim_threshold=1073741824"
PLAN=$W/whatif.tsv
: >"$PLAN"
add() { printf '%s\t%s\t1\t%s\t%s\n' "$1" "${R:-9}" "$2" "$3" >>"$PLAN"; }
cmd_of() { echo "$cases" | awk -F'|' -v n="$1" '$1 == n {print $2}'; }
for name in bar.png bar.pdf page.png page.pdf; do
    add "whatif.$name" tujie "$(cmd_of $name)"
    add "whatif.$name" "malloc.hugetlb=1" "$HUGE $(cmd_of $name)"
done
for name in bar.png page.pdf; do
    add "whatif.$name.fonts" tujie "$(cmd_of $name)"
    add "whatif.$name.fonts" "fonts.conf: Noto CJK folder only" "env TJ_FONTS_CONF=$MINCONF $(cmd_of $name)"
    add "whatif.$name.fonts" "fonts.conf: tujie's two fonts only" "env TJ_FONTS_CONF=$OWNCONF $(cmd_of $name)"
done
# process start: the C floor's binary (cairo, pango, libpng) against tujie's
add whatif.startup tujie "$T --version"
add whatif.startup "floor binary, no work" "$BIN/floor --noop"
SPECS=$B/out/specs/bar
if [ -d "$SPECS" ] && "$T" batch --help >/dev/null 2>&1; then
    for f in png pdf svg; do
        sc=""
        if [ $f = png ]; then sc="--scale 2"; fi
        c="$T batch $SPECS -o $W/batch-$f -j 1 --force --format $f $sc"
        R=2
        add "whatif.batch.$f" tujie "$c"
        add "whatif.batch.$f" "no fsync (LD_PRELOAD shim)" "$NOSYNC $c"
        add "whatif.batch.$f" "malloc keeps freed memory" "$KEEP $c"
        add "whatif.batch.$f" "malloc.hugetlb=1" "$HUGE $c"
        R=9
    done
fi
: >"$W/whatif.raw"
: >"$W/whatif.log"
"$BIN/rounds" "$PLAN" "$W/whatif.raw" "$W/whatif.log"
/usr/bin/python3 - "$W/whatif.raw" >"$P/whatif.md" <<'EOF'
import collections, statistics, sys
runs = collections.defaultdict(lambda: collections.defaultdict(dict))
order = []
for line in open(sys.argv[1], encoding="utf-8"):
    f = line.rstrip("\n").split("\t")
    if f[0] != "run":
        continue
    if (f[1], f[3]) not in order:
        order.append((f[1], f[3]))
    runs[f[1]][f[3]][int(f[2])] = (float(f[4]), int(f[7]) / 1024, int(f[8]), float(f[5]) + float(f[6]))
print("| case | variant | wall ms, median | cpu ms, median | peak MiB | variant ÷ tujie, wall (paired) | cpu ratio (medians) |")
print("| --- | --- | --- | --- | --- | --- | --- |")
for g, l in order:
    r = runs[g][l]
    base = runs[g]["tujie"]
    wall = statistics.median(x[0] for x in r.values())
    peak = statistics.median(x[1] for x in r.values())
    cpu = statistics.median(x[3] for x in r.values())
    bcpu = statistics.median(x[3] for x in base.values())
    ratio = statistics.median(r[k][0] / base[k][0] for k in r if k in base)
    bad = " (failed runs)" if any(x[2] for x in r.values()) else ""
    print(f"| {g[7:]} | {l} | {wall * 1000:.0f} | {cpu * 1000:.0f} | {peak:.0f} | {ratio:.2f}{bad} | "
          f"{cpu / bcpu:.2f} |")
EOF
cat "$P/whatif.md"

if [ "$MODE" = full ] && command -v valgrind >/dev/null 2>&1; then
    echo "callgrind (instructions, one run each)"
    echo "$cases" | grep -v '^floor' | while IFS='|' read -r name cmd; do
        # shellcheck disable=SC2086
        valgrind -q --tool=callgrind --callgrind-out-file="$W/cg.$name" $cmd >/dev/null 2>&1 || true
        callgrind_annotate --inclusive=yes "$W/cg.$name" 2>/dev/null |
            grep -E '^ *[0-9,]+ \(' | head -80 >"$P/callgrind-$name.txt"
        echo "  $name: $(head -1 "$P/callgrind-$name.txt")"
    done
fi
