// Small helpers shared by the judges.
#include <algorithm>
#include <cmath>
#include <string_view>
#include <unordered_map>

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

ZoneNames::ZoneNames(const AreaData& area) {
    // A handful of zones per area: looking through the first of each name beats hashing. Past
    // kScanned (a file may put thousands in one area) a map keeps it linear.
    constexpr std::size_t kScanned = 16;
    const std::vector<Zone>& zones = area.zones;
    group_of_.reserve(zones.size());
    std::vector<std::size_t> first_of;  // per name, its first zone
    std::unordered_map<std::string_view, std::size_t> by_name;
    for (std::size_t i = 0; i < zones.size(); ++i) {
        const std::string_view name = zones[i].name;
        std::size_t group = first_of.size();
        if (zones.size() <= kScanned) {
            for (std::size_t g = 0; g < first_of.size(); ++g)
                if (zones[first_of[g]].name == name) {
                    group = g;
                    break;
                }
        } else {
            group = by_name.try_emplace(name, first_of.size()).first->second;
        }
        if (group == first_of.size()) first_of.push_back(i);
        group_of_.push_back(group);
    }
    count_ = first_of.size();
}

ZoneGroups::ZoneGroups(const AreaData& area, const ZoneNames& names,
                       const std::function<bool(const Zone&)>& keep) {
    // First each kept zone's group, in order of first appearance among the kept ones, then the
    // snapshots ordered by group, each group's in input order.
    constexpr std::size_t kNone = static_cast<std::size_t>(-1);
    const std::vector<Zone>& all = area.zones;
    std::vector<std::size_t> group_of(all.size(), kNone);  // per zone: its group, if kept
    std::vector<std::size_t> group_of_name(names.count(), kNone);
    std::vector<std::size_t> place;  // per group: its count, then where its next snapshot goes
    for (std::size_t i = 0; i < all.size(); ++i) {
        const Zone& zone = all[i];
        if (!keep(zone)) continue;
        std::size_t& group = group_of_name[names.group_of(i)];
        if (group == kNone) {
            group = zones_.size();
            zones_.push_back(ZoneFacts{zone.name, std::nullopt, std::nullopt, {}});
            place.push_back(0);
        }
        take_earliest(zones_[group].established, zone.established);
        take_earliest(zones_[group].expanded, zone.expanded);
        group_of[i] = group;
        ++place[group];
    }
    std::size_t start = 0;
    for (std::size_t group = 0; group < zones_.size(); ++group) {
        const std::size_t count = place[group];
        place[group] = start;
        start += count;
    }
    snapshots_.resize(start);
    for (std::size_t i = 0; i < all.size(); ++i)
        if (group_of[i] != kNone) snapshots_[place[group_of[i]]++] = &all[i];
    start = 0;
    for (std::size_t group = 0; group < zones_.size(); ++group) {  // place[g]: where group g+1 starts
        zones_[group].snapshots =
            std::span<const Zone* const>(snapshots_.data() + start, place[group] - start);
        start = place[group];
    }
}

}  // namespace chitieu
