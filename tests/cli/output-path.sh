#!/bin/sh
# CLI tests of what -o does to what is already at the path (render/target.c,
# docs/tujie.1 FILES): a character device and a FIFO are written straight
# through and stay what they are; a regular file keeps its mode and owner,
# a hard-linked file its links, a symbolic link stays a link; "-o -" is the
# standard output and "-" as DATA.csv the standard input; a failed render
# touches nothing. Device nodes and FIFOs are made in a temporary folder,
# never in /dev. The owner and device tests need root (skipped otherwise).
# Prints TAP.
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
TUJIE=${TJ_BUILD:-$ROOT/build}/tujie
T=$(mktemp -d)
trap 'rm -rf "$T"' EXIT
EX=$ROOT/examples/dongcheng-2021
CSV=$EX/economy-2020.csv
n=0; fails=0
ok() {  # name, command...
    name=$1; shift
    n=$((n + 1))
    if "$@" >"$T/out" 2>"$T/err"; then echo "ok $n - $name"
    else fails=$((fails + 1)); echo "not ok $n - $name"; sed 's/^/# /' "$T/err" | head -20; fi
}
skip() {  # name, reason
    n=$((n + 1))
    echo "ok $n # SKIP $1 ($2)"
}
bar() {  # bar chart of the economy table, then tujie's other arguments
    "$TUJIE" bar "$CSV" --x 指标 --y 数值 "$@"
}
bad() {  # a render that fails on its data (exit 1), then tujie's other arguments
    "$TUJIE" bar "$T/bad.csv" --x 指标 --y 数值 "$@"
}
printf '指标,数值\n地区生产总值,很多\n' > "$T/bad.csv"
bar -o "$T/want.png" || { echo "Bail out! cannot render a bar chart"; exit 1; }
root=no; [ "$(id -u)" -eq 0 ] && root=yes

# ---- the standard output and input --------------------------------------
ok "-o - --format png writes a PNG to the standard output" sh -c \
    "cd '$T' && '$TUJIE' bar '$CSV' --x 指标 --y 数值 -o - --format png | pngcheck - &&
     test ! -e '$T/-'"
ok "-o - gives the same bytes as a file (png, svg, pdf)" sh -c '
    for f in png svg pdf; do
        "$1" render "$2" -o - --format $f > "$3/stdout.$f" && "$1" render "$2" -o "$3/file.$f" &&
        cmp "$3/stdout.$f" "$3/file.$f" || exit 1
    done' sh "$TUJIE" "$EX/chart-gdp-trend.yaml" "$T"
ok "-o - --format svg is well-formed SVG" sh -c \
    "'$TUJIE' render '$EX/chart-gdp-trend.yaml' -o - --format svg | xmllint --noout -"
ok "-o - without --format is a usage error that says so" sh -c \
    "cd '$T' && '$TUJIE' bar '$CSV' --x 指标 --y 数值 -o - > '$T/o' 2>'$T/e'; test \$? -eq 2 &&
     grep -q 'standard output' '$T/e' && grep -q -- '--format' '$T/e' &&
     test ! -s '$T/o' && test ! -e '$T/-'"
ok "a failed render writes nothing to the standard output" sh -c \
    "'$TUJIE' bar '$T/bad.csv' --x 指标 --y 数值 -o - --format png > '$T/o' 2>/dev/null;
     test \$? -eq 1 && test ! -s '$T/o'"
ok "- as DATA.csv reads the standard input: the same chart as the file" sh -c \
    "'$TUJIE' bar - --x 指标 --y 数值 -o '$T/stdin.png' < '$CSV' && cmp '$T/stdin.png' '$T/want.png'"
ok "an error in data from the standard input names <stdin>:line:col" sh -c \
    "'$TUJIE' bar - --x 指标 --y 数值 -o '$T/stdin.png' < '$T/bad.csv' 2>'$T/e'; test \$? -eq 1 &&
     grep -q '<stdin>:2:' '$T/e' && cmp '$T/stdin.png' '$T/want.png'"

