#include <doctest/doctest.h>

#include <charconv>
#include <cmath>
#include <cstdio>
#include <limits>
#include <random>
#include <string>

#include "chitieu/report/number_format.hpp"

using namespace chitieu;

namespace {

NumberStyle machine_at(int decimals) {
    NumberStyle style = kMachineNumbers;
    style.decimals = decimals;
    return style;
}

}  // namespace

TEST_CASE("rounding works on the shortest decimal form, half away from zero") {
    CHECK(format_number(2.675, machine_at(2)) == "2.68");  // printf("%.2f") gives 2.67
    CHECK(format_number(0.125, machine_at(2)) == "0.13");  // printf gives 0.12 (ties to even)
    CHECK(format_number(1.03125, kMachineNumbers) == "1.0313");
    CHECK(format_number(-2.675, machine_at(2)) == "-2.68");
    CHECK(format_number(2.674999, machine_at(2)) == "2.67");
    CHECK(format_number(0.1 + 0.2, kMachineNumbers) == "0.3");
    CHECK(format_number(0.5, machine_at(0)) == "1");
    CHECK(format_number(-0.5, machine_at(0)) == "-1");
    CHECK(format_number(0.4, machine_at(0)) == "0");
    CHECK(format_number(1.5, machine_at(-3)) == "2");  // negative decimals count as 0
    NumberStyle wide = machine_at(1000);
    wide.trim_zeros = false;
    CHECK(format_number(1.5, wide) == "1.5" + std::string(29, '0'));  // at most 30 decimals
}

namespace {

// The definition, written the slow way as an oracle: the shortest form printed in full by
// printf's %.40f would be the binary value, so the shortest form is taken from to_chars, padded
// with zeros, and rounded half away from zero by hand on its digits.
std::string oracle(double value, int decimals) {
    char shortest[64];
    const auto end =
        std::to_chars(shortest, shortest + sizeof shortest, std::fabs(value), std::chars_format::fixed);
    std::string text(shortest, end.ptr);
    if (text.find('.') == std::string::npos) text += '.';
    text += std::string(static_cast<std::size_t>(decimals) + 1, '0');
    const std::size_t point = text.find('.');
    std::string digits = text.substr(0, point) + text.substr(point + 1, static_cast<std::size_t>(decimals));
    const bool up = text[point + 1 + static_cast<std::size_t>(decimals)] >= '5';
    if (up) {
        std::size_t i = digits.size();
        while (i > 0 && digits[i - 1] == '9') digits[--i] = '0';
        if (i == 0)
            digits.insert(digits.begin(), '1');
        else
            ++digits[i - 1];
    }
    std::string whole = digits.substr(0, digits.size() - static_cast<std::size_t>(decimals));
    std::string fraction = digits.substr(whole.size());
    while (whole.size() > 1 && whole[0] == '0') whole.erase(0, 1);
    while (!fraction.empty() && fraction.back() == '0') fraction.pop_back();
    const bool zero = whole == "0" && fraction.empty();
    return (value < 0 && !zero ? "-" : "") + whole + (fraction.empty() ? "" : "." + fraction);
}

}  // namespace

TEST_CASE("the fast rounding path agrees with the definition on many values, ties included") {
    std::mt19937_64 random(20261126);
    std::uniform_int_distribution<long long> units(-2'000'000'000LL, 2'000'000'000LL);
    std::uniform_real_distribution<double> real(-1e9, 1e9);
    int mismatches = 0;
    for (int i = 0; i < 200'000; ++i) {
        const int decimals = i % 5;
        // Values with a 5 just past the cut (ties in the shortest form), values with few
        // decimals like the inputs', and arbitrary ones like computed rates.
        const double tie = (static_cast<double>(units(random)) * 10 + 5) / std::pow(10.0, decimals + 1);
        const double short_form = static_cast<double>(units(random)) / 1000.0;
        const double any = real(random) / std::pow(10.0, i % 9);
        for (double value : {tie, short_form, any}) {
            const std::string expected = oracle(value, decimals);
            const std::string got = format_number(value, machine_at(decimals));
            if (got != expected && ++mismatches <= 10) {
                char shown[64];
                std::snprintf(shown, sizeof shown, "%.17g", value);
                FAIL_CHECK(shown << " at " << decimals << " decimals: " << got << " but " << expected);
            }
        }
    }
    CHECK(mismatches == 0);
}

