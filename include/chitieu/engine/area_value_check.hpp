// Per-area target values whose area the inputs do not hold (a typo, or an area of another
// file): located at the value, with "did you mean" when an input area is near (name_check's
// rule). Pure; no I/O.
#pragma once

#include <set>
#include <string>

#include "chitieu/diagnostic.hpp"
#include "chitieu/model/targets.hpp"

namespace chitieu {

// One diagnostic of `severity` per area named by the set's by_area entries or `overrides`
// (--target-values) that is not among `areas` (the inputs' areas, NFC), at its first value.
void check_area_value_names(const TargetSet& set, const AreaValues& overrides,
                            const std::set<std::string>& areas, Severity severity, Diagnostics& out);

}  // namespace chitieu
