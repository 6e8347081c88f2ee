#!/usr/bin/env bash
# Writes the reports committed beside examples/tuyen-quang-2030/statistics.csv: the first yearly
# review (as of 2026) of builtin:tuyen-quang-2026-2030, in English and Vietnamese.
#   bash scripts/example-reports.sh [CHITIEU_BINARY]     (default: build/chitieu)
# The e2e case example-tuyen-quang-2030-in-sync fails when they are out of date; run this then.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
chitieu=${1:-$root/build/chitieu}
example=$root/examples/tuyen-quang-2030
for lang in en vi; do
  "$chitieu" report "$example/statistics.csv" -t builtin:tuyen-quang-2026-2030 --lang "$lang" \
    -o "$example/report.$lang.md"
done
