#!/usr/bin/env bash
# chitieu's CSV gap report agrees with the benchmark's pandas peer on every row of a small
# generated commune set (bench/README.md; the full set is checked by bench/run.sh).
#
#     run.sh CHITIEU SOURCE_DIR
#
# pandas is optional: without it this prints a line starting "SKIPPED:" (ctest shows the test as
# skipped) and exits 0.
set -euo pipefail
chitieu=$1
source_dir=$2
bench=$source_dir/bench

python=
for candidate in python3 /usr/bin/python3; do
  if command -v "$candidate" >/dev/null && "$candidate" -c 'import pandas' 2>/dev/null; then
    python=$candidate
    break
  fi
done
if [[ -z $python ]]; then
  echo "SKIPPED: pandas is not installed (Debian: apt-get install python3-pandas);" \
    "the bench agreement check did not run"
  exit 0
fi

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
"$python" "$bench/generate.py" "$work" --areas 200 --seed 7 >/dev/null
"$chitieu" report "$work/series.csv" "$work/zones.csv" -t "$bench/targets.yaml" -f csv -o "$work/chitieu.csv"
"$python" "$bench/peers/gap_pandas.py" "$work/series.csv" "$work/zones.csv" "$bench/peers/targets.json" \
  "$work/pandas.csv"
"$python" "$bench/compare.py" "$work/chitieu.csv" "$work/pandas.csv" pandas
