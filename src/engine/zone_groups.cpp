#include "zone_groups.hpp"

#include <algorithm>
#include <string_view>
#include <unordered_map>

namespace chitieu {

namespace {

constexpr std::size_t kNone = static_cast<std::size_t>(-1);

void take_earliest(std::optional<int>& into, std::optional<int> year) {
    if (year && (!into || *year < *into)) into = year;
}

// Each zone's name as a number, in order of first appearance. A handful of zones per area:
// looking through the first of each name beats hashing; past kScanned (a file may put thousands
// in one area) a map keeps it linear.
std::vector<std::size_t> name_groups(const std::vector<Zone>& zones, std::size_t& names) {
    constexpr std::size_t kScanned = 16;
    std::vector<std::size_t> group_of;
    group_of.reserve(zones.size());
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
        group_of.push_back(group);
    }
    names = first_of.size();
    return group_of;
}

}  // namespace

ZoneGroups::ZoneGroups(const AreaData& area, const std::vector<std::size_t>& group_of, std::size_t names,
                       std::optional<ZoneKind> kind) {
    // First each kept zone's group, in order of first appearance among the kept ones, then the
    // snapshots ordered by group, each group's in input order.
    const std::vector<Zone>& all = area.zones;
    // One allocation for the three working arrays: per zone its group if kept, per name its
    // group, per group its count and then where its next snapshot goes.
    std::vector<std::size_t> scratch(all.size() + 2 * names, kNone);
    std::size_t* const kept_group = scratch.data();
    std::size_t* const group_of_name = kept_group + all.size();
    std::size_t* const place = group_of_name + names;
    zones_.reserve(names);
    for (std::size_t i = 0; i < all.size(); ++i) {
        const Zone& zone = all[i];
        if (kind && zone.kind != *kind) continue;
        std::size_t& group = group_of_name[group_of[i]];
        if (group == kNone) {
            group = zones_.size();
            zones_.push_back(ZoneFacts{zone.name, std::nullopt, std::nullopt, {}});
            place[group] = 0;
        }
        take_earliest(zones_[group].established, zone.established);
        take_earliest(zones_[group].expanded, zone.expanded);
        kept_group[i] = group;
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
        if (kept_group[i] != kNone) snapshots_[place[kept_group[i]]++] = &all[i];
    start = 0;
    for (std::size_t group = 0; group < zones_.size(); ++group) {  // place[g]: where group g+1 starts
        zones_[group].snapshots =
            std::span<const Zone* const>(snapshots_.data() + start, place[group] - start);
        start = place[group];
    }
}

AreaZones::AreaZones(const AreaData& area) : area_(area) {
    group_of_ = name_groups(area.zones, names_);
}

const std::vector<ZoneFacts>& AreaZones::grouped(std::optional<ZoneKind> kind) const {
    std::optional<ZoneGroups>& groups = groups_[kind ? static_cast<std::size_t>(*kind) + 1 : 0];
    if (!groups) groups.emplace(area_, group_of_, names_, kind);
    return groups->zones();
}

const std::vector<ZoneFacts>& AreaZones::grouped(const std::vector<ZoneKind>& kinds) const {
    const auto has = [&kinds](ZoneKind kind) {
        return std::find(kinds.begin(), kinds.end(), kind) != kinds.end();
    };
    if (kinds.empty() || (has(ZoneKind::park) && has(ZoneKind::cluster))) return grouped(std::nullopt);
    return grouped(has(ZoneKind::park) ? ZoneKind::park : ZoneKind::cluster);
}

}  // namespace chitieu
