// The order in which reports list areas: Vietnamese alphabetical order, so that the same data
// gives the same bytes whatever order its rows came in, and a reader finds "Đông Thọ" after
// "Dân Chủ" and before "Hà Giang", as a Vietnamese list has it.
//
// The order is that of the Vietnamese alphabet (a ă â b c d đ e ê g h i k l m n o ô ơ p q r s t
// u ư v x y; f j w z, foreign, in their Latin places), compared in three levels as ICU's `vi`
// collation does: first the letters (ignoring tones and case), then the tones, in the order of
// Vietnamese dictionaries (none, huyền, hỏi, ngã, sắc, nặng), then case (lower before upper).
// Spaces and punctuation come before digits, digits before letters, other scripts after Latin,
// by code point. Two different names never compare equal: their bytes break the last tie.
#pragma once

#include <algorithm>
#include <numeric>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace chitieu {

// A key whose byte order (std::string's operator<) is the order above. `name` is UTF-8 (NFC or
// not: the key is the same); text that is not UTF-8 orders by its bytes after every name that is.
std::string vietnamese_sort_key(std::string_view name);

// vietnamese_sort_key(a) < vietnamese_sort_key(b).
bool vietnamese_less(std::string_view a, std::string_view b);

// Puts `items` in the order of their names, name(item) giving each one's: every key is made once.
template <class T, class Name>
void sort_by_vietnamese_name(std::vector<T>& items, Name name) {
    std::vector<std::pair<std::string, std::size_t>> keys;
    keys.reserve(items.size());
    for (std::size_t i = 0; i < items.size(); ++i) keys.emplace_back(vietnamese_sort_key(name(items[i])), i);
    if (std::is_sorted(keys.begin(), keys.end())) return;
    std::sort(keys.begin(), keys.end());
    std::vector<T> ordered;
    ordered.reserve(items.size());
    for (const auto& key : keys) ordered.push_back(std::move(items[key.second]));
    items = std::move(ordered);
}

}  // namespace chitieu
