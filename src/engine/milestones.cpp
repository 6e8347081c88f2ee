// Milestone targets: named zones that must be established or expanded by the target year, judged
// at min(A, T), and before T by the pace ratio (share of the zones reached) / (share of the
// period elapsed).
#include <algorithm>

#include "judge.hpp"

namespace chitieu {

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
    set_gap_and_achievement(result, reached, total, Op::ge);  // gap = reached - total

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
