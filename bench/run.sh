#!/bin/sh
# bench/run.sh — `make bench`: tujie against its peers and a raw cairo+pango
# floor, on the workload of bench/RESULTS.md (bar, trend and gauge charts at
# 800 × 500, PNG at scale 2, SVG, PDF; the default 图解 page).
#
#   sh bench/run.sh [BUILD]      BUILD: the build folder (default build)
#   QUICK=1    smoke pass: every case once, no warm-up, batches of 10
#   PROFILE=0  skip the profile; PROFILE=full adds callgrind (slow, ~5 min)
#   ONLY=RE    run only the timing groups whose name matches the awk regex RE
#              (a plain word: those containing it)
#
# Everything it writes is under bench/out/ (ignored by git): raw.tsv (every
# run), report.md (medians, pair-by-pair ratios, targets), profile/, the
# charts each tool drew (out/look/) for checking by eye.
set -eu
ROOT=$(cd "$(dirname "$0")/.." && pwd)
BUILD=${1:-build}
case $BUILD in /*) ;; *) BUILD=$ROOT/$BUILD ;; esac
QUICK=${QUICK:-0}
PROFILE=${PROFILE:-1}
ONLY=${ONLY:-}
B=$ROOT/bench
O=$B/out
BIN=$O/bin
D=$B/data
P=$B/peers
T=$O/bin/tujie        # a snapshot of $BUILD/tujie (others may relink it meanwhile)
PY=/usr/bin/python3   # Debian's python, the one python3-matplotlib is for
# the libraries libtujie.a needs: the Makefile's own list
PKGS=$(sed -n 's/^PKGS *:= *//p' "$ROOT/Makefile")

say() { printf '\n== %s\n' "$*"; }

[ -x "$BUILD/tujie" ] && [ -f "$BUILD/libtujie.a" ] ||
    { echo "bench: run make first ($BUILD/tujie missing)" >&2; exit 1; }

say "setup (bench/setup.sh installs what is missing)"
sh "$B/setup.sh"
mkdir -p "$BIN" "$O/fonts" "$O/cold" "$O/batch" "$O/look" "$O/profile"
cp "$BUILD/tujie" "$T.tmp" && mv "$T.tmp" "$T"
cp "$BUILD/libtujie.a" "$BIN/libtujie.a"
cc -std=c11 -O2 -Wall -Wextra -o "$BIN/floor" "$B/floor/floor.c" \
    $(pkg-config --cflags --libs pangocairo cairo-png cairo-svg cairo-pdf libpng) -lm
cc -std=c11 -O2 -Wall -Wextra -o "$BIN/rounds" "$B/tools/rounds.c"
cc -std=c11 -O2 -Wall -Wextra -o "$BIN/cairo-resave" "$B/tools/cairo-resave.c" $(pkg-config --cflags --libs cairo-png)
cc -shared -fPIC -O2 -Wall -Wextra -o "$BIN/nofsync.so" "$B/tools/nofsync.c"
cc -std=c11 -O2 -g -Wall -Wextra -I"$ROOT/include" $(pkg-config --cflags $PKGS) \
    -o "$BIN/tjbatch" "$B/tools/tjbatch.c" "$BIN/libtujie.a" $(pkg-config --libs $PKGS) -lm

# matplotlib 3.6 and resvg-js get the SC faces as plain OpenType files
# (matplotlib reads only face 0 of a .ttc, which is the JP one)
for w in Regular Bold; do
    [ -s "$O/fonts/NotoSansCJKsc-$w.otf" ] && continue
    $PY - "$(fc-match -f '%{file}' "Noto Sans CJK SC:style=$w")" "$O/fonts/NotoSansCJKsc-$w.otf" <<'EOF'
import sys
from fontTools.ttLib import TTCollection
for face in TTCollection(sys.argv[1], lazy=True).fonts:
    if face["name"].getDebugName(1) == "Noto Sans CJK SC":
        face.save(sys.argv[2])
        break
