// The built-in target sets, embedded at build time from src/builtin/*.yaml.
#pragma once

#include <string_view>
#include <vector>

#include "chitieu/util/embedded_file.hpp"

namespace chitieu {

const std::vector<EmbeddedFile>& builtin_target_sets();  // name: used as builtin:NAME
const EmbeddedFile* find_builtin_target_set(std::string_view name);
inline constexpr std::string_view kDefaultTargetSet = "tuyen-quang-industry-2021-2025";

}  // namespace chitieu
