// Small helpers shared by the judges.
#include <algorithm>
#include <cmath>

#include "judge.hpp"

namespace chitieu {

Note make_note(NoteCode code, int year_a, int year_b) {
    Note note{};
    note.code = code;
    note.year_a = year_a;
    note.year_b = year_b;
    return note;
}

Note make_names_note(NoteCode code, std::vector<std::string> names) {
    Note note{};
    note.code = code;
    note.names = std::move(names);
    return note;
}

std::optional<int> choose_base(const YearValues& values, int base_year, int last, TargetResult& result) {
    // The interface: a missing base-year value falls back to the first LATER year with data.
    // Years before the base stay in the trajectory but never become the base.
    auto it = values.lower_bound(base_year);
    if (it == values.end() || it->first > last) return std::nullopt;
    if (it->first != base_year)
        result.notes.push_back(make_note(NoteCode::base_year_fallback, base_year, it->first));
    result.base_year = it->first;
    result.base_value = it->second;
    return it->first;
}

std::vector<std::string> missing_years(const YearValues& values, int from, int to) {
    std::vector<std::string> years;
    for (int year = from; year <= to; ++year)
        if (values.count(year) == 0) years.push_back(std::to_string(year));
    return years;
}

void set_gap_and_achievement(TargetResult& result, double actual, double target) {
    double gap = actual - target;
    if (std::isfinite(gap)) result.gap = gap;
    if (target != 0.0) {
        double achievement = actual / target * 100.0;
        if (std::isfinite(achievement)) result.achievement_pct = achievement;
    }
}

std::vector<YearValue> to_trajectory(const YearValues& values) {
    std::vector<YearValue> trajectory;
    trajectory.reserve(values.size());
    for (const auto& [year, value] : values) trajectory.push_back({year, value});
    return trajectory;
}

static void take_earliest(std::optional<int>& into, std::optional<int> year) {
    if (year && (!into || *year < *into)) into = year;
}

ZoneGroups::ZoneGroups(const AreaData& area, const std::function<bool(const Zone&)>& keep) {
    // First each kept zone's group (a handful of zones per area: found by looking), then the
    // snapshots ordered by group, each group's in input order.
    std::vector<std::size_t> group_of(area.zones.size(), 0);
    std::vector<std::size_t> place;  // per group: its count, then where its next snapshot goes
    std::size_t kept = 0;
    for (std::size_t i = 0; i < area.zones.size(); ++i) {
        const Zone& zone = area.zones[i];
        if (!keep(zone)) continue;
        auto same = std::find_if(zones_.begin(), zones_.end(),
                                 [&zone](const ZoneFacts& facts) { return facts.name == zone.name; });
        if (same == zones_.end()) {
            zones_.push_back(ZoneFacts{zone.name, std::nullopt, std::nullopt, {}});
            place.push_back(0);
            same = zones_.end() - 1;
        }
        take_earliest(same->established, zone.established);
        take_earliest(same->expanded, zone.expanded);
        group_of[i] = static_cast<std::size_t>(same - zones_.begin()) + 1;  // 0: not kept
        ++place[group_of[i] - 1];
        ++kept;
    }
    snapshots_.resize(kept);
    std::size_t start = 0;
    for (std::size_t group = 0; group < zones_.size(); ++group) {
        zones_[group].snapshots = std::span<const Zone* const>(snapshots_.data() + start, place[group]);
        std::swap(start, place[group]);
        start += place[group];
    }
    for (std::size_t i = 0; i < area.zones.size(); ++i)
        if (group_of[i] != 0) snapshots_[place[group_of[i] - 1]++] = &area.zones[i];
}

}  // namespace chitieu
