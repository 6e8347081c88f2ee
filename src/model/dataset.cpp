// The merged data set: finding areas and merging inputs with duplicate detection.
#include <algorithm>
#include <string_view>
#include <unordered_map>

#include "chitieu/model/rules.hpp"
#include "chitieu/model/statistics.hpp"

namespace chitieu {

AreaData* Dataset::find_area(const std::string& name) {
    for (AreaData& area : areas)
        if (area.name == name) return &area;
    return nullptr;
}

const AreaData* Dataset::find_area(const std::string& name) const {
    for (const AreaData& area : areas)
        if (area.name == name) return &area;
    return nullptr;
}

AreaData& Dataset::area(const std::string& name) {
    if (AreaData* found = find_area(name)) return *found;
    areas.push_back(AreaData{});
    areas.back().name = name;
    return areas.back();
}

std::optional<int> Dataset::latest_year() const {
    std::optional<int> latest;
    auto consider = [&latest](int year) {
        if (!latest || year > *latest) latest = year;
    };
    for (const AreaData& area : areas) {
        for (const auto& [name, series] : area.series)
            if (!series.values.empty()) consider(series.values.rbegin()->first);
        for (const Zone& zone : area.zones)
            if (zone.year) consider(*zone.year);
    }
    return latest;
}

static void merge_series(AreaData& into, Series from, Diagnostics& diagnostics) {
    auto [it, inserted] = into.series.try_emplace(from.indicator, std::move(from));
    if (inserted) return;
    Series& existing = it->second;
    if (existing.unit.empty()) {
        existing.unit = from.unit;
        existing.unit_where = from.unit_where;
    } else if (!from.unit.empty() && from.unit != existing.unit) {
        report_unit_differs(diagnostics, from.indicator, into.name, from.unit, existing.unit, from.where,
                            existing.where);
    }
    for (auto& [year, observation] : from.values) {
        auto [old, added] = existing.values.try_emplace(year, observation);
        if (added) continue;
        report_given_twice(diagnostics, YearlyFigure::value, from.indicator, into.name, year,
                           observation.where, old->second.where);
    }
    for (auto& [year, index] : from.indices) {
        auto [old, added] = existing.indices.try_emplace(year, index);
        if (added) continue;
        report_given_twice(diagnostics, YearlyFigure::index, from.indicator, into.name, year, index.where,
                           old->second.where);
    }
}

// The zones of `from` after those of `into`, each checked against every zone before it. An
// area has a handful, looked through; past kScanned (a file may put thousands in one area) a map
// of names keeps the merge linear.
static void merge_zones(AreaData& into, std::vector<Zone> from, Diagnostics& diagnostics) {
    constexpr std::size_t kScanned = 16;
    into.zones.reserve(into.zones.size() + from.size());  // no reallocation: the map's names stay put
    const bool hashed = into.zones.size() + from.size() > kScanned;
    std::unordered_multimap<std::string_view, std::size_t> by_name;
    if (hashed)
        for (std::size_t i = 0; i < into.zones.size(); ++i) by_name.emplace(into.zones[i].name, i);
    for (Zone& zone : from) {
        const Zone* same = nullptr;
        if (hashed) {
            const auto [first, last] = by_name.equal_range(zone.name);
            for (auto it = first; it != last && same == nullptr; ++it)
                if (same_zone_snapshot(into.zones[it->second], zone)) same = &into.zones[it->second];
        } else {
            for (const Zone& other : into.zones)
                if (same_zone_snapshot(other, zone)) {
                    same = &other;
                    break;
                }
        }
        if (same != nullptr) {
            report_zone_twice(diagnostics, zone, into.name, same->where);
            continue;
        }
        into.zones.push_back(std::move(zone));
        if (hashed) by_name.emplace(into.zones.back().name, into.zones.size() - 1);
    }
}

void merge_area(AreaData& into, AreaData from, Diagnostics& diagnostics) {
    if (into.source.empty())
        into.source = from.source;
    else if (!from.source.empty() && from.source != into.source)
        into.source += "; " + from.source;
    for (auto& [name, series] : from.series) merge_series(into, std::move(series), diagnostics);
    merge_zones(into, std::move(from.zones), diagnostics);
}

void merge_dataset(Dataset& into, Dataset from, Diagnostics& diagnostics) {
    // Areas by name, built once per merge: Dataset::area() searches linearly, which made merging
    // 10,600 communes quadratic (a quarter of a second on the commune benchmark).
    // Views of the names: room for every area first, so that none moves while the index holds it.
    into.areas.reserve(into.areas.size() + from.areas.size());
    std::unordered_map<std::string_view, std::size_t> index;
    index.reserve(into.areas.size() + from.areas.size());
    for (std::size_t i = 0; i < into.areas.size(); ++i) index.emplace(into.areas[i].name, i);
    for (AreaData& area : from.areas) {
        const auto found = index.find(area.name);
        if (found == index.end()) {  // a new area: nothing to merge with, so it moves over whole
            into.areas.push_back(std::move(area));
            index.emplace(into.areas.back().name, into.areas.size() - 1);
            continue;
        }
        merge_area(into.areas[found->second], std::move(area), diagnostics);
    }
}

}  // namespace chitieu
