#!/usr/bin/env python3
"""Peer: the gap table of `chitieu report -f csv -t bench/targets.yaml`, computed with pandas.

    gap_pandas.py SERIES_CSV ZONES_CSV TARGETS_JSON OUT_CSV

SERIES_CSV may be the same table as an .xlsx workbook (make_xlsx.py): pandas.read_excel reads it
with openpyxl, as an analyst's script would.

Written the way an analyst would: vectorised pandas, no loop over areas. It follows the
interface's "Calculations" and chitieu's engine (src/engine/) for the paths the generated data
take: positive values (compound rates; no linear pace), an as-of year before every target year.
Data outside those paths stop it with a message instead of a guess. Notes are not reproduced;
numbers are written unrounded, statuses exactly.
"""

import json
import math
import sys

import numpy as np
import pandas as pd

KEYS = ["target_id", "area"]
OUT_COLUMNS = ["area", "target_id", "kind", "op", "target_value", "target_year", "actual_value",
               "actual_year", "gap", "achievement_pct", "actual_rate_pct", "required_rate_pct",
               "remaining_rate_pct", "projected_value", "status"]


def refuse(message):
    sys.exit(f"gap_pandas.py: {message}; this peer reproduces only the generated data's paths")


def op_holds(op, actual, target):
    return {">": actual > target, ">=": actual >= target, "<": actual < target, "<=": actual <= target}[op]


def direction(op):
    return 1.0 if op in (">", ">=") else -1.0


def achievement(actual, x, op):
    """actual / X * 100 where a larger magnitude is better; X / actual * 100 (the inverse ratio)
    where a smaller one is (< X for X > 0), empty for an actual at zero or past it, and for X = 0."""
    actual = np.asarray(actual, dtype=float)
    x = np.asarray(x, dtype=float)
    d = np.asarray(op.map(direction) if hasattr(op, "map") else direction(op), dtype=float)
    with np.errstate(divide="ignore", invalid="ignore"):
        larger = actual / x * 100.0
        inverse = np.where(actual / x > 0.0, x / actual * 100.0, np.nan)
        return np.where(x == 0.0, np.nan, np.where(d * x > 0.0, larger, inverse))


def progress_status(ratio, plan):
    return np.where(ratio >= plan["on_track"], "on_track",
                    np.where(ratio >= plan["at_risk"], "at_risk", "off_track"))


def compound(v0, v1, years):
    """(v1 / v0)^(1 / years) - 1, as chitieu's compound_rate() computes it."""
    return np.power(v1 / v0, 1.0 / years) - 1.0


def first_and_last(obs, base):
    """Per (target, area): the latest observation and the first one from the base year on."""
    obs = obs.sort_values(KEYS + ["year"], kind="stable")
    last = obs.groupby(KEYS, sort=False).tail(1).rename(columns={"year": "end", "value": "ev"})
    first = obs[obs["year"] >= base].groupby(KEYS, sort=False).head(1)
    first = first.rename(columns={"year": "base", "value": "bv"})
    return last.merge(first, on=KEYS, how="left")


def judge_series(obs, targets, plan):
    """level, share and occupancy targets: the yearly values judged against the target value."""
    r = first_and_last(obs, plan["base"]).merge(targets, on="target_id")
    x, t, ev, end, bv, base = r["value"], r["year"], r["ev"], r["end"], r["bv"], r["base"]
    has_base = base.notna()
    rr = compound(bv, x, t - base)  # NaN without a base
    ra = compound(bv, ev, end - base).where(has_base & (end > base))
    out = pd.DataFrame({"target_id": r["target_id"], "area": r["area"], "actual_value": ev,
                        "actual_year": end, "gap": ev - x, "achievement_pct": achievement(ev, x, r["op"]),
                        "actual_rate_pct": ra * 100.0, "required_rate_pct": rr * 100.0,
                        "remaining_rate_pct": (compound(ev, x, t - end) * 100.0).where(has_base & (end < t)),
                        "projected_value": ev * np.power(1.0 + ra, t - end)})
    met = np.zeros(len(r), dtype=bool)
    for op in r["op"].unique():
        mask = (r["op"] == op).to_numpy()
        met[mask] = op_holds(op, ev[mask].to_numpy(), x[mask].to_numpy())
    d = r["op"].map(direction)
    # A target equal to the base value leaves the ratio undefined: any move its way is on track.
    pace = np.where(rr == 0.0, np.where(d * ra > 0.0, "on_track", "off_track"),
                    progress_status(d * ra / rr.abs(), plan))
    # Only years before the base: nothing from the plan period, not even to be met early with.
    status = np.where(~has_base, "insufficient_data",
                      np.where(met, "met", np.where(end == base, "insufficient_data", pace)))
    out["status"] = status
    return out


