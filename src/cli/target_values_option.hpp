// --target-values FILE, for report and check: each area's own target values (load/target_values.hpp).
#pragma once

#include <string>

#include "chitieu/model/targets.hpp"
#include "chitieu/pipeline/inputs.hpp"

namespace CLI {
class App;
}

namespace chitieu::cli {

inline constexpr const char* kTargetValuesHelp =
    "Each area's own target values: a CSV or book.xlsx#Sheet with the columns area,target_id,value "
    "(optional year, value_high for a band); over the target set's by_area and value";

// Reads `path` against `set` (numbers as --decimal-comma says); throws InputError with every
// problem, located.
AreaValues load_target_values_file(const std::string& path, const TargetSet& set, const InputOptions& inputs);

}  // namespace chitieu::cli
