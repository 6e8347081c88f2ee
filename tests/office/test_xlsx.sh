#!/usr/bin/env bash
# The Excel report read back by real clients: python3-openpyxl checks the sheets (names in the
# report's language within Excel's rules), the summary's frozen header, autofilter and status
# colours (conditional formats), numbers stored as numbers, one row per area and target, a row
# per area and a chart per area (up to 12) on every target sheet, and Vietnamese names intact; LibreOffice (headless, a private profile)
# converts it to PDF. Skipped (77) when a client is missing; CI installs them (.ci/run).
# Usage: bash test_xlsx.sh CHITIEU_BINARY REPO_ROOT
set -u
chitieu=$(realpath "$1")
root=$(realpath "$2")
python=/usr/bin/python3  # Debian's, where python3-openpyxl is installed
command -v soffice >/dev/null || { echo "SKIP: soffice is missing (libreoffice-calc-nogui)"; exit 77; }
"$python" -c "import openpyxl" 2>/dev/null || { echo "SKIP: python3-openpyxl is missing"; exit 77; }
work=$(mktemp -d /tmp/chitieu-xlsx-test.XXXXXX)
trap 'rm -rf "$work"' EXIT
cd "$root" || exit 1
status=0

printf 'area,indicator,year,value,unit\nLong Bình An,industrial_output,2020,100,billion VND\nLong Bình An,industrial_output,2024,190,billion VND\nNhữ Khê,industrial_output,2020,100,billion VND\nNhữ Khê,industrial_output,2024,150,billion VND\n' >"$work/communes.csv"
"$chitieu" report "$work/communes.csv" -t tests/data/batch/targets.yaml --lang vi -f xlsx -o "$work/communes.xlsx" || exit 1
"$chitieu" report examples/tuyen-quang/statistics.yaml --lang vi -f xlsx -o "$work/province.xlsx" || exit 1
"$chitieu" report examples/tuyen-quang/statistics.yaml -f xlsx -o "$work/province-en.xlsx" || exit 1
targets=$("$chitieu" report examples/tuyen-quang/statistics.yaml -f csv | tail -n +2 | wc -l)

"$python" - "$work" "$targets" <<'PY' || status=1
import sys
import openpyxl

work, province_targets = sys.argv[1], int(sys.argv[2])
problems = []
def check(ok, what):
    if not ok:
        problems.append(what)

def workbook(name, areas, targets, lang):
    wb = openpyxl.load_workbook(f"{work}/{name}")
    names = wb.sheetnames
    summary_name, method_name = ("Tổng hợp", "Phương pháp") if lang == "vi" else ("Summary", "Method")
    check(names[0] == summary_name and names[-1] == method_name, f"{name}: sheets {names}")
    check(len(names) == targets + 2, f"{name}: {len(names)} sheets for {targets} targets")
    for n in names:
        check(len(n) <= 31 and not any(c in n for c in "[]:*?/\\"), f"{name}: sheet name {n!r}")
    s = wb[summary_name]
    check(s.freeze_panes == "A2", f"{name}: summary frozen at {s.freeze_panes}")
    rows = list(s.iter_rows(min_row=2, values_only=True))
    check(len(rows) == areas * targets, f"{name}: {len(rows)} summary rows for {areas} x {targets}")
    check(s.auto_filter.ref == f"A1:J{len(rows) + 1}", f"{name}: autofilter {s.auto_filter.ref}")
    rules = [r for cf in s.conditional_formatting for r in cf.rules]
    check(len(rules) == 6 and all(r.type == "cellIs" for r in rules), f"{name}: {len(rules)} status rules")
    check(all(str(cf.sqref) == f"J2:J{len(rows) + 1}" for cf in s.conditional_formatting), f"{name}: rules' range")
    statuses = {r[9] for r in rows}
    check(statuses <= {r.formula[0].strip('"') for r in rules}, f"{name}: a status has no colour: {statuses}")
    for r in rows:
        check(r[4] is None or isinstance(r[4], (int, float)), f"{name}: actual {r[4]!r} is not a number")
        check(r[6] is None or isinstance(r[6], int), f"{name}: year {r[6]!r}")
    check(s.cell(2, 5).number_format == "#,##0.0" or s.cell(2, 5).value is None, f"{name}: number format")
    for n in names[1:-1]:
        sheet = wb[n]
        check(len(sheet._charts) == min(areas, 12), f"{name}: {n}: {len(sheet._charts)} charts")
        check(sheet.freeze_panes == "A2", f"{name}: {n} not frozen")
        check(sheet.max_row == 1 + areas, f"{name}: {n}: {sheet.max_row} rows")
    return rows

rows = workbook("communes.xlsx", 2, 1, "vi")
check([r[0] for r in rows] == ["Long Bình An", "Nhữ Khê"], f"communes: areas {[r[0] for r in rows]}")
# One chart an area, each titled with its area and drawing its own row (2 and 3).
import zipfile
with zipfile.ZipFile(f"{work}/communes.xlsx") as z:
    charts = sorted(n for n in z.namelist() if n.startswith("xl/charts/chart"))
    texts = [z.read(n).decode("utf-8") for n in charts]
check(len(texts) == 2, f"communes: {len(texts)} chart parts")
for text, area, row in zip(texts, ["Long Bình An", "Nhữ Khê"], [2, 3]):
    check(area in text, f"communes: the chart of {area} does not name it")
    check(f"${row}:$" in text and "#,##0.0" in text, f"communes: the chart of {area} does not draw row {row}")
workbook("province.xlsx", 1, province_targets, "vi")
workbook("province-en.xlsx", 1, province_targets, "en")
if problems:
    sys.exit("\n".join(problems))
print("xlsx: sheets, frozen headers, autofilter, status colours, numbers, charts: ok")
PY

# LibreOffice opens it: a PDF comes out.
if ! timeout 300 soffice -env:UserInstallation="file://$work/lo-profile" --headless --convert-to pdf --outdir "$work" \
    "$work/province.xlsx" >"$work/soffice.log" 2>&1 || [ ! -s "$work/province.pdf" ]; then
  echo "LibreOffice could not convert the workbook:"; cat "$work/soffice.log"; status=1
fi
exit $status
