#!/bin/sh
# Runs every test of tujie and ends with one line "N passed, N failed".
#   tests/run.sh BUILD_DIR
# Unit tests are GTest programs in BUILD_DIR/tests (run with --tap); shell
# tests are tests/cli/*.sh and tests/*.sh checks, which print TAP too.
# A program that crashes or exits non-zero without a "not ok" counts as one
# failure. Fonts are pinned with tests/fonts/fonts.conf.
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

pass=0; fail=0; failed_names=""
run_one() {  # name, command...
    name=$1; shift
    log="$ROOT/tests/out/$(basename "$name").log"
    "$@" >"$log" 2>&1
    rc=$?
    p=$(grep -c '^ok ' "$log")
    f=$(grep -c '^not ok ' "$log")
    if [ "$rc" -ne 0 ] && [ "$f" -eq 0 ]; then f=1; fi
    pass=$((pass + p)); fail=$((fail + f))
    if [ "$f" -gt 0 ]; then
        failed_names="$failed_names $name"
        echo "FAIL $name ($p passed, $f failed, exit $rc) — log: tests/out/$(basename "$name").log"
        grep -E '^not ok|ERROR|error:|Assertion|Sanitizer|runtime error' "$log" | head -20 | sed 's/^/    /'
    else
        echo "ok   $name ($p)"
    fi
}

for t in "$BUILD"/tests/test-*; do
    [ -x "$t" ] || continue
    case "$t" in *.d|*.o) continue ;; esac
    run_one "$t" "$t" --tap
done
for t in tests/check-*.sh tests/cli/*.sh; do
    [ -f "$t" ] || continue
    run_one "$t" sh "$t"
done

echo "$pass passed, $fail failed"
[ "$fail" -eq 0 ]
