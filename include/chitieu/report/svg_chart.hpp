// Charts: one self-contained SVG 1.1 file per level, share, occupancy and growth target, showing
// the observed values by year, the path the target asks for, the projection and the target.
// Everything drawn comes from the evaluation; this writer only places and labels it.
#pragma once

#include <string>

#include "chitieu/model/evaluation.hpp"
#include "chitieu/report/report_options.hpp"

namespace chitieu {

inline constexpr int kChartWidth = 720;  // pixels, as rsvg-convert renders it
inline constexpr int kChartHeight = 420;

// Whether a target gets a chart: level, share, occupancy and growth targets with an observation.
bool has_chart(const TargetResult& result);

// "charts/<area stem>-<target id>.svg": the chart's path relative to the area's Markdown report,
// and the one place where chart files are named.
std::string chart_file_name(const std::string& area_stem, const std::string& target_id);

// The chart of `result` for `area`, words and numbers in options.lang: title, axes (years, the
// target's unit), legend, observed values, required path, projection and the target marker at
// (T, X) (growth: the level the target rate reaches). No scripts, no external references, generic
// fonts, every text XML-escaped.
std::string write_svg_chart(const AreaEvaluation& area, const TargetResult& result,
                            const ReportOptions& options);

}  // namespace chitieu