def judge_growth(obs, targets, plan):
    """growth targets (compound mean): the rate from the base year compared with the target rate."""
    r = first_and_last(obs, plan["base"]).merge(targets, on="target_id")
    x, t, ev, end, bv, base = r["value"], r["year"], r["ev"], r["end"], r["bv"], r["base"]
    g = x / 100.0
    judged = base.notna() & (end > base)
    ra = compound(bv, ev, end - base).where(judged)
    needed_level = bv * np.power(1.0 + g, t - base)
    out = pd.DataFrame({"target_id": r["target_id"], "area": r["area"], "actual_value": ra * 100.0,
                        "actual_year": end.where(judged), "gap": ra * 100.0 - x,
                        "achievement_pct": achievement(ra * 100.0, x, r["op"]), "actual_rate_pct": ra * 100.0,
                        "required_rate_pct": x,
                        "remaining_rate_pct":
                            (compound(ev, needed_level, t - end) * 100.0).where(judged & (end < t)),
                        "projected_value": ev * np.power(1.0 + ra, t - end)})
    # A target rate against the direction (< 3 %/yr) is a bound: 2 + d * r_a / |r_g|.
    d = r["op"].map(direction)
    ratio = d * ra / g.abs() + np.where(d * g < 0.0, 2.0, 0.0)
    out["status"] = np.where(judged, progress_status(ratio, plan), "insufficient_data")
    return out


def zone_facts(zones):
    """One row per (area, zone name): the earliest established and expanded years."""
    return zones.groupby(["area", "name"], sort=False).agg(established=("established", "min"),
                                                            expanded=("expanded", "min")).reset_index()


def occupancy_values(zones, target, as_of):
    """Yearly occupancy per area, from the latest land snapshot of each established zone."""
    selected = zones[zones["kind"].isin(target["zone_kinds"])]
    facts = zone_facts(selected)
    # A year is observed where an established zone's snapshot has land figures.
    dated = selected[selected["year"].notna() & (selected["year"] <= as_of) & selected["leasable_ha"].notna()
                     & selected["leased_ha"].notna() & (selected["leasable_ha"] != 0)]
    dated = dated.merge(facts[["area", "name", "established"]].rename(columns={"established": "since"}),
                        on=["area", "name"])
    dated = dated[dated["since"] <= dated["year"]]
    years = dated[["area", "year"]].drop_duplicates().rename(columns={"year": "Y"})
    grid = facts.merge(years, on="area")
    grid = grid[grid["established"] <= grid["Y"]]
    snapshots = selected[selected["year"].notna()][["area", "name", "year", "leasable_ha", "leased_ha"]]
    joined = grid.merge(snapshots, on=["area", "name"])
    joined = joined[joined["year"] <= joined["Y"]].sort_values("year", kind="stable")
    latest = joined.groupby(["area", "name", "Y"], sort=False).tail(1)
    land = latest[latest["leasable_ha"].notna() & latest["leased_ha"].notna() & (latest["leasable_ha"] != 0)]
    if target["method"] == "weighted":
        sums = land.groupby(["area", "Y"], sort=False)[["leased_ha", "leasable_ha"]].sum().reset_index()
        sums = sums[sums["leasable_ha"] > 0]
        values = sums.assign(value=sums["leased_ha"] / sums["leasable_ha"] * 100.0)
    else:
        rates = land.assign(rate=land["leased_ha"] / land["leasable_ha"] * 100.0)
        values = rates.groupby(["area", "Y"], sort=False)["rate"].mean().reset_index(name="value")
    return values.rename(columns={"Y": "year"})[["area", "year", "value"]]


def pace_status(reached, needed, plan, as_of, target, base):
    """Before the target year: (share of the goal reached) / (share of the period elapsed)."""
    if as_of <= base or target <= base or not needed > 0.0:
        return np.full(len(reached), "insufficient_data", dtype=object)
    elapsed = (as_of - base) / (target - base)
    return progress_status((reached / needed) / elapsed, plan)


def judge_count(zones, target, plan, as_of, areas):
    facts = zone_facts(zones[zones["kind"] == target["zone_kind"]])
    end = min(as_of, plan["end"])
    established = facts["established"]
    inside = facts[(established >= target["from"]) & (established <= min(end, target["to"]))]
    counts = inside.groupby("area").size().reindex(areas, fill_value=0).astype(float)
    x, op = float(target["value"]), target["op"]
    reached = counts.to_numpy()
    met = op_holds(op, reached, x)
    if direction(op) < 0:
        status = np.where(met, "met", "off_track")
    else:
        needed = math.ceil(x) if op == ">=" else math.floor(x) + 1.0
        status = np.where(met, "met", pace_status(reached, needed, plan, as_of, plan["end"], plan["base"]))
    out = pd.DataFrame({"area": areas, "actual_value": reached, "actual_year": end, "gap": reached - x,
                        "achievement_pct": achievement(reached, x, op), "status": status})
    # An area without any zone has nothing to count: left out, so insufficient data with no figures.
    return out[out["area"].isin(zones["area"].unique())]


