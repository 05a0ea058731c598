#!/bin/sh
# Runs every test of tujie and ends with one line
# "N passed, N failed, N skipped".
#   tests/run.sh BUILD_DIR
# Unit tests are GTest programs in BUILD_DIR/tests, run with --tap -k
# (--keep-going: a failed case does not stop the rest). A case that crashes
# or aborts (g_assert, g_error, a sanitizer) takes its process with it: it
# counts as one failure, and the program runs again from the next case,
# skipping (-s) the cases that already ran. Shell tests are tests/cli/*.sh
# and tests/*.sh checks, which print TAP too. "ok … # SKIP" counts as a
# skip, not a pass. A program that exits non-zero without a "not ok" counts
# as one failure. Fonts are pinned with tests/fonts/fonts.conf.
# Programs run side by side, TJ_TEST_JOBS at a time (default: one more than
# the processors, since some wait on a browser or a timer); each keeps its files apart (tests/out/PROGRAM/ for a GTest
# program, a mktemp directory for a shell test), and each result line gives
# the seconds it took. The slowest start first.
set -u
# one program: tests/run.sh --one BUILD NAME (from the loop at the end)
if [ "${1:-}" = "--one" ]; then
    ONE=1; BUILD=$2; NAME=$3
else
    ONE=0; BUILD=${1:-build}
fi
ROOT=$(cd "$(dirname "$0")/.." && pwd)
cd "$ROOT" || exit 2
export TJ_SRCDIR="$ROOT"
export TJ_BUILD="$ROOT/$BUILD"
export TJ_FONTS_CONF="$ROOT/tests/fonts/fonts.conf"
export LC_ALL=C.UTF-8
export SOURCE_DATE_EPOCH=1609459200
mkdir -p "$ROOT/tests/out"

# the counts of one TAP output @1 into p, f, s; the number of its last
# result into last
tap_counts() {
    p=$(grep -E '^ok [0-9]+' "$1" | grep -vc '# SKIP')
    s=$(grep -E '^ok [0-9]+.*# SKIP' "$1" | grep -vc '# SKIP by request (-s option)')
    f=$(grep -c '^not ok ' "$1")
    last=$(grep -E '^(not )?ok [0-9]+' "$1" | tail -n 1 | sed -E 's/^(not )?ok ([0-9]+).*/\2/')
    last=${last:-0}
}

now() { date +%s.%N; }

# name, passed, failed, skipped, exit status: the report in tests/out/NAME.result
# (its first line "P F S") and on stdout in one write
report() {
    log="tests/out/$(basename "$1").log"
    secs=$(awk -v a="$t0" -v b="$(now)" 'BEGIN { printf "%.1f", b - a }')
    sk=""; [ "$4" -gt 0 ] && sk=", $4 skipped"
    res="$ROOT/tests/out/$(basename "$1").result"
    {
        echo "$2 $3 $4"
        if [ "$3" -gt 0 ]; then
            echo "FAIL $1 ($2 passed, $3 failed$sk, exit $5, ${secs} s) — log: $log"
            grep -E '^not ok|^Bail out|ERROR|error:|Assertion|Sanitizer|runtime error' "$ROOT/$log" |
                head -20 | sed 's/^/    /'
        else
            echo "ok   $1 ($2$sk, ${secs} s)"
        fi
    } >"$res.tmp"
    mv "$res.tmp" "$res"
    sed 1d "$res"
}

run_shell() {  # name, command...
    name=$1; shift
    log="$ROOT/tests/out/$(basename "$name").log"
    "$@" >"$log" 2>&1
    rc=$?
    tap_counts "$log"
    if [ "$rc" -ne 0 ] && [ "$f" -eq 0 ]; then f=1; fi
    report "$name" "$p" "$f" "$s" "$rc"
}

