// Count targets: how many zones were established in a window, judged at min(A, T), and before T
// by the pace ratio (share of the goal reached) / (share of the period elapsed).
#include <algorithm>
#include <cmath>

#include "judge.hpp"
#include "progress.hpp"

namespace chitieu {

void judge_count(const Target& target, const AreaZones& area_zones, int as_of, const Assessment& assessment,
                 TargetResult& result) {
    // No zone of any kind for the area (a series-only file, a district without a zones table):
    // nothing was given to count, which is not a count of 0. Milestones and occupancy say the
    // same (insufficient data).
    if (area_zones.grouped(std::nullopt).empty()) {
        result.status = Status::insufficient_data;
        result.notes.push_back(make_note(NoteCode::no_zones));
        return;
    }
    // Zones of the kind asked (any kind when absent), deduplicated by name.
    const std::vector<ZoneFacts>& zones = area_zones.grouped(target.zone_kind);
    // reached(Y): established within [from, min(Y, to)].
    auto reached_by = [&](const ZoneFacts& zone, int year) {
        return zone.established && *zone.established >= target.established_from &&
               *zone.established <= std::min(year, target.established_to);
    };
    auto count_by = [&](int year) {  // every year of the trajectory: counted, not named
        return static_cast<double>(std::count_if(
            zones.begin(), zones.end(), [&](const ZoneFacts& zone) { return reached_by(zone, year); }));
    };
    const double x = target.value;
    const int end = std::min(as_of, target.year);
    for (int year = target.base_year; year <= end; ++year)
        result.trajectory.push_back({year, count_by(year)});
    if (target.base_year <= end) {
        result.base_year = target.base_year;
        result.base_value = count_by(target.base_year);
    }
    std::vector<std::string> counted;
    for (const ZoneFacts& zone : zones)
        if (reached_by(zone, end)) counted.emplace_back(zone.name);
    const double reached = static_cast<double>(counted.size());
    result.actual_value = reached;
    result.actual_year = end;
    set_gap_and_achievement(result, reached, x, target.op);
    add_names_note(result, NoteCode::counted_zones, std::move(counted));

    if (as_of >= target.year) {
        result.status = op_holds(target.op, reached, x) ? Status::met : Status::not_met;
        if (as_of > target.year) result.notes.push_back(make_note(NoteCode::after_target_year, as_of));
        return;
    }
    if (op_holds(target.op, reached, x)) {  // achieved early
        result.status = Status::met;
        return;
    }
    if (op_direction(target.op) < 0) {  // a cap already exceeded cannot come back: zones stay established
        result.status = Status::off_track;
        return;
    }
    // The whole number that satisfies the condition: 5 for > 4, 5 for >= 4.5.
    const double needed = count_needed(target.op, x);
    judge_pace(reached, needed, target, as_of, assessment, result);
}

}  // namespace chitieu