else:
    sys.exit("no Noto Sans CJK SC face in " + sys.argv[1])
EOF
done
export TJB_MPL_FONTS="$O/fonts" TJB_CJK_FONTS="$O/fonts" GNUPLOT_LIB="$P/gnuplot"
# no stray font or output settings from the caller's shell
unset TJ_FONTS_CONF TJ_FONT_DIR TJ_DATA_DIR SOURCE_DATE_EPOCH

# tujie with Debian's original Noto Sans CJK instead of its own
# subroutine-free copy: in a private mount namespace whose build/fonts is an
# empty tmpfs (nothing changes for other processes on the machine)
OWN_FONTS=$ROOT/build/fonts
# the copies in bench/out/bin are not in the build tree (core/datadir.h):
# they are told where its fonts are
export TJ_FONT_DIR="$OWN_FONTS"
ORIG=""
if [ -d "$OWN_FONTS" ] &&
   unshare -m sh -c "mount -t tmpfs none '$OWN_FONTS'" 2>/dev/null; then
    ORIG=yes
fi
orig() { printf "unshare -m sh -c 'mount -t tmpfs none %s && exec %s'" "$OWN_FONTS" "$*"; }
nsown() { printf "unshare -m sh -c 'exec %s'" "$*"; }

# `tujie batch` when it exists (-j 1 for one core like the peers, and -j 2)
BATCH_OPTS=""
if "$T" batch --help >"$O/batch-help.txt" 2>&1; then
    BATCH_OPTS="--force"
    grep -q -- '--force' "$O/batch-help.txt" || BATCH_OPTS=""
fi

say "machine and versions"
{
    echo "date: $(date -u +%Y-%m-%dT%H:%M:%SZ)"
    echo "tujie: $("$T" --version 2>&1 | head -1), commit $(git -C "$ROOT" rev-parse --short HEAD 2>/dev/null || echo ?)$(git -C "$ROOT" diff --quiet HEAD -- . ':!bench' 2>/dev/null || echo ' + uncommitted changes')"
    echo "cpu: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ *//'), $(awk '/MemTotal/ {printf "%.0f GiB", $2/1048576}' /proc/meminfo)"
    echo "os: $(. /etc/os-release && echo "$PRETTY_NAME"), kernel $(uname -r)"
    echo "loadavg at start: $(cut -d' ' -f1-3 /proc/loadavg)"
    echo "libraries: cairo $(pkg-config --modversion cairo), pango $(pkg-config --modversion pango), fontconfig $(pkg-config --modversion fontconfig), freetype $(pkg-config --modversion freetype2), harfbuzz $(pkg-config --modversion harfbuzz), libpng $(pkg-config --modversion libpng), zlib $(pkg-config --modversion zlib), glib $(pkg-config --modversion glib-2.0)"
    echo "compiler: $(cc --version | head -1)"
    echo "gnuplot: $(gnuplot --version)"
    echo "matplotlib: $($PY -c 'import matplotlib, sys; print(matplotlib.__version__, "on python", sys.version.split()[0])')"
    echo "node: $(node --version), echarts $(node -p "require('$B/node/node_modules/echarts/package.json').version"), @resvg/resvg-js $(node -p "require('$B/node/node_modules/@resvg/resvg-js/package.json').version")"
    echo "rsvg-convert: $(rsvg-convert --version | sed 's/.*version //')"
    echo "fonts: $(dpkg-query -W -f='fonts-noto-cjk ${Version}' fonts-noto-cjk 2>/dev/null); tujie draws with $( [ -f "$OWN_FONTS/TujieSansCJKsc-Regular.otf" ] && echo "its own $OWN_FONTS/TujieSansCJKsc-*.otf" || echo "the system's Noto Sans CJK")"
    echo "original-font variant: $( [ -n "$ORIG" ] && echo "yes (unshare -m + tmpfs over build/fonts)" || echo "no (unshare -m not permitted)")"
    echo "tujie batch: $( [ -n "$BATCH_OPTS" ] && echo "yes" || echo "not yet: bench/tools/tjbatch.c (public C API) stands in")"
    echo "mode: $( [ "$QUICK" = 1 ] && echo "QUICK=1 (one round, no warm-up, batches of 10: smoke pass, not results)" || echo "full")"
} | tee "$O/machine.txt"

