// The built-in target sets, embedded at build time from src/builtin/*.yaml.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace chitieu {

struct BuiltinTargetSet {
    std::string_view name;   // used as builtin:NAME
    std::string_view yaml;   // the file's exact text
};

const std::vector<BuiltinTargetSet>& builtin_target_sets();
const BuiltinTargetSet* find_builtin_target_set(std::string_view name);
inline constexpr std::string_view kDefaultTargetSet = "tuyen-quang-industry-2021-2025";

}  // namespace chitieu
