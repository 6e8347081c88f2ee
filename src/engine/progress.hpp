// Turning a progress ratio into a status: the Eurostat / Statistics Canada / Open SDG measure.
#pragma once

#include <optional>

#include "chitieu/model/evaluation.hpp"
#include "chitieu/model/targets.hpp"

namespace chitieu {

// ratio >= on_track: on_track; at_risk <= ratio < on_track: at_risk; below (moving away
// included): off_track. Both boundaries are inclusive exactly as written, so a ratio of exactly
// 0.95 is on track and exactly 0.60 is at risk.
Status progress_status(double ratio, const Assessment& assessment);

// The pace ratio of counts and milestones: the share of the goal reached, divided by the share
// of the period elapsed, (reached / needed) / ((as_of - base) / (target_year - base)).
// nullopt when no time has elapsed (as_of <= base), needed <= 0, or the period is empty.
std::optional<double> pace_ratio(double reached, double needed, int base_year, int as_of, int target_year);

}  // namespace chitieu
