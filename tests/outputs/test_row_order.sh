#!/usr/bin/env bash
# The same data gives the same bytes whatever order its rows come in: `bash test_row_order.sh
# CHITIEU DATA` shuffles the rows of DATA/series.csv and DATA/zones.csv (three fixed seeds, the
# header kept first) and compares every format's output with the unshuffled run's: CSV, JSON,
# Markdown (one area), Excel, Word (one area), the --out-dir batch (index and reports, charts) and check's four formats.
set -u
chitieu=$(realpath "$1")
data=$(realpath "$2")
work=$(mktemp -d /tmp/chitieu-row-order.XXXXXX)
trap 'rm -rf "$work"' EXIT
failed=0
targets=$(realpath "$data/../stream/targets.yaml")

run_all() {  # DIR SERIES ZONES: every output of the data into DIR
  local out=$1 series=$2 zones=$3
  mkdir -p "$out"
  "$chitieu" report "$series" "$zones" -t "$targets" -f csv -o "$out/report.csv" 2>"$out/report.err"
  "$chitieu" report "$series" "$zones" -t "$targets" -f json -o "$out/report.json" 2>>"$out/report.err"
  # Standard output holds the whole table: the same order through the other path.
  "$chitieu" report "$series" "$zones" -t "$targets" -f csv >"$out/stdout.csv" 2>>"$out/report.err"
  "$chitieu" report "$series" "$zones" -t "$targets" --area "Xã Nhữ Khê" -o "$out/one.md" 2>>"$out/report.err"
  # The workbook and the Word report are zips: the same bytes too (no clock in them, areas in
  # Vietnamese order; the workbook is also run twice on the same rows below).
  "$chitieu" report "$series" "$zones" -t "$targets" -f xlsx -o "$out/report.xlsx" 2>>"$out/report.err"
  "$chitieu" report "$series" "$zones" -t "$targets" --area "Xã Nhữ Khê" -f docx -o "$out/one.docx" 2>>"$out/report.err"
  "$chitieu" report "$series" "$zones" -t "$targets" --out-dir "$out/batch" --charts -q 2>>"$out/report.err"
  for format in text github junit json; do
    "$chitieu" check "$series" "$zones" -t "$targets" --format "$format" >"$out/check.$format" 2>&1
  done
}

unplaced() {  # a check output without its files' folder and the findings' lines and columns, sorted
  sed -E -e "s|$1||g" -e "s|${targets%/*}/||g" -e 's/(line|col)=[0-9]+//g' -e 's/:[0-9]+:[0-9]+:/:/g' \
    -e 's/"(line|column)": [0-9]+/"\1": N/g' -e 's/line [0-9]+/line N/g' | sort
}

run_all "$work/plain" "$data/series.csv" "$data/zones.csv"
sleep 1  # a clock in the workbook would show as a different second
"$chitieu" report "$data/series.csv" "$data/zones.csv" -t "$targets" -f xlsx -o "$work/again.xlsx" 2>/dev/null
cmp -s "$work/plain/report.xlsx" "$work/again.xlsx" || { echo "FAIL: the same rows give another workbook"; failed=1; }
[ "$(grep -c . "$work/plain/report.csv")" -gt 20 ] || { echo "FAIL: the fixture's report is too small"; exit 1; }
for seed in 1 2 3; do
  shuffled="$work/input-$seed"
  mkdir -p "$shuffled"
  for file in series zones; do
    python3 - "$data/$file.csv" "$shuffled/$file.csv" "$seed" <<'PY'
import random, sys
lines = open(sys.argv[1], encoding="utf-8").read().splitlines(True)
body = lines[1:]
random.Random(int(sys.argv[3])).shuffle(body)
open(sys.argv[2], "w", encoding="utf-8").write(lines[0] + "".join(body))
PY
  done
  cmp -s "$data/series.csv" "$shuffled/series.csv" && { echo "FAIL: seed $seed left the rows in order"; failed=1; }
  run_all "$work/shuffled-$seed" "$shuffled/series.csv" "$shuffled/zones.csv"
  # Messages name the input file (its path differs): compare outputs, and the messages with the path removed.
  if ! diff -r -x report.err -x 'check.*' "$work/plain" "$work/shuffled-$seed" >"$work/diff-$seed"; then
    echo "FAIL: seed $seed: outputs differ:"; head -20 "$work/diff-$seed"; failed=1
  fi
  for format in text github junit json; do
    # Findings are listed in the file's order, by line: the same findings, placed elsewhere.
    if ! diff <(unplaced "$data/" <"$work/plain/check.$format") \
              <(unplaced "$shuffled/" <"$work/shuffled-$seed/check.$format") >"$work/check-diff"; then
      head -5 "$work/check-diff"
      echo "FAIL: seed $seed: check --format $format differs beyond the located lines"; failed=1
    fi
  done
done
[ "$failed" -eq 0 ] && echo "row order: every format the same for three shuffles"
exit "$failed"
