// Per-area values for areas the inputs do not hold (area_value_check.hpp).
#include "chitieu/engine/area_value_check.hpp"

#include <algorithm>
#include <map>
#include <vector>

#include "chitieu/engine/name_check.hpp"

namespace chitieu {

namespace {

// "Hàm Yên, Sơn Dương and Yên Sơn", or the first five and how many more.
std::string list_areas(const std::vector<std::string>& names, bool vi = false) {
    const std::string conjunction = vi ? " và " : " and ";
    constexpr std::size_t kShown = 5;
    std::string out;
    const std::size_t shown = std::min(names.size(), kShown);
    for (std::size_t i = 0; i < shown; ++i) {
        if (i > 0) out += i + 1 == shown && names.size() <= kShown ? conjunction : ", ";
        out += "'" + names[i] + "'";
    }
    if (names.size() > kShown)
        out += conjunction + std::to_string(names.size() - kShown) + (vi ? " địa bàn khác" : " more");
    return out;
}

struct Unknown {
    SourceLocation where;
    std::vector<std::string> targets;
};

void collect(const AreaValues& values, const std::set<std::string>& areas,
             std::map<std::string, Unknown>& out) {
    for (const auto& [target, by_area] : values.targets)
        for (const auto& [area, value] : by_area) {
            if (areas.count(area)) continue;
            auto [it, inserted] = out.try_emplace(area, Unknown{value.where, {}});
            it->second.targets.push_back(target);
        }
}

}  // namespace

void check_area_value_names(const TargetSet& set, const AreaValues& overrides,
                            const std::set<std::string>& areas, Severity severity, Diagnostics& out) {
    // Each file's unknown areas in name order, the --target-values file's first.
    for (const AreaValues* values : {&overrides, &set.by_area}) {
        std::map<std::string, Unknown> unknown;
        collect(*values, areas, unknown);
        if (unknown.empty()) continue;
        const std::vector<std::string> known(areas.begin(), areas.end());
        // In the file's order: by line, then column.
        std::vector<std::pair<const std::string*, const Unknown*>> in_order;
        for (const auto& [area, found] : unknown) in_order.emplace_back(&area, &found);
        std::stable_sort(in_order.begin(), in_order.end(), [](const auto& a, const auto& b) {
            return std::pair(a.second->where.line, a.second->where.column) <
                   std::pair(b.second->where.line, b.second->where.column);
        });
        for (const auto& [area_name, unknown_area] : in_order) {
            const std::string& area = *area_name;
            const Unknown& found = *unknown_area;
            std::string message = "a target value for '" + area + "' (target " + list_areas(found.targets) +
                                  "), an area the statistics do not hold";
            std::string message_vi = "giá trị chỉ tiêu cho '" + area + "' (chỉ tiêu " +
                                     list_areas(found.targets, true) + "), địa bàn không có trong số liệu";
            if (const std::string* near = nearest_name(area, known)) {
                message += "; did you mean '" + *near + "'?";
                message_vi += "; có phải là '" + *near + "'?";
            } else if (!known.empty()) {
                message += "; the statistics hold " + list_areas(known);
                message_vi += "; số liệu có " + list_areas(known, true);
            }
            out.add({severity, found.where, message, message_vi});
        }
    }
}

}  // namespace chitieu
