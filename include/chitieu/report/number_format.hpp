// The one place where numbers are rounded and printed.
//
// Rounding works on the decimal text a reader sees, not on the binary double: the value is first
// written in its SHORTEST round-trip form (std::to_chars without a precision: 2.675 -> "2.675",
// 1e22 -> "1e+22"), and that digit string is rounded half away from zero at `decimals`. So 2.675
// prints as "2.68" and 0.125 as "0.13" at 2 decimals, and 1.03125 as "1.0313" at 4, as an analyst
// rounding by hand or a spreadsheet shows them (printf gives "2.67": the double nearest 2.675 lies
// a hair below it; and "0.12": ties go to even). This is what the interface's "rounded to 4
// decimals" means.
//
// The output never has an exponent ("1e+22" prints all 23 digits) and never a negative zero: a
// value that rounds to zero prints without a sign.
#pragma once

#include <cstddef>
#include <optional>
#include <span>
#include <string>

#include "chitieu/model/text.hpp"

namespace chitieu {

struct NumberStyle {
    int decimals = 4;
    char decimal_point = '.';
    char group_separator = '\0';  // '\0': no grouping; else every 3 digits of the integer part
    bool trim_zeros = true;       // 14386.6000 -> 14386.6, 2.000 -> 2
};

inline constexpr NumberStyle kMachineNumbers{4, '.', '\0', true};     // CSV, JSON
inline constexpr NumberStyle kEnglishNumbers{1, '.', ',', false};     // 23,730.5
inline constexpr NumberStyle kVietnameseNumbers{1, ',', '.', false};  // 23.730,5

// Rounds half away from zero at `decimals` (clamped to 0..30); "-0" never appears.
// `value` must be finite; a NaN or infinity prints as "" (an absent figure), never "nan".
std::string format_number(double value, const NumberStyle& style);
// The same text appended to `out`, without allocating anything else.
void append_number(std::string& out, double value, const NumberStyle& style);
// The same text written at `out`, which has room for kMaxNumberChars; returns its end. For a
// writer that puts several numbers in one piece (the CSV rows: a million numbers a report).
inline constexpr std::size_t kMaxNumberChars = 512;
char* write_number(char* out, double value, const NumberStyle& style);
// Empty string for nullopt.
std::string format_optional(const std::optional<double>& value, const NumberStyle& style);

// The decimals to print `value` with beside a status that thresholds decided: `decimals`, or
// more where rounding at `decimals` would land the figure on a threshold the value is not at.
// A progress ratio of 0.59995 rounds to "0.60", the at-risk bound, beside "off track": at 5
// decimals it is "0.59995". Rounding never carries a figure across a threshold that has no
// more digits than it keeps, so landing on one is the only contradiction; the digits added stop
// where the rounded figure lies on the value's side of every threshold (a double's shortest
// form has at most 17 significant digits, so they stop).
int decimals_beside(double value, int decimals, std::span<const double> thresholds);

// The reader's convention for `lang` (en: 23,730.5; vi: 23.730,5) at `decimals`.
NumberStyle language_style(Lang lang, int decimals, bool trim_zeros);

// Prose helpers for the human-readable reports.
std::string format_value(double value, Lang lang);  // up to 1 decimal: "523,100", "23.730,5"
std::string format_exact(double value, Lang lang);  // up to 4 decimals: a target as written
// Numbers in the consistency rules' messages (engine::NumberText), as the English report prints
// them: 27,700 and 16.4, at most `decimals` decimals. `check`'s findings and `report`'s warnings.
std::string rule_message_number(double value, int decimals);
std::string format_percent(double value, Lang lang);  // 1 decimal and " %": "16.7 %", "16,7 %"
std::string format_ratio(double value, Lang lang);    // 2 decimals: "0.87", "0,87"

}  // namespace chitieu
