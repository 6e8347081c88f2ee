#include "chitieu/util/vietnamese_order.hpp"

#include <utf8proc.h>

#include <cstdint>
#include <cstdlib>
#include <memory>
#include <vector>

namespace chitieu {

namespace {

// The marks that make a letter of its own in Vietnamese (ă â ê ô ơ ư): part of the first level.
// Their value orders the letters that share a base: a < ă (breve) < â (circumflex); o < ô < ơ (horn).
int letter_mark_rank(char32_t mark) {
    switch (mark) {
        case 0x0306:
            return 1;  // breve: ă
        case 0x0302:
            return 2;  // circumflex: â ê ô
        case 0x031B:
            return 3;  // horn: ơ ư
        default:
            return 0;
    }
}

// The tones, second level, in dictionary order: none, huyền, hỏi, ngã, sắc, nặng.
int tone_rank(char32_t mark) {
    switch (mark) {
        case 0x0300:
            return 1;  // huyền (grave)
        case 0x0309:
            return 2;  // hỏi (hook above)
        case 0x0303:
            return 3;  // ngã (tilde)
        case 0x0301:
            return 4;  // sắc (acute)
        case 0x0323:
            return 5;  // nặng (dot below)
        default:
            return 0;
    }
}

// First-level weight of a base character (lower case) and the letter mark on it. Every weight
// is at least 1: 0 separates the levels in the key.
std::uint32_t primary_weight(char32_t base, int letter_mark) {
    if (base >= 'a' && base <= 'z') {
        // Room between letters for đ and the marked letters: 8 slots a letter.
        const std::uint32_t slot = 0x4000 + static_cast<std::uint32_t>(base - 'a') * 8;
        return slot + static_cast<std::uint32_t>(letter_mark);
    }
    if (base == 0x0111) return 0x4000 + ('d' - 'a') * 8 + 4;  // đ, after d and its marks
    if (base >= '0' && base <= '9') return 0x3000 + static_cast<std::uint32_t>(base - '0');
    if (base < 0x80) return 0x100 + static_cast<std::uint32_t>(base);  // space, punctuation
    return 0x10000 + static_cast<std::uint32_t>(base);                 // other letters: by code point
}

// Three bytes, big-endian. The first is never 0 (weights are offset by 0x10000), so the 0 that
// ends a level sorts before any character: "An" before "An Phú".
void put_weight(std::string& key, std::uint32_t weight) {
    weight += 0x10000;
    key += static_cast<char>((weight >> 16) & 0xFF);
    key += static_cast<char>((weight >> 8) & 0xFF);
    key += static_cast<char>(weight & 0xFF);
}

// The code points of `text` decomposed (NFD), or empty when it is not UTF-8.
std::vector<char32_t> decomposed(std::string_view text, bool& ok) {
    utf8proc_uint8_t* mapped = nullptr;
    const utf8proc_ssize_t length = utf8proc_map(
        reinterpret_cast<const utf8proc_uint8_t*>(text.data()), static_cast<utf8proc_ssize_t>(text.size()),
        &mapped, static_cast<utf8proc_option_t>(UTF8PROC_DECOMPOSE | UTF8PROC_STABLE));
    const std::unique_ptr<utf8proc_uint8_t, decltype(&std::free)> owned(mapped, &std::free);
    std::vector<char32_t> points;
    ok = length >= 0;
    if (!ok) return points;
    const utf8proc_uint8_t* at = mapped;
    const utf8proc_uint8_t* end = mapped + length;
    while (at < end) {
        utf8proc_int32_t point = 0;
        const utf8proc_ssize_t used = utf8proc_iterate(at, end - at, &point);
        if (used <= 0) break;
        points.push_back(static_cast<char32_t>(point));
        at += used;
    }
    return points;
}

}  // namespace

std::string vietnamese_sort_key(std::string_view name) {
    bool ok = false;
    const std::vector<char32_t> points = decomposed(name, ok);
    std::string key;
    if (!ok) {  // not UTF-8: after every name that is, by its bytes
        key.assign(3, '\xFF');
        key += name;
        return key;
    }
    std::string tones, cases;
    for (std::size_t i = 0; i < points.size();) {
        const char32_t c = points[i++];
        const char32_t lower = static_cast<char32_t>(utf8proc_tolower(static_cast<utf8proc_int32_t>(c)));
        int letter_mark = 0, tone = 0;
        while (i < points.size() &&
               utf8proc_get_property(static_cast<utf8proc_int32_t>(points[i]))->combining_class != 0) {
            if (const int rank = letter_mark_rank(points[i]))
                letter_mark = rank;
            else if (const int t = tone_rank(points[i]))
                tone = t;
            ++i;
        }
        put_weight(key, primary_weight(lower, letter_mark));
        tones += static_cast<char>(1 + tone);
        cases += static_cast<char>(lower == c ? 1 : 2);
    }
    key += '\0';
    key += tones;
    key += '\0';
    key += cases;
    key += '\0';
    key += name;  // the last tie: two different names never compare equal
    return key;
}

bool vietnamese_less(std::string_view a, std::string_view b) {
    return vietnamese_sort_key(a) < vietnamese_sort_key(b);
}

}  // namespace chitieu
