// What a target's chart draws, in data units: shared by the SVG chart and the Word report's
// native charts, so that both show the same lines.
#pragma once

#include <vector>

#include "chitieu/model/evaluation.hpp"

namespace chitieu {

struct ChartData {
    std::vector<YearValue> actual, required, projection;
    bool has_target = false;
    YearValue target{};  // (T, X); growth: where the required path ends
    // The years the chart spans: the target's base year (or the first point, if earlier) to its
    // target year (or the last point, if later), so that one observation sits in its period.
    int first_year = 0, last_year = 0;
};

// The observed values, the required path and the projection (finite points only) and the target
// marker of `result`, whose target is set, and the years they span.
ChartData chart_data(const TargetResult& result);

}  // namespace chitieu
