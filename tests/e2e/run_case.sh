#!/usr/bin/env bash
# Runs one end-to-end case: `bash run_case.sh CHITIEU_BINARY CASE_DIR`.
#
# A case folder holds:
#   cmd       one shell line run from tests/data, with $CHITIEU (the binary), $OUT (an empty
#             scratch folder) and $EXAMPLES (the repo's examples/) set
#   setup     optional shell lines run first, in the same place (e.g. to put an old report in $OUT)
#   stdout    expected standard output, whole (optional: absent means "not compared")
#   stderr    expected standard error, whole (optional)
#   stderr_contains  lines that must each appear in standard error (for texts owned by CLI11)
#   exit      expected exit code (default 0)
#   files/    expected files in $OUT afterwards, compared whole (optional)
# CHITIEU_UPDATE_GOLDEN=1 rewrites stdout/stderr/files from the actual run instead of comparing.
set -u
CHITIEU=$(realpath "$1")
case_dir=$(realpath "$2")
tests_dir=$(dirname "$(dirname "$case_dir")")/..
tests_dir=$(realpath "$tests_dir")
export CHITIEU
export EXAMPLES=$(realpath "$tests_dir/../examples")
export OUT=$(mktemp -d)
export LANG=C.UTF-8 LC_ALL=C.UTF-8
unset LANGUAGE
actual=$(mktemp -d)
trap 'rm -rf "$OUT" "$actual"' EXIT

cd "$tests_dir/data" || exit 1
if [ -f "$case_dir/setup" ]; then
  bash -e "$case_dir/setup" || { echo "setup failed"; exit 1; }
fi
bash -c "$(cat "$case_dir/cmd")" >"$actual/stdout" 2>"$actual/stderr" </dev/null
code=$?
expected_code=$(cat "$case_dir/exit" 2>/dev/null || echo 0)

if [ "${CHITIEU_UPDATE_GOLDEN:-}" = 1 ]; then
  [ -f "$case_dir/stdout" ] && cp "$actual/stdout" "$case_dir/stdout"
  [ -f "$case_dir/stderr" ] && cp "$actual/stderr" "$case_dir/stderr"
  if [ -d "$case_dir/files" ]; then rm -rf "$case_dir/files"; cp -r "$OUT" "$case_dir/files"; fi
  echo "$code" >"$case_dir/exit"
  echo "updated $(basename "$case_dir") (exit $code)"
  exit 0
fi

failed=0
if [ "$code" != "$expected_code" ]; then
  echo "exit code: expected $expected_code, got $code"; failed=1
fi
for stream in stdout stderr; do
  if [ -f "$case_dir/$stream" ] && ! diff -u "$case_dir/$stream" "$actual/$stream"; then
    echo "$stream differs (above)"; failed=1
  fi
done
if [ -f "$case_dir/stderr_contains" ]; then
  while IFS= read -r needle; do
    [ -z "$needle" ] && continue
    grep -qF -- "$needle" "$actual/stderr" || { echo "stderr lacks: $needle"; failed=1; }
  done <"$case_dir/stderr_contains"
fi
if [ -d "$case_dir/files" ] && ! diff -ru "$case_dir/files" "$OUT"; then
  echo "output files differ (above)"; failed=1
fi
if [ "$failed" = 1 ]; then
  echo "--- stderr was:"; cat "$actual/stderr"
fi
exit "$failed"
