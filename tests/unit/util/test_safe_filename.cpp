#include <doctest/doctest.h>

#include "chitieu/util/safe_filename.hpp"

using namespace chitieu;

TEST_CASE("file stems keep Vietnamese letters and drop what is unsafe") {
    CHECK(safe_file_stem("Long Bình An") == "Long-Bình-An");
    CHECK(safe_file_stem("Thành phố Tuyên Quang") == "Thành-phố-Tuyên-Quang");
    CHECK(safe_file_stem("../../etc/passwd") == "etc-passwd");
    CHECK(safe_file_stem("/abs/path") == "abs-path");
    CHECK(safe_file_stem("a\\b:c*d?e\"f<g>h|i") == "a-b-c-d-e-f-g-h-i");
    CHECK(safe_file_stem(std::string("nul\0byte", 8)) == "nul-byte");
    CHECK(safe_file_stem("...") == "area");
    CHECK(safe_file_stem("") == "area");
    CHECK(safe_file_stem("CON") == "_CON");
    CHECK(safe_file_stem("com1") == "_com1");
    CHECK(safe_file_stem("  Xã  Tân   Long ") == "Xã-Tân-Long");
}

TEST_CASE("long names are cut on a character boundary") {
    std::string name;
    for (int i = 0; i < 60; ++i) name += "ễ";  // 3 bytes each
    const std::string stem = safe_file_stem(name);
    CHECK(stem.size() == 99);
    CHECK(stem.substr(0, 3) == "ễ");
}

TEST_CASE("collisions get -2, -3 in order") {
    std::set<std::string> taken;
    CHECK(unique_stem("Tân-Long", taken) == "Tân-Long");
    CHECK(unique_stem("Tân-Long", taken) == "Tân-Long-2");
    CHECK(unique_stem("tân-long", taken) == "tân-long-3");
    CHECK(unique_stem("Other", taken) == "Other");
}

TEST_CASE("a device name with an extension is a device too") {
    // Windows opens the console for "con.txt.md" as for "con.md".
    CHECK(safe_file_stem("con.txt") == "_con.txt");
    CHECK(safe_file_stem("LPT9.2024") == "_LPT9.2024");
    CHECK(safe_file_stem("AUX .x") == "AUX-.x");  // "AUX-" is no device
    CHECK(safe_file_stem("console.txt") == "console.txt");
    CHECK(safe_file_stem("com10.txt") == "com10.txt");
}
