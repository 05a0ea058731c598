#!/bin/sh
# CLI tests of `tujie batch`: every example in three formats, skipping
# unchanged jobs, re-rendering only what an edit (a CSV, an icon) touches, shards that
# partition the jobs, the bundle, a bad job among good ones, Ctrl-C, and
# silence in a pipe. Prints TAP.
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
TUJIE=${TJ_BUILD:-$ROOT/build}/tujie
T=$(mktemp -d)
trap 'rm -rf "$T"' EXIT
n=0; fails=0
pass() { n=$((n + 1)); echo "ok $n - $1"; }
fail() { n=$((n + 1)); fails=$((fails + 1)); echo "not ok $n - $1"; sed 's/^/# /' "$T/err" 2>/dev/null | head -20; }
check() { name=$1; shift; if "$@" >"$T/out" 2>"$T/err"; then pass "$name"; else fail "$name"; fi; }

cp -r "$ROOT/examples" "$T/ex"
# one folder of examples is enough to show a folder tree (the national
# poster would add seconds of rendering to every run below, and nothing else)
rm -rf "$T/ex/national-2020"
JOBS=$(find "$T/ex" -name '*.yaml' | wc -l)

check "batch renders every example in png, svg and pdf with a bundle" \
    "$TUJIE" batch "$T/ex" -o "$T/o" --format png,svg,pdf --bundle "$T/o/all.pdf" -j 2
cp "$T/err" "$T/first.err"
check "one output per job and format" sh -c "test \$(find '$T/o' -name '*.png' | wc -l) -eq $JOBS &&
    test \$(find '$T/o' -name '*.svg' | wc -l) -eq $JOBS && test \$(find '$T/o' -name '*.pdf' ! -name all.pdf | wc -l) -eq $JOBS"
check "the bundle has one page per job" sh -c "test \$(pdfinfo '$T/o/all.pdf' | sed -n 's/^Pages: *//p') -eq $JOBS"
check "the bundle has a bookmark per job (also when titles repeat)" sh -c "qpdf --json --json-key=outlines '$T/o/all.pdf' | grep -c '\"title\"' | awk '{exit \$1 != $JOBS}'"
check "quiet in a pipe: no progress bar" sh -c "! grep -q \"\$(printf '\\r')\" '$T/first.err'"
check "summary line" grep -q "$JOBS rendered, 0 unchanged" "$T/first.err"

cp "$T/o/dongcheng-2021/tujie.png" "$T/before.png"
check "a second run skips everything" sh -c "'$TUJIE' batch '$T/ex' -o '$T/o' --format png,svg,pdf 2>&1 |
    grep -q '0 rendered, $JOBS unchanged'"
check "skipped outputs are untouched" cmp -s "$T/before.png" "$T/o/dongcheng-2021/tujie.png"
head -c 100 "$T/before.png" > "$T/o/dongcheng-2021/tujie.png"  # as a crash before the sync might leave it
check "an output cut short is rendered again" sh -c "'$TUJIE' batch '$T/ex' -o '$T/o' --format png,svg,pdf 2>&1 |
    grep -q '1 rendered, $((JOBS - 1)) unchanged' && cmp -s '$T/before.png' '$T/o/dongcheng-2021/tujie.png'"
touch "$T/ex/dongcheng-2021/economy-2020.csv"
check "touching a file (same content) re-renders nothing" sh -c "'$TUJIE' batch '$T/ex' -o '$T/o' --format png,svg,pdf 2>&1 |
    grep -q '0 rendered, $JOBS unchanged'"
sed -i 's/^外贸出口,190亿元/外贸出口,191亿元/' "$T/ex/dongcheng-2021/economy-2020.csv"
check "editing a CSV re-renders exactly the jobs that read it" sh -c "'$TUJIE' batch '$T/ex' -o '$T/o' --format png,svg,pdf 2>&1 |
    grep -q '2 rendered, $((JOBS - 2)) unchanged'"
sed -i 's/#3E8E5A/#3E8E5B/' "$T/ex/dongcheng-2021/icons/leaf.svg"
check "editing an icon re-renders exactly the job that shows it" sh -c "'$TUJIE' batch '$T/ex' -o '$T/o' --format png,svg,pdf 2>&1 |
    grep -q '1 rendered, $((JOBS - 1)) unchanged'"
