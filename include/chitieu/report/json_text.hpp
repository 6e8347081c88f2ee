// JSON text values, shared by the JSON writers.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace chitieu {

// `text` as a JSON string literal, quotes included: " and \ escaped, control characters as \n,
// \t, ... or \u00XX; UTF-8 kept as is, and bytes that are not UTF-8 replaced by U+FFFD, so the
// output is always valid JSON.
std::string json_string(std::string_view text);

}  // namespace chitieu
