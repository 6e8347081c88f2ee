// Chained indices: levels derived from yearly development indices (previous year = 100) and an
// anchor level, as statistical yearbooks publish them ("chỉ số phát triển").
#pragma once

#include "chitieu/diagnostic.hpp"
#include "chitieu/model/statistics.hpp"

namespace chitieu {

// Index points by which a given index may differ from the one implied by two given levels before
// it counts as a disagreement: published indices carry one decimal (±0.05), plus slack for levels
// rounded to whole units.
inline constexpr double kIndexTolerance = 0.1;

// For every series with indices: fills missing levels forwards (V_y = V_{y-1} · I_y / 100) and
// backwards (V_{y-1} = V_y · 100 / I_y) from the levels given, to a fixed point. A derived level
// takes its index's location. Where the index between two consecutive levels and both levels
// known after chaining disagree by more than kIndexTolerance (two given levels, or a chain meeting
// a given level), a warning names the index and both levels.
// An index that is zero or negative is an error; indices that no level can anchor get a warning
// saying to give one level.
void chain_indices(Dataset& data, Diagnostics& diagnostics);

}  // namespace chitieu
