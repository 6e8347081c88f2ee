// The calculation engine: statistics + target set -> evaluation. No I/O.
#pragma once

#include "chitieu/model/evaluation.hpp"
#include "chitieu/model/statistics.hpp"
#include "chitieu/model/targets.hpp"

namespace chitieu {

// Every target for one area as of `as_of`, in target-set order. The result points into
// `targets`, which must outlive it. `chart_paths` fills TargetResult::required_path and
// projection_path (charts and the JSON report use them); off, both stay empty: at commune scale
// they were a quarter of the evaluation's time. Which year and which areas are the pipeline's
// choice (chitieu/pipeline/pipeline.hpp).
AreaEvaluation evaluate_area(const TargetSet& targets, const AreaData& area, int as_of,
                             bool chart_paths = false);

// evaluate_area for every area of `data`, in order.
Evaluation evaluate(const TargetSet& targets, const Dataset& data, int as_of, bool chart_paths = false);

// One target for one area, as of `as_of` (exposed for unit tests and `chitieu calc`), with its
// chart paths unless `chart_paths` is false.
TargetResult evaluate_target(const Target& target, const AreaData& area, int as_of,
                             const Assessment& assessment, bool chart_paths = true);

}  // namespace chitieu
