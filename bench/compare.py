#!/usr/bin/env python3
"""Checks that a peer's gap table agrees with chitieu's CSV report, row by row.

    compare.py CHITIEU_CSV PEER_CSV [PEER_NAME]

Rows are matched on (area, target_id); both tables must hold exactly the same rows. On every row:
kind, op, target year and status are equal; the actual year is equal or both empty; every number
(target value, actual, gap, achievement, the three rates, projection) is empty in both or agrees
to 4 decimals: chitieu prints numbers rounded to 4 decimals, the peers unrounded, so they agree
when they differ by at most half a unit of the 4th decimal (plus 1e-9 relative, for the last bit
of a double). Prints the first mismatches and exits 1 when there is any. Standard library only.
"""

import csv
import sys

NUMBERS = ["target_value", "actual_value", "gap", "achievement_pct", "actual_rate_pct", "required_rate_pct",
           "remaining_rate_pct", "projected_value"]
EXACT = ["kind", "op", "target_year", "actual_year", "status"]
SHOWN = 10


def read(path):
    with open(path, encoding="utf-8", newline="") as f:
        rows = {}
        for row in csv.DictReader(f):
            key = (row["area"], row["target_id"])
            if key in rows:
                sys.exit(f"{path}: row {key} appears twice")
            rows[key] = row
        return rows


def same_number(ours, theirs):
    if ours == "" or theirs == "":
        return ours == theirs
    a, b = float(ours), float(theirs)
    return abs(a - b) <= 0.5e-4 + 1e-9 * max(1.0, abs(b))


def same_exact(column, ours, theirs):
    if column in ("target_year", "actual_year") and ours and theirs:
        return int(float(ours)) == int(float(theirs))
    return ours == theirs


def main():
    if len(sys.argv) not in (3, 4):
        sys.exit(__doc__)
    name = sys.argv[3] if len(sys.argv) == 4 else "peer"
    ours, theirs = read(sys.argv[1]), read(sys.argv[2])
    problems = []
    for key in ours.keys() - theirs.keys():
        problems.append(f"{key}: in chitieu's report only")
    for key in theirs.keys() - ours.keys():
        problems.append(f"{key}: in the {name} table only")
    for key in ours.keys() & theirs.keys():
        a, b = ours[key], theirs[key]
        for column in EXACT:
            if not same_exact(column, a[column], b[column]):
                problems.append(f"{key} {column}: chitieu {a[column]!r}, {name} {b[column]!r}")
        for column in NUMBERS:
            if not same_number(a[column], b[column]):
                problems.append(f"{key} {column}: chitieu {a[column]!r}, {name} {b[column]!r}")
    if problems:
        for problem in sorted(problems)[:SHOWN]:
            print(problem)
        print(f"{len(problems)} disagreements between chitieu and {name} over {len(ours)} rows")
        return 1
    print(f"{len(ours)} rows: chitieu and {name} agree to 4 decimals on every row and status")
    return 0


if __name__ == "__main__":
    sys.exit(main())
