#!/bin/sh
# libtujie.so exports exactly the public API: every TJ_API function of
# include/tujie/tujie.h, and nothing else (internals are hidden with
# -fvisibility=hidden). Prints TAP.
ROOT=$(cd "$(dirname "$0")/.." && pwd)
LIB=${TJ_BUILD:-$ROOT/build}/libtujie.so
T=$(mktemp -d)
trap 'rm -rf "$T"' EXIT
grep '^TJ_API ' "$ROOT/include/tujie/tujie.h" | grep -oE '[a-z_0-9]+\(' | head -1000 |
    sed 's/($//' | grep '^tj_' | sort -u > "$T/api"
nm -D --defined-only "$LIB" | awk '$2 ~ /^[TDBR]$/ {print $3}' | sort -u > "$T/exported"
n=0; bad=0
for s in $(comm -13 "$T/api" "$T/exported"); do
    n=$((n + 1)); bad=$((bad + 1)); echo "not ok $n - $s is exported but not public API"
done
for s in $(comm -23 "$T/api" "$T/exported"); do
    n=$((n + 1)); bad=$((bad + 1)); echo "not ok $n - public $s is not exported"
done
n=$((n + 1))
count=$(wc -l < "$T/api")
if [ "$count" -ge 20 ]; then echo "ok $n - $count public functions exported, nothing else"
else bad=$((bad + 1)); echo "not ok $n - only $count public functions found"; fi
n=$((n + 1))
if readelf -d "$LIB" | grep -q 'SONAME.*libtujie.so.0'; then echo "ok $n - soname libtujie.so.0"
else bad=$((bad + 1)); echo "not ok $n - no soname libtujie.so.0"; fi
echo "1..$n"
[ $bad -eq 0 ]
