// JSON text values, shared by the JSON writers.
#pragma once

#include <cstddef>
#include <initializer_list>
#include <string>
#include <string_view>

namespace chitieu {

// `text` as a JSON string literal, quotes included: " and \ escaped, control characters as \n,
// \t, ... or \u00XX; UTF-8 kept as is, and bytes that are not UTF-8 replaced by U+FFFD, so the
// output is always valid JSON.
std::string json_string(std::string_view text);
// The same literal appended to `out`.
void append_json_string(std::string& out, std::string_view text);

// One member of a JSON object: its key, and its value already written as JSON (a json_string,
// a number formatted with kMachineNumbers, true, false, null).
struct JsonMember {
    std::string_view key;
    std::string value;
};

// {"key": value, "key": value} on one line, each key written by json_string.
std::string json_object_line(std::initializer_list<JsonMember> members);

}  // namespace chitieu