def judge_milestones(facts, target, plan, as_of):
    end = min(as_of, plan["end"])
    named = facts[facts["name"].isin(target["zones"])]
    when = named[target["require"]]
    per_area = named.assign(done=(when <= end)).groupby("area", sort=False)["done"].sum()
    reached = per_area.to_numpy().astype(float)
    total = float(len(target["zones"]))
    pace = pace_status(reached, total, plan, as_of, plan["end"], plan["base"])
    status = np.where(reached == total, "met", pace)
    return pd.DataFrame({"area": per_area.index, "actual_value": reached, "actual_year": end,
                         "gap": reached - total, "achievement_pct": reached / total * 100.0,
                         "status": status})


def main():
    if len(sys.argv) != 5:
        sys.exit(__doc__)
    series_path, zones_path, targets_path, out_path = sys.argv[1:]
    with open(targets_path, encoding="utf-8") as f:
        plan = json.load(f)
    types = {"area": str, "indicator": str, "year": np.int32, "value": np.float64}
    if series_path.endswith(".xlsx"):  # the bench set as a workbook (make_xlsx.py), read by openpyxl
        series = pd.read_excel(series_path, engine="openpyxl", keep_default_na=False, na_values=[""],
                               dtype=types)
    else:
        series = pd.read_csv(series_path, keep_default_na=False, na_values=[""], dtype=types)
    zones = pd.read_csv(zones_path, dtype={"area": str, "name": str, "kind": str, "district": str},
                        keep_default_na=False, na_values=[""])
    areas = pd.unique(pd.concat([series["area"], zones["area"]], ignore_index=True))
    series = series.dropna(subset=["value"])
    as_of = int(max(series["year"].max(), zones["year"].max()))
    if as_of >= plan["end"]:
        refuse(f"as-of year {as_of} is not before the target year {plan['end']}")
    if (series["value"] <= 0).any():
        refuse("a zero or negative value")
    series = series[series["year"] <= as_of]
    by_indicator = {name: group[["area", "year", "value"]]
                    for name, group in series.groupby("indicator", sort=False)}
    empty = pd.DataFrame({"area": pd.Series(dtype=str), "year": pd.Series(dtype=np.int32),
                          "value": pd.Series(dtype=float)})

    series_obs, growth_obs, parts = [], [], []
    for target in plan["targets"]:
        kind, tid = target["kind"], target["id"]
        if kind in ("level", "growth"):
            obs = by_indicator.get(target["series"], empty)
        elif kind == "share":
            num = by_indicator.get(target["numerator"], empty)
            den = by_indicator.get(target["denominator"], empty)
            both = num.merge(den, on=["area", "year"], suffixes=("_n", "_d"))
            both = both[both["value_d"] != 0]
            obs = pd.DataFrame({"area": both["area"], "year": both["year"],
                                "value": both["value_n"] / both["value_d"] * 100.0})
        elif kind == "occupancy":
            obs = occupancy_values(zones, target, as_of)
        elif kind == "count":
            parts.append(judge_count(zones, target, plan, as_of, areas).assign(target_id=tid))
            continue
        elif kind == "milestones":
            parts.append(judge_milestones(zone_facts(zones), target, plan, as_of).assign(target_id=tid))
            continue
        else:
            refuse(f"target kind {kind}")
        (growth_obs if kind == "growth" else series_obs).append(obs.assign(target_id=tid))

    table = pd.DataFrame({"target_id": [t["id"] for t in plan["targets"]],
                          "kind": [t["kind"] for t in plan["targets"]],
                          "op": [t.get("op", ">=") for t in plan["targets"]],
                          "value": [float(t["value"]) if "value" in t else float(len(t["zones"]))
                                    for t in plan["targets"]],
                          "year": plan["end"]})
    parts.append(judge_series(pd.concat(series_obs, ignore_index=True), table, plan))
    parts.append(judge_growth(pd.concat(growth_obs, ignore_index=True), table, plan))

    # Every area gets a row for every target; a row no judge produced had nothing to judge.
    grid = pd.MultiIndex.from_product([areas, table["target_id"]], names=["area", "target_id"])
    grid = grid.to_frame(index=False)
    result = grid.merge(pd.concat(parts, ignore_index=True), on=["area", "target_id"], how="left")
    result = result.merge(table.rename(columns={"value": "target_value", "year": "target_year"}),
                          on="target_id")
    growth = result["kind"] == "growth"
    result.loc[growth, "required_rate_pct"] = result.loc[growth, "target_value"]
    result["status"] = result["status"].fillna("insufficient_data")
    result["actual_year"] = result["actual_year"].astype("Int64")
    result[OUT_COLUMNS].to_csv(out_path, index=False)


if __name__ == "__main__":
    main()
