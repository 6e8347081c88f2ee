#!/usr/bin/env bash
# Every chart of a `--charts` run is well-formed XML, self-contained SVG, renders with rsvg-convert
# (Debian: librsvg2-bin) to a PNG of the chart's size, and is linked from its Markdown report.
# Usage: bash test_render.sh CHITIEU_BINARY REPO_ROOT
set -u
chitieu=$(realpath "$1")
root=$(realpath "$2")
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
command -v rsvg-convert >/dev/null || { echo "rsvg-convert is missing: apt-get install librsvg2-bin"; exit 1; }
cd "$root" || exit 1

"$chitieu" report examples/tuyen-quang/statistics.yaml --lang en --out-dir "$work/en" --charts || exit 1
"$chitieu" report examples/tuyen-quang/statistics.yaml --lang vi --as-of 2022 --out-dir "$work/vi" --charts || exit 1
"$chitieu" report examples/custom-plan/statistics.yaml -t examples/custom-plan/targets.yaml --out-dir "$work/custom" \
  --charts || exit 1
for method in unsd dns; do
  targets=tests/data/methods/targets-$method.yaml
  [ -f "$targets" ] || continue
  "$chitieu" report examples/tuyen-quang/statistics.yaml -t "$targets" --out-dir "$work/$method" --charts || exit 1
done
# The plans' target forms (ratio, cumulative), and the 2026–2030 example.
"$chitieu" report tests/data/plan-forms/statistics.yaml -t tests/data/plan-forms/targets-dns.yaml --as-of 2028 \
  --out-dir "$work/plan-forms" --charts || exit 1
"$chitieu" report examples/tuyen-quang-2030/statistics.csv -t builtin:tuyen-quang-2026-2030 --lang vi \
  --out-dir "$work/plan-2030" --charts || exit 1

status=0
for svg in "$work"/*/charts/*.svg; do
  png=${svg%.svg}.png
  if ! rsvg-convert "$svg" -o "$png" 2>"$work/rsvg.err" || [ -s "$work/rsvg.err" ]; then
    echo "$svg: rsvg-convert failed:"; cat "$work/rsvg.err"; status=1
  fi
done

python3 - "$work" <<'PY' || status=1
import glob
import os
import re
import struct
import sys
import xml.etree.ElementTree as ET

work = sys.argv[1]
SVG = "{http://www.w3.org/2000/svg}"
# Level, share, occupancy and growth targets of each run: one chart each.
EXPECTED = {"en": 10, "vi": 10, "custom": 4, "unsd": 10, "dns": 10}
failed = []

def fail(message):
    failed.append(message)
    print(message)

for run in sorted(os.listdir(work)):
    charts = sorted(glob.glob(os.path.join(work, run, "charts", "*.svg")))
    if not os.path.isdir(os.path.join(work, run)):
        continue
    if run in EXPECTED and len(charts) != EXPECTED[run]:
        fail(f"{run}: {len(charts)} charts, expected {EXPECTED[run]}")
    linked = set()
    for report in glob.glob(os.path.join(work, run, "*.md")):
        with open(report, encoding="utf-8") as handle:
            for link in re.findall(r"!\[[^\]]*\]\(([^)]+)\)", handle.read()):
                linked.add(link)
                if not os.path.isfile(os.path.join(work, run, link)):
                    fail(f"{report}: links {link}, which was not written")
    for chart in charts:
        name = os.path.relpath(chart, os.path.join(work, run))
        if name not in linked:
            fail(f"{chart}: no report links it")
        root = ET.parse(chart).getroot()  # raises on malformed XML
        if root.tag != SVG + "svg" or root.get("version") != "1.1":
            fail(f"{chart}: the root is not <svg version=\"1.1\">")
        with open(chart, encoding="utf-8") as handle:
            text = handle.read()
        for element in root.iter():
            if element.tag in (SVG + "script", SVG + "image", SVG + "foreignObject"):
                fail(f"{chart}: has a <{element.tag}> element")
            for attribute in element.attrib:
                if attribute.endswith("href") or attribute.startswith("on"):
                    fail(f"{chart}: has a {attribute} attribute")
        if re.search(r"\b(nan|inf)\b", text, re.IGNORECASE):
            fail(f"{chart}: prints nan or inf")
        if not any(element.tag == SVG + "text" and (element.text or "").strip() for element in root.iter()):
            fail(f"{chart}: has no text")
        png = chart[: -len(".svg")] + ".png"
        if not os.path.isfile(png) or os.path.getsize(png) < 1000:
            fail(f"{png}: missing or nearly empty")
            continue
        with open(png, "rb") as handle:
            header = handle.read(24)
        width, height = struct.unpack(">II", header[16:24])
        if header[:8] != b"\x89PNG\r\n\x1a\n" or (width, height) != (720, 420):
            fail(f"{png}: not a 720 x 420 PNG ({width} x {height})")
print(f"{sum(len(glob.glob(os.path.join(work, r, 'charts', '*.svg'))) for r in os.listdir(work))} charts checked")
sys.exit(1 if failed else 0)
PY
exit $status
