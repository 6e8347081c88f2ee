#!/usr/bin/env bash
# A PX file and a JSON-stat 2.0 file as the statistics office publishes them (its codes CN01...,
# "Tỉnh Tuyên Quang", Vietnamese labels; the JSON-stat without roles), read with
# examples/maps/tuyen-quang-industry.yaml: the map names the indicators and the area, and in the
# JSON-stat tells which dimension is which. Each report must be byte for byte the YAML's.
#
#   bash test_map.sh CHITIEU ROOT        (exit 77: skipped)
#
# WAITING for --map (branch i15-tables): on the i15-formats branch alone it says SKIPPED.
set -u
chitieu=$1
root=$2
map=$root/examples/maps/tuyen-quang-industry.yaml
if [ ! -f "$map" ] || ! "$chitieu" report --help | grep -q -- "--map"; then
  echo "SKIPPED: waiting for --map (branch i15-tables)"
  exit 77
fi
work=$(mktemp -d /tmp/chitieu-cubes-map.XXXXXX)
trap 'rm -rf "$work"' EXIT
data=$root/tests/data/cubes
status=0
"$chitieu" report "$root/examples/tuyen-quang/statistics.yaml" -o "$work/yaml.md" || exit 1
"$chitieu" report "$root/examples/tuyen-quang/statistics.yaml" -f json -o "$work/yaml.json" || exit 1
for cube in tuyen-quang-office.px tuyen-quang-office-2.0.json; do
  "$chitieu" report "$data/$cube" "$data/tuyen-quang-zones.yaml" --map "$map" -o "$work/cube.md" || { status=1; continue; }
  "$chitieu" report "$data/$cube" "$data/tuyen-quang-zones.yaml" --map "$map" -f json -o "$work/cube.json" || status=1
  if cmp -s "$work/yaml.md" "$work/cube.md" && cmp -s "$work/yaml.json" "$work/cube.json"; then
    echo "$cube with --map: same reports as the YAML"
  else
    echo "$cube with --map: the reports differ from the YAML's"
    diff "$work/yaml.md" "$work/cube.md" | head -20
    status=1
  fi
done
# Without the map the office's codes are no indicator ids: refused, located, nothing guessed.
if "$chitieu" report "$data/tuyen-quang-office.px" -o "$work/none.md" 2>"$work/stderr"; then
  echo "tuyen-quang-office.px without --map should be refused"
  status=1
fi
grep -q "no indicator id: give a map (--map) that names it" "$work/stderr" || { cat "$work/stderr"; status=1; }
exit $status
