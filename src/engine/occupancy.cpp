// Occupancy targets: the share of leasable industrial land that is leased, over the zones of
// the target's kinds, as a yearly series built from zone snapshots and judged like a level.
#include <algorithm>

#include "chitieu/engine/rates.hpp"
#include "judge.hpp"

namespace chitieu {

namespace {

// The snapshot describing a zone in `year`: the latest dated one with year <= `year`; a
// snapshot without a year (no land figures, as the loader enforces) serves when none is dated.
const Zone* snapshot_at(const ZoneFacts& zone, int year) {
    const Zone* best = nullptr;
    const Zone* undated = nullptr;
    for (const Zone* snapshot : zone.snapshots) {
        if (!snapshot->year) {
            if (undated == nullptr) undated = snapshot;
        } else if (*snapshot->year <= year && (best == nullptr || *snapshot->year > *best->year)) {
            best = snapshot;
        }
    }
    return best != nullptr ? best : undated;
}

// Land figures that occupancy can use: both areas given, and some land to lease.
bool has_land(const Zone& snapshot) {
    return snapshot.leasable_ha && snapshot.leased_ha && *snapshot.leasable_ha != 0.0;
}

struct OccupancyYear {
    std::optional<double> value;
    long left_out = 0;  // established zones without usable land figures
};

// `land` is the caller's, reused year after year: an allocation per year was measurable.
OccupancyYear occupancy_at(const Target& target, const std::vector<ZoneFacts>& zones, int year,
                           std::vector<LandArea>& land) {
    OccupancyYear result;
    land.clear();
    for (const ZoneFacts& zone : zones) {
        // Occupancy counts zones established by `year` only.
        if (!zone.established || *zone.established > year) continue;
        const Zone* snapshot = snapshot_at(zone, year);
        // No land figures (or no leasable land) that year: left out, and counted as such.
        if (snapshot == nullptr || !has_land(*snapshot)) {
            ++result.left_out;
            continue;
        }
        land.push_back({*snapshot->leased_ha, *snapshot->leasable_ha});
    }
    result.value =
        target.method == OccupancyMethod::weighted ? occupancy_weighted_pct(land) : occupancy_mean_pct(land);
    return result;
}

}  // namespace

void judge_occupancy(const Target& target, const AreaZones& area_zones, int as_of,
                     const Assessment& assessment, TargetResult& result) {
    // An empty kind list means every kind (the loader defaults it to both anyway).
    const std::vector<ZoneFacts>& zones = area_zones.grouped(target.zone_kinds);
    // One value per year Y <= A in which a selected zone, established by then, has a snapshot
    // with land figures: only such a snapshot observes occupancy. A snapshot without them (a park
    // just established) would repeat the other zones' older figures as a new year, turning one
    // observation (insufficient data) into a flat trend (off track), or a missing target year
    // into not met.
    std::vector<int> years;
    years.reserve(8);
    for (const ZoneFacts& zone : zones)
        for (const Zone* snapshot : zone.snapshots)
            if (snapshot->year && *snapshot->year <= as_of && has_land(*snapshot) && zone.established &&
                *zone.established <= *snapshot->year)
                years.push_back(*snapshot->year);
    std::sort(years.begin(), years.end());
    years.erase(std::unique(years.begin(), years.end()), years.end());
    YearValues values;
    values.reserve(years.size());
    std::vector<LandArea> land;
    land.reserve(zones.size());
    for (int year : years)
        if (std::optional<double> value = occupancy_at(target, zones, year, land).value)
            values.emplace(year, *value);

    result.notes.push_back(make_names_note(
        NoteCode::occupancy_method, {target.method == OccupancyMethod::weighted ? "weighted" : "mean"}));
    judge_series(target, values, as_of, assessment, result);
    // Left out at the actual year (at A when nothing was observed: that explains the gap).
    long left_out = occupancy_at(target, zones, result.actual_year.value_or(as_of), land).left_out;
    if (left_out > 0) {
        Note note = make_note(NoteCode::zones_left_out);
        note.count = left_out;
        result.notes.push_back(note);
    }
}

}  // namespace chitieu
