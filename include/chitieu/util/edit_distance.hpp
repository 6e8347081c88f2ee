// How far apart two names are, in edits, for "did you mean" suggestions.
#pragma once

#include <cstddef>
#include <optional>
#include <string_view>

namespace chitieu {

// The optimal string alignment distance between `a` and `b` (the restricted Damerau–Levenshtein
// distance): the fewest insertions, deletions, substitutions and swaps of two adjacent
// characters that turn one into the other, no character edited twice. Characters are code
// points, so "ữ" counts one, not three bytes. Both texts must be well-formed UTF-8 (a stray byte
// counts as one character). Once the distance is known to exceed `limit`, the answer is
// limit + 1: names are short, but the caller only asks "within 2?".
std::size_t edit_distance(std::string_view a, std::string_view b, std::size_t limit = 64);

// The edits between two different names when they are few enough to be a typo, else nothing: the
// allowance grows with the shorter name, 0 below 4 characters ("gdp" and "gnp" are different
// words), 1 for 4 or 5, 2 from 6 on. The one rule for "did you mean", for names and units alike.
std::optional<std::size_t> typo_distance(std::string_view a, std::string_view b);

}  // namespace chitieu
