#include <doctest/doctest.h>

#include <string>

#include "chitieu/util/utf8.hpp"

using namespace chitieu;

TEST_CASE("UTF-8 validation") {
    CHECK(is_valid_utf8("Long Bình An"));
    CHECK(is_valid_utf8(""));
    CHECK_FALSE(is_valid_utf8("\xC3"));              // truncated
    CHECK_FALSE(is_valid_utf8("\xC0\xAF"));          // overlong '/'
    CHECK_FALSE(is_valid_utf8("\xED\xA0\x80"));      // surrogate
    CHECK_FALSE(is_valid_utf8("\xF4\x90\x80\x80"));  // above U+10FFFF
    CHECK_FALSE(is_valid_utf8("ab\xFF"));
}

TEST_CASE("columns count characters, not bytes") {
    const std::string line = "  - name: Nhữ Khê, x";
    CHECK(utf8_column(line, 0) == 1);
    CHECK(utf8_column(line, 10) == 11);              // at 'N'
    CHECK(utf8_column(line, line.find(',')) == 18);  // "Nhữ Khê" is 7 characters, 10 bytes
}

TEST_CASE("display width of Vietnamese text, precomposed or decomposed") {
    CHECK(display_width("Long Bình An") == 12);
    CHECK(display_width("Nhữ Khê") == 7);
    CHECK(display_width("Nhu\xCC\x9B\xCC\x83 Khe\xCC\x82") == 7);  // combining horn, tilde, circumflex
    CHECK(display_width("✅") == 2);                                // emoji presentation: two cells
    CHECK(display_width("❌ không đạt") == 12);
    CHECK(display_width("≥ 5") == 3);
    CHECK(display_width("🟢") == 2);
    CHECK(display_width("工业") == 4);
}
