#!/usr/bin/env bash
# The Word report read back by real clients: python3-docx checks the Decree 30 layout (A4
# portrait, margins, Times New Roman 13–14 pt, page numbers from page 2) and the summary table's
# rows; LibreOffice (headless, a private profile) converts it to PDF; pdftoppm renders page 1 to
# a PNG that is not blank. A --out-dir batch writes one .docx per area under its Vietnamese name.
# Skipped (77) when a client is missing; CI installs them (.ci/run).
# Usage: bash test_docx.sh CHITIEU_BINARY REPO_ROOT
set -u
chitieu=$(realpath "$1")
root=$(realpath "$2")
python=/usr/bin/python3  # Debian's, where python3-docx is installed
for tool in soffice pdftoppm; do
  command -v "$tool" >/dev/null || { echo "SKIP: $tool is missing (libreoffice-writer-nogui, poppler-utils)"; exit 77; }
done
"$python" -c "import docx, PIL" 2>/dev/null || { echo "SKIP: python3-docx or python3-pil is missing"; exit 77; }
work=$(mktemp -d /tmp/chitieu-docx-test.XXXXXX)
trap 'rm -rf "$work"' EXIT
cd "$root" || exit 1
status=0

# One area, both languages: layout, fonts and the summary table (one row per target).
for lang in en vi; do
  "$chitieu" report examples/tuyen-quang/statistics.yaml --lang "$lang" -f docx -o "$work/report-$lang.docx" || exit 1
  targets=$("$chitieu" report examples/tuyen-quang/statistics.yaml -f csv | tail -n +2 | wc -l)
  "$python" - "$work/report-$lang.docx" "$targets" "$lang" <<'PY' || status=1
import sys, zipfile
import docx
from docx.shared import Mm, Pt

path, targets, lang = sys.argv[1], int(sys.argv[2]), sys.argv[3]
d = docx.Document(path)
problems = []
def check(ok, what):
    if not ok:
        problems.append(what)

s = d.sections[0]
check(abs(s.page_width - Mm(210)) < Mm(0.5) and abs(s.page_height - Mm(297)) < Mm(0.5), "not A4")
check(s.orientation == 0, "not portrait")
check(Mm(20) - Mm(0.1) <= s.top_margin <= Mm(25) + Mm(0.1), f"top margin {s.top_margin.mm} mm")
check(Mm(20) - Mm(0.1) <= s.bottom_margin <= Mm(25) + Mm(0.1), f"bottom margin {s.bottom_margin.mm} mm")
check(Mm(30) - Mm(0.1) <= s.left_margin <= Mm(35) + Mm(0.1), f"left margin {s.left_margin.mm} mm")
check(Mm(15) - Mm(0.1) <= s.right_margin <= Mm(20) + Mm(0.1), f"right margin {s.right_margin.mm} mm")
# Page numbers: none on page 1, a PAGE field centred in the header of the others.
check(s.different_first_page_header_footer, "no separate first-page header")
check(all(not p.text.strip() for p in s.first_page_header.paragraphs), "page 1 has a header")
header = s.header._element.xml
check("PAGE" in header and 'w:val="center"' in d.styles["Header"].element.xml, "no centred page number")

normal = d.styles["Normal"].font
check(normal.name == "Times New Roman", f"body font {normal.name}")
check(Pt(13) <= normal.size <= Pt(14), f"body size {normal.size.pt if normal.size else None}")
for style in d.styles:
    font = getattr(style, "font", None)
    if font is None:
        continue
    check(font.name in (None, "Times New Roman"), f"style {style.name}: font {font.name}")
    check(font.size is None or Pt(13) <= font.size <= Pt(14), f"style {style.name}: {font.size}")
def runs(paragraphs):
    for p in paragraphs:
        yield from p.runs
