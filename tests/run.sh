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
set -u
BUILD=${1:-build}
ROOT=$(cd "$(dirname "$0")/.." && pwd)
cd "$ROOT" || exit 2
export TJ_SRCDIR="$ROOT"
export TJ_BUILD="$ROOT/$BUILD"
export TJ_FONTS_CONF="$ROOT/tests/fonts/fonts.conf"
export LC_ALL=C.UTF-8
export SOURCE_DATE_EPOCH=1609459200
mkdir -p "$ROOT/tests/out"

pass=0; fail=0; skip=0; failed_names=""

# the counts of one TAP output @1 into p, f, s; the number of its last
# result into last
tap_counts() {
    p=$(grep -E '^ok [0-9]+' "$1" | grep -vc '# SKIP')
    s=$(grep -E '^ok [0-9]+.*# SKIP' "$1" | grep -vc '# SKIP by request (-s option)')
    f=$(grep -c '^not ok ' "$1")
    last=$(grep -E '^(not )?ok [0-9]+' "$1" | tail -n 1 | sed -E 's/^(not )?ok ([0-9]+).*/\2/')
    last=${last:-0}
}

report() {  # name, passed, failed, skipped, exit status
    pass=$((pass + $2)); fail=$((fail + $3)); skip=$((skip + $4))
    log="tests/out/$(basename "$1").log"
    sk=""; [ "$4" -gt 0 ] && sk=", $4 skipped"
    if [ "$3" -gt 0 ]; then
        failed_names="$failed_names $1"
        echo "FAIL $1 ($2 passed, $3 failed$sk, exit $5) — log: $log"
        grep -E '^not ok|^Bail out|ERROR|error:|Assertion|Sanitizer|runtime error' "$ROOT/$log" |
            head -20 | sed 's/^/    /'
    else
        echo "ok   $1 ($2$sk)"
    fi
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

for t in "$BUILD"/tests/test-*; do
    [ -x "$t" ] || continue
    case "$t" in *.d|*.o) continue ;; esac
    run_gtest "$t"
done
for t in tests/check-*.sh tests/cli/*.sh; do
    [ -f "$t" ] || continue
    run_shell "$t" sh "$t"
done

echo "$pass passed, $fail failed, $skip skipped"
[ "$fail" -eq 0 ]
