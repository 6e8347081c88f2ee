#include "chitieu/report/number_format.hpp"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <cstring>
#include <string_view>

namespace chitieu {

namespace {

constexpr int kMaxDecimals = 30;  // more digits than a double holds, and a bound on the output

// A non-negative decimal number as significant digits and the position of the decimal point:
// value = 0.d1d2d3... x 10^point, i.e. `point` digits stand before the point. "2.675" is
// {"2675", 1}, "0.0125" is {"125", -1}, "1e+22" is {"1", 23}. The digits live in a fixed array
// (a double's shortest form has at most 17, a rounding carry adds one): formatting a number
// allocates nothing but the output it appends to, which matters at a million cells per report.
struct Decimal {
    char digits[24];
    int length = 0;
    int point = 0;

    void set_zero() {
        digits[0] = '0';
        length = 1;
        point = 1;
    }
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
    int whole = 0;
    bool seen_dot = false;
    for (const char c : text) {
        if (c == '.') {
            seen_dot = true;
            continue;
        }
        if (decimal.length == static_cast<int>(sizeof decimal.digits) - 1) break;  // never: <= 17 digits
        decimal.digits[decimal.length++] = c;
        if (!seen_dot) ++whole;
    }
    decimal.point = whole + exponent;

    // Leading zeros ("0.0125") carry no information: drop them and move the point.
    int zeros = 0;
    while (zeros + 1 < decimal.length && decimal.digits[zeros] == '0') ++zeros;
    std::copy(decimal.digits + zeros, decimal.digits + decimal.length, decimal.digits);
    decimal.length -= zeros;
    decimal.point -= zeros;
    return decimal;
}

// Rounds half away from zero, keeping `decimals` digits after the point. Works on the digit
// string only, so the result is exactly what the shortest form says, rounded by hand.
void round_decimal(Decimal& decimal, int decimals) {
    const long keep = static_cast<long>(decimal.point) + decimals;  // digits before the cut
    if (keep >= decimal.length) return;                             // nothing to cut
    if (keep < 0) {                                                 // the cut is left of every digit
        decimal.set_zero();
        return;
    }
    const int cut = static_cast<int>(keep);
    const bool up = decimal.digits[cut] >= '5';
    decimal.length = cut;
    if (!up) {
        if (decimal.length == 0) decimal.set_zero();
        return;
    }
    int i = decimal.length;
    while (i > 0 && decimal.digits[i - 1] == '9') decimal.digits[--i] = '0';
    if (i > 0) {
        ++decimal.digits[i - 1];
    } else {  // 9.96 -> 10.0: the carry makes a new leading digit
        char* const end = decimal.digits + decimal.length;
        std::copy_backward(decimal.digits, end, end + 1);
        decimal.digits[0] = '1';
        ++decimal.length;
        ++decimal.point;
    }
}

// The rounded digits straight from the binary value, without its shortest form, when that gives
// the same answer: rounding the shortest form and rounding the value itself differ only when a
// rounding boundary (…5 at the first cut digit) lies between the two, and the two are within
// half a unit in the last place of each other. So when value x 10^decimals is farther than a
// generous margin (1e-15 relative, 8 units in the last place) from the nearest half, the digits
// are round(value x 10^decimals); otherwise, or beyond 2^53, the caller takes the exact way.
// Nine in ten report cells take this path: the shortest form was most of a CSV report's time.
constexpr unsigned long long kUnitPowers[] = {1, 10, 100, 1000, 10000, 100000, 1000000};

bool round_directly(double magnitude, int decimals, unsigned long long& units) {
    if (decimals >= static_cast<int>(std::size(kUnitPowers))) return false;
    const double scaled = magnitude * static_cast<double>(kUnitPowers[decimals]);
    if (!(scaled < 9.0e15)) return false;
    // Truncation is the floor here (0 <= scaled < 2^53), one instruction instead of a call; the
    // whole part converts back exactly, so the fraction is exact too.
    const auto whole = static_cast<unsigned long long>(scaled);
    const double fraction = scaled - static_cast<double>(whole);
    if (std::fabs(fraction - 0.5) <= scaled * 1e-15 + 1e-300) return false;
    units = whole + (fraction > 0.5 ? 1 : 0);
    return true;
}

// `units` (the value times 10^decimals, rounded) as digits and point.
Decimal decimal_of_units(unsigned long long units, int decimals) {
    char reversed[24];
    int length = 0;
    do {
        reversed[length++] = static_cast<char>('0' + units % 10);
        units /= 10;
    } while (units != 0);
    Decimal decimal;
    decimal.length = length;
    for (int i = 0; i < length; ++i) decimal.digits[i] = reversed[length - 1 - i];
    decimal.point = length - decimals;
    return decimal;
}

// The common case without grouping (every CSV and JSON number): integer and fraction parts
// straight from `units`, into `out`; returns the end.
char* write_ungrouped(char* out, bool negative, unsigned long long units, int decimals,
                      const NumberStyle& style) {
    if (negative && units != 0) *out++ = '-';
    const unsigned long long power = kUnitPowers[decimals];
    out = std::to_chars(out, out + 20, units / power).ptr;  // below 9e15: 16 digits at most
    // Every decimal, zeros included, from the right; then trailing zeros cut.
    auto rest = static_cast<unsigned>(units % power);  // below 10^6
    char digits[8] = {};
    for (int i = decimals - 1; i >= 0; --i) {
        digits[i] = static_cast<char>('0' + rest % 10);
        rest /= 10;
    }
    int length = decimals;
    if (style.trim_zeros)
        while (length > 0 && digits[length - 1] == '0') --length;
    if (length > 0) {
        *out++ = style.decimal_point;
        std::memcpy(out, digits, sizeof digits);  // a fixed size: one move; `length` of them count
        out += length;
    }
    return out;
}

}  // namespace

char* write_number(char* out, double value, const NumberStyle& style) {
    if (!std::isfinite(value)) return out;
    const int decimals = std::clamp(style.decimals, 0, kMaxDecimals);

    Decimal decimal;
    unsigned long long units = 0;
    if (round_directly(std::fabs(value), decimals, units)) {
        if (style.group_separator == '\0') return write_ungrouped(out, value < 0, units, decimals, style);
        decimal = decimal_of_units(units, decimals);
    } else {
        char buffer[64];
        const auto result = std::to_chars(buffer, buffer + sizeof buffer, std::fabs(value));
        decimal = parse_shortest(std::string_view(buffer, static_cast<std::size_t>(result.ptr - buffer)));
        round_decimal(decimal, decimals);
    }

    const auto digit_at = [&](int position) {  // position 0 is the first significant digit
        return position >= 0 && position < decimal.length ? decimal.digits[position] : '0';
    };
    // At most kMaxNumberChars: the largest double has 309 integer digits, 102 group separators,
    // and 30 decimals at most.
    const bool zero =
        std::all_of(decimal.digits, decimal.digits + decimal.length, [](char c) { return c == '0'; });
    if (value < 0 && !zero) *out++ = '-';

    // The integer part, a separator before every group of three counted from the point.
    if (decimal.point <= 0) *out++ = '0';
    for (int i = 0; i < decimal.point; ++i) {
        const bool group_starts = i > 0 && (decimal.point - i) % 3 == 0;
        if (style.group_separator != '\0' && group_starts) *out++ = style.group_separator;
        *out++ = digit_at(i);
    }

    int fraction_length = decimals;
    if (style.trim_zeros) {
        while (fraction_length > 0 && digit_at(decimal.point + fraction_length - 1) == '0') --fraction_length;
    }
    if (fraction_length > 0) {
        *out++ = style.decimal_point;
        for (int i = 0; i < fraction_length; ++i) *out++ = digit_at(decimal.point + i);
    }
    return out;
}

void append_number(std::string& out, double value, const NumberStyle& style) {
    char text[kMaxNumberChars];
    out.append(text, write_number(text, value, style));
}

std::string format_number(double value, const NumberStyle& style) {
    std::string out;
    append_number(out, value, style);
    return out;
}

std::string format_optional(const std::optional<double>& value, const NumberStyle& style) {
    return value ? format_number(*value, style) : std::string();
}

int decimals_beside(double value, int decimals, std::span<const double> thresholds) {
    if (!std::isfinite(value)) return decimals;
    const auto side = [](double a, double b) { return (a > b) - (a < b); };
    for (int places = std::max(decimals, 0); places < kMaxDecimals; ++places) {
        // The figure as printed, read back: the digits are the same in every language's style.
        char text[kMaxNumberChars];
        const NumberStyle plain{places, '.', '\0', true};
        char* const end = write_number(text, value, plain);
        double printed = 0.0;
        std::from_chars(text, end, printed);
        bool agrees = true;
        for (const double threshold : thresholds)
            if (side(printed, threshold) != side(value, threshold)) agrees = false;
        if (agrees) return places;
    }
    return kMaxDecimals;
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

std::string rule_message_number(double value, int decimals) {
    return format_number(value, language_style(Lang::en, decimals, true));
}

std::string format_percent(double value, Lang lang) {
    return format_number(value, language_style(lang, 1, false)) + " %";
}

std::string format_ratio(double value, Lang lang) {
    return format_number(value, language_style(lang, 2, false));
}

}  // namespace chitieu
