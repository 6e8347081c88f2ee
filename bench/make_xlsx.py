#!/usr/bin/env python3
"""The bench set's series as an openpyxl workbook and as a wide CSV (issue 15, item 7).

    make_xlsx.py DATA_DIR      (DATA_DIR holds generate.py's series.csv)

Writes, next to series.csv, once (a file newer than series.csv is kept):
  series.xlsx       the long table (area, indicator, year, value) in one sheet "series", written
                    by python3-openpyxl (Debian) in write-only mode, as an analyst's script would
                    save a data frame; years as integers, values as numbers, a missing value as an
                    empty cell;
  series_wide.csv   the same figures wide: area, indicator, then one column per year (2014 ...
                    2023), a missing or absent year an empty cell.
Both hold exactly the figures of series.csv, so chitieu's table from either is the same as from
the long CSV. openpyxl takes about a minute per 200,000 rows here.
"""

import csv
import os
import sys


def newer(path, than):
    return os.path.exists(path) and os.path.getmtime(path) >= os.path.getmtime(than)


def read_long(series_path):
    with open(series_path, encoding="utf-8", newline="") as f:
        rows = csv.reader(f)
        header = next(rows)
        if header != ["area", "indicator", "year", "value"]:
            sys.exit(f"make_xlsx.py: {series_path}: unexpected header {header}")
        return list(rows)


def write_xlsx(rows, path):
    import openpyxl  # only here: the wide CSV needs no openpyxl

    book = openpyxl.Workbook(write_only=True)
    sheet = book.create_sheet("series")
    sheet.append(["area", "indicator", "year", "value"])
    for area, indicator, year, value in rows:
        sheet.append([area, indicator, int(year), float(value) if value != "" else None])
    book.save(path + ".part")
    os.replace(path + ".part", path)


def write_wide(rows, path):
    years = sorted({int(row[2]) for row in rows})
    table = {}  # (area, indicator) -> {year: value}, in the long file's order
    for area, indicator, year, value in rows:
        table.setdefault((area, indicator), {})[int(year)] = value
    with open(path + ".part", "w", encoding="utf-8", newline="") as f:
        out = csv.writer(f, lineterminator="\n")
        out.writerow(["area", "indicator"] + [str(y) for y in years])
        for (area, indicator), values in table.items():
            out.writerow([area, indicator] + [values.get(y, "") for y in years])
    os.replace(path + ".part", path)


def main():
    if len(sys.argv) != 2:
        sys.exit(__doc__)
    data = sys.argv[1]
    series = os.path.join(data, "series.csv")
    xlsx = os.path.join(data, "series.xlsx")
    wide = os.path.join(data, "series_wide.csv")
    if newer(xlsx, series) and newer(wide, series):
        return
    rows = read_long(series)
    if not newer(wide, series):
        write_wide(rows, wide)
        print(f"{wide}: {os.path.getsize(wide) / 1e6:.1f} MB")
    if not newer(xlsx, series):
        write_xlsx(rows, xlsx)
        print(f"{xlsx}: {os.path.getsize(xlsx) / 1e6:.1f} MB, {len(rows)} rows")


if __name__ == "__main__":
    main()
