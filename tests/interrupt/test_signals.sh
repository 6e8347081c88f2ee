#!/usr/bin/env bash
# A batch stopped by a signal leaves the folder as it was, and one killed outright is swept by
# the next run: `bash test_signals.sh CHITIEU`.
#
# The old set is 3 areas' reports and charts; the new run is 1,500 areas with --charts (4,500
# files). SIGTERM, SIGINT and SIGHUP are sent after the first reports, midway (a thousand
# temporary files written) and during the commit (index.md's temporary file exists: every
# report is written, the renames not begun): each time the run must exit 143/130/129 with one
# line, and the folder must hold the old set, byte for byte, and no temporary file. Then SIGKILL
# midway, which nothing can catch: it leaves temporaries; the next complete run removes them,
# says how many, and leaves the whole new set and nothing else.
set -u
chitieu=$(realpath "$1")
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cd "$work" || exit 1

awk 'BEGIN { print "area,indicator,year,value,unit"
             for (a = 1; a <= 1500; a++)
               for (y = 2020; y <= 2022; y++)
                 printf "Xã %d,industrial_output,%d,%d,billion VND\n", a, y, 1000 + a + 150 * (y - 2020) }' >big.csv
awk 'BEGIN { print "area,indicator,year,value,unit"
             for (a = 1; a <= 3; a++)
               for (y = 2020; y <= 2022; y++)
                 printf "Xã %d,industrial_output,%d,%d,billion VND\n", a, y, 5 + a + y - 2020 }' >old.csv

failed=0
fail() { echo "FAIL: $*"; failed=1; }
# chitieu's temporary files, also in the naming of versions before 2026-12 (".NAME.tmp.XXXXXX").
temporaries() { find out -name '.*.chitieu-tmp.*' -o -name '.*.tmp.*' | wc -l; }
# The files under their own names (the temporaries are counted apart), with their checksums.
snapshot() { (cd out && find . -type f ! -name '.*.chitieu-tmp.*' ! -name '.*.tmp.*' | sort | xargs md5sum) >now.sum; }

"$chitieu" report old.csv --out-dir out --charts -q || { echo "FAIL: the old set did not run"; exit 1; }
snapshot && mv now.sum old.sum

# Starts the big batch, waits until `$1` says it is time, sends `$2`, checks what is left. With
# `$4` = may-finish, the signal may come after the commit's renames began (the window between
# index.md's temporary file and the first rename is a few milliseconds): the run then finishes
# and exits 0, and the folder must hold the whole new set; the old set is written again for the
# cases after it.
stop_at() {
  local when=$1 signal=$2 expected=$3 may_finish=${4:-}
  # A background job of a script starts with SIGINT ignored: given back its default, as at a
  # terminal (chitieu leaves a signal ignored at its start alone, as nohup expects).
  env --default-signal=INT,HUP "$chitieu" report big.csv --out-dir out --charts -q 2>stopped.err &
  local pid=$! waited=0
  until eval "$when" || ! kill -0 "$pid" 2>/dev/null; do
    sleep 0.05
    waited=$((waited + 1))
    [ "$waited" -lt 2400 ] || break
  done
  kill -s "$signal" "$pid" 2>/dev/null
  wait "$pid"
  local code=$? before=$failed
  if [ "$code" -eq 0 ] && [ "$may_finish" = may-finish ]; then
    local reports
    reports=$(find out -maxdepth 1 -name 'Xã-*.md' | wc -l)
    [ "$reports" -eq 1500 ] && [ -f out/index.md ] || fail "SIG$signal ($when): finished with $reports reports"
    [ "$(temporaries)" -eq 0 ] || fail "SIG$signal ($when): $(temporaries) temporary files left"
    echo "SIG$signal ($when): came after the renames began; the run finished with the whole new set"
    rm -rf out && "$chitieu" report old.csv --out-dir out --charts -q && snapshot && mv now.sum old.sum
    return
  fi
  if [ "$code" -ne "$expected" ]; then fail "SIG$signal ($when): exit $code, expected $expected"; fi
  if [ "$(cat stopped.err)" != "chitieu: interrupted; nothing written" ]; then
    fail "SIG$signal ($when): standard error was: $(cat stopped.err)"
  fi
  snapshot && cmp -s now.sum old.sum || fail "SIG$signal ($when): the old set was changed"
  [ "$(temporaries)" -eq 0 ] || fail "SIG$signal ($when): $(temporaries) temporary files left"
  find out -name '.*' ! -name .chitieu-manifest -delete  # what a failing version left, so that the next case starts clean
  [ "$failed" -ne "$before" ] || echo "SIG$signal ($when): exit $code, old set kept, no temporary file"
}

stop_at '[ "$(temporaries)" -gt 0 ]' TERM 143
stop_at '[ "$(temporaries)" -gt 1000 ]' TERM 143
stop_at 'compgen -G "out/.index.md.*tmp.*" >/dev/null' TERM 143 may-finish
stop_at '[ "$(temporaries)" -gt 1000 ]' INT 130
stop_at '[ "$(temporaries)" -gt 1000 ]' HUP 129