# ---- the commands -------------------------------------------------------
# tujie's options giving the workload; the same in tjbatch.c and the specs
tj_args() { # CHART
    case $1 in
    bar) echo "$D/bar.csv --x 指标 --y 数值 --title 2020年主要经济指标 --unit 亿元" ;;
    trend) echo "$D/trend.csv --x 年份 --y 交通指数 --title 高峰时段道路交通指数" ;;
    gauge) echo "$D/gauge.csv --value 数值 --where 指标=家庭厨余垃圾分出率 --title 垃圾分类 --width 800 --height 500" ;;
    esac
}
fmt_args() { # FMT
    case $1 in png) echo "--scale 2" ;; pdf) echo "--date 2021-02-20" ;; *) echo "" ;; esac
}
tujie_cmd() { echo "$T $1 $(tj_args "$1") $(fmt_args "$2") -o $3"; }
floor_cmd() { echo "$BIN/floor $1 $2 $3${4:+ $4}"; }
gnuplot_cmd() { echo "gnuplot -e \"fmt='$2'; out='$3'; data='$D/$1.csv'${4:+; n=$4}\" $P/gnuplot/$1.gp"; }
mpl_cmd() { echo "$PY $P/mpl/charts.py $1 $2 $D/$1.csv $3${4:+ $4}"; }
echarts_cmd() { # CHART FMT OUT [N]
    case $2 in
    pdf) if [ -z "${4:-}" ]; then
             echo "sh -c 'node $B/node/charts.js $1 svg $D/$1.csv - | rsvg-convert -d 72 -p 72 -f pdf -o $3'"
         else # ECharts has no PDF: its 100 SVGs, then rsvg-convert on each
             echo "sh -c 'node $B/node/charts.js $1 svg $D/$1.csv $3 $4 && for f in $3/*.svg; do rsvg-convert -d 72 -p 72 -f pdf -o \${f%.svg}.pdf \$f; done'"
         fi ;;
    *) echo "node $B/node/charts.js $1 $2 $D/$1.csv $3${4:+ $4}" ;;
    esac
}

# 100 single-chart specs for `tujie batch` (each folder holds its CSV: a spec
# reads only files under its own folder)
make_specs() { # DIR N
    rm -rf "$1" && mkdir -p "$1" && cp "$D/bar.csv" "$1/"
    i=1
    while [ "$i" -le "$2" ]; do
        printf 'bar: {x: 指标, y: 数值, title: 2020年主要经济指标, unit: 亿元}\ndata: bar.csv\n' \
            >"$1/bar-$(printf %03d "$i").yaml"
        i=$((i + 1))
    done
}

# ---- the plan --------------------------------------------------------------
if [ "$QUICK" = 1 ]; then
    RF=1 RS=1 RP=1 WU=0 N=10 RBF=1 RBS=1 RBE=1
else
    RF=9 RS=5 RP=7 WU=1 N=100 RBF=3 RBS=1 RBE=1
fi
PLAN=$O/plan.tsv
: >"$PLAN"
add() { printf '%s\t%s\t%s\t%s\t%s\n' "$1" "$2" "$3" "$4" "$5" >>"$PLAN"; }