TEST_CASE("a carry can add a digit") {
    CHECK(format_number(9.99995, kMachineNumbers) == "10");
    CHECK(format_number(99.96, kEnglishNumbers) == "100.0");
    CHECK(format_number(999999.96, kEnglishNumbers) == "1,000,000.0");
    CHECK(format_number(-0.00005, kMachineNumbers) == "-0.0001");
    CHECK(format_number(0.00095, machine_at(3)) == "0.001");
}

TEST_CASE("no negative zero") {
    CHECK(format_number(-0.00001, kMachineNumbers) == "0");
    CHECK(format_number(-0.0, kMachineNumbers) == "0");
    CHECK(format_number(-0.04, kEnglishNumbers) == "0.0");
    CHECK(format_number(-0.00004999, kMachineNumbers) == "0");
    CHECK(format_number(-1e-300, kVietnameseNumbers) == "0,0");
    CHECK(format_number(0.0, kMachineNumbers) == "0");
}

TEST_CASE("machine numbers: dot, no grouping, 4 decimals, zeros trimmed") {
    CHECK(format_number(14386.6, kMachineNumbers) == "14386.6");
    CHECK(format_number(1234567.891, kMachineNumbers) == "1234567.891");
    CHECK(format_number(27700, kMachineNumbers) == "27700");
    CHECK(format_number(65.32490974729242, kMachineNumbers) == "65.3249");
    CHECK(format_number(-9605, kMachineNumbers) == "-9605");
    CHECK(format_number(0.00001, kMachineNumbers) == "0");
    CHECK(format_number(2.10, kMachineNumbers) == "2.1");
}

TEST_CASE("ungrouped numbers keep every decimal when asked, at every count of decimals") {
    const auto fixed = [](int decimals) { return NumberStyle{decimals, '.', '\0', false}; };
    CHECK(format_number(2.5, fixed(3)) == "2.500");
    CHECK(format_number(2.5, fixed(0)) == "3");  // half away from zero
    CHECK(format_number(-0.00004, fixed(4)) == "0.0000");
    CHECK(format_number(1234567.891, fixed(6)) == "1234567.891000");
    CHECK(format_number(0.0125, fixed(5)) == "0.01250");
    CHECK(format_number(-7.000001, fixed(6)) == "-7.000001");
    CHECK(format_number(99.99999, fixed(4)) == "100.0000");
    CHECK(format_number(3.14159, NumberStyle{1, ',', '\0', true}) == "3,1");
}

TEST_CASE("exponent forms are written out in plain digits") {
    CHECK(format_number(1e15, kMachineNumbers) == "1000000000000000");
    CHECK(format_number(1e15, kEnglishNumbers) == "1,000,000,000,000,000.0");
    CHECK(format_number(1e22, kMachineNumbers) == "10000000000000000000000");
    CHECK(format_number(-1.5e17, kVietnameseNumbers) == "-150.000.000.000.000.000,0");
    CHECK(format_number(1.5e-7, machine_at(8)) == "0.00000015");
    CHECK(format_number(1e-7, kMachineNumbers) == "0");
    CHECK(format_number(5e-324, kMachineNumbers) == "0");
    const std::string largest = format_number(std::numeric_limits<double>::max(), kMachineNumbers);
    CHECK(largest.size() == 309);
    CHECK(largest.rfind("17976931348623157000", 0) == 0);
    CHECK(largest.find('e') == std::string::npos);
}

TEST_CASE("the longest text fits: sign, 309 digits in 103 groups, 30 decimals") {
    const NumberStyle widest{30, '.', ',', false};
    const std::string text = format_number(-std::numeric_limits<double>::max(), widest);
    CHECK(text.size() == 1 + 309 + 102 + 1 + 30);
    CHECK(text.rfind("-179,769,313,486,231,570,000,", 0) == 0);
    CHECK(text.substr(text.size() - 31) == "." + std::string(30, '0'));
}

TEST_CASE("append_number appends what format_number returns") {
    std::string out = "x=";
    append_number(out, 2.675, language_style(Lang::en, 2, false));
    append_number(out, std::nan(""), kMachineNumbers);  // nothing
    append_number(out, -0.00001, kMachineNumbers);      // rounds to zero: no sign
    CHECK(out == "x=2.680");
}

