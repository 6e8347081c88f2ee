// Strict, locale-independent parsing of numbers and years from text (YAML scalars, CSV cells).
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace chitieu {

enum class NumberConvention {
    dot,            // 1234.5 (no thousands separator)
    decimal_comma,  // 1.234,5 or 1234,5 (Vietnamese convention; '.' groups thousands)
};

struct NumberParse {
    std::optional<double> value;  // set on success; always finite
    std::string error;            // on failure: what is wrong and what to do
    std::string error_vi{};       // the same in Vietnamese (Diagnostic::message_vi)
};

// Whole-string parse: leading/trailing spaces allowed, nothing else. Refuses nan, inf, hex,
// out-of-range magnitudes (1e400), and under `dot` a thousands separator or decimal comma
// ("27.700,5", "12,5"), with a hint to use --decimal-comma.
NumberParse parse_number(std::string_view text, NumberConvention convention = NumberConvention::dot);

// True when `text` (spaces around allowed) is a sign or none, one to three digits not starting
// with 0, `mark`, and exactly three digits: "23.730", "-1.500" for '.'; "23,730" for ','. Such a
// number reads as a decimal but may be a thousands group (23730); "23.73", "1.2345", "1234.567"
// and "0.125" cannot be one. Cheap on other texts: the fourth character from the end decides.
bool is_thousands_group_shape(std::string_view text, char mark);

struct YearParse {
    std::optional<int> value;
    std::string error;
    std::string error_vi{};
};

// A plain decimal integer in [1900, 2100]: no sign, no hex, no fraction.
YearParse parse_year(std::string_view text);

}  // namespace chitieu
