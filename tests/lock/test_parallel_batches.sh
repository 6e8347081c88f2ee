#!/usr/bin/env bash
# Two batches writing the same --out-dir at once take turns (a lock on the folder): afterwards
# every report and index.md come from one run, never a mix. `bash test_parallel_batches.sh CHITIEU`.
#
# Run A's 600 areas are all met (source "run A"), run B's all off track (source "run B"); the
# two are started together six times into one folder. After each round the folder must hold
# 600 reports of one source, and index.md's markers must be the statuses of that source.
set -u
chitieu=$(realpath "$1")
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cd "$work" || exit 1

make_input() {  # make_input FILE SOURCE VALUE
  awk -v source="$2" -v value="$3" 'BEGIN { print "area,indicator,year,value,source"
      for (a = 1; a <= 600; a++) {
        printf "Xã %d,industrial_output,2020,1000,%s\n", a, source
        printf "Xã %d,industrial_output,2024,%d,%s\n", a, value, source } }' >"$1"
}
make_input a.csv "run A" 30000
make_input b.csv "run B" 1001

failures=0
for round in 1 2 3 4 5 6; do
  "$chitieu" report a.csv --out-dir out -q 2>a.err &
  first=$!
  "$chitieu" report b.csv --out-dir out -q 2>b.err &
  second=$!
  wait "$first" || { echo "FAIL round $round: run A failed: $(cat a.err)"; failures=$((failures + 1)); }
  wait "$second" || { echo "FAIL round $round: run B failed: $(cat b.err)"; failures=$((failures + 1)); }
  reports=$(find out -name 'Xã-*.md' | wc -l)
  from_a=$(grep -l "run A" out/Xã-*.md | wc -l)
  from_b=$(grep -l "run B" out/Xã-*.md | wc -l)
  stray=$(find out -name '.*' ! -name .chitieu-manifest | wc -l)
  if [ "$reports" -ne 600 ] || { [ "$from_a" -ne 600 ] && [ "$from_b" -ne 600 ]; } || [ "$stray" -ne 0 ]; then
    echo "FAIL round $round: $reports reports, $from_a from run A, $from_b from run B, $stray stray files"
    failures=$((failures + 1))
    continue
  fi
  # The index describes the reports beside it: A's areas are met (✅), B's off track (🔴).
  marker="✅"; [ "$from_b" -eq 600 ] && marker="🔴"
  listed=$(grep -c "$marker" out/index.md)
  if [ "$listed" -lt 600 ]; then
    echo "FAIL round $round: index.md has $listed lines with $marker for reports from one run"
    failures=$((failures + 1))
  fi
done
if grep -q "waiting for another run" a.err b.err; then echo "a run waited for the other (said on stderr)"; fi
[ "$failures" -eq 0 ] || exit 1
echo "6 rounds: every folder from one run"
