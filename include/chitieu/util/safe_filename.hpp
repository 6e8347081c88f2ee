// File names derived from area names for per-area reports.
#pragma once

#include <set>
#include <string>
#include <string_view>

namespace chitieu {

// A file-name stem safe on every common file system that keeps Vietnamese letters:
// "Long Bình An" -> "Long-Bình-An". Path separators, control characters, characters Windows
// refuses, leading dots and device names (CON, NUL, COM1...) never survive; an empty result
// becomes "area". The stem is at most 100 bytes, cut on a character boundary.
std::string safe_file_stem(std::string_view name);

// `stem` made unique among `taken` (case-insensitively for ASCII) by appending -2, -3, ...;
// the result is added to `taken` (lower-cased).
std::string unique_stem(const std::string& stem, std::set<std::string>& taken);

}  // namespace chitieu
