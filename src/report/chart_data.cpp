#include "chart_data.hpp"

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
    return data;
}

}  // namespace chitieu
