// The calculation engine: statistics + target set -> evaluation. No I/O.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "chitieu/model/evaluation.hpp"
#include "chitieu/model/statistics.hpp"
#include "chitieu/model/targets.hpp"

namespace chitieu {

struct EvaluateOptions {
    std::optional<int> as_of;        // default: the latest year present in the data set
    std::vector<std::string> areas;  // empty: every area
    // Fill TargetResult::required_path and projection_path (charts and the JSON report use them).
    // Off, both stay empty: at commune scale they were a quarter of the evaluation's time.
    bool chart_paths = false;
};

// Evaluate every target for every selected area. The result points into `targets`, which must
// outlive it. Throws InputError when the data set has no year at all and no as_of is given, or
// when a selected area does not exist.
Evaluation evaluate(const TargetSet& targets, const Dataset& data, const EvaluateOptions& options);

// One target for one area, as of `as_of` (exposed for unit tests and `chitieu calc`), with its
// chart paths unless `chart_paths` is false.
TargetResult evaluate_target(const Target& target, const AreaData& area, int as_of,
                             const Assessment& assessment, bool chart_paths = true);

}  // namespace chitieu
