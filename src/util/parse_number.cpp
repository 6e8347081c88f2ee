// Number and year parsing with std::from_chars: locale-independent, whole-string, finite only.
#include "chitieu/util/parse_number.hpp"

#include <charconv>
#include <cmath>
#include <string>
#include <system_error>

#include "chitieu/util/utf8.hpp"

namespace chitieu {

namespace {

std::string_view trim(std::string_view text) {
    while (!text.empty() && (text.front() == ' ' || text.front() == '\t')) text.remove_prefix(1);
    while (!text.empty() && (text.back() == ' ' || text.back() == '\t')) text.remove_suffix(1);
    return text;
}

bool is_digit(char c) {
    return c >= '0' && c <= '9';
}

// Only [+-]digits[.digits][e[+-]digits]: from_chars alone would accept "nan", "inf" and hex.
bool plain_decimal(std::string_view text) {
    std::size_t i = 0;
    if (i < text.size() && (text[i] == '+' || text[i] == '-')) ++i;
    std::size_t digits = 0;
    while (i < text.size() && is_digit(text[i])) ++i, ++digits;
    if (i < text.size() && text[i] == '.') {
        ++i;
        while (i < text.size() && is_digit(text[i])) ++i, ++digits;
    }
    if (digits == 0) return false;
    if (i < text.size() && (text[i] == 'e' || text[i] == 'E')) {
        ++i;
        if (i < text.size() && (text[i] == '+' || text[i] == '-')) ++i;
        std::size_t exponent_digits = 0;
        while (i < text.size() && is_digit(text[i])) ++i, ++exponent_digits;
        if (exponent_digits == 0) return false;
    }
    return i == text.size();
}

// "27.700,5" -> "27700.5"; refuses misplaced group separators ("2.77,5").
bool normalise_decimal_comma(std::string_view text, std::string& out) {
    out.clear();
    const std::size_t comma = text.find(',');
    if (comma != std::string_view::npos && text.find(',', comma + 1) != std::string_view::npos) return false;
    const std::string_view whole = text.substr(0, comma);
    // Group separators must split the integer part into groups of exactly three digits.
    if (whole.find('.') != std::string_view::npos) {
        std::size_t start = (!whole.empty() && (whole[0] == '+' || whole[0] == '-')) ? 1 : 0;
        std::size_t group = 0;
        bool first = true;
        for (std::size_t i = start; i <= whole.size(); ++i) {
            if (i == whole.size() || whole[i] == '.') {
                if ((first && (group == 0 || group > 3)) || (!first && group != 3)) return false;
                first = false;
                group = 0;
            } else {
                ++group;
            }
        }
    }
    for (char c : whole)
        if (c != '.') out += c;
    if (comma != std::string_view::npos) {
        out += '.';
        out += text.substr(comma + 1);
    }
    return true;
}

// The text as a message quotes it: 'text', cut after 40 bytes (on a character boundary) so that
// a runaway cell does not make a megabyte-long message.
std::string quoted(std::string_view text) {
    constexpr std::size_t kShown = 40;
    if (text.size() <= kShown) return "'" + std::string(text) + "'";
    return "'" + std::string(truncate_utf8(text, kShown)) + "…'";
}

}  // namespace

NumberParse parse_number(std::string_view text, NumberConvention convention) {
    text = trim(text);
    NumberParse result;
    if (text.empty()) {
        result.error = "a number is missing here; write a value, or null for a missing one";
        return result;
    }
    std::string normalised;
    std::string_view digits = text;
    if (convention == NumberConvention::decimal_comma) {
        if (!normalise_decimal_comma(text, normalised)) {
            result.error =
                "'" + std::string(text) + "' is not a number in the decimal-comma convention (1.234,5)";
            return result;
        }
        digits = normalised;
    }
    if (!plain_decimal(digits)) {
        const bool has_comma = text.find(',') != std::string_view::npos;
        const bool grouped = convention == NumberConvention::dot && has_comma;
        result.error = quoted(text) + " is not a number";
        result.error_vi = quoted(text) + " không phải là số";
        if (grouped) {
            result.error +=
                "; numbers use a dot for decimals and no thousands separator (27700.5); "
                "for Vietnamese-style numbers like 27.700,5 use --decimal-comma";
            result.error_vi +=
                "; số mặc định dùng dấu chấm thập phân, không có dấu phân cách hàng nghìn (27700.5); "
                "với số viết kiểu Việt Nam như 27.700,5 hãy dùng --decimal-comma";
        } else if (convention == NumberConvention::dot) {
            result.error += "; write plain decimals like 1234.5";
            result.error_vi += "; hãy viết số thập phân đơn giản như 1234.5";
        }
        return result;
    }
    const char* first = digits.data();
    if (*first == '+') ++first;  // from_chars refuses a leading '+'
    double value = 0.0;
    const auto [end, ec] = std::from_chars(first, digits.data() + digits.size(), value);
    if (ec == std::errc::result_out_of_range || !std::isfinite(value)) {
        result.error = quoted(text) +
                       " is out of range for a number; check the digits and the "
                       "exponent (numbers run from about 5e-324 to 1.8e308 in size)";
        return result;
    }
    if (ec != std::errc() || end != digits.data() + digits.size()) {
        result.error = quoted(text) + " is not a number";
        return result;
    }
    // Under the dot convention "27.700" is a valid decimal; nothing to refuse there.
    result.value = value == 0.0 ? 0.0 : value;  // no negative zero
    return result;
}

bool is_thousands_group_shape(std::string_view text, char mark) {
    text = trim(text);
    if (text.size() < 5 || text[text.size() - 4] != mark) return false;
    const std::string_view group = text.substr(text.size() - 3);
    std::string_view whole = text.substr(0, text.size() - 4);
    if (!whole.empty() && (whole.front() == '-' || whole.front() == '+')) whole.remove_prefix(1);
    if (whole.empty() || whole.size() > 3 || whole.front() == '0') return false;
    for (char c : whole)
        if (!is_digit(c)) return false;
    for (char c : group)
        if (!is_digit(c)) return false;
    return true;
}

YearParse parse_year(std::string_view text) {
    text = trim(text);
    YearParse result;
    bool digits_only = !text.empty() && text.size() <= 4;
    for (char c : text) digits_only = digits_only && is_digit(c);
    int year = 0;
    if (digits_only) std::from_chars(text.data(), text.data() + text.size(), year);
    if (!digits_only || year < 1900 || year > 2100) {
        result.error = quoted(text) + " is not a year; years are whole numbers from 1900 to 2100";
        result.error_vi = quoted(text) + " không phải là năm; năm là số nguyên từ 1900 đến 2100";
        return result;
    }
    result.value = year;
    return result;
}

}  // namespace chitieu
