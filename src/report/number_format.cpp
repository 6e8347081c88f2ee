#include "chitieu/report/number_format.hpp"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <string_view>

namespace chitieu {

namespace {

constexpr int kMaxDecimals = 30;  // more digits than a double holds, and a bound on the output

// A non-negative decimal number as significant digits and the position of the decimal point:
// value = 0.d1d2d3... x 10^point, i.e. `point` digits stand before the point. "2.675" is
// {"2675", 1}, "0.0125" is {"125", -1}, "1e+22" is {"1", 23}.
struct Decimal {
    std::string digits;
    int point = 0;
};

// Parses what std::to_chars wrote (no sign): "123.45", "0.001", "1e+22", "1.5e-07".
Decimal parse_shortest(std::string_view text) {
    Decimal decimal;
    int exponent = 0;
    const std::size_t e = text.find('e');
    if (e != std::string_view::npos) {
        std::from_chars(text.data() + e + (text[e + 1] == '+' ? 2 : 1), text.data() + text.size(), exponent);
        text = text.substr(0, e);
    }
    const std::size_t dot = text.find('.');
    const std::string_view whole = text.substr(0, dot);
    decimal.digits = std::string(whole);
    if (dot != std::string_view::npos) decimal.digits += text.substr(dot + 1);
    decimal.point = static_cast<int>(whole.size()) + exponent;

    // Leading zeros ("0.0125") carry no information: drop them and move the point.
    std::size_t zeros = 0;
    while (zeros + 1 < decimal.digits.size() && decimal.digits[zeros] == '0') ++zeros;
    decimal.digits.erase(0, zeros);
    decimal.point -= static_cast<int>(zeros);
    return decimal;
}

// Rounds half away from zero, keeping `decimals` digits after the point. Works on the digit
// string only, so the result is exactly what the shortest form says, rounded by hand.
void round_decimal(Decimal& decimal, int decimals) {
    const long keep = static_cast<long>(decimal.point) + decimals;  // digits before the cut
    if (keep >= static_cast<long>(decimal.digits.size())) return;   // nothing to cut
    if (keep < 0) {                                                 // the cut is left of every digit
        decimal = {"0", 1};
        return;
    }
    const std::size_t cut = static_cast<std::size_t>(keep);
    const bool up = decimal.digits[cut] >= '5';
    decimal.digits.erase(cut);
    if (!up) {
        if (decimal.digits.empty()) decimal = {"0", 1};
        return;
    }
    std::size_t i = decimal.digits.size();
    while (i > 0 && decimal.digits[i - 1] == '9') decimal.digits[--i] = '0';
    if (i > 0) {
        ++decimal.digits[i - 1];
    } else {  // 9.96 -> 10.0: the carry makes a new leading digit
        decimal.digits.insert(decimal.digits.begin(), '1');
        ++decimal.point;
    }
}

std::string group(const std::string& integer, char separator) {
    if (separator == '\0' || integer.size() <= 3) return integer;
    std::string out;
    const std::size_t first = integer.size() % 3 == 0 ? 3 : integer.size() % 3;
    out.append(integer, 0, first);
    for (std::size_t i = first; i < integer.size(); i += 3) {
        out += separator;
        out.append(integer, i, 3);
    }
    return out;
}

}  // namespace

std::string format_number(double value, const NumberStyle& style) {
    if (!std::isfinite(value)) return "";
    const int decimals = std::clamp(style.decimals, 0, kMaxDecimals);

    char buffer[64];
    const auto result = std::to_chars(buffer, buffer + sizeof buffer, std::fabs(value));
    Decimal decimal = parse_shortest(std::string_view(buffer, static_cast<std::size_t>(result.ptr - buffer)));
    round_decimal(decimal, decimals);

    const int length = static_cast<int>(decimal.digits.size());
    const auto digit_at = [&](int position) {  // position 0 is the first significant digit
        return position >= 0 && position < length ? decimal.digits[static_cast<std::size_t>(position)] : '0';
    };
    std::string integer;
    for (int i = 0; i < decimal.point; ++i) integer += digit_at(i);
    if (integer.empty()) integer = "0";
    std::string fraction;
    for (int i = 0; i < decimals; ++i) fraction += digit_at(decimal.point + i);
    if (style.trim_zeros) {
        while (!fraction.empty() && fraction.back() == '0') fraction.pop_back();
    }

    const bool zero = decimal.digits.find_first_not_of('0') == std::string::npos;
    std::string out = value < 0 && !zero ? "-" : "";
    out += group(integer, style.group_separator);
    if (!fraction.empty()) {
        out += style.decimal_point;
        out += fraction;
    }
    return out;
}

std::string format_optional(const std::optional<double>& value, const NumberStyle& style) {
    return value ? format_number(*value, style) : std::string();
}

NumberStyle language_style(Lang lang, int decimals, bool trim_zeros) {
    NumberStyle style = lang == Lang::vi ? kVietnameseNumbers : kEnglishNumbers;
    style.decimals = decimals;
    style.trim_zeros = trim_zeros;
    return style;
}

std::string format_value(double value, Lang lang) {
    return format_number(value, language_style(lang, 1, true));
}

std::string format_exact(double value, Lang lang) {
    return format_number(value, language_style(lang, 4, true));
}

std::string format_percent(double value, Lang lang) {
    return format_number(value, language_style(lang, 1, false)) + " %";
}

std::string format_ratio(double value, Lang lang) {
    return format_number(value, language_style(lang, 2, false));
}

}  // namespace chitieu