run_gtest() {  # program
    prog=$1
    log="$ROOT/tests/out/$(basename "$prog").log"
    one="$log.run"
    list=$("$prog" -l 2>/dev/null | grep '^/')
    total=$(printf '%s\n' "$list" | grep -c '^/')
    : >"$log"
    tp=0; tf=0; ts=0; done_n=0; rc=0; first_rc=0
    set --  # the -s PATH arguments of the cases that ran or crashed
    while :; do
        "$prog" --tap -k "$@" >"$one" 2>&1
        rc=$?
        cat "$one" >>"$log"
        tap_counts "$one"
        tp=$((tp + p)); tf=$((tf + f)); ts=$((ts + s))
        [ "$rc" -eq 0 ] && break
        [ "$first_rc" -eq 0 ] && first_rc=$rc
        if [ "$last" -ge "$total" ]; then
            # every case reported, then a non-zero exit (a leak at exit)
            [ "$f" -eq 0 ] && tf=$((tf + 1))
            break
        fi
        # the case after the last reported one took the process with it
        crashed=$(printf '%s\n' "$list" | sed -n "$((last + 1))p")
        tf=$((tf + 1))
        echo "not ok $((last + 1)) $crashed # crashed (exit $rc); running the rest" >>"$log"
        while [ "$done_n" -le "$last" ]; do
            done_n=$((done_n + 1))
            set -- "$@" -s "$(printf '%s\n' "$list" | sed -n "${done_n}p")"
        done
    done
    rm -f "$one"
    report "$prog" "$tp" "$tf" "$ts" "$first_rc"
}

if [ "$ONE" = 1 ]; then
    t0=$(now)
    case "$NAME" in
    *.sh) run_shell "$NAME" sh "$NAME" ;;
    *) run_gtest "$NAME" ;;
    esac
    exit 0
fi

# the programs, the slowest first: by the seconds of the last run (its
# tests/out/*.result lines), or, where there is none, by this list of the
# slow ones measured; unknown programs then go first among the rest
slow="tests/cli/batch.sh tests/cli/preview.sh $BUILD/tests/test-publish
tests/cli/batch-safety.sh tests/cli/render.sh $BUILD/tests/test-collide
tests/check-includes.sh tests/cli/publish.sh tests/cli/gauge-kpi.sh
tests/cli/large.sh tests/check-man.sh tests/check-docs.sh tests/cli/install.sh"
all=""
for t in "$BUILD"/tests/test-* tests/check-*.sh tests/cli/*.sh; do
    [ -f "$t" ] || continue
    case "$t" in *.d|*.o) continue ;; esac
    case "$t" in *.sh) ;; *) [ -x "$t" ] || continue ;; esac
    all="$all
$t"
done
rank=100000  # the static list's place, for programs without a last run
for t in $slow; do
    rank=$((rank - 1))
    printf '%s\n' "$all" | grep -qx "$t" && echo "$rank $t"
done >tests/out/order.static
for t in $all; do
    secs=$(sed -n '2s/.*, \([0-9.]*\) s).*/\1/p' "tests/out/$(basename "$t").result" 2>/dev/null)
    if [ -n "$secs" ]; then echo "$secs $t"
    else grep -F " $t" tests/out/order.static | grep -x "[0-9]* $t" || echo "50000 $t"
    fi
done | sort -k1,1 -g -r -s | cut -d' ' -f2- >tests/out/order
rm -f tests/out/*.result tests/out/order.static
jobs=${TJ_TEST_JOBS:-$(( $(nproc 2>/dev/null || echo 1) + 1 ))}
xargs -P "$jobs" -n 1 sh "$ROOT/tests/run.sh" --one "$BUILD" <tests/out/order

pass=0; fail=0; skip=0; failed_names=""
for t in $all; do
    res="tests/out/$(basename "$t").result"
    if [ ! -f "$res" ]; then
        echo "FAIL $t (no result: the runner was stopped)"
        fail=$((fail + 1)); failed_names="$failed_names $t"
        continue
    fi
    read -r p f s <"$res"
    pass=$((pass + p)); fail=$((fail + f)); skip=$((skip + s))
    [ "$f" -gt 0 ] && failed_names="$failed_names $t"
done
[ -n "$failed_names" ] && echo "failed:$failed_names"
echo "$pass passed, $fail failed, $skip skipped"
[ "$fail" -eq 0 ]
