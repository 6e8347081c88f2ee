#!/usr/bin/env bash
# The README's recipe works: a Markdown report with charts becomes a Word file with pandoc
# (Debian: pandoc; it converts the SVG charts with rsvg-convert from librsvg2-bin), with nothing
# on standard error, and every chart ends up inside the .docx.
# Usage: bash test_pandoc.sh CHITIEU_BINARY REPO_ROOT
set -u
chitieu=$(realpath "$1")
root=$(realpath "$2")
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
command -v pandoc >/dev/null || { echo "pandoc is missing: apt-get install pandoc"; exit 1; }
cd "$root" || exit 1

status=0
for lang in en vi; do
  out="$work/$lang"
  "$chitieu" report examples/tuyen-quang/statistics.yaml --lang "$lang" --out-dir "$out" --charts || exit 1
  # As the README says: run pandoc in the report's folder, so that charts/... resolves.
  if ! (cd "$out" && pandoc Tuyên-Quang.md -o Tuyên-Quang.docx) 2>"$work/pandoc.err" || [ -s "$work/pandoc.err" ]; then
    echo "pandoc ($lang) failed or warned:"; cat "$work/pandoc.err"; status=1; continue
  fi
  python3 - "$out/Tuyên-Quang.docx" "$(ls "$out"/charts/*.svg | wc -l)" <<'PY' || status=1
import sys
import zipfile

path, charts = sys.argv[1], int(sys.argv[2])
with zipfile.ZipFile(path) as docx:
    names = docx.namelist()
    document = docx.read("word/document.xml").decode("utf-8")
svgs = [name for name in names if name.startswith("word/media/") and name.endswith(".svg")]
if len(svgs) != charts:
    sys.exit(f"{path}: {len(svgs)} SVG images inside, expected {charts}")
if "Tuyên Quang" not in document:
    sys.exit(f"{path}: the report's text is missing")
print(f"{path}: {len(svgs)} charts, {len(document)} characters of document.xml")
PY
done
exit $status
