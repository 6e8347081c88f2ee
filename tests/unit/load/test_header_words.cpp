// The header words of a series table and the year headers of a wide one (load/header_words).
#include <doctest/doctest.h>

#include <string>

#include "load/header_words.hpp"

using namespace chitieu;
using namespace chitieu::header_words;

TEST_CASE("header words: Vietnamese and other-cased names, trimmed, in any case and normal form") {
    CHECK(column_for("Địa bàn") == std::string_view("area"));
    CHECK(column_for("  ĐỊA PHƯƠNG ") == std::string_view("area"));
    CHECK(column_for("Tỉnh,  thành phố") == std::string_view("area"));  // spaces collapsed
    CHECK(column_for("AREA") == std::string_view("area"));
    CHECK(column_for("Chỉ tiêu") == std::string_view("indicator"));
    CHECK(column_for("Indicator") == std::string_view("indicator"));
    CHECK(column_for("Năm") == std::string_view("year"));
    CHECK(column_for("YEAR") == std::string_view("year"));
    CHECK(column_for("Giá trị") == std::string_view("value"));
    CHECK(column_for("Số liệu") == std::string_view("value"));
    CHECK(column_for("Đơn vị tính") == std::string_view("unit"));
    CHECK(column_for("ĐVT") == std::string_view("unit"));
    CHECK(column_for("Nguồn") == std::string_view("source"));
    CHECK(column_for("Ghi chú") == std::string_view("note"));
    CHECK(column_for("Chi\xCC\x89 tie\xCC\x82u") == std::string_view("indicator"));  // decomposed accents
    CHECK_FALSE(column_for("Chi tieu"));  // diacritics are part of the word: no guess
    CHECK_FALSE(column_for("Chủ đầu tư"));
    CHECK_FALSE(column_for(""));
}

TEST_CASE("year headers: plain, with Năm, preliminary and estimated, English forms") {
    const auto year = [](std::string_view text) { return year_for(text); };
    REQUIRE(year("2020"));
    CHECK(year("2020")->year == 2020);
    CHECK(year("2020")->standing == Standing::normal);
    CHECK(year("Năm 2021")->year == 2021);
    CHECK(year("Năm 2021")->standing == Standing::normal);
    CHECK(year("2020 (sơ bộ)")->standing == Standing::preliminary);
    CHECK(year("Sơ bộ 2024")->year == 2024);
    CHECK(year("Sơ bộ 2024")->standing == Standing::preliminary);
    CHECK(year("SƠ BỘ  2024")->standing == Standing::preliminary);
    CHECK(year("Ước 2025")->standing == Standing::estimated);
    CHECK(year("Ước tính 2025")->standing == Standing::estimated);
    CHECK(year("Ước thực hiện 2025")->standing == Standing::estimated);
    CHECK(year("Preliminary 2024")->standing == Standing::preliminary);
    CHECK(year("2024 (prelim.)")->standing == Standing::preliminary);
    CHECK(year("Estimate 2025")->standing == Standing::estimated);
    CHECK(year("2025e")->year == 2025);
    CHECK(year("2025e")->standing == Standing::estimated);
    CHECK_FALSE(year("1899"));  // outside 1900-2100
    CHECK_FALSE(year("2101"));
    CHECK_FALSE(year("Kế hoạch 2025"));  // a plan is not a figure
    CHECK_FALSE(year("20201"));
    CHECK_FALSE(year("Năm"));
    CHECK_FALSE(year("Q1 2024"));
}

TEST_CASE("missing marks: empty, the dots, the ellipsis, x; a dash is a figure's business") {
    for (const char* mark : {"", "  ", "..", "...", "\xE2\x80\xA6", "x", "X", "NA"})
        CHECK(is_missing_mark(mark));
    CHECK_FALSE(is_missing_mark("-"));
    CHECK_FALSE(is_missing_mark("0"));
    CHECK_FALSE(is_missing_mark("."));
}
