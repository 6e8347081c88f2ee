// The -t/--targets option: a target-set YAML file or builtin:NAME (default: the built-in set).
#pragma once

#include <string>

#include "chitieu/model/targets.hpp"

namespace chitieu::cli {

inline constexpr const char* kTargetsOptionHelp =
    "Target set: a YAML file, or builtin:NAME (default: builtin:tuyen-quang-industry-2021-2025)";

// Loads the set named by `spec`; throws InputError (bad file) or UsageError (unknown builtin).
TargetSet load_target_set(const std::string& spec);

}  // namespace chitieu::cli