for c in bar trend gauge; do
    for f in png svg pdf; do
        g=cold.$c.$f
        o=$O/cold/$c
        mkdir -p "$o"
        add "$g" $RF $WU tujie "$(tujie_cmd $c $f "$o/tujie.$f")"
        add "$g" $RF $WU floor "$(floor_cmd $c $f "$o/floor.$f")"
        if [ $f = png ]; then
            add "$g" $RF $WU floor-z3 "$(floor_cmd $c $f "$o/floor-z3.$f" "--png z3")"
        fi
        add "$g" $RF $WU gnuplot "$(gnuplot_cmd $c $f "$o/gnuplot.$f")"
        if [ $f = pdf ] && [ $c = bar ] && [ -n "$ORIG" ]; then
            # (no tujie-origfont here: the tujie command refuses a PDF
            # without its own fonts, whose characters would come out blank)
            add "$g" $RF $WU tujie-ns "$(nsown "$(tujie_cmd $c $f "$o/tujie-ns.$f")")"
        fi
        g=cold.$c.$f.slow
        add "$g" $RS $WU tujie "$(tujie_cmd $c $f "$o/tujie.$f")"
        add "$g" $RS $WU matplotlib "$(mpl_cmd $c $f "$o/mpl.$f")"
        add "$g" $RS $WU echarts "$(echarts_cmd $c $f "$o/echarts.$f")"
    done
done

PAGE=$ROOT/examples/dongcheng-2021/tujie.yaml
add page $RP $WU page.png "$T render $PAGE --scale 2 -o $O/cold/page.png"
add page $RP $WU page.svg "$T render $PAGE -o $O/cold/page.svg"
add page $RP $WU page.pdf "$T render $PAGE --date 2021-02-20 -o $O/cold/page.pdf"
add page $RP $WU page.all "$T render $PAGE --scale 2 --date 2021-02-20 -o $O/cold/page-all.png -o $O/cold/page-all.svg -o $O/cold/page-all.pdf"
if [ -n "$ORIG" ]; then
    add page $RP $WU page.pdf-ns "$(nsown "$T render $PAGE --date 2021-02-20 -o $O/cold/page-ns.pdf")"
fi

# tujie's batch: `tujie batch` on 100 single-chart specs when the command
# exists (-j 1: one worker, like every peer; -j 2 as well), and always the
# public-API loop of bench/tools/tjbatch.c ("tujie-api")
if [ -n "$BATCH_OPTS" ]; then make_specs "$O/specs/bar" $N; fi
tj_batch() { # FMT OUTDIR JOBS
    if [ -n "$BATCH_OPTS" ]; then
        echo "$T batch $O/specs/bar -o $2 -j $3 $BATCH_OPTS --format $1 $(fmt_args $1)"
    else
        echo "$BIN/tjbatch bar $1 $D/bar.csv $2 $N"
    fi
}
for f in png svg pdf; do
    o=$O/batch/$f
    mkdir -p "$o"
    g=batch.bar.$f
    add "$g" $RBF 0 tujie "$(tj_batch $f "$o/tujie" 1)"
    if [ -n "$BATCH_OPTS" ]; then
        add "$g" $RBF 0 tujie-j2 "$(tj_batch $f "$o/tujie-j2" 2)"
        add "$g" $RBF 0 tujie-api "$BIN/tjbatch bar $f $D/bar.csv $o/tujie-api $N"
    fi
    add "$g" $RBF 0 floor "$(floor_cmd bar $f "$o/floor" $N)"
    if [ $f = png ]; then
        add "$g" $RBF 0 floor-z1 "$(floor_cmd bar $f "$o/floor-z1" "$N --png z1")"
        add "$g" $RBF 0 floor-z3 "$(floor_cmd bar $f "$o/floor-z3" "$N --png z3")"
    fi
    add "$g" $RBF 0 gnuplot "$(gnuplot_cmd bar $f "$o/gnuplot" $N)"
    if [ $f = pdf ] && [ -n "$ORIG" ]; then
        add "$g" $RBF 0 tujie-origfont "$(orig "$(tj_batch $f "$o/tujie-orig" 1)")"
    fi
    g=batch.bar.$f.slow
    add "$g" $RBS 0 tujie "$(tj_batch $f "$o/tujie" 1)"
    add "$g" $RBS 0 matplotlib "$(mpl_cmd bar $f "$o/mpl" $N)"
    g=batch.bar.$f.echarts
    r=$RBS
    if [ $f != svg ]; then r=$RBE; fi  # resvg-js, 100 rsvg-convert runs: slow
    add "$g" $r 0 tujie "$(tj_batch $f "$o/tujie" 1)"
    add "$g" $r 0 echarts "$(echarts_cmd bar $f "$o/echarts" $N)"
