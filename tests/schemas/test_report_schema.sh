#!/usr/bin/env bash
# `chitieu report -f json` output validates against schemas/report.schema.json, for the shipped
# examples in both languages and for each assessment method.
# Usage: bash test_report_schema.sh CHITIEU_BINARY REPO_ROOT
set -u
chitieu=$(realpath "$1")
root=$(realpath "$2")
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cd "$root" || exit 1

run() {  # run NAME ARGS...: writes $work/NAME.json, fails the test when chitieu fails
  local name=$1
  shift
  "$chitieu" report "$@" -f json -o "$work/$name.json" || { echo "chitieu report $* failed"; exit 1; }
}
run tuyen-quang-en examples/tuyen-quang/statistics.yaml --lang en
run tuyen-quang-vi-2022 examples/tuyen-quang/statistics.yaml --lang vi --as-of 2022
run custom-plan examples/custom-plan/statistics.yaml -t examples/custom-plan/targets.yaml
run csv-inputs tests/data/csv/tuyen-quang-series.csv tests/data/csv/tuyen-quang-zones.csv
run streamed-areas tests/data/stream/grouped.csv tests/data/stream/zones.csv -t tests/data/stream/targets.yaml
run tuyen-quang-2030 examples/tuyen-quang-2030/statistics.csv -t builtin:tuyen-quang-2026-2030 --lang vi
for method in eurostat unsd dns; do  # the plan forms of issue 19, mid-term and final
  run "plan-forms-$method" tests/data/plan-forms/statistics.yaml -t tests/data/plan-forms/targets-$method.yaml --as-of 2028
  run "plan-forms-$method-2030" tests/data/plan-forms/statistics.yaml -t tests/data/plan-forms/targets-$method.yaml
done
for method in unsd dns; do
  targets=tests/data/methods/targets-$method.yaml
  [ -f "$targets" ] && run "method-$method" examples/tuyen-quang/statistics.yaml -t "$targets"
done
bash "$root/tests/schemas/validate.sh" "$root/schemas/report.schema.json" "$work"/*.json