cells = [c for t in d.tables for row in t.rows for c in row.cells]
for r in list(runs(d.paragraphs)) + [r for c in cells for r in runs(c.paragraphs)]:
    check(r.font.name in (None, "Times New Roman"), f"run {r.text!r}: font {r.font.name}")
    check(r.font.size is None or Pt(13) <= r.font.size <= Pt(14), f"run {r.text!r}: size {r.font.size}")
table_styles = {p.style.name for c in cells for p in c.paragraphs}
check(table_styles <= {"Table text", "Table number", "Table header"}, f"table paragraphs in {table_styles}")
check(all(d.styles[n].font.size == Pt(13) for n in table_styles), "tables not in 13 pt")

summary = d.tables[0]
check(len(summary.rows) == targets + 1, f"summary table: {len(summary.rows) - 1} rows for {targets} targets")
header_row = [c.text for c in summary.rows[0].cells]
check(header_row[0] == ("Target" if lang == "en" else "Chỉ tiêu"), f"summary header {header_row}")
text = "\n".join(p.text for p in d.paragraphs) + "\n".join(c.text for c in cells)
for name in ("Long Bình An", "Nhữ Khê"):
    check(name in text, f"{name} missing")
check("🟢" not in text and "🔴" not in text, "emoji markers in the document")
with zipfile.ZipFile(path) as z:
    charts = [n for n in z.namelist() if n.startswith("word/charts/chart")]
    check(len(charts) == len(d.inline_shapes) and charts, f"{len(charts)} charts, {len(d.inline_shapes)} drawn")
    check(all("<c:lineChart>" in z.read(n).decode() for n in charts), "a chart is not a line chart")
if problems:
    sys.exit(path + ": " + "; ".join(problems))
print(f"{path}: A4, margins, fonts, {targets} summary rows, {len(charts)} charts: ok")
PY
done

# A batch: one .docx per area, named as the area is, its name inside.
printf 'area,indicator,year,value,unit\nLong Bình An,industrial_output,2020,100,billion VND\nLong Bình An,industrial_output,2024,190,billion VND\nNhữ Khê,industrial_output,2020,100,billion VND\nNhữ Khê,industrial_output,2024,150,billion VND\n' >"$work/communes.csv"
"$chitieu" report "$work/communes.csv" -t tests/data/batch/targets.yaml -f docx --out-dir "$work/batch" || exit 1
for name in "Long-Bình-An" "Nhữ-Khê"; do
  [ -f "$work/batch/$name.docx" ] || { echo "batch: $name.docx missing: $(ls "$work/batch")"; status=1; continue; }
  "$python" -c "import docx,sys; t='\n'.join(p.text for p in docx.Document(sys.argv[1]).paragraphs); sys.exit(0 if sys.argv[2] in t else 'name missing')" \
    "$work/batch/$name.docx" "${name//-/ }" || status=1
done
[ "$(ls "$work/batch" | wc -l)" = 2 ] || { echo "batch: $(ls -A "$work/batch")"; status=1; }

# LibreOffice opens it: a PDF whose first page, rendered, is not blank.
profile="file://$work/lo-profile"
if ! timeout 300 soffice -env:UserInstallation="$profile" --headless --convert-to pdf --outdir "$work" \
    "$work/report-vi.docx" >"$work/soffice.log" 2>&1 || [ ! -s "$work/report-vi.pdf" ]; then
  echo "LibreOffice could not convert the report:"; cat "$work/soffice.log"; exit 1
fi
pdftoppm -png -r 50 -f 1 -l 1 "$work/report-vi.pdf" "$work/page" || exit 1
"$python" - "$work"/page*.png <<'PY' || status=1
import sys
from PIL import Image
image = Image.open(sys.argv[1]).convert("L")
dark = sum(1 for v in image.getdata() if v < 128)
if dark < 500:
    sys.exit(f"page 1 is blank ({dark} dark pixels)")
print(f"page 1: {image.size[0]}x{image.size[1]}, {dark} dark pixels")
PY
exit $status
