// Peer: the gap table of `chitieu report -f csv -t bench/targets.yaml`, computed in DuckDB SQL.
//
//     node gap_duckdb.mjs SERIES_CSV ZONES_CSV TARGETS_JSON OUT_CSV
//
// The SQL follows the interface's "Calculations" and chitieu's engine (src/engine/) for the paths
// the generated data take, as gap_pandas.py does: positive values (compound rates, no linear
// pace) and an as-of year before every target year; other data stop it with a message. Notes are
// not reproduced; numbers are written unrounded, statuses exactly. DuckDB uses every core.
import { readFileSync } from 'node:fs';
import { DuckDBInstance } from '@duckdb/node-api';

const [seriesPath, zonesPath, targetsPath, outPath] = process.argv.slice(2);
if (!outPath) {
    console.error('usage: node gap_duckdb.mjs SERIES_CSV ZONES_CSV TARGETS_JSON OUT_CSV');
    process.exit(2);
}
const plan = JSON.parse(readFileSync(targetsPath, 'utf8'));

const text = (value) => (value === undefined ? 'NULL' : `'${String(value).replaceAll("'", "''")}'`);
const number = (value) => (value === undefined ? 'NULL' : `${Number(value)}::DOUBLE`);
const list = (values) => (values === undefined ? 'NULL' : `[${values.map(text).join(', ')}]::VARCHAR[]`);
const targetRows = plan.targets.map((t, i) => `(${i}, ${text(t.id)}, ${text(t.kind)}, ${text(t.op ?? '>=')},
    ${t.kind === 'milestones' ? number(t.zones.length) : number(t.value)}, ${text(t.series)},
    ${text(t.numerator)}, ${text(t.denominator)}, ${list(t.zone_kinds)}, ${text(t.zone_kind)},
    ${t.from ?? 'NULL'}, ${t.to ?? 'NULL'}, ${text(t.method)}, ${text(t.require)}, ${list(t.zones)})`);

const instance = await DuckDBInstance.create(':memory:');
const db = await instance.connect();
const one = async (sql) => (await db.runAndReadAll(sql)).getRows()[0][0];

await db.run(`
CREATE TEMP TABLE targets AS
SELECT * FROM (VALUES ${targetRows.join(',\n')})
    AS t(ord, target_id, kind, op, x, series, numerator, denominator, zone_kinds, zone_kind, est_from, est_to,
         method, require, zones);
CREATE TEMP TABLE raw AS
SELECT * FROM read_csv(${text(seriesPath)}, header = true,
    columns = {'area': 'VARCHAR', 'indicator': 'VARCHAR', 'year': 'INTEGER', 'value': 'DOUBLE'});
CREATE TEMP TABLE zones AS
SELECT * FROM read_csv(${text(zonesPath)}, header = true,
    columns = {'area': 'VARCHAR', 'name': 'VARCHAR', 'kind': 'VARCHAR', 'district': 'VARCHAR',
               'established': 'INTEGER', 'expanded': 'INTEGER', 'year': 'INTEGER',
               'leasable_ha': 'DOUBLE', 'leased_ha': 'DOUBLE'});`);

const asOf = Number(await one(`SELECT greatest((SELECT max(year) FROM raw WHERE value IS NOT NULL),
                                               (SELECT max(year) FROM zones))`));
const refuse = (why) => {
    console.error(`gap_duckdb.mjs: ${why}; this peer reproduces only the generated data's paths`);
    process.exit(1);
};
if (asOf >= plan.end) refuse(`as-of year ${asOf} is not before the target year ${plan.end}`);
if (Number(await one('SELECT count(*) FROM raw WHERE value <= 0')) > 0) refuse('a zero or negative value');

const T = plan.end, B = plan.base;
const elapsed = `((${asOf} - ${B})::DOUBLE / (${T} - ${B})::DOUBLE)`;
const status = (ratio) => `CASE WHEN ${ratio} >= ${plan.on_track} THEN 'on_track'
                               WHEN ${ratio} >= ${plan.at_risk} THEN 'at_risk' ELSE 'off_track' END`;
const holds = (actual) => `((op = '>' AND ${actual} > x) OR (op = '>=' AND ${actual} >= x)
                            OR (op = '<' AND ${actual} < x) OR (op = '<=' AND ${actual} <= x))`;
const d = `(CASE WHEN op IN ('>', '>=') THEN 1.0 ELSE -1.0 END)::DOUBLE`;
// "đạt X % kế hoạch": actual / X where a larger magnitude is better, the inverse ratio X / actual
// where a smaller one is (< X for X > 0), empty at or past zero there, and for X = 0.
const achievement = (actual) => `CASE WHEN x = 0 THEN NULL
                                      WHEN ${d} * x > 0 THEN ${actual} / x * 100.0
                                      WHEN ${actual} / x > 0 THEN x / ${actual} * 100.0 END`;

