#!/usr/bin/env bash
# `chitieu calc` agrees with the report engine on the same inputs: for every level, share and
# occupancy target of the Tuyên Quang example judged in compound terms, calc cagr, required and
# project on the report's own base, latest and target figures give the report's actual rate,
# required rate and projection; calc share gives its latest shares.
# Usage: bash test_agreement.sh CHITIEU_BINARY REPO_ROOT
set -u
chitieu=$(realpath "$1")
root=$(realpath "$2")
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cd "$root" || exit 1
"$chitieu" report examples/tuyen-quang/statistics.yaml --as-of 2023 -f json -o "$work/report.json" || exit 1
python3 - "$chitieu" "$work/report.json" "$root/examples/tuyen-quang/statistics.yaml" <<'PY'
import json
import subprocess
import sys

chitieu, report_path = sys.argv[1], sys.argv[2]
with open(report_path, encoding="utf-8") as handle:
    report = json.load(handle)
failures, checked = [], 0

def calc(*args):
    out = subprocess.run([chitieu, "calc", "--json", *args], capture_output=True, text=True, check=True).stdout
    return json.loads(out)["result"]

def agree(what, calculated, reported, tolerance):
    global checked
    checked += 1
    if abs(calculated - reported) > tolerance:
        failures.append(f"{what}: calc {calculated}, report {reported}")

for target in report["areas"][0]["targets"]:
    if target["kind"] not in ("level", "share", "occupancy") or target["actual_rate_pct"] is None:
        continue
    name = target["target_id"]
    base, base_year = target["base_value"], target["base_year"]
    latest_year = target["actual_year"]
    latest = next(point["value"] for point in target["trajectory"] if point["year"] == latest_year)
    goal, goal_year = target["target_value"], target["target_year"]
    # Levels come from the inputs exactly; shares are printed rounded to 4 decimals, which moves
    # rates computed from them in the 4th decimal.
    tolerance = 1e-4 if target["kind"] == "level" else 5e-4
    agree(f"{name} cagr", calc("cagr", "--from", str(base), "--to", str(latest), "--years", str(latest_year - base_year)),
          target["actual_rate_pct"], tolerance)
    agree(f"{name} required", calc("required", "--value", str(base), "--target", str(goal), "--years",
                                   str(goal_year - base_year)), target["required_rate_pct"], tolerance)
    agree(f"{name} remaining", calc("required", "--value", str(latest), "--target", str(goal), "--years",
                                    str(goal_year - latest_year)), target["remaining_rate_pct"], tolerance)
    # The report's rate is rounded to 4 decimals: the projection may differ in the 4th decimal.
    agree(f"{name} project", calc("project", "--value", str(latest), "--rate", str(target["actual_rate_pct"]),
                                  "--years", str(goal_year - latest_year)), target["projected_value"],
          abs(target["projected_value"]) * 1e-6 + 1e-4)

# Shares: the share calculator on the statistics gives the report's latest share.
import re
with open(sys.argv[3], encoding="utf-8") as handle:
    text = handle.read()
def series(indicator):
    block = re.search(indicator + r":[^\n]*\n(?:[^\n]*\n)?\s*values: \{([^}]*)\}", text).group(1)
    return {int(year): float(value) for year, value in re.findall(r"(\d{4}): ([\d.]+)", block)}
shares = {"industrial_labour_share": ("employment_industry", "employment_total"),
          "industry_grdp_share": ("grdp_industry", "grdp_total")}
for target in report["areas"][0]["targets"]:
    if target["target_id"] in shares:
        part, whole = (series(name) for name in shares[target["target_id"]])
        year = target["actual_year"]
        agree(f"{target['target_id']} share", calc("share", "--part", str(part[year]), "--whole", str(whole[year])),
              target["actual_value"], 1e-4)

for failure in failures:
    print(failure)
print(f"calc agreement: {checked} figures, {len(failures)} disagreements")
sys.exit(1 if failures or checked < 20 else 0)
PY
