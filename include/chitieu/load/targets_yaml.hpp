// Target-set YAML loader (the interface's "Target sets, YAML"; schemas/targets.schema.json).
#pragma once

#include <string>
#include <string_view>

#include "chitieu/diagnostic.hpp"
#include "chitieu/model/targets.hpp"

namespace chitieu {

// Parse a target set; resolves defaults (years from `period`, units per kind, growth `from`/`to`).
TargetSet load_targets_yaml(std::string_view text, const std::string& file, Diagnostics& diagnostics);

}  // namespace chitieu
