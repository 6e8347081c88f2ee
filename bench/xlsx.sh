#!/usr/bin/env bash
# Issue 15, "Speed": the bench set as an openpyxl workbook and as a wide CSV, against pandas.
#
#     bench/xlsx.sh CHITIEU DATA_DIR [RUNS]      (RUNS of each, default 3; README.md, issue 15)
#
# DATA_DIR holds generate.py's series.csv and zones.csv (python3 bench/generate.py DATA_DIR
# [--areas N]); make_xlsx.py writes series.xlsx and series_wide.csv beside them once. Checks first
# that chitieu's table is the same bytes from the workbook, the wide CSV and the long CSV, and that
# the pandas peer reading the workbook with pandas.read_excel (openpyxl) agrees with it on every
# row (compare.py); then times, with farm-bench (pairs alternating; quote the ratios):
#   chitieu on the workbook against pandas on the workbook, and
#   chitieu on the wide CSV against chitieu on the long CSV,
# and prints each one's peak memory (/usr/bin/time -v) beside the sheet's unpacked size (unzip -l).
# Needs: python3-openpyxl and python3-pandas (Debian), farm-bench, unzip, /usr/bin/time.
set -euo pipefail
bench=$(cd "$(dirname "$0")" && pwd)
chitieu=$(realpath "$1")
data=$(realpath "$2")
runs=${3:-3}
python=/usr/bin/python3
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT

"$python" "$bench/make_xlsx.py" "$data"
targets=$bench/targets.yaml
report() { "$chitieu" report "$1" "$data/zones.csv" -t "$targets" -f csv -o "$2"; }

echo "== the same table from the long CSV, the wide CSV and the workbook"
report "$data/series.csv" "$out/long.csv"
report "$data/series_wide.csv" "$out/wide.csv"
report "$data/series.xlsx" "$out/xlsx.csv"
cmp "$out/long.csv" "$out/wide.csv" && cmp "$out/long.csv" "$out/xlsx.csv" && echo "identical: $(wc -l <"$out/long.csv") lines"
"$python" "$bench/peers/gap_pandas.py" "$data/series.xlsx" "$data/zones.csv" "$bench/peers/targets.json" \
  "$out/pandas.csv"
"$python" "$bench/compare.py" "$out/xlsx.csv" "$out/pandas.csv" pandas-read_excel

echo "== sizes"
ls -l "$data/series.csv" "$data/series_wide.csv" "$data/series.xlsx" | awk '{print $5, $9}'
unzip -l "$data/series.xlsx" | grep 'xl/worksheets/'

echo "== peak memory (/usr/bin/time -v)"
peak() {  # peak NAME COMMAND...
  /usr/bin/time -v -o "$out/time" "${@:2}" >/dev/null
  awk -F': ' -v name="$1" '/Maximum resident set size/ {kb = $2} /Elapsed/ {wall = $2}
                           /User time/ {user = $2} /System time/ {sys = $2}
    END { printf "%-24s peak %7.1f MB  wall %s  cpu %.2f s\n", name, kb / 1024, wall, user + sys }' "$out/time"
}
peak "chitieu xlsx" "$chitieu" report "$data/series.xlsx" "$data/zones.csv" -t "$targets" -f csv -o "$out/a.csv"
peak "chitieu wide csv" "$chitieu" report "$data/series_wide.csv" "$data/zones.csv" -t "$targets" -f csv -o "$out/a.csv"
peak "chitieu long csv" "$chitieu" report "$data/series.csv" "$data/zones.csv" -t "$targets" -f csv -o "$out/a.csv"
peak "pandas read_excel" "$python" "$bench/peers/gap_pandas.py" "$data/series.xlsx" "$data/zones.csv" \
  "$bench/peers/targets.json" "$out/p.csv"

echo "== chitieu (A) on the workbook vs pandas.read_excel (B), $runs runs"
farm-bench -n "$runs" --timeout 3600 \
  --vs "$python $bench/peers/gap_pandas.py $data/series.xlsx $data/zones.csv $bench/peers/targets.json $out/p.csv" \
  -- "$chitieu" report "$data/series.xlsx" "$data/zones.csv" -t "$targets" -f csv -o "$out/a.csv"

echo "== chitieu on the wide CSV (A) vs the long CSV (B), $((runs * 3)) runs"
farm-bench -n "$((runs * 3))" \
  --vs "$chitieu report $data/series.csv $data/zones.csv -t $targets -f csv -o $out/b.csv" \
  -- "$chitieu" report "$data/series_wide.csv" "$data/zones.csv" -t "$targets" -f csv -o "$out/a.csv"
