#include <doctest/doctest.h>

#include <cmath>

#include "chitieu/util/parse_number.hpp"

using namespace chitieu;

TEST_CASE("parse_number reads plain decimals") {
    CHECK(*parse_number("14386.6").value == doctest::Approx(14386.6));
    CHECK(*parse_number("  -3.5 ").value == -3.5);
    CHECK(*parse_number("+5").value == 5.0);
    CHECK(*parse_number("1e3").value == 1000.0);
    CHECK(*parse_number(".5").value == 0.5);
    CHECK(*parse_number("27.700").value == doctest::Approx(27.7));  // a decimal under the dot convention
}

TEST_CASE("parse_number refuses what from_chars or YAML would let through") {
    for (const char* text :
         {"nan", "NaN", ".nan", "inf", "-inf", ".inf", "0x1A", "1e", "", "  ", "1.2.3", "12abc", "--1"}) {
        CAPTURE(text);
        const NumberParse parsed = parse_number(text);
        CHECK_FALSE(parsed.value.has_value());
        CHECK_FALSE(parsed.error.empty());
    }
    CHECK(parse_number("1e400").error ==
          "'1e400' is out of range for a number; check the digits and the exponent "
          "(numbers run from about 5e-324 to 1.8e308 in size)");
}

TEST_CASE("a thousands separator or decimal comma without --decimal-comma gets the hint") {
    const NumberParse parsed = parse_number("27.700,5");
    REQUIRE_FALSE(parsed.value);
    CHECK(parsed.error ==
          "'27.700,5' is not a number; numbers use a dot for decimals and no thousands separator (27700.5); "
          "for Vietnamese-style numbers like 27.700,5 use --decimal-comma");
    CHECK_FALSE(parse_number("12,5").value);
    CHECK_FALSE(parse_number("27,700").value);
}

TEST_CASE("the decimal-comma convention reads Vietnamese numbers") {
    const auto comma = NumberConvention::decimal_comma;
    CHECK(*parse_number("27.700,5", comma).value == 27700.5);
    CHECK(*parse_number("1.234.567", comma).value == 1234567.0);
    CHECK(*parse_number("16,7", comma).value == doctest::Approx(16.7));
    CHECK(*parse_number("-0,25", comma).value == -0.25);
    CHECK(*parse_number("14386", comma).value == 14386.0);
    CHECK_FALSE(parse_number("2.77,5", comma).value);     // a group of two digits
    CHECK_FALSE(parse_number("27.7000,5", comma).value);  // a group of four
    CHECK_FALSE(parse_number("1,2,3", comma).value);
}

TEST_CASE("negative zero is read as zero") {
    const double zero = *parse_number("-0").value;
    CHECK(zero == 0.0);
    CHECK_FALSE(std::signbit(zero));
}

TEST_CASE("is_thousands_group_shape: one to three digits, the mark, exactly three digits") {
    for (const char* text : {"23.730", "-1.500", "+1.500", "999.999", "1.000", " 23.730 ", "\t5.125"}) {
        CAPTURE(text);
        CHECK(is_thousands_group_shape(text, '.'));
        CHECK_FALSE(is_thousands_group_shape(text, ','));
    }
    CHECK(is_thousands_group_shape("23,730", ','));
    // Not a group: two or four decimals, four whole digits, a leading zero, no whole digits,
    // two marks, an exponent, signs twice, letters.
    for (const char* text : {"23.73", "1.2345", "1234.567", "0.125", "00.125", ".125", "-.125", "1.234.567",
                             "1.250e3", "--1.500", "1a.500", "12.5x0", "", "1.500 5"}) {
        CAPTURE(text);
        CHECK_FALSE(is_thousands_group_shape(text, '.'));
    }
}

TEST_CASE("parse_year accepts 1900-2100 written plainly") {
    CHECK(*parse_year("2020").value == 2020);
    CHECK(*parse_year("1900").value == 1900);
    CHECK(*parse_year("2100").value == 2100);
    for (const char* text : {"1899", "2101", "0x7E4", "+2020", "2020.0", "20x1", "", "-2020", "02020"}) {
        CAPTURE(text);
        CHECK_FALSE(parse_year(text).value);
    }
    CHECK(parse_year("20x1").error == "'20x1' is not a year; years are whole numbers from 1900 to 2100");
}

TEST_CASE("a long text is cut short in the message, on a character boundary") {
    const std::string text = std::string(39, '1') + "ễx" + std::string(1000, '9');
    CHECK(parse_number(text).error ==
          "'" + std::string(39, '1') + "…' is not a number; write plain decimals like 1234.5");
}
