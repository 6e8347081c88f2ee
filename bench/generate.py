#!/usr/bin/env python3
"""Generates the commune-scale benchmark set: a series CSV and a zones CSV.

    generate.py OUT_DIR [--areas N] [--seed S]

Default: 10,600 communes x 10 indicators x 10 years (2014-2023), about 1.06 M series rows and
55 MB, and about 53,000 industrial zones (some with two land snapshots). The same seed gives the
same bytes. Only the standard library: it must run wherever the benchmark and the test suite do.

The data are made up but shaped like a statistics office's export: Vietnamese names (some with
a comma, so quoted), levels that grow or shrink with noise, and the gaps real series have. Each
gap is there to take one path of the engine, so that the peers must reproduce it too:
  - a base-year (2020) value missing: the base falls back to 2021;
  - the latest year missing: the judgement uses 2022;
  - a series that stops in 2020: a single observation from the base on;
  - an indicator absent for a commune: no observation;
  - missing values written as empty cells as well as left out as rows;
  - communes without zones, zones never established, zones without land figures.
Every value is positive (no linear-pace path: the peers refuse such data rather than guess), and
land areas are multiples of 0.5 ha, so sums of them are exact in any order.
"""

import argparse
import os
import random

YEARS = list(range(2014, 2024))
BASE = 2020
PREFIXES = ["Xã", "Xã", "Xã", "Phường", "Thị trấn"]
NAMES = ["Tân Thành", "Hòa Bình", "Phúc Ứng", "Thượng Lâm", "Minh Quang", "Kim Bình", "Trung Sơn",
         "Đông Thọ", "Hồng Lạc", "Vĩnh Lợi", "Thái Long", "Yên Nguyên", "Nhân Lý", "Lăng Can",
         "Xuân Vân", "Tú Thịnh", "Đội Bình", "Chiêm Hóa", "Ỷ La", "Sơn Nam", "Quý Quân", "Phù Lưu",
         "Bình Xa", "Đạo Viện", "Ngọc Hội", "Hùng Lợi", "Lực Hành", "Tân Trào", "Mỹ Bằng", "Kháng Nhật"]
DISTRICTS = ["Sơn Dương", "Yên Sơn", "Hàm Yên", "Chiêm Hóa", "Na Hang", "Lâm Bình", "TP Tuyên Quang"]
NAMED_PARKS = ["Nam Sơn Dương", "Tam Đa", "Nhữ Khê"]


def area_name(rng, index):
    name = f"{rng.choice(PREFIXES)} {rng.choice(NAMES)} {index:05d}"
    if index % 50 == 7:  # a comma: the field is quoted
        name += f", huyện {rng.choice(DISTRICTS)}"
    return name


def grow(rng, base_value, rate, noise):
    """Values for YEARS from a 2020 level and a yearly rate, with multiplicative noise."""
    return {year: base_value * (1.0 + rate) ** (year - BASE) * (1.0 + rng.uniform(-noise, noise))
            for year in YEARS}


def commune_series(rng):
    """indicator -> {year: value}, all positive, parts never above their wholes."""
    output = grow(rng, rng.lognormvariate(4.6, 0.8), rng.gauss(0.11, 0.05), 0.03)
    total = grow(rng, rng.lognormvariate(8.5, 0.5), rng.gauss(0.01, 0.01), 0.01)
    share0, share_step = rng.uniform(0.10, 0.40), rng.uniform(-0.005, 0.012)
    industry = {y: total[y] * min(0.95, max(0.02, share0 + share_step * (y - BASE))) for y in YEARS}
    trained0, trained_step = rng.uniform(0.40, 0.75), rng.uniform(0.0, 0.03)
    trained = {y: industry[y] * min(0.98, trained0 + trained_step * (y - BASE)) for y in YEARS}
    grdp = grow(rng, rng.lognormvariate(6.0, 0.6), rng.gauss(0.07, 0.03), 0.02)
    grdp_share0 = rng.uniform(0.10, 0.40)
    grdp_industry = {y: grdp[y] * min(0.9, grdp_share0 * (1.0 + 0.02 * (y - BASE))) for y in YEARS}
    electricity = grow(rng, rng.lognormvariate(3.0, 0.7), rng.gauss(0.10, 0.05), 0.04)
    households = grow(rng, rng.lognormvariate(7.1, 0.5), 0.012, 0.005)
    poor0, poor_fall = rng.uniform(0.01, 0.12), rng.uniform(-0.02, 0.25)
    poor = {y: households[y] * poor0 * (1.0 - poor_fall) ** (y - BASE) for y in YEARS}
    online0, online_step = rng.uniform(2.0, 20.0), rng.uniform(2.0, 9.0)
    online = {y: min(100.0, online0 + online_step * (y - YEARS[0])) for y in YEARS}

    def ints(values):
        return {y: str(max(1, round(v))) for y, v in values.items()}

    def decimals(values, places):
        return {y: f"{max(v, 10.0 ** -places):.{places}f}" for y, v in values.items()}

    return {
        "industrial_output": decimals(output, 2),
        "employment_total": ints(total),
        "employment_industry": ints(industry),
        "employment_industry_trained": ints(trained),
        "grdp_total": decimals(grdp, 1),
        "grdp_industry": decimals(grdp_industry, 1),
        "electricity_output": decimals(electricity, 3),
        "households_total": ints(households),
        "households_poor": ints(poor),
        "online_procedures_pct": decimals(online, 1),
    }