done

if [ -n "$ONLY" ]; then
    awk -F'\t' -v w="$ONLY" '$1 ~ w' "$PLAN" >"$PLAN.only" && mv "$PLAN.only" "$PLAN"
fi

say "timing ($(cut -f1 "$PLAN" | uniq | wc -l) groups, round-robin; raw runs in bench/out/raw.tsv)"
RAW=$O/raw.tsv
[ -n "$ONLY" ] || : >"$RAW"
: >"$O/runs.log"
"$BIN/rounds" "$PLAN" "$RAW" "$O/runs.log"
if grep -q '^run.*	[1-9][0-9]*$' "$RAW"; then
    echo "bench: some runs failed, see bench/out/runs.log" >&2
fi

say "checking the outputs"
{
    for f in "$O"/cold/*/*.pdf "$O"/cold/*.pdf; do
        [ -f "$f" ] || continue
        printf '%s: %s\n' "${f#$O/}" "$(pdffonts "$f" | awk 'NR > 2 {printf "%s %s %s emb=%s sub=%s uni=%s; ", $1, $2, $3, $(NF-4), $(NF-3), $(NF-2)}')"
    done
} >"$O/pdffonts.txt"
cat "$O/pdffonts.txt" | grep -e 'bar/' -e page || true
# tujie's PNGs against what cairo's default encoder makes of the same pixels
mkdir -p "$O/resave"
for f in "$O"/cold/bar/tujie.png "$O"/cold/trend/tujie.png "$O"/cold/gauge/tujie.png "$O"/cold/page.png; do
    [ -f "$f" ] || continue
    name=$(basename "$(dirname "$f")")_$(basename "$f")
    [ "$(basename "$f")" = page.png ] && name=page
    printf '%s\t%s\n' "$name" "$("$BIN/cairo-resave" "$f" "$O/resave/$name.png" | tr ' ' '\t')"
done >"$O/pngsize.tsv"
for c in bar trend gauge; do
    for f in "$O/cold/$c"/*.png; do
        [ -f "$f" ] || continue  # (ONLY= may have skipped the chart)
        cp "$f" "$O/look/${c}_png_$(basename "$f" .png).png"
    done
    for f in "$O/cold/$c"/*.svg; do
        [ -f "$f" ] || continue
        rsvg-convert -b white -w 800 -h 500 -o "$O/look/${c}_svg_$(basename "$f" .svg).png" "$f" || true
    done
    for f in "$O/cold/$c"/*.pdf; do
        [ -f "$f" ] || continue
        pdftoppm -r 72 -png -singlefile "$f" "$O/look/${c}_pdf_$(basename "$f" .pdf)" || true
    done
done
$PY "$B/tools/sheet.py" "$O/look" || true
echo "every tool's chart, to look at: bench/out/look/ (sheet-png.png, sheet-svg.png, sheet-pdf.png)"

if [ "$PROFILE" != 0 ] && [ "$QUICK" != 1 ] && [ -z "$ONLY" ]; then
    say "profile (bench/out/profile/)"
    sh "$B/profile.sh" "$T" "$O/profile" "${PROFILE}"
fi

echo "loadavg at end: $(cut -d' ' -f1-3 /proc/loadavg)" >>"$O/machine.txt"
say "report"
$PY "$B/tools/report.py" "$O/raw.tsv" "$O/machine.txt" "$N" >"$O/report.md"
cat "$O/report.md"
echo
echo "written: bench/out/report.md (bench/RESULTS.md is the reviewed copy)"
