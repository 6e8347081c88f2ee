// How far apart two names are, in edits, for "did you mean" suggestions.
#pragma once

#include <cstddef>
#include <string_view>

namespace chitieu {

// The optimal string alignment distance between `a` and `b` (the restricted Damerau–Levenshtein
// distance): the fewest insertions, deletions, substitutions and swaps of two adjacent
// characters that turn one into the other, no character edited twice. Characters are code
// points, so "ữ" counts one, not three bytes. Both texts must be well-formed UTF-8 (a stray byte
// counts as one character). Once the distance is known to exceed `limit`, the answer is
// limit + 1: names are short, but the caller only asks "within 2?".
std::size_t edit_distance(std::string_view a, std::string_view b, std::size_t limit = 64);

}  // namespace chitieu
