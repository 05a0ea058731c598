#!/bin/sh
# The examples in docs/ work: every ```yaml block of docs/*.md that is a
# whole spec (a line starting "page:" or a chart kind: "bar:", "pie:", …)
# passes `tujie check` (a yaml block indented in a list item too, its
# indent taken off), and every unindented ```c block is compiled against the built
# library with -Wall -Werror and runs to exit 0 — both in a folder holding
# the data and specs of examples/dongcheng-2021 (and national-2020's data).
# Fragments (a block without
# such a line) are left alone. Prints TAP.
ROOT=$(cd "$(dirname "$0")/.." && pwd)
BUILD=${TJ_BUILD:-$ROOT/build}
TUJIE=$BUILD/tujie
T=$(mktemp -d)
trap 'rm -rf "$T"' EXIT
n=0; fails=0
ok() { n=$((n + 1)); echo "ok $n - $1"; }
bad() { n=$((n + 1)); fails=$((fails + 1)); echo "not ok $n - $1"; sed 's/^/# /' "$T/log" | head -20; }

# the C programs link the plain build (as tests/cli/install.sh does), also
# when the suite runs under the sanitizers
make -s -C "$ROOT" all >/dev/null 2>&1
LIBDIR=$ROOT/build
CFLAGS="-std=c11 -Wall -Wextra -Werror -I$ROOT/include $(pkg-config --cflags glib-2.0 cairo)"
LIBS="-L$LIBDIR -ltujie -Wl,-rpath,$LIBDIR $(pkg-config --libs glib-2.0 cairo)"

mkdir -p "$T/run"
cp "$ROOT"/examples/dongcheng-2021/*.csv "$ROOT"/examples/dongcheng-2021/*.yaml "$T/run/"
cp "$ROOT"/examples/national-2020/*.csv "$T/run/"

yaml_n=0; c_n=0
mkdir -p "$T/blocks"
for doc in "$ROOT"/docs/*.md; do
    name=$(basename "$doc" .md)
    awk -v dir="$T/blocks" -v name="$name" '
        /^```c[ \t]*$/ || /^ *```yaml[ \t]*$/ { ind = index($0, "`") - 1; lang = substr($0, ind + 4);
                                   gsub(/[ \t]/, "", lang); k++;
                                   file = dir "/" name "-" k "." lang; next }
        /^ *```/ { if (file) close(file); file = ""; next }
        file { print substr($0, ind + 1) > file }' "$doc"
done

for f in "$T"/blocks/*.yaml; do
    [ -f "$f" ] || continue
    grep -qE '^(page|bar|trend|gauge|kpi|combo|pie|rank):' "$f" || continue
    yaml_n=$((yaml_n + 1))
    b=$(basename "$f")
    cp "$f" "$T/run/$b"
    if (cd "$T/run" && "$TUJIE" check "$b") >"$T/log" 2>&1; then ok "docs: $b is a valid spec"
    else bad "docs: $b fails tujie check"; fi
done

for f in "$T"/blocks/*.c; do
    [ -f "$f" ] || continue
    c_n=$((c_n + 1))
    b=$(basename "$f" .c)
    # shellcheck disable=SC2086
    if cc $CFLAGS "$f" -o "$T/$b" $LIBS >"$T/log" 2>&1; then ok "docs: $b.c compiles against libtujie"
    else bad "docs: $b.c does not compile"; continue; fi
    if (cd "$T/run" && "$T/$b") >"$T/log" 2>&1; then ok "docs: $b.c runs"
    else bad "docs: $b.c fails when run"; fi
done

# the docs that promise examples have them
n=$((n + 1))
if [ "$yaml_n" -ge 4 ] && [ "$c_n" -ge 3 ]; then echo "ok $n - $yaml_n spec examples and $c_n C programs found"
else fails=$((fails + 1)); echo "not ok $n - only $yaml_n spec examples and $c_n C programs found"; fi
# what the C programs wrote
n=$((n + 1))
if [ -s "$T/run/economy.png" ] && [ -s "$T/run/economy.pdf" ] && [ -s "$T/run/report.pdf" ] &&
   pdftotext "$T/run/report.pdf" - 2>/dev/null | grep -q 2954.7; then
    echo "ok $n - the programs wrote their PNG and PDFs (the embedded chart's text is searchable)"
else fails=$((fails + 1)); echo "not ok $n - the programs' outputs are missing or wrong"; fi
echo "1..$n"
[ $fails -eq 0 ]
