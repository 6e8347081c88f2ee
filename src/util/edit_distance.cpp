// The textbook dynamic programme over three rows (the one before the last is what a swap needs),
// on code points. Names are at most a few dozen characters, so it is quadratic and small.
#include "chitieu/util/edit_distance.hpp"

#include <algorithm>
#include <string>
#include <vector>

#include "chitieu/util/utf8.hpp"

namespace chitieu {

namespace {

std::vector<std::string_view> characters(std::string_view text) {
    std::vector<std::string_view> out;
    out.reserve(text.size());
    for (std::size_t at = 0; at < text.size();) {
        std::size_t length = utf8_char_length(text, at);
        if (length == 0) length = 1;  // not UTF-8: the byte alone
        out.push_back(text.substr(at, length));
        at += length;
    }
    return out;
}

}  // namespace

std::size_t edit_distance(std::string_view a, std::string_view b, std::size_t limit) {
    const std::vector<std::string_view> x = characters(a);
    const std::vector<std::string_view> y = characters(b);
    const std::size_t n = x.size();
    const std::size_t m = y.size();
    if ((n > m ? n - m : m - n) > limit) return limit + 1;  // the length difference alone is more
    // before[j], previous[j], current[j]: the distance of x's first i-2, i-1, i characters to y's first j.
    std::vector<std::size_t> before(m + 1), previous(m + 1), current(m + 1);
    for (std::size_t j = 0; j <= m; ++j) previous[j] = j;
    for (std::size_t i = 1; i <= n; ++i) {
        current[0] = i;
        std::size_t row_best = current[0];
        for (std::size_t j = 1; j <= m; ++j) {
            const std::size_t cost = x[i - 1] == y[j - 1] ? 0 : 1;
            std::size_t best = std::min({previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost});
            if (i > 1 && j > 1 && x[i - 1] == y[j - 2] && x[i - 2] == y[j - 1])
                best = std::min(best, before[j - 2] + 1);  // swap the two adjacent characters
            current[j] = best;
            row_best = std::min(row_best, best);
        }
        if (row_best > limit) return limit + 1;  // every later row is at least this far
        std::swap(before, previous);
        std::swap(previous, current);
    }
    return std::min(previous[m], limit + 1);
}

std::optional<std::size_t> typo_distance(std::string_view a, std::string_view b) {
    const std::size_t shorter = std::min(character_count(a), character_count(b));
    const std::size_t limit = shorter < 4 ? 0 : shorter < 6 ? 1 : 2;
    if (limit == 0) return std::nullopt;
    const std::size_t distance = edit_distance(a, b, limit);
    if (distance > limit) return std::nullopt;
    return distance;
}

}  // namespace chitieu
