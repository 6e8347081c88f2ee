#!/usr/bin/env bash
# Writes the example reports: beside examples/tuyen-quang-2030/statistics.csv the first yearly
# review (as of 2026) of builtin:tuyen-quang-2026-2030, in English and Vietnamese; in
# examples/merger/ the 2021–2025 resolution on the old and on the merged boundaries.
#   bash scripts/example-reports.sh [CHITIEU_BINARY]     (default: build/chitieu)
# The e2e cases example-tuyen-quang-2030-in-sync and example-merger-in-sync fail when they are out
# of date; run this then.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
chitieu=${1:-$root/build/chitieu}
example=$root/examples/tuyen-quang-2030
for lang in en vi; do
  "$chitieu" report "$example/statistics.csv" -t builtin:tuyen-quang-2026-2030 --lang "$lang" \
    -o "$example/report.$lang.md"
done

# examples/merger/: the 2021–2025 resolution on the old boundaries (Tuyên Quang alone) and on the
# merged province (Tuyên Quang + the illustrative Hà Giang), from inside the folder so that the
# reports name the files as the README does. The e2e case example-merger-in-sync checks them.
merger=$root/examples/merger
(cd "$merger" &&
  "$chitieu" report ../tuyen-quang/statistics.yaml -t builtin:tuyen-quang-industry-2021-2025 \
    -o report.old-boundaries.md &&
  "$chitieu" report ../tuyen-quang/statistics.yaml ha-giang-illustrative.yaml \
    -t builtin:tuyen-quang-industry-2021-2025 --crosswalk crosswalk.csv -o report.merged.md 2>/dev/null)