await db.run(`
CREATE TEMP TABLE obs AS
SELECT area, indicator, year, value FROM raw WHERE value IS NOT NULL AND year <= ${asOf};

-- Occupancy: per area and snapshot year Y, the latest snapshot <= Y of every zone established by Y.
CREATE TEMP TABLE zone_sel AS
SELECT t.target_id, t.method, z.* FROM targets t JOIN zones z ON list_contains(t.zone_kinds, z.kind)
WHERE t.kind = 'occupancy';
CREATE TEMP TABLE occupancy AS
WITH facts AS (SELECT target_id, area, name, min(established) AS est FROM zone_sel GROUP BY ALL),
-- A year is observed where an established zone's snapshot has land figures.
years AS (SELECT DISTINCT z.target_id, z.area, z.year AS y FROM zone_sel z
          JOIN facts f ON f.target_id = z.target_id AND f.area = z.area AND f.name = z.name
          WHERE z.year IS NOT NULL AND z.year <= ${asOf} AND z.leasable_ha IS NOT NULL
                AND z.leased_ha IS NOT NULL AND z.leasable_ha <> 0 AND f.est <= z.year),
grid AS (SELECT f.*, y.y FROM facts f JOIN years y USING (target_id, area) WHERE f.est <= y.y),
snaps AS (SELECT target_id, area, name, year, leasable_ha, leased_ha FROM zone_sel WHERE year IS NOT NULL),
latest AS (SELECT g.target_id, g.area, g.y, s.leasable_ha, s.leased_ha FROM grid g ASOF JOIN snaps s
           ON g.target_id = s.target_id AND g.area = s.area AND g.name = s.name AND s.year <= g.y)
SELECT l.target_id, l.area, l.y AS year,
       CASE WHEN any_value(t.method) = 'weighted' THEN sum(leased_ha) / sum(leasable_ha) * 100.0
            ELSE avg(leased_ha / leasable_ha * 100.0) END AS value
FROM latest l JOIN targets t USING (target_id)
WHERE leasable_ha IS NOT NULL AND leased_ha IS NOT NULL AND leasable_ha <> 0
GROUP BY l.target_id, l.area, l.y HAVING sum(leasable_ha) > 0;

-- Yearly values per (target, area): levels, shares where the denominator is not zero, occupancy.
CREATE TEMP TABLE tv AS
SELECT t.target_id, o.area, o.year, o.value FROM targets t JOIN obs o ON o.indicator = t.series
WHERE t.kind IN ('level', 'growth')
UNION ALL
SELECT t.target_id, n.area, n.year, n.value / d.value * 100.0
FROM targets t JOIN obs n ON n.indicator = t.numerator
JOIN obs d ON d.indicator = t.denominator AND d.area = n.area AND d.year = n.year
WHERE t.kind = 'share' AND d.value <> 0
UNION ALL
SELECT target_id, area, year, value FROM occupancy;

-- Latest observation (end, ev) and the first from the base year on (b, bv).
CREATE TEMP TABLE ends AS
SELECT t.*, v.area, max(v.year) AS e, arg_max(v.value, v.year) AS ev,
       min(v.year) FILTER (WHERE v.year >= ${B}) AS b,
       arg_min(v.value, v.year) FILTER (WHERE v.year >= ${B}) AS bv
FROM tv v JOIN targets t USING (target_id) GROUP BY ALL;

CREATE TEMP TABLE series_results AS
WITH r AS (
  SELECT *, CASE WHEN b IS NOT NULL AND e > b THEN pow(ev / bv, 1.0::DOUBLE / (e - b)) - 1.0 END AS ra,
            CASE WHEN b IS NOT NULL THEN pow(x / bv, 1.0::DOUBLE / (${T} - b)) - 1.0 END AS rr
  FROM ends WHERE kind IN ('level', 'share', 'occupancy'))
SELECT target_id, area, ev AS actual_value, e AS actual_year, ev - x AS gap,
       ${achievement('ev')} AS achievement_pct,
       ra * 100.0 AS actual_rate_pct, rr * 100.0 AS required_rate_pct,
       CASE WHEN b IS NOT NULL AND e < ${T} THEN (pow(x / ev, 1.0::DOUBLE / (${T} - e)) - 1.0) * 100.0 END
           AS remaining_rate_pct,
       ev * pow(1.0 + ra, (${T} - e)::DOUBLE) AS projected_value,
       CASE WHEN b IS NULL THEN 'insufficient_data'
            WHEN ${holds('ev')} THEN 'met'
            WHEN e = b THEN 'insufficient_data'
            WHEN rr = 0 THEN CASE WHEN ${d} * ra > 0 THEN 'on_track' ELSE 'off_track' END
            ELSE ${status(`${d} * ra / abs(rr)`)} END AS status
FROM r;

CREATE TEMP TABLE growth_results AS
WITH r AS (
  SELECT *, CASE WHEN b IS NOT NULL AND e > b THEN pow(ev / bv, 1.0::DOUBLE / (e - b)) - 1.0 END AS ra,
            bv * pow(1.0 + x / 100.0, (${T} - b)::DOUBLE) AS needed_level
  FROM ends WHERE kind = 'growth')
SELECT target_id, area, ra * 100.0 AS actual_value, CASE WHEN ra IS NOT NULL THEN e END AS actual_year,
       ra * 100.0 - x AS gap, ${achievement('ra * 100.0')} AS achievement_pct, ra * 100.0 AS actual_rate_pct,
       x AS required_rate_pct,
       CASE WHEN ra IS NOT NULL AND e < ${T}
            THEN (pow(needed_level / ev, 1.0::DOUBLE / (${T} - e)) - 1.0) * 100.0 END
           AS remaining_rate_pct,
       ev * pow(1.0 + ra, (${T} - e)::DOUBLE) AS projected_value,
       CASE WHEN ra IS NULL THEN 'insufficient_data'
            -- a target rate against the direction (< 3 %/yr) is a bound: 2 + d * r_a / |r_g|
            ELSE ${status(`${d} * ra / abs(x / 100.0) + CASE WHEN ${d} * x < 0 THEN 2.0 ELSE 0.0 END`)} END AS status
FROM r;

-- Zones: the earliest established and expanded year of each (area, name).
CREATE TEMP TABLE areas AS SELECT DISTINCT area FROM (SELECT area FROM raw UNION ALL SELECT area FROM zones);
CREATE TEMP TABLE zone_results AS
WITH counted AS (
  SELECT t.target_id, z.area, z.name FROM targets t JOIN zones z ON z.kind = t.zone_kind
  WHERE t.kind = 'count' GROUP BY ALL
  HAVING min(z.established)
         BETWEEN any_value(t.est_from) AND least(${Math.min(asOf, T)}, any_value(t.est_to))),
counts AS (
  SELECT t.target_id, a.area, t.op, t.x, count(c.name)::DOUBLE AS reached
  -- only areas with zones: an area without any has nothing to count (insufficient data)
  FROM targets t CROSS JOIN (SELECT DISTINCT area FROM zones) a
  LEFT JOIN counted c ON c.target_id = t.target_id AND c.area = a.area
  WHERE t.kind = 'count' GROUP BY ALL),
facts AS (SELECT area, name, min(established) AS est, min(expanded) AS exp FROM zones GROUP BY ALL),
named AS (
  SELECT t.target_id, f.area, t.op, t.x,
         count(*) FILTER (WHERE (CASE t.require WHEN 'established' THEN f.est ELSE f.exp END)
                                <= ${Math.min(asOf, T)})::DOUBLE AS reached
  FROM targets t JOIN facts f ON list_contains(t.zones, f.name) WHERE t.kind = 'milestones' GROUP BY ALL)
SELECT target_id, area, reached AS actual_value, ${Math.min(asOf, T)} AS actual_year, reached - x AS gap,
       ${achievement('reached')} AS achievement_pct,
       CASE WHEN ${holds('reached')} THEN 'met'
            WHEN op IN ('<', '<=') THEN 'off_track'
            ELSE ${status(`(reached / (CASE WHEN op = '>=' THEN ceil(x) ELSE floor(x) + 1 END)) / ${elapsed}`)} END
           AS status
FROM (SELECT * FROM counts UNION ALL SELECT * FROM named);

COPY (
  SELECT a.area, t.target_id, t.kind, t.op, t.x AS target_value, ${T} AS target_year, r.actual_value,
         r.actual_year, r.gap, r.achievement_pct, r.actual_rate_pct,
         CASE WHEN t.kind = 'growth' THEN t.x ELSE r.required_rate_pct END AS required_rate_pct,
         r.remaining_rate_pct, r.projected_value, coalesce(r.status, 'insufficient_data') AS status
  FROM areas a CROSS JOIN targets t
  LEFT JOIN (SELECT * FROM series_results UNION ALL BY NAME SELECT * FROM growth_results
             UNION ALL BY NAME SELECT * FROM zone_results) r ON r.target_id = t.target_id AND r.area = a.area
) TO ${text(outPath)} (HEADER, DELIMITER ',');`);
