// Each area judged against its own targets: a target's value for an area is the --target-values
// row for it, else its `by_area:` entry, else the target's `value:`; a target with none of the
// three (by_area only, and the area not listed) is left out of the area's report, never judged
// against another area's value.
#pragma once

#include <string>
#include <vector>

#include "chitieu/model/targets.hpp"

namespace chitieu {

class AreaTargets {
public:
    // `set` and `overrides` (the --target-values file's values; may be empty) must outlive this.
    AreaTargets(const TargetSet& set, const AreaValues& overrides);

    // True when some target has a value of its own for some area: only then do the areas' sets
    // differ from the set itself (and reports say whose value each area is judged against).
    bool per_area() const { return per_area_; }

    // The set as `area` (NFC) is judged against it: every target with a value for the area, in
    // the set's order, each carrying that value and whose it is (Target::value_source).
    // `left_out` gets the set's targets that have no value for the area. Without per_area(),
    // the set itself. The reference stays valid until the next call.
    const TargetSet& for_area(const std::string& area, std::vector<const Target*>& left_out);

private:
    const TargetSet& set_;
    const AreaValues& overrides_;
    std::vector<bool> target_per_area_;  // by the set's target index
    bool per_area_ = false;
    TargetSet area_set_;
};

}  // namespace chitieu
