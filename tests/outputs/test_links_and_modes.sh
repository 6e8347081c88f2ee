#!/usr/bin/env bash
# Nothing inside an output folder is followed, and a replaced file keeps its mode:
# `bash test_links_and_modes.sh CHITIEU EXAMPLES`.
#
# - out/charts a link to another folder: refused with an error naming it, nothing written
#   through it (nor anything else);
# - a 600 file replaced by -o stays 600 (CSV, JSON, Markdown, check's output), a 640 report
#   in --out-dir stays 640; a new file gets 0666 & ~umask.
# - a stale temporary of another file, or a file only shaped like one, is never swept.
set -u
chitieu=$(realpath "$1")
statistics=$(realpath "$2")/tuyen-quang/statistics.yaml
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cd "$work" || exit 1
failed=0
fail() { echo "FAIL: $*"; failed=1; }
mode() { stat -c %a "$1"; }

# A charts link is refused, and nothing goes through it.
mkdir -p out elsewhere
ln -s ../elsewhere out/charts
"$chitieu" report "$statistics" --out-dir out --charts 2>err
code=$?
[ "$code" -eq 1 ] || fail "charts link: exit $code, expected 1"
grep -q "^out/charts: error: 'charts' is a symbolic link" err || fail "charts link: the error was: $(cat err)"
[ -z "$(ls -A elsewhere)" ] || fail "charts link: files were written through it: $(ls -A elsewhere)"
[ "$(ls -A out)" = charts ] || fail "charts link: the folder holds $(ls -A out)"
[ -L out/charts ] || fail "charts link: the link itself was changed"
echo "charts link refused: $(cat err)"
rm -rf out elsewhere

# -o over a 600 file keeps 600, in every format.
umask 022
for format in csv json md; do
  echo OLD-CONTENT-MARKER >"r.$format"
  chmod 600 "r.$format"
  "$chitieu" report "$statistics" -f "$format" -o "r.$format" || fail "-o r.$format failed"
  [ "$(mode "r.$format")" = 600 ] || fail "-o r.$format: mode $(mode "r.$format"), expected 600"
  grep -q OLD-CONTENT-MARKER "r.$format" && fail "-o r.$format: not replaced"
done
echo old >c.txt
chmod 600 c.txt
"$chitieu" check "$statistics" -o c.txt >/dev/null 2>&1
[ "$(mode c.txt)" = 600 ] || fail "check -o c.txt: mode $(mode c.txt), expected 600"

# The group kept where the user may set it (root may set any: a group of its own here).
if [ "$(id -u)" -eq 0 ] && getent group daemon >/dev/null; then
  echo OLD-CONTENT-MARKER >g.csv
  chgrp daemon g.csv && chmod 640 g.csv
  "$chitieu" report "$statistics" -f csv -o g.csv || fail "-o g.csv failed"
  [ "$(stat -c '%a %G' g.csv)" = "640 daemon" ] || fail "g.csv: $(stat -c '%a %G' g.csv), expected 640 daemon"
fi
# A set-user-id bit is not copied onto a new file.
echo OLD-CONTENT-MARKER >s.csv
chmod 4755 s.csv
"$chitieu" report "$statistics" -f csv -o s.csv || fail "-o s.csv failed"
[ "$(mode s.csv)" = 755 ] || fail "s.csv: mode $(mode s.csv), expected 755 (no set-user-id)"

# New files: 0666 & ~umask.
umask 027
"$chitieu" report "$statistics" -f csv -o new.csv || fail "-o new.csv failed"
[ "$(mode new.csv)" = 640 ] || fail "new.csv: mode $(mode new.csv), expected 640 under umask 027"

# --out-dir: a report replaced keeps its mode, a new one gets the umask's.
umask 022
"$chitieu" report "$statistics" --out-dir out || fail "--out-dir failed"
chmod 600 out/Tuyên-Quang.md
"$chitieu" report "$statistics" --out-dir out || fail "--out-dir again failed"
[ "$(mode out/Tuyên-Quang.md)" = 600 ] || fail "out/Tuyên-Quang.md: mode $(mode out/Tuyên-Quang.md), expected 600"
[ "$(mode out/index.md)" = 644 ] || fail "out/index.md: mode $(mode out/index.md), expected 644"
echo "modes kept: 600 stays 600 (-o csv, json, md, check -o, --out-dir), new files 0666 & ~umask"

# The sweep removes only chitieu's own names of a process that is gone: a live process's, a
# user's file shaped almost like one, and another file's are kept.
sleep 60 &
alive=$!
touch out/.x.md.chitieu-tmp.999999999.0123abcd \
      out/.x.md.chitieu-tmp.$alive.0123abcd \
      out/.x.md.tmp.999999999.0123abcd \
      out/.x.md.chitieu-tmp.999999999.notahex0 \
      out/notes.chitieu-tmp.999999999.0123abcd
"$chitieu" report "$statistics" --out-dir out 2>err || fail "--out-dir with stale files failed"
kill "$alive"
grep -q "^chitieu: removed 1 temporary file that a stopped run left in out$" err || fail "sweep: said $(cat err)"
[ ! -e out/.x.md.chitieu-tmp.999999999.0123abcd ] || fail "sweep: the stale temporary is still there"
for kept in .x.md.chitieu-tmp.$alive.0123abcd .x.md.tmp.999999999.0123abcd \
            .x.md.chitieu-tmp.999999999.notahex0 notes.chitieu-tmp.999999999.0123abcd; do
  [ -e "out/$kept" ] || fail "sweep: removed $kept, which it must not"
done
touch .r.csv.chitieu-tmp.999999999.0123abcd .other.csv.chitieu-tmp.999999999.0123abcd
"$chitieu" report "$statistics" -f csv -o r.csv 2>err || fail "-o r.csv with stale files failed"
grep -q "^chitieu: removed 1 temporary file that a stopped run left beside r.csv$" err || fail "sweep -o: said $(cat err)"
[ -e .other.csv.chitieu-tmp.999999999.0123abcd ] || fail "sweep -o: removed another file's temporary"
echo "sweep: only chitieu's own temporaries of gone processes"
exit "$failed"