# ---- regular files, hard links, symbolic links ----------------------------
echo old > "$T/plain.png"
chmod 664 "$T/plain.png"
ok "a replaced file keeps its mode 664" sh -c \
    "'$TUJIE' bar '$CSV' --x 指标 --y 数值 -o '$T/plain.png' && cmp '$T/plain.png' '$T/want.png' &&
     test \$(stat -c %a '$T/plain.png') = 664"
if [ $root = yes ] && id nobody >/dev/null 2>&1; then
    echo old > "$T/theirs.png"
    chmod 664 "$T/theirs.png"
    chown nobody "$T/theirs.png"
    group=$(stat -c %G "$T/theirs.png")
    ok "as root, a replaced file keeps its owner (nobody), group and mode" sh -c \
        "'$TUJIE' bar '$CSV' --x 指标 --y 数值 -o '$T/theirs.png' && cmp '$T/theirs.png' '$T/want.png' &&
         test \"\$(stat -c '%U %G %a' '$T/theirs.png')\" = 'nobody $group 664'"
else
    skip "a replaced file keeps its owner" "needs root and a user nobody"
fi
echo old > "$T/one.png"
ln "$T/one.png" "$T/two.png"
inode=$(stat -c %i "$T/one.png")
ok "a hard-linked file is rewritten in place: same inode, both names see the chart" sh -c \
    "'$TUJIE' bar '$CSV' --x 指标 --y 数值 -o '$T/one.png' &&
     test \$(stat -c %i '$T/one.png') = $inode && test \$(stat -c %h '$T/one.png') = 2 &&
     cmp '$T/one.png' '$T/want.png' && cmp '$T/two.png' '$T/want.png'"
echo old > "$T/target.png"
ln -s target.png "$T/link.png"
ok "a symbolic link stays a link; its target gets the chart" sh -c \
    "'$TUJIE' bar '$CSV' --x 指标 --y 数值 -o '$T/link.png' && test -L '$T/link.png' &&
     test \"\$(readlink '$T/link.png')\" = target.png && cmp '$T/target.png' '$T/want.png'"
ln -s nowhere.png "$T/dangling.png"
ok "a dangling symbolic link: its target is created, the link stays" sh -c \
    "'$TUJIE' bar '$CSV' --x 指标 --y 数值 -o '$T/dangling.png' && test -L '$T/dangling.png' &&
     cmp '$T/nowhere.png' '$T/want.png'"
ln -s target.png "$T/alt.txt"
ok "--alt through a symbolic link writes its target" sh -c \
    "'$TUJIE' bar '$CSV' --x 指标 --y 数值 -o '$T/a.png' --alt '$T/alt.txt' && test -L '$T/alt.txt' &&
     grep -q 地区生产总值 '$T/target.png'"
bar -o "$T/target.png"

# ---- a failed render touches nothing ------------------------------------------
echo old > "$T/keep.png"
echo old > "$T/keep1.png"
ln "$T/keep1.png" "$T/keep2.png"
ok "a failed render (bad data) leaves a file, a hard-linked file and a link's target as they were" sh -c \
    "for p in keep.png keep1.png link.png; do
         '$TUJIE' bar '$T/bad.csv' --x 指标 --y 数值 -o '$T/'\$p 2>/dev/null; test \$? -eq 1 || exit 1
     done
     test \"\$(cat '$T/keep.png')\" = old && test \"\$(cat '$T/keep2.png')\" = old &&
     cmp '$T/target.png' '$T/want.png' && test -L '$T/link.png'"
ok "a write that fails midway (file size limit) leaves the old file" sh -c \
    "trap '' XFSZ; ulimit -f 8
     '$TUJIE' bar '$CSV' --x 指标 --y 数值 -o '$T/keep.png' 2>'$T/e'; test \$? -eq 1 &&
     grep -q 'keep.png' '$T/e' && test \"\$(cat '$T/keep.png')\" = old"
