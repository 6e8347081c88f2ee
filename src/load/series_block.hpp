// Reading a target set's `series:` block (private to the target-set loader): how each series
// adds up from an area's children (--roll-up).
#pragma once

#include "chitieu/model/targets.hpp"
#include "yaml_support.hpp"

namespace chitieu::yaml_support {

// `series:` is a map from indicator names to {aggregate: sum | none | weighted_mean, weight:
// SERIES}; weight is required with weighted_mean and refused otherwise, and names a series
// that itself sums (a weight that is a rate would weigh nothing). Errors are located; an entry
// with one is left out.
void read_series_block(YamlFile& file, const Field& field, TargetSet& set);

}  // namespace chitieu::yaml_support
