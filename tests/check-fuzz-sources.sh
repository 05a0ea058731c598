#!/bin/sh
# The libFuzzer harnesses (tests/fuzz/fuzz-*.c) still compile against the
# library's current headers with the build's warnings as errors (a new
# scene item kind not handled in a switch, a changed signature): `make fuzz`
# needs clang and minutes, so it is not part of `make test`, but this check
# is. Prints TAP.
ROOT=$(cd "$(dirname "$0")/.." && pwd)
cd "$ROOT" || exit 2
FLAGS=$(make -s --no-print-directory print-cflags | sed "s/-MMD//; s/-MP//")
n=0; bad=0
for f in tests/fuzz/fuzz-*.c; do
    n=$((n + 1))
    # shellcheck disable=SC2086
    if out=$(${CC:-cc} $FLAGS -Wno-missing-prototypes -fsyntax-only "$f" 2>&1); then
        echo "ok $n - $f compiles"
    else
        bad=$((bad + 1)); echo "not ok $n - $f does not compile"; printf '%s\n' "$out" | head -10 | sed 's/^/# /'
    fi
done
echo "1..$n"
[ $bad -eq 0 ]