ok "no temporary file is left in the folder" sh -c \
    "! ls -A '$T' | grep -q '^\\.'"
mkdir "$T/dir.png"
ok "a folder at the path is refused, and stays a folder" sh -c \
    "'$TUJIE' bar '$CSV' --x 指标 --y 数值 -o '$T/dir.png' 2>'$T/e'; test \$? -eq 1 &&
     grep -q 'dir.png' '$T/e' && test -d '$T/dir.png'"

# ---- FIFOs, sockets, character devices ----------------------------------------
if mkfifo "$T/fifo" 2>/dev/null; then
    ok "a FIFO's reader receives the PNG; the FIFO stays a FIFO" sh -c \
        "timeout 20 cat '$T/fifo' > '$T/got.png' & reader=\$!
         '$TUJIE' bar '$CSV' --x 指标 --y 数值 -o '$T/fifo' --format png || exit 1
         wait \$reader && test -p '$T/fifo' && cmp '$T/got.png' '$T/want.png' && pngcheck -q '$T/got.png'"
    ok "a failed render never opens the FIFO (no reader: it does not block)" sh -c \
        "timeout 20 '$TUJIE' bar '$T/bad.csv' --x 指标 --y 数值 -o '$T/fifo' --format png 2>/dev/null
         test \$? -eq 1 && test -p '$T/fifo'"
else
    skip "FIFO" "mkfifo failed"
    skip "FIFO, failed render" "mkfifo failed"
fi
if command -v python3 >/dev/null 2>&1 &&
   python3 -c "import socket,sys; socket.socket(socket.AF_UNIX).bind(sys.argv[1])" "$T/sock" 2>/dev/null; then
    ok "a socket at the path is refused and stays a socket" sh -c \
        "'$TUJIE' bar '$CSV' --x 指标 --y 数值 -o '$T/sock' --format png 2>'$T/e'; test \$? -eq 1 &&
         grep -q 'not a file' '$T/e' && test -S '$T/sock'"
else
    skip "a socket is refused" "no python3 to make one"
fi
if [ $root = yes ] && mknod "$T/null" c 1 3 2>/dev/null && echo probe > "$T/null" 2>/dev/null; then
    ok "a copy of /dev/null (mknod c 1 3) is written through and stays a character device" sh -c \
        "'$TUJIE' bar '$CSV' --x 指标 --y 数值 -o '$T/null' --format png &&
         test -c '$T/null' && test \"\$(stat -c '%t %T' '$T/null')\" = '1 3'"
    ok "a failed render leaves the device copy a device" sh -c \
        "'$TUJIE' bar '$T/bad.csv' --x 指标 --y 数值 -o '$T/null' --format png 2>/dev/null
         test \$? -eq 1 && test -c '$T/null'"
else
    skip "a character device is written through" "needs root and a folder without nodev"
    skip "a character device after a failed render" "needs root and a folder without nodev"
fi
if [ $root = yes ] && command -v setpriv >/dev/null 2>&1 && id nobody >/dev/null 2>&1; then
    chmod 711 "$T"
    mkdir "$T/shared"
    chmod 777 "$T/shared"
    echo old > "$T/shared/team.png"
    chmod 666 "$T/shared/team.png"
    ok "a user who may not chown still keeps the mode of the file it replaces" sh -c \
        "XDG_CACHE_HOME='$T/shared/cache' setpriv --reuid=nobody --regid=\$(id -g nobody) \
             --clear-groups '$TUJIE' bar '$CSV' --x 指标 --y 数值 -o '$T/shared/team.png' &&
         cmp '$T/shared/team.png' '$T/want.png' &&
         test \"\$(stat -c '%U %a' '$T/shared/team.png')\" = 'nobody 666'"
else
    skip "a user who may not chown keeps the mode" "needs root, setpriv and a user nobody"
fi

echo "1..$n"
[ $fails -eq 0 ]