check "--force renders all" sh -c "'$TUJIE' batch '$T/ex' -o '$T/o' --force 2>&1 | grep -q '$JOBS rendered'"

# two workers (each with faces of its own, fonts/config.c) write the same bytes as one
"$TUJIE" batch "$T/ex" -o "$T/j1" -j 1 --format png,svg,pdf 2>/dev/null
"$TUJIE" batch "$T/ex" -o "$T/j2" -j 2 --format png,svg,pdf 2>/dev/null
check "-j 2 writes the same files as -j 1, byte for byte" sh -c \
    "test -n \"\$(find '$T/j2' -name '*.svg')\" && diff -r -x .tujie-stamps '$T/j1' '$T/j2'"

# shards partition the jobs
"$TUJIE" batch "$T/ex" -o "$T/s1" --shard 1/3 2>/dev/null
"$TUJIE" batch "$T/ex" -o "$T/s2" --shard 2/3 2>/dev/null
"$TUJIE" batch "$T/ex" -o "$T/s3" --shard 3/3 2>/dev/null
(cd "$T/s1" && find . -name '*.png'; cd "$T/s2" && find . -name '*.png'; cd "$T/s3" && find . -name '*.png') | sort > "$T/shards"
(cd "$T/o" && find . -name '*.png') | sort > "$T/all"
check "shards 1/3, 2/3, 3/3 render each job exactly once" cmp -s "$T/shards" "$T/all"
check "a bad shard is a usage error" sh -c "'$TUJIE' batch '$T/ex' -o '$T/x' --shard 4/3; test \$? -eq 2"

# one bad job: reported with its place, the rest go on, exit 1
mkdir -p "$T/mixed"
cp "$T/ex/dongcheng-2021/"*.csv "$T/mixed/"
cp "$T/ex/dongcheng-2021/chart-gdp-kpi.yaml" "$T/ex/dongcheng-2021/chart-pm25-kpi.yaml" "$T/mixed/"
printf 'bar:\n  x: 指标\n  y: 数直\ndata: economy-2020.csv\n' > "$T/mixed/bad.yaml"
"$TUJIE" batch "$T/mixed" -o "$T/mo" >"$T/out" 2>"$T/err"
rc=$?
if [ $rc -eq 1 ] && grep -q 'bad.yaml: .*bad.yaml:3:6: “y”: no column “数直” in economy-2020.csv; did you mean “数值”' "$T/err" &&
   [ -f "$T/mo/chart-gdp-kpi.png" ] && [ -f "$T/mo/chart-pm25-kpi.png" ] && [ ! -e "$T/mo/bad.png" ]; then
    pass "a bad job is reported with file:line:col and the others are rendered"
else fail "bad job handling (exit $rc)"; fi

# a manifest, in its order
printf 'jobs:\n  - dongcheng-2021/chart-pm25-kpi.yaml\n  - {spec: dongcheng-2021/chart-gdp-kpi.yaml}\n' > "$T/ex/manifest.yml"
check "a manifest renders the jobs it lists" sh -c "'$TUJIE' batch '$T/ex/manifest.yml' -o '$T/mf' --bundle '$T/mf.pdf' &&
    test -f '$T/mf/dongcheng-2021/chart-pm25-kpi.png' && test \$(pdfinfo '$T/mf.pdf' | sed -n 's/^Pages: *//p') -eq 2"
rm "$T/ex/manifest.yml"

# Ctrl-C: finished outputs kept, no half files, a rerun resumes
mkdir -p "$T/many"
cp "$T/ex/dongcheng-2021/"*.csv "$T/many/"
i=0
while [ $i -lt 6 ]; do cp "$T/ex/dongcheng-2021/tujie.yaml" "$T/many/p$i.yaml"; i=$((i + 1)); done
# (env resets SIGINT: a background job of a script starts with it ignored,
# and tujie keeps a signal ignored, as nohup wants)
env --default-signal=INT "$TUJIE" batch "$T/many" -o "$T/mo2" -j 2 --format png,pdf >/dev/null 2>"$T/err" &
pid=$!
waited=0  # until the first job is done (slow under sanitizers), at most 120 s
while [ "$(find "$T/mo2" -name '*.png' 2>/dev/null | wc -l)" -lt 1 ] && [ $waited -lt 2400 ]; do
    sleep 0.05; waited=$((waited + 1))
