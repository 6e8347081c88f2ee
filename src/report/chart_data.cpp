#include "chart_data.hpp"

#include <algorithm>
#include <cmath>

namespace chitieu {

namespace {

std::vector<YearValue> finite_points(const std::vector<YearValue>& points) {
    std::vector<YearValue> out;
    for (const YearValue& point : points)
        if (std::isfinite(point.value)) out.push_back(point);
    return out;
}

}  // namespace

ChartData chart_data(const TargetResult& result) {
    const Target& target = *result.target;
    ChartData data;
    data.actual = finite_points(result.trajectory);
    data.required = finite_points(result.required_path);
    data.projection = finite_points(result.projection_path);
    if (target.kind == TargetKind::growth) {
        // The target is a rate; on the level chart it is the level the required path reaches.
        if (!data.required.empty() && data.required.back().year == target.year) {
            data.has_target = true;
            data.target = data.required.back();
        }
    } else if (std::isfinite(target.value)) {
        data.has_target = true;
        data.target = {target.year, target.value};
    }
    // A base year of 0 is one not resolved (a target built by hand): the points and T decide.
    data.first_year = target.base_year > 0 ? std::min(target.base_year, target.year) : target.year;
    data.last_year = target.year;
    for (const auto* line : {&data.actual, &data.required, &data.projection})
        for (const YearValue& point : *line) {
            data.first_year = std::min(data.first_year, point.year);
            data.last_year = std::max(data.last_year, point.year);
        }
    return data;
}

}  // namespace chitieu
