#!/bin/sh
# Runs every unit test program of BUILD_DIR (default build) under valgrind
# memcheck: leaks (definite and indirect) and memory errors fail it. Not part
# of `make test` (about 15 minutes; `make asan` checks the same code on every
# run): run it by hand, as README "Tests" says.
#   sh tests/valgrind.sh [BUILD_DIR] [TEST…]      e.g. sh tests/valgrind.sh build test-csv
# tests/valgrind.supp holds suppressions for library internals only (fontconfig,
# pango, cairo, glib type system), each with its reason; never tujie's own code.
# Prints TAP, one line per program; logs in tests/out/valgrind-NAME.log.
set -u
BUILD=${1:-build}
[ $# -ge 1 ] && shift
ROOT=$(cd "$(dirname "$0")/.." && pwd)
cd "$ROOT" || exit 2
export TJ_SRCDIR="$ROOT" TJ_BUILD="$ROOT/$BUILD"
export TJ_FONTS_CONF="$ROOT/tests/fonts/fonts.conf"
export LC_ALL=C.UTF-8 SOURCE_DATE_EPOCH=1609459200
export G_SLICE=always-malloc G_DEBUG=gc-friendly
mkdir -p tests/out
command -v valgrind >/dev/null || { echo "1..0 # SKIP valgrind is not installed"; exit 0; }
if [ $# -gt 0 ]; then progs=$*; else progs=$(cd "$BUILD/tests" && ls test-* | grep -v '\.d$'); fi
n=0; bad=0
for p in $progs; do
    n=$((n + 1))
    log=tests/out/valgrind-$p.log
    valgrind --tool=memcheck --leak-check=full --show-leak-kinds=definite,indirect \
        --errors-for-leak-kinds=definite,indirect --error-exitcode=1 \
        --suppressions=tests/valgrind.supp --num-callers=30 \
        "$BUILD/tests/$p" --tap >"$log" 2>&1
    rc=$?
    summary=$(grep -E 'ERROR SUMMARY|definitely lost|indirectly lost' "$log" | sed 's/^==[0-9]*== *//' | tr '\n' ';')
    if [ $rc -eq 0 ] && ! grep -q '^not ok' "$log"; then
        echo "ok $n - $p: $summary"
    else
        bad=$((bad + 1))
        echo "not ok $n - $p (exit $rc): $summary — log: $log"
    fi
done
echo "1..$n"
[ $bad -eq 0 ]
