#!/usr/bin/env bash
# A report killed with SIGKILL at any moment leaves the old report intact or the new one whole,
# never a partial file: `bash test_sigkill.sh CHITIEU`.
#
# The input is 1,500 areas (a 2.4 MB CSV report with the built-in target set). A reference run
# times the whole report; then runs are killed, each over a copy of an old report, at fractions
# of that time and the moment their temporary file appears. A killed run may leave that file
# (.report.csv.chitieu-tmp.PID.XXXXXXXX: nothing can remove it after SIGKILL); it is never the
# report, and the next run on report.csv removes it (its process is gone) and says how many.
set -u
chitieu=$(realpath "$1")
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cd "$work" || exit 1

awk 'BEGIN { print "area,indicator,year,value,unit"
             for (a = 1; a <= 1500; a++)
               for (y = 2020; y <= 2022; y++)
                 printf "Xã %d,industrial_output,%d,%d,billion VND\n", a, y, 1000 + a + 150 * (y - 2020)
     }' >big.csv
{ echo "area,indicator,year,value,unit"
  echo "Old,industrial_output,2020,1,billion VND"
  echo "Old,industrial_output,2021,2,billion VND"; } >old.csv

"$chitieu" report old.csv -f csv -o old-report.csv || { echo "FAIL: the old report did not run"; exit 1; }
started=$(date +%s%N)
"$chitieu" report big.csv -f csv -o new-report.csv || { echo "FAIL: the reference run failed"; exit 1; }
took_ms=$(( ($(date +%s%N) - started) / 1000000 ))
[ "$took_ms" -gt 0 ] || took_ms=1
echo "reference run: ${took_ms} ms, $(wc -c <new-report.csv) bytes"

mkdir out
failed=0 old_kept=0 new_whole=0 leftovers=0 kills=0

# Checks the state after one kill; `$1` says when it came.
check_after_kill() {
  kills=$((kills + 1))
  if cmp -s out/report.csv old-report.csv; then
    old_kept=$((old_kept + 1))
  elif cmp -s out/report.csv new-report.csv; then
    new_whole=$((new_whole + 1))
  else
    echo "FAIL: killed $1, out/report.csv is neither the old report nor the whole new one"
    failed=1
  fi
  local temporary
  for temporary in out/.report.csv.chitieu-tmp.*; do
    [ -e "$temporary" ] || continue
    leftovers=$((leftovers + 1))
  done
  if [ "$(find out -mindepth 1 ! -name report.csv ! -name '.report.csv.chitieu-tmp.*' | wc -l)" -ne 0 ]; then
    echo "FAIL: unexpected files in the output folder:"; ls -a out; failed=1
  fi
}

# Kills at fractions of the reference time: while reading, evaluating, writing, after the end.
for percent in 10 50 100 130; do
  cp old-report.csv out/report.csv
  delay_ms=$(( took_ms * percent / 100 + 1 ))
  "$chitieu" report big.csv -f csv -o out/report.csv 2>/dev/null &
  pid=$!
  sleep "$(awk -v ms="$delay_ms" 'BEGIN { printf "%.3f", ms / 1000 }')"
  kill -KILL "$pid" 2>/dev/null
  wait "$pid" 2>/dev/null
  check_after_kill "after ${delay_ms} ms"
done

# Kills in the middle of writing: as soon as the temporary file appears (a bash builtin polls,
# so no process start slows the loop).
for attempt in 1 2; do
  cp old-report.csv out/report.csv
  "$chitieu" report big.csv -f csv -o out/report.csv 2>/dev/null &
  pid=$!
  while kill -0 "$pid" 2>/dev/null && ! compgen -G "out/.report.csv.chitieu-tmp.$pid.*" >/dev/null; do :; done
  kill -KILL "$pid" 2>/dev/null
  wait "$pid" 2>/dev/null
  check_after_kill "while writing (attempt $attempt)"
done

echo "$kills kills: old report kept $old_kept, new report whole $new_whole, temporary files seen after a kill $leftovers (each next run removes those before it)"
# The last word: a run left alone writes the whole new report over the old one, and removes
# what the killed runs left (their processes are gone), saying how many.
cp old-report.csv out/report.csv
left=$(find out -name '.report.csv.chitieu-tmp.*' | wc -l)
"$chitieu" report big.csv -f csv -o out/report.csv 2>final.err || failed=1
if ! cmp -s out/report.csv new-report.csv; then
  echo "FAIL: an uninterrupted run did not write the new report"; failed=1
fi
if [ "$(find out -mindepth 1 ! -name report.csv | wc -l)" -ne 0 ]; then
  echo "FAIL: the complete run left temporary files:"; ls -a out; failed=1
fi
if [ "$left" -gt 0 ] && ! grep -q "removed $left temporary file" final.err; then
  echo "FAIL: the complete run did not say it removed $left temporary files: $(cat final.err)"; failed=1
fi
echo "the complete run: $(cat final.err)"
exit "$failed"
