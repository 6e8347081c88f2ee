#include "chitieu/util/unicode.hpp"

#include <doctest/doctest.h>

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