TEST_CASE("grouping every three digits of the integer part") {
    CHECK(format_number(23730.5, kVietnameseNumbers) == "23.730,5");
    CHECK(format_number(23730.5, kEnglishNumbers) == "23,730.5");
    CHECK(format_number(100, kEnglishNumbers) == "100.0");
    CHECK(format_number(1000, kEnglishNumbers) == "1,000.0");
    CHECK(format_number(-1234.5, kEnglishNumbers) == "-1,234.5");
    CHECK(format_number(123456, kVietnameseNumbers) == "123.456,0");
}

TEST_CASE("non-finite values print as an absent figure, never nan") {
    CHECK(format_number(std::nan(""), kMachineNumbers).empty());
    CHECK(format_number(std::numeric_limits<double>::infinity(), kEnglishNumbers).empty());
    CHECK(format_number(-std::numeric_limits<double>::infinity(), kEnglishNumbers).empty());
}

TEST_CASE("optional values") {
    CHECK(format_optional(std::nullopt, kMachineNumbers).empty());
    CHECK(format_optional(2.5, kMachineNumbers) == "2.5");
}

TEST_CASE("prose helpers for the readable reports") {
    CHECK(format_value(523100, Lang::en) == "523,100");
    CHECK(format_value(523100, Lang::vi) == "523.100");
    CHECK(format_value(23730.54, Lang::vi) == "23.730,5");
    CHECK(format_value(14386.6, Lang::en) == "14,386.6");
    CHECK(format_value(22.96, Lang::en) == "23");
    CHECK(format_exact(25.8, Lang::vi) == "25,8");
    CHECK(format_exact(0.95, Lang::en) == "0.95");
    CHECK(format_exact(0.125, Lang::en) == "0.125");
    CHECK(format_percent(16.666, Lang::en) == "16.7 %");
    CHECK(format_percent(16.666, Lang::vi) == "16,7 %");
    CHECK(format_percent(14, Lang::en) == "14.0 %");
    CHECK(format_percent(-0.04, Lang::en) == "0.0 %");
    CHECK(format_ratio(0.8749, Lang::en) == "0.87");
    CHECK(format_ratio(0.875, Lang::vi) == "0,88");
    CHECK(format_ratio(1, Lang::en) == "1.00");
}

TEST_CASE("a figure beside a status is never rounded onto a threshold it is not at") {
    const double eurostat[] = {0.95, 0.60};
    // 0.59995 is off track (below 0.60): "0.60" at 2 decimals, 0.6000 at 4, 0.59995 at 5.
    CHECK(decimals_beside(0.59995, 2, eurostat) == 5);
    CHECK(decimals_beside(0.59995, 4, eurostat) == 5);
    CHECK(format_number(0.59995, language_style(Lang::en, 5, false)) == "0.59995");
    // 0.9499999 is at risk: "0.95" until 7 decimals (0.9499999).
    CHECK(decimals_beside(0.9499999, 2, eurostat) == 7);
    // Exactly at a threshold, and away from every one: the usual digits.
    CHECK(decimals_beside(0.60, 2, eurostat) == 2);
    CHECK(decimals_beside(0.95, 4, eurostat) == 4);
    CHECK(decimals_beside(0.8684, 2, eurostat) == 2);
    // 0.604 would print as the threshold itself: whether a bound is inclusive differs between
    // methods (dns's 20 % is partly cloudy, 20.04 % cloudy), so a figure shows it is not at it.
    CHECK(decimals_beside(0.604, 2, eurostat) == 3);
    CHECK(decimals_beside(0.61, 2, eurostat) == 2);
    // dns's s in percent, 1 decimal: 4.99996 % (sunny, below 5 %) is "5.0 %" at 1 decimal.
    const double dns[] = {5.0, 20.0};
    CHECK(decimals_beside(4.99996, 1, dns) == 5);
    CHECK(decimals_beside(20.00004, 1, dns) == 5);  // cloudy, above 20 %
    // A threshold with more digits than are printed (on_track: 0.953): 0.9535 is on track, yet
    // "0.95" at 2 decimals is below it; at 3, "0.954" is not.
    const double fine[] = {0.953, 0.6};
    CHECK(decimals_beside(0.9535, 2, fine) == 3);
}
