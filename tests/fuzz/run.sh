#!/bin/sh
# Runs each libFuzzer harness for a bounded time from its seed corpus.
#   tests/fuzz/run.sh [BUILD_DIR] [SECONDS] [NAME…]   (default: build-fuzz 45, all)
# The checked-in seeds (tests/fuzz/corpus/NAME) are only read; the corpus
# grows in BUILD_DIR/corpus-NAME and crashes land in BUILD_DIR/crashes/. For
# each harness it prints libFuzzer's last status line (executions, cov:, ft:)
# and fails when any harness crashed, leaked or timed out.
set -u
BUILD=${1:-build-fuzz}
SECS=${2:-45}
[ $# -ge 2 ] && shift 2 || shift $#
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
cd "$ROOT" || exit 2
NAMES=${*:-csv csv-stream number spec page extract xlsx}
export LC_ALL=C.UTF-8
mkdir -p "$BUILD/crashes"
status=0
for name in $NAMES; do
    bin=$BUILD/fuzz-$name
    [ -x "$bin" ] || { echo "FAIL fuzz-$name: $bin not built (make fuzz)"; status=1; continue; }
    case $name in
    csv|csv-stream) opts="-max_len=16384 -dict=tests/fuzz/csv.dict" ;;
    number) opts="-max_len=256 -dict=tests/fuzz/csv.dict" ;;
    spec)   opts="-max_len=4096 -dict=tests/fuzz/spec.dict" ;;
    page)   opts="-max_len=4096 -dict=tests/fuzz/spec.dict" ;;
    extract) opts="-max_len=4096 -dict=tests/fuzz/extract.dict" ;;
    xlsx)   opts="-max_len=65536 -dict=tests/fuzz/xlsx.dict" ;;
    *)      opts="" ;;
    esac
    mkdir -p "$BUILD/corpus-$name"
    log=$BUILD/fuzz-$name.log
    # full stacks through GLib (no frame pointers) so tests/fuzz/lsan.supp
    # can name GLib's quark table; about half the speed, so only for page
    unwind=1; [ "$name" = page ] && unwind=0
    export ASAN_OPTIONS="fast_unwind_on_malloc=$unwind"
    export LSAN_OPTIONS="suppressions=$ROOT/tests/fuzz/lsan.supp:print_suppressions=0"
    # shellcheck disable=SC2086
    "$bin" -max_total_time="$SECS" -timeout=20 -rss_limit_mb=2048 -print_final_stats=1 \
        -artifact_prefix="$BUILD/crashes/$name-" $opts \
        "$BUILD/corpus-$name" "tests/fuzz/corpus/$name" >"$log" 2>&1
    rc=$?
    last=$(grep -E '^#[0-9]+' "$log" | tail -1)
    execs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log")
    if [ "$rc" -eq 0 ]; then
        echo "ok   fuzz-$name ${SECS}s, $execs runs: $last"
    else
        status=1
        echo "FAIL fuzz-$name (exit $rc) — log: $log"
        grep -E 'ERROR|runtime error|ERROR:|Test unit written|Assertion|assertion' "$log" | head -10 | sed 's/^/    /'
    fi
done
exit $status
