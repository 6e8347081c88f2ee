// Zones given without an area, placed into the areas of the other inputs (model/rules.hpp).
#include <string_view>
#include <unordered_map>
#include <vector>

#include "chitieu/model/rules.hpp"

namespace chitieu {

namespace {

constexpr std::size_t kNone = static_cast<std::size_t>(-1);

const AreaData* unnamed_with_zones_only(const Dataset& data) {
    const AreaData* unnamed = data.find_area("");
    if (unnamed == nullptr || unnamed->zones.empty() || !unnamed->series.empty()) return nullptr;
    return unnamed;
}

// "'A', 'B' and 'C'" (the first few: a commune table has thousands).
std::string area_list(const Dataset& data, const std::vector<std::size_t>& named, bool vi = false) {
    constexpr std::size_t kShown = 5;
    const std::string conjunction = vi ? " và " : " and ";
    std::string list;
    for (std::size_t i = 0; i < named.size() && i < kShown; ++i) {
        if (i > 0) list += i + 1 == named.size() ? conjunction : ", ";
        list += "'" + data.areas[named[i]].name + "'";
    }
    if (named.size() > kShown)
        list += conjunction + std::to_string(named.size() - kShown) + (vi ? " địa bàn khác" : " more");
    return list;
}

void report_no_home(const Zone& zone, const Dataset& data, const std::vector<std::size_t>& named,
                    Diagnostics& diagnostics) {
    const std::string areas =
        std::to_string(named.size()) + " areas of the other inputs (" + area_list(data, named) + ")";
    const std::string areas_vi = std::to_string(named.size()) + " địa bàn của các tệp đầu vào khác (" +
                                 area_list(data, named, true) + ")";
    diagnostics.error(
        zone.where,
        "zone '" + zone.name + "' is given without an area, and " +
            (zone.district.empty() ? "has no district to match with the " + areas
                                   : "its district '" + zone.district + "' is none of the " + areas) +
            "; add an `area` column to the zones table (`area:` in a YAML file) naming each "
            "zone's area, or write the area's name in `district`",
        "khu, cụm '" + zone.name + "' không ghi địa bàn, và " +
            (zone.district.empty() ? "không có district để đối chiếu với " + areas_vi
                                   : "district '" + zone.district + "' của nó không thuộc " + areas_vi) +
            "; hãy thêm cột `area` vào bảng khu, cụm (`area:` trong tệp YAML) ghi địa bàn của từng khu, cụm, "
            "hoặc ghi tên địa bàn vào `district`");
}

}  // namespace

bool has_zones_without_area(const Dataset& data) {
    return unnamed_with_zones_only(data) != nullptr;
}

void place_zones_without_area(Dataset& data, Diagnostics& diagnostics) {
    const AreaData* found = unnamed_with_zones_only(data);
    if (found == nullptr) return;
    const auto unnamed = static_cast<std::size_t>(found - data.areas.data());
    std::vector<std::size_t> named;
    std::unordered_map<std::string_view, std::size_t> by_name;
    for (std::size_t i = 0; i < data.areas.size(); ++i) {
        if (i == unnamed) continue;
        named.push_back(i);
        by_name.emplace(data.areas[i].name, i);
    }
    if (named.empty()) return;  // only zones without an area: the one area the inputs describe

    AreaData loose = std::move(data.areas[unnamed]);
    // Each zone's home, in the zones' order; an area gets its zones in one merge.
    std::vector<AreaData> moved(data.areas.size());
    for (Zone& zone : loose.zones) {
        std::size_t home = kNone;
        if (const auto it = by_name.find(zone.district); !zone.district.empty() && it != by_name.end())
            home = it->second;
        else if (named.size() == 1)
            home = named.front();
        if (home == kNone) {
            report_no_home(zone, data, named, diagnostics);
            continue;
        }
        if (moved[home].zones.empty()) moved[home].source = loose.source;
        moved[home].zones.push_back(std::move(zone));
    }
    for (std::size_t i = 0; i < moved.size(); ++i)
        if (!moved[i].zones.empty()) merge_area(data.areas[i], std::move(moved[i]), diagnostics);
    data.areas.erase(data.areas.begin() + static_cast<std::ptrdiff_t>(unnamed));
}

}  // namespace chitieu
