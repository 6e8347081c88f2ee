// Count targets (how many zones were established in a window) and milestones (named zones that
// must be established or expanded by the target year). Both are judged at min(A, T), and before
// T by the pace ratio (share of the goal reached) / (share of the period elapsed).
#include <algorithm>
#include <cmath>

#include "chitieu/engine/progress.hpp"
#include "judge.hpp"

namespace chitieu {

namespace {

void add_names_note(TargetResult& result, NoteCode code, std::vector<std::string> names) {
    if (!names.empty()) result.notes.push_back(make_names_note(code, std::move(names)));
}

// Status before T from the pace ratio; A <= b leaves no elapsed time to judge a pace on.
void judge_pace(double reached, double needed, const Target& target, int as_of, const Assessment& assessment,
                TargetResult& result) {
    std::optional<double> ratio = pace_ratio(reached, needed, target.base_year, as_of, target.year);
    if (!ratio) {
        result.status = Status::insufficient_data;
        return;
    }
    result.progress_ratio = *ratio;
    result.status = progress_status(*ratio, assessment);
}

}  // namespace

void judge_count(const Target& target, const AreaZones& area_zones, int as_of, const Assessment& assessment,
                 TargetResult& result) {
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
    set_gap_and_achievement(result, reached, x);
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
    // The number that satisfies the condition: X for >=, the next whole number above X for >.
    const double needed = target.op == Op::ge ? x : std::floor(x) + 1.0;
    judge_pace(reached, needed, target, as_of, assessment, result);
}

void judge_milestones(const Target& target, const AreaZones& area_zones, int as_of,
                      const Assessment& assessment, TargetResult& result) {
    const std::vector<ZoneFacts>& zones = area_zones.grouped(std::nullopt);
    const int end = std::min(as_of, target.year);
    auto reached_year = [&target](const ZoneFacts& zone) {
        return target.require == MilestoneRequire::established ? zone.established : zone.expanded;
    };
    std::vector<const ZoneFacts*> known;
    std::vector<std::string> unknown;
    for (const std::string& name : target.zones) {
        auto found = std::find_if(zones.begin(), zones.end(),
                                  [&name](const ZoneFacts& zone) { return zone.name == name; });
        if (found == zones.end())
            unknown.push_back(name);
        else
            known.push_back(&*found);
    }
    auto reached_by = [&](int year) {
        long count = 0;
        for (const ZoneFacts* zone : known)
            if (std::optional<int> when = reached_year(*zone); when && *when <= year) ++count;
        return count;
    };
    std::vector<std::string> reached_names;
    std::vector<std::string> missing_names;
    for (const ZoneFacts* zone : known) {
        std::optional<int> when = reached_year(*zone);
        (when && *when <= end ? reached_names : missing_names).emplace_back(zone->name);
    }
    const double total = static_cast<double>(target.zones.size());
    const double reached = static_cast<double>(reached_names.size());
    add_names_note(result, NoteCode::milestones_reached, std::move(reached_names));
    add_names_note(result, NoteCode::milestones_missing, std::move(missing_names));
    add_names_note(result, NoteCode::zones_unknown, unknown);
    if (known.empty()) {  // every named zone is absent (or none is named): nothing to judge
        result.status = Status::insufficient_data;
        return;
    }
    for (int year = target.base_year; year <= end; ++year)
        result.trajectory.push_back({year, static_cast<double>(reached_by(year))});
    result.actual_value = reached;
    result.actual_year = end;
    set_gap_and_achievement(result, reached, total);  // gap = reached - total

    const bool all_reached = reached == total;
    if (as_of >= target.year) {
        result.status = all_reached ? Status::met : Status::not_met;
        if (as_of > target.year) result.notes.push_back(make_note(NoteCode::after_target_year, as_of));
        return;
    }
    if (all_reached) {
        result.status = Status::met;
        return;
    }
    judge_pace(reached, total, target, as_of, assessment, result);
}

}  // namespace chitieu
