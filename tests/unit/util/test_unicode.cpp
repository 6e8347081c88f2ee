#include "chitieu/util/unicode.hpp"

#include <doctest/doctest.h>

#include <cstdint>
#include <iterator>
#include <string>

using namespace chitieu;

// "Hóa": H o U+0301 a in NFD (o + combining acute, CC 81), H U+00F3 a in NFC (C3 B3).
TEST_CASE("to_nfc composes a decomposed Vietnamese name and keeps NFC and ASCII as they are") {
    CHECK(to_nfc("Chie\xCC\x82\xCC\x80m Ho\xCC\x81"
                 "a") ==
          "Chi\xE1\xBB\x81m H\xC3\xB3"
          "a");  // ê + grave = ề
    CHECK(to_nfc("Chi\xC3\xAAm H\xC3\xB3"
                 "a") ==
          "Chi\xC3\xAAm H\xC3\xB3"
          "a");
    CHECK(to_nfc("Nhu\xCC\x9B\xCC\x83 Khe\xCC\x82") == "Nh\xE1\xBB\xAF Kh\xC3\xAA");  // Nhữ Khê
    CHECK(to_nfc("plain ascii") == "plain ascii");
    CHECK(to_nfc("") == "");
}

TEST_CASE("to_nfc leaves text that is not UTF-8 unchanged") {
    CHECK(to_nfc("a\xFF"
                 "b") ==
          "a\xFF"
          "b");
}

TEST_CASE("is_nfc tells a decomposed name from a composed one") {
    CHECK(is_nfc("Nh\xE1\xBB\xAF Kh\xC3\xAA"));
    CHECK_FALSE(is_nfc("Nhu\xCC\x9B\xCC\x83 Khe\xCC\x82"));
    CHECK(is_nfc("Tam Da"));
}

TEST_CASE("fold_name matches names that differ by case, diacritics, normalisation or đ") {
    CHECK(fold_name("Nh\xE1\xBB\xAF Kh\xC3\xAA") == "nhu khe");
    CHECK(fold_name("Nhu\xCC\x9B\xCC\x83 Khe\xCC\x82") == "nhu khe");
    CHECK(fold_name("Tam \xC4\x90\xC3\xA0") == "tam da");  // Tam Đà
    CHECK(fold_name("employment_INDUSTRY") == "employment_industry");
}

namespace {

std::string utf8(char32_t c) {
    std::string out;
    if (c < 0x80) {
        out += static_cast<char>(c);
    } else if (c < 0x800) {
        out += static_cast<char>(0xC0 | (c >> 6));
        out += static_cast<char>(0x80 | (c & 0x3F));
    } else if (c < 0x10000) {
        out += static_cast<char>(0xE0 | (c >> 12));
        out += static_cast<char>(0x80 | ((c >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (c & 0x3F));
    } else {
        out += static_cast<char>(0xF0 | (c >> 18));
        out += static_cast<char>(0x80 | ((c >> 12) & 0x3F));
        out += static_cast<char>(0x80 | ((c >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (c & 0x3F));
    }
    return out;
}

// Characters around the fast path's ranges and the ones that make NFC change text: combining
// marks (U+0300-U+036F, U+1DC0), the edges of each range, a singleton (U+212B Ångström sign,
// NFC U+00C5), composition exclusions (U+0344, U+0958), Hangul jamo that compose with the
// syllable before (U+1161, U+11A8), and a four-byte character.
const char32_t kPool[] = {'a',    'o',    'A',    ' ',    0x00C2, 0x00EA, 0x00F3, 0x01A1, 0x01B0, 0x0111,
                          0x02FF, 0x0300, 0x0301, 0x0302, 0x0303, 0x0309, 0x031B, 0x0323, 0x0344, 0x036F,
                          0x0958, 0x1100, 0x1161, 0x11A8, 0xAC00, 0x1DC0, 0x1DFF, 0x1E00, 0x1EA1, 0x1EC7,
                          0x1EFF, 0x1F00, 0x2001, 0x2002, 0x2013, 0x2064, 0x2065, 0x206F, 0x2070, 0x209F,
                          0x20A0, 0x20AB, 0x20C0, 0x20C1, 0x212B, 0x1F600};

}  // namespace

// The fast path against its plain twin. Every code point certainly_nfc accepts (checked one by
// one up to U+2FFFF) must be its own NFC after any character of the pool, and the pool's random
// strings must come out of to_nfc as out of the library.
TEST_CASE("to_nfc's fast path agrees with utf8proc") {
    std::size_t accepted = 0;
    for (char32_t c = 0; c < 0x30000; ++c) {
        if (c >= 0xD800 && c <= 0xDFFF) continue;
        const std::string one = utf8(c);
        if (!certainly_nfc(one)) continue;
        ++accepted;
        for (char32_t before : kPool) {
            const std::string pair = utf8(before) + one;
            REQUIRE(to_nfc_by_library(pair) == to_nfc_by_library(utf8(before)) + one);
        }
    }
    // Hand count: U+0000-U+02FF (768), U+1E00-U+1EFF (256), U+2002-U+2064 (99), U+2066-U+206F
    // (10), U+20A0-U+20C0 (33).
    CHECK(accepted == 768 + 256 + 99 + 10 + 33);

    std::uint32_t state = 12345;  // a fixed linear congruential sequence: the same strings every run
    const auto next = [&state] {
        state = state * 1664525u + 1013904223u;
        return state >> 8;
    };
    for (int round = 0; round < 20000; ++round) {
        std::string text;
        const std::size_t length = next() % 6;
        for (std::size_t i = 0; i < length; ++i) text += utf8(kPool[next() % std::size(kPool)]);
        REQUIRE(to_nfc(text) == to_nfc_by_library(text));
        REQUIRE(is_nfc(text) == (to_nfc_by_library(text) == text));
        if (certainly_nfc(text)) REQUIRE(to_nfc_by_library(text) == text);
    }
}