done
kill -INT $pid
wait $pid
rc=$?
done1=$(find "$T/mo2" -name '*.png' | wc -l)
half=$(find "$T/mo2" -name '.*' -type f ! -path '*/.tujie-stamps/*' ! -name '.tujie-lock*' | wc -l)
if [ $rc -eq 130 ] && [ "$done1" -gt 0 ] && [ "$done1" -lt 6 ] && [ "$half" -eq 0 ] && grep -q 'interrupted' "$T/err"; then
    pass "Ctrl-C stops after the jobs in flight, leaving no half files ($done1 of 6 done)"
else fail "Ctrl-C (exit $rc, $done1 done, $half temporary files)"; fi
"$TUJIE" batch "$T/many" -o "$T/mo2" -j 2 --format png,pdf >/dev/null 2>"$T/resume.err"
cp "$T/resume.err" "$T/err"
check "the rerun resumes: only the rest is rendered" sh -c "grep -q '$((6 - done1)) rendered, $done1 unchanged' '$T/resume.err' &&
    test \$(find '$T/mo2' -name '*.png' | wc -l) -eq 6"


# a second Ctrl-C does not wait for the jobs in flight: the process dies of
# SIGINT at once, and the temporary files of those jobs are removed
mkdir -p "$T/big"
cp "$T/ex/dongcheng-2021/"*.csv "$T/big/"
i=0
while [ $i -lt 4 ]; do cp "$T/ex/dongcheng-2021/tujie.yaml" "$T/big/p$i.yaml"; i=$((i + 1)); done
env --default-signal=INT "$TUJIE" batch "$T/big" -o "$T/bo" -j 2 --format png --scale 6 >/dev/null 2>"$T/err" &
pid=$!
waited=0  # until a temporary output exists
while [ "$(find "$T/bo" -name '.*' -type f ! -path '*/.tujie-stamps/*' ! -name '.tujie-lock*' 2>/dev/null | wc -l)" -lt 1 ] &&
      [ $waited -lt 600 ] && kill -0 $pid 2>/dev/null; do
    sleep 0.1; waited=$((waited + 1))
done
kill -INT $pid; sleep 0.2; kill -INT $pid
wait $pid
rc=$?
half=$(find "$T/bo" -name '.*' -type f ! -path '*/.tujie-stamps/*' ! -name '.tujie-lock*' | wc -l)
if [ $rc -eq 130 ] && [ "$half" -eq 0 ]; then pass "a second Ctrl-C ends the batch at once and removes its temporary files"
else fail "second Ctrl-C (exit $rc, $half temporary files left)"; fi

# --allow-dir: a spec may read data from a folder outside its own only when allowed
mkdir -p "$T/ad/specs" "$T/ad/data"
cp "$T/ex/dongcheng-2021/indicators-2020.csv" "$T/ad/data/"
sed 's#^\(data: *\)indicators-2020.csv#\1../data/indicators-2020.csv#' "$T/ex/dongcheng-2021/chart-gdp-kpi.yaml" > "$T/ad/specs/gdp.yaml"
if grep -q '\.\./data/indicators-2020.csv' "$T/ad/specs/gdp.yaml" &&
   ! "$TUJIE" batch "$T/ad/specs" -o "$T/ad/o1" >/dev/null 2>"$T/err" && grep -q -- '--allow-dir' "$T/err"; then
    pass "batch refuses data outside the spec's folder and names --allow-dir"
else fail "batch without --allow-dir"; fi
check "batch --allow-dir lets the spec read it" "$TUJIE" batch "$T/ad/specs" -o "$T/ad/o2" --allow-dir "$T/ad/data"
check "… and renders it" test -s "$T/ad/o2/gdp.png"

echo "1..$n"
[ $fails -eq 0 ]
