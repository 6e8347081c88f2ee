#include <doctest/doctest.h>

#include <algorithm>
#include <string>
#include <vector>

#include "chitieu/util/vietnamese_order.hpp"

using chitieu::vietnamese_less;
using chitieu::vietnamese_sort_key;

namespace {
std::vector<std::string> sorted(std::vector<std::string> names) {
    std::sort(names.begin(), names.end(),
              [](const std::string& a, const std::string& b) { return vietnamese_less(a, b); });
    return names;
}
}  // namespace

TEST_CASE("Vietnamese order: đ is a letter after d, marked letters after their base") {
    // By the alphabet a ă â b c d đ e ê ... o ô ơ ... u ư: bytes (and plain Latin folding) would put
    // "Đông Thọ" after "Yên Sơn" (Đ is U+0110) or beside "Dân Chủ".
    CHECK(sorted({"Yên Sơn", "Đông Thọ", "Hà Giang", "Dân Chủ", "Ân Thi", "An Phú", "Ơn Lý", "Ô Diên",
                  "Ong"}) == std::vector<std::string>{"An Phú", "Ân Thi", "Dân Chủ", "Đông Thọ", "Hà Giang",
                                                      "Ong", "Ô Diên", "Ơn Lý", "Yên Sơn"});
    CHECK(sorted({"Ưng Hòa", "Uông Bí", "Vân Hồ"}) ==
          std::vector<std::string>{"Uông Bí", "Ưng Hòa", "Vân Hồ"});
}

TEST_CASE("Vietnamese order: tones second, in dictionary order; case last") {
    // ngang, huyền, hỏi, ngã, sắc, nặng; tones weigh less than any letter: "mạ" < "mai".
    CHECK(sorted({"mạ", "má", "mã", "mả", "mà", "ma", "mai"}) ==
          std::vector<std::string>{"ma", "mà", "mả", "mã", "má", "mạ", "mai"});
    CHECK(vietnamese_less("an", "An"));
    CHECK(vietnamese_less("An", "ao"));  // case never outweighs a letter
}

TEST_CASE("Vietnamese order: a name before its longer forms, spaces before letters, digits by digit") {
    CHECK(sorted({"Long Bình An", "Long Biên", "Long", "Long An"}) ==
          std::vector<std::string>{"Long", "Long An", "Long Biên", "Long Bình An"});
    CHECK(sorted({"Nhữ Khê", "Nhữ Hán", "Nhân Mục"}) ==
          std::vector<std::string>{"Nhân Mục", "Nhữ Hán", "Nhữ Khê"});
    // Not numeric: as ICU's default, "10" sorts before "2" (zero-padded codes sort right).
    CHECK(sorted({"Xã 2", "Xã 10", "Xã 1"}) == std::vector<std::string>{"Xã 1", "Xã 10", "Xã 2"});
    CHECK(vietnamese_less("Area 9", "Area-1"));  // a space (0x20) sorts before a hyphen (0x2D)
    CHECK(vietnamese_less("9 Tân", "An"));
}

TEST_CASE("Vietnamese order: a name decomposed (NFD) has the NFC name's place; different names never tie") {
    const std::string nfc = "Nh\xe1\xbb\xaf Kh\xc3\xaa";        // Nhữ Khê
    const std::string nfd = "Nhu\xcc\x9b\xcc\x83 Khe\xcc\x82";  // u + horn + tilde, e + circumflex
    CHECK_FALSE(vietnamese_less(nfc, "Nh\xe1\xbb\xaf H\xc3\xa1n"));
    CHECK_FALSE(vietnamese_less(nfd, "Nh\xe1\xbb\xaf H\xc3\xa1n"));
    CHECK(vietnamese_less(nfd, nfc) != vietnamese_less(nfc, nfd));  // the bytes break the tie
    CHECK(vietnamese_sort_key(nfc) != vietnamese_sort_key(nfd));
    CHECK(vietnamese_less("abc", std::string("ab\xff")));  // not UTF-8: after every name that is
}
