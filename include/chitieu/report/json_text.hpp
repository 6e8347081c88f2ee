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
// The same literal appended to `out`.
void append_json_string(std::string& out, std::string_view text);

// The length of the well-formed UTF-8 character starting at byte `at` of `text` (1 to 4), or 0
// when the bytes there are not one (also used by the JUnit XML writer).
std::size_t utf8_char_length(std::string_view text, std::size_t at);

}  // namespace chitieu