def csv_field(text):
    return f'"{text}"' if "," in text or '"' in text else text


def write_series(rng, out, area):
    field = csv_field(area)
    for indicator, values in commune_series(rng).items():
        gap = rng.random()
        if gap < 0.01:
            continue  # the indicator is absent for this commune
        years = YEARS
        if gap < 0.015:
            years = [y for y in YEARS if y <= BASE]  # stopped reporting at the base year
        for year in years:
            value = values[year]
            if (gap < 0.045 and year == BASE) or (0.045 <= gap < 0.065 and year == YEARS[-1]):
                if rng.random() < 0.5:
                    continue  # missing: no row
                value = ""  # missing: an empty cell
            out.write(f"{field},{indicator},{year},{value}\n")


def half_hectares(value):
    return max(0.5, round(value * 2.0) / 2.0)


def zone_rows(rng, area, count):
    """Rows of the zones table for one commune: `count` zones, some with two snapshots."""
    names = []
    for park in NAMED_PARKS + ["Long Bình An"]:
        if rng.random() < 0.12:
            names.append((park, "park"))
    for k in range(count - len(names)):
        kind = "cluster" if rng.random() < 0.7 else "park"
        names.append((f"{'CCN' if kind == 'cluster' else 'KCN'} {rng.choice(NAMES)} {k + 1}", kind))
    rows = []
    district = rng.choice(DISTRICTS)
    for name, kind in names:
        established, expanded = None, None
        if name == "Long Bình An":
            established = 2008
            expanded = rng.choice([None, None, 2019, 2021, 2022, 2023, 2024])
        elif name in NAMED_PARKS:
            established = rng.choice([None, None, 2021, 2022, 2023, 2024])
        elif rng.random() > 0.05:
            established = rng.randint(2021, 2024) if rng.random() < 0.5 else rng.randint(2000, 2020)
        if established is None or rng.random() < 0.04:
            snapshots = [None]  # no land figures (not yet established, or not reported)
        elif rng.random() < 0.2:
            snapshots = [rng.choice([2020, 2021]), 2023]
        else:
            snapshots = [rng.choice([2020, 2021, 2022, 2023])]
        leasable = half_hectares(rng.uniform(20.0, 400.0))
        for year in snapshots:
            land_year, leasable_cell, leased_cell = "", "", ""
            if year is not None:
                land_year = str(year)
                if rng.random() > 0.03:  # else a snapshot without land figures
                    leased = min(leasable, half_hectares(leasable * rng.uniform(0.2, 1.0)))
                    leasable_cell, leased_cell = f"{leasable:g}", f"{leased:g}"
            rows.append([area, name, kind, district, "" if established is None else str(established),
                         "" if expanded is None else str(expanded), land_year, leasable_cell, leased_cell])
    return rows


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out_dir")
    parser.add_argument("--areas", type=int, default=10600)
    parser.add_argument("--seed", type=int, default=2025)
    args = parser.parse_args()
    os.makedirs(args.out_dir, exist_ok=True)
    rng = random.Random(args.seed)
    areas = [area_name(rng, i) for i in range(args.areas)]

    series_path = os.path.join(args.out_dir, "series.csv")
    with open(series_path, "w", encoding="utf-8", newline="") as out:
        out.write("area,indicator,year,value\n")
        for area in areas:
            write_series(rng, out, area)

    zones_path = os.path.join(args.out_dir, "zones.csv")
    zone_count = 0
    with open(zones_path, "w", encoding="utf-8", newline="") as out:
        out.write("area,name,kind,district,established,expanded,year,leasable_ha,leased_ha\n")
        for area in areas:
            if rng.random() < 0.08:
                continue  # a commune without industrial zones
            rows = zone_rows(rng, area, 5 if rng.random() < 0.55 else 6)
            zone_count += len({row[1] for row in rows})
            for row in rows:
                out.write(",".join(csv_field(cell) for cell in row) + "\n")
    # The hierarchy for --roll-up: 15 communes a district, 11 districts a province (about 700
    # districts and 63 provinces at the default size). Written after the rest, with no draw from
    # rng, so series.csv and zones.csv stay the same bytes as without it.
    roll_up_path = os.path.join(args.out_dir, "roll-up.csv")
    with open(roll_up_path, "w", encoding="utf-8", newline="") as out:
        out.write("area,parent\n")
        districts = (len(areas) + 14) // 15
        for d in range((districts + 10) // 11):
            out.write(f"Tỉnh {d + 1:02d},\n")
        for d in range(districts):
            out.write(f"Huyện {d + 1:03d},Tỉnh {d // 11 + 1:02d}\n")
        for i, area in enumerate(areas):
            out.write(f"{csv_field(area)},Huyện {i // 15 + 1:03d}\n")
    size = os.path.getsize(series_path)
    print(f"{series_path}: {size / 1e6:.1f} MB; {zones_path}: {zone_count} zones")


if __name__ == "__main__":
    main()
