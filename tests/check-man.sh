#!/bin/sh
# The man page cannot drift from the program: every long option that
# `tujie COMMAND --help-all` lists must appear in docs/tujie.1, every
# command in `tujie --help` must have its section, the page has the
# sections a packager looks for, and every environment variable the code
# reads (getenv, g_getenv outside tests/) is under ENVIRONMENT. Prints TAP.
ROOT=$(cd "$(dirname "$0")/.." && pwd)
TUJIE=${TJ_BUILD:-$ROOT/build}/tujie
MAN=$ROOT/docs/tujie.1
# the man page is English: compare it with the English (C locale) help
export LC_ALL=C.UTF-8
unset LANGUAGE
n=0; bad=0
for cmd in $("$TUJIE" --help | sed -n 's/^  \([a-z]*\) .*/\1/p'); do
    n=$((n + 1))
    if grep -q "^\.SS $cmd" "$MAN"; then echo "ok $n - man page has a section for $cmd"
    else bad=$((bad + 1)); echo "not ok $n - man page lacks a section for $cmd"; fi
    for opt in $("$TUJIE" "$cmd" --help-all 2>&1 | grep -oE '^ +(-[a-zA-Z], )?--[a-z-]+' | grep -oE -- '--[a-z-]+' | sort -u); do
        case $opt in --help|--help-all|--help-output) continue ;; esac
        n=$((n + 1))
        esc=$(printf '%s' "$opt" | sed 's/-/\\\\-/g')
        if grep -q -- "$esc" "$MAN"; then echo "ok $n - $cmd $opt is in the man page"
        else bad=$((bad + 1)); echo "not ok $n - $cmd $opt is missing from docs/tujie.1"; fi
    done
done
for sec in "EXIT STATUS" SIGNALS ENVIRONMENT FILES; do
    n=$((n + 1))
    if grep -q "^\.SH $sec\$" "$MAN"; then echo "ok $n - man page has $sec"
    else bad=$((bad + 1)); echo "not ok $n - man page lacks the section $sec"; fi
done
envsec=$(sed -n '/^\.SH ENVIRONMENT/,/^\.SH /p' "$MAN")
for var in $(cd "$ROOT" && grep -rhoE 'getenv\("[A-Z_]+"\)' --include=*.c \
                 core data spec scene fonts layouts render api cli batch 2>/dev/null |
             sed 's/.*("\(.*\)")/\1/' | sort -u); do
    n=$((n + 1))
    if printf '%s\n' "$envsec" | grep -q "$var"; then echo "ok $n - ENVIRONMENT names $var"
    else bad=$((bad + 1)); echo "not ok $n - $var is read by the code but not under ENVIRONMENT"; fi
done
n=$((n + 1))
if man -l "$MAN" >/dev/null 2>&1 || groff -man -Tutf8 "$MAN" >/dev/null 2>&1; then echo "ok $n - the man page renders"
else echo "ok $n - # SKIP neither man nor groff here"; fi
echo "1..$n"
[ $bad -eq 0 ]
