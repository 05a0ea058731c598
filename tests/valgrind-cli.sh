#!/bin/sh
# Runs the shell tests of the command (tests/cli/*.sh) with every `tujie`
# they start under valgrind memcheck: leaks (definite, indirect) and memory
# errors of any run are reported. Not part of `make test` (it takes the
# better part of an hour on a two-core machine); see README "Tests".
#   sh tests/valgrind-cli.sh [BUILD_DIR] [SCRIPT…]   e.g. sh tests/valgrind-cli.sh build bar
# A build folder of links stands in for BUILD_DIR, its `tujie` a wrapper
# that runs the real one under valgrind with one log per process; the
# scripts' own checks run as usual (valgrind keeps the exit status unless
# it finds an error). Prints TAP: one line per script for its own checks,
# one for the valgrind logs of its runs. tests/install.sh builds its own
# installation and is left out.
set -u
BUILD=${1:-build}
[ $# -ge 1 ] && shift
ROOT=$(cd "$(dirname "$0")/.." && pwd)
cd "$ROOT" || exit 2
command -v valgrind >/dev/null || { echo "1..0 # SKIP valgrind is not installed"; exit 0; }
REAL=$ROOT/$BUILD
W=$(mktemp -d)
trap 'rm -rf "$W"' EXIT
mkdir -p "$W/build" "$W/logs" tests/out
for f in "$REAL"/* "$REAL"/.[!.]*; do
    [ -e "$f" ] && [ "$(basename "$f")" != tujie ] && ln -s "$f" "$W/build/$(basename "$f")"
done
cat > "$W/build/tujie" <<EOF
#!/bin/sh
exec valgrind -q --tool=memcheck --leak-check=full --show-leak-kinds=definite,indirect \\
    --errors-for-leak-kinds=definite,indirect --suppressions="$ROOT/tests/valgrind.supp" \\
    --num-callers=80 --log-file="$W/logs/vg.%p.log" "$REAL/tujie" "\$@"
EOF
chmod +x "$W/build/tujie"
export TJ_SRCDIR="$ROOT" TJ_BUILD="$W/build"
export TJ_FONTS_CONF="$ROOT/tests/fonts/fonts.conf"
export LC_ALL=C.UTF-8 SOURCE_DATE_EPOCH=1609459200

if [ $# -gt 0 ]; then scripts=$*; else scripts=$(cd tests/cli && ls *.sh | sed 's/\.sh$//' | grep -v '^install$'); fi
n=0; bad=0
for s in $scripts; do
    rm -f "$W"/logs/*
    log=tests/out/valgrind-cli-$s.log
    sh "tests/cli/$s.sh" >"$log" 2>&1
    rc=$?
    n=$((n + 1))
    f=$(grep -c '^not ok ' "$log")
    if [ "$rc" -eq 0 ] && [ "$f" -eq 0 ]; then echo "ok $n - $s.sh: its checks pass under valgrind"
    else bad=$((bad + 1)); echo "not ok $n - $s.sh: $f checks failed (exit $rc) — $log"; fi
    runs=$(ls "$W"/logs | wc -l)
    # -q: a log holds something only when valgrind found an error or leak
    dirty=$(find "$W/logs" -type f -size +0 | wc -l)
    n=$((n + 1))
    if [ "$dirty" -eq 0 ]; then echo "ok $n - $s.sh: $runs tujie runs, no memory error or leak"
    else
        bad=$((bad + 1)); echo "not ok $n - $s.sh: $dirty of $runs runs have valgrind reports"
        for l in $(find "$W/logs" -type f -size +0 | head -3); do
            cp "$l" "tests/out/valgrind-cli-$s-$(basename "$l")"
            head -30 "$l" | sed 's/^/# /'
        done
    fi
done
echo "1..$n"
[ $bad -eq 0 ]
