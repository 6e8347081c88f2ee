#!/usr/bin/env bash
# The folder describes one run: `bash test_previous_batch.sh CHITIEU`. Three areas, then the same
# folder with two: the third area's report and charts go, the index and the manifest describe the
# two; a file the user put there, a report the user edited, and a link at a report's name stay.
set -u
chitieu=$(realpath "$1")
work=$(mktemp -d /tmp/chitieu-previous-batch.XXXXXX)
trap 'rm -rf "$work"' EXIT
cd "$work" || exit 1
failed=0
fail() { echo "FAIL: $*"; failed=1; }
printf 'area,indicator,year,value\n' >head.csv
for area in "Xã Nhữ Khê" "Xã Đông Thọ" "Phường Long Bình An" "Xã An Tường"; do
  printf '%s,industrial_output,2020,100\n%s,industrial_output,2023,130\n' "$area" "$area"
done >rows.csv
cat head.csv rows.csv >four.csv
cat head.csv <(head -4 rows.csv) >two.csv

"$chitieu" report four.csv --out-dir out --charts -q 2>err || fail "first run: $(cat err)"
[ -s out/.chitieu-manifest ] || fail "no manifest after the first run"
echo "my notes" >out/notes.md
echo "edited by hand" >>out/Phường-Long-Bình-An.md
ln -s /etc/hostname out/link.md
# Gone: An Tường (report, two charts) and Long Bình An's two charts; its report, edited, stays.
"$chitieu" report two.csv --out-dir out --charts -q 2>err || fail "second run: $(cat err)"
grep -q "^chitieu: removed 5 files that the previous run wrote in out and this one did not$" err ||
  fail "second run said: $(cat err)"
[ -e out/Xã-An-Tường.md ] && fail "the report of an area no longer in the inputs stayed"
ls out/charts | grep -q An-Tường && fail "its charts stayed: $(ls out/charts)"
[ -e "out/Phường-Long-Bình-An.md" ] || fail "a report edited by hand was removed"
[ "$(cat out/notes.md)" = "my notes" ] || fail "the user's file was touched"
[ -L out/link.md ] || fail "the link was touched"
[ -e out/Xã-Nhữ-Khê.md ] && [ -e out/Xã-Đông-Thọ.md ] || fail "this run's reports are missing: $(ls out)"
grep -q "An Tường" out/index.md && fail "the index still lists the area gone"
# The manifest lists this run's files, and the previous run's it removed as 'stale' (so that a
# run stopped before removing them leaves them to the next); not the report edited by hand,
# which is the user's now.
grep -v '^stale ' out/.chitieu-manifest | grep -q "Tường" && fail "the manifest lists the area gone as written"
grep -q '^stale [0-9a-f]* Xã-An-Tường.md$' out/.chitieu-manifest || fail "the manifest does not list the removed report"
grep -q "Long-Bình-An.md" out/.chitieu-manifest && fail "the manifest lists the report edited by hand"
# A failed run changes nothing, manifest included.
cp out/.chitieu-manifest manifest.before
printf 'area,indicator,year,value\nX,industrial_output,2020,abc\n' >bad.csv
"$chitieu" report bad.csv --out-dir out -q 2>/dev/null && fail "the bad input was accepted"
cmp -s manifest.before out/.chitieu-manifest || fail "a failed run changed the manifest"
[ -e out/Xã-Nhữ-Khê.md ] || fail "a failed run removed a report"
[ "$failed" -eq 0 ] && echo "previous batch: its areas gone removed, everything else kept"
exit "$failed"