# SIGKILL, which nothing can catch, at the same points: the temporaries stay, the old set too.
# Each time the next complete run of the old set removes them, says so, and leaves the old set.
kill_at() {
  local when=$1 label=$2
  "$chitieu" report big.csv --out-dir out --charts -q 2>/dev/null &
  local pid=$!
  until eval "$when" || ! kill -0 "$pid" 2>/dev/null; do sleep 0.01; done
  kill -KILL "$pid"
  wait "$pid" 2>/dev/null
  local left
  left=$(temporaries)
  snapshot && cmp -s now.sum old.sum || fail "SIGKILL $label: the old set was changed"
  [ "$left" -gt 0 ] || fail "SIGKILL $label: no temporary file left to sweep (the kill came too late?)"
  echo "SIGKILL $label: old set kept, $left temporary files left"
  "$chitieu" report old.csv --out-dir out --charts -q 2>sweep.err || fail "SIGKILL $label: the next run failed"
  grep -q "^chitieu: removed $left temporary files\? that a stopped run left in out$" sweep.err ||
    fail "SIGKILL $label: the next run did not say it removed $left files: $(cat sweep.err)"
  snapshot && cmp -s now.sum old.sum || fail "SIGKILL $label: the next run did not leave the old set"
  [ "$(temporaries)" -eq 0 ] || fail "SIGKILL $label: $(temporaries) temporary files after the next run"
}
kill_at '[ "$(temporaries)" -gt 0 ]' "after the first report"
kill_at 'compgen -G "out/.index.md.*tmp.*" >/dev/null' "during the commit, before the renames"

# SIGKILL among the renames (once area 700's report is in place; the manifest, renamed first,
# already names the new set): every file
# under its own name is whole, the old one or the new one; the next run, of the old set again,
# leaves exactly the old set: nothing of the killed run stays behind, old or new.
mkdir -p ref && "$chitieu" report big.csv --out-dir ref/out --charts -q 2>/dev/null
(cd ref/out && find . -type f ! -name '.chitieu-manifest' | sort | xargs md5sum) >new.sum
"$chitieu" report big.csv --out-dir out --charts -q 2>/dev/null &
pid=$!
until [ -e out/Xã-700.md ] || ! kill -0 "$pid" 2>/dev/null; do :; done  # renamed halfway
kill -KILL "$pid" 2>/dev/null
wait "$pid" 2>/dev/null
mixed=0
while read -r sum name; do
  grep -qxF "$sum  $name" old.sum || grep -qxF "$sum  $name" new.sum || fail "SIGKILL among the renames: $name is neither the old nor the new file"
  grep -qxF "$sum  $name" new.sum && mixed=$((mixed + 1))
done < <(cd out && find . -type f ! -name '.*' | sort | xargs md5sum)
echo "SIGKILL among the renames: $mixed files of the new set in place, the others old, each whole"
"$chitieu" report old.csv --out-dir out --charts -q 2>/dev/null || fail "the run after the kill among the renames failed"
# The reports and charts, byte for byte; the manifest may differ from the first old run's by 'was'
# lines naming the killed run's content (harmless: the next run drops those that no file holds).
snapshot && grep -v ' ./.chitieu-manifest$' now.sum >now-files.sum && grep -v ' ./.chitieu-manifest$' old.sum >old-files.sum
cmp -s now-files.sum old-files.sum || fail "SIGKILL among the renames: the next run of the old set left $(wc -l <now-files.sum) files: $(diff old-files.sum now-files.sum | head -5)"
snapshot && mv now.sum old.sum  # the old set, with this manifest, for the case below
[ "$(temporaries)" -eq 0 ] || fail "SIGKILL among the renames: $(temporaries) temporary files after the next run"

# SIGKILL midway: the temporaries stay (nothing can remove them then), the old set too.
"$chitieu" report big.csv --out-dir out --charts -q 2>/dev/null &
pid=$!
until [ "$(temporaries)" -gt 1000 ] || ! kill -0 "$pid" 2>/dev/null; do sleep 0.05; done
kill -KILL "$pid"
wait "$pid" 2>/dev/null
left=$(temporaries)
snapshot && cmp -s now.sum old.sum || fail "SIGKILL: the old set was changed"
[ "$left" -gt 0 ] || fail "SIGKILL: no temporary file left to sweep (the kill came too late?)"
echo "SIGKILL midway: old set kept, $left temporary files left"

# The next complete run sweeps them, says so, and writes the whole new set.
"$chitieu" report big.csv --out-dir out --charts -q 2>complete.err || fail "the complete run failed: $(cat complete.err)"
grep -q "^chitieu: removed $left temporary files that a stopped run left in out$" complete.err ||
  fail "the complete run did not say it removed $left files: $(cat complete.err)"
[ "$(temporaries)" -eq 0 ] || fail "the complete run left $(temporaries) temporary files"
reports=$(find out -maxdepth 1 -name 'Xã-*.md' | wc -l)
[ "$reports" -eq 1500 ] || fail "the complete run left $reports reports, expected 1500"
echo "complete run: $(cat complete.err); $reports reports, no temporary file"
exit "$failed"
