#!/bin/sh
# Every user-facing message has its translation: the template is made anew
# from the sources (`make pot`, xgettext) and each po/LL.po of po/LINGUAS
# must give every msgid a non-empty, non-fuzzy msgstr with the same printf
# directives (msgfmt --check). Names each message that lacks one. Also:
# the committed po/tujie.pot is current, and _() is only ever applied to a
# string literal (xgettext cannot see anything else). Prints TAP.
ROOT=$(cd "$(dirname "$0")/.." && pwd)
T=$(mktemp -d)
trap 'rm -rf "$T"' EXIT
n=0; bad=0
pass() { n=$((n + 1)); echo "ok $n - $1"; }
fail() { n=$((n + 1)); bad=$((bad + 1)); echo "not ok $n - $1"; }

if ! command -v xgettext >/dev/null || ! command -v msgmerge >/dev/null; then
    echo "ok 1 - # SKIP gettext tools missing (scripts/install-deps.sh)"; echo "1..1"; exit 0
fi
if make -s -C "$ROOT" pot POT_OUT="$T/tujie.pot" >"$T/xgettext.log" 2>&1; then
    pass "xgettext extracts $(grep -c '^msgid ' "$T/tujie.pot") messages"
else
    fail "make pot failed"; sed 's/^/# /' "$T/xgettext.log"
fi

# the msgids of a po/pot file on stdin, one per line (escapes kept), no header
msgids() { awk '
    /^msgid "/ { inid = 1; s = substr($0, 8); s = substr(s, 1, length(s) - 1); next }
    /^msgstr/ { if (inid && s != "") print s; inid = 0; next }
    /^"/ && inid { p = substr($0, 2); s = s substr(p, 1, length(p) - 1); next }
    { inid = 0 }'; }
ids() { msgcat --sort-output "$1" 2>/dev/null | msgids; }
ids "$T/tujie.pot" > "$T/new.ids"
ids "$ROOT/po/tujie.pot" > "$T/old.ids"
if cmp -s "$T/new.ids" "$T/old.ids"; then pass "po/tujie.pot is current"
else fail "po/tujie.pot is stale: run make update-po and translate"
    diff "$T/old.ids" "$T/new.ids" | sed -n 's/^[<>] /# /p' | head -20; fi

for lang in $(cat "$ROOT/po/LINGUAS"); do
    po=$ROOT/po/$lang.po
    if [ ! -f "$po" ]; then fail "po/$lang.po is missing"; continue; fi
    msgmerge -q --no-fuzzy-matching --no-wrap -o "$T/$lang.po" "$po" "$T/tujie.pot" 2>"$T/merge.log"
    msgattrib --untranslated --no-obsolete "$T/$lang.po" 2>/dev/null | msgids > "$T/$lang.untranslated"
    msgattrib --only-fuzzy --no-obsolete "$T/$lang.po" 2>/dev/null | msgids > "$T/$lang.fuzzy"
    missing=$(wc -l < "$T/$lang.untranslated"); fuzzy=$(wc -l < "$T/$lang.fuzzy")
    if [ "$missing" -eq 0 ]; then pass "po/$lang.po translates every message"
    else fail "po/$lang.po lacks $missing translations:"; sed 's/^/#   /' "$T/$lang.untranslated"; fi
    if [ "$fuzzy" -eq 0 ]; then pass "po/$lang.po has no fuzzy translation"
    else fail "po/$lang.po has $fuzzy fuzzy translations:"; sed 's/^/#   /' "$T/$lang.fuzzy"; fi
    if msgfmt --check --check-format -o /dev/null "$po" 2>"$T/fmt.log"; then
        pass "po/$lang.po: msgfmt --check (format directives match)"
    else fail "po/$lang.po: msgfmt --check"; sed 's/^/# /' "$T/fmt.log"; fi
done

# _( followed by anything but a string literal, outside #define lines
cd "$ROOT" || exit 1
grep -nE '(^|[^A-Za-z0-9_])_\([^")]' core/*.[ch] data/*.[ch] spec/*.[ch] fonts/*.[ch] scene/*.[ch] \
    layouts/*.[ch] render/*.[ch] batch/*.[ch] api/*.[ch] cli/*.[ch] | grep -v '#define' > "$T/nonlit"
if [ ! -s "$T/nonlit" ]; then pass "_() is applied to string literals only"
else fail "_() applied to something other than a string literal:"; sed 's/^/#   /' "$T/nonlit"; fi

echo "1..$n"
[ $bad -eq 0 ]
