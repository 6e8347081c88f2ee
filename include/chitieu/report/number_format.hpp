// The one place where numbers are rounded and printed.
#pragma once

#include <optional>
#include <string>

namespace chitieu {

struct NumberStyle {
    int decimals = 4;
    char decimal_point = '.';
    char group_separator = '\0';   // '\0': no grouping
    bool trim_zeros = true;        // 14386.6000 -> 14386.6
};

inline constexpr NumberStyle kMachineNumbers{4, '.', '\0', true};   // CSV, JSON
inline constexpr NumberStyle kEnglishNumbers{1, '.', ',', false};   // 23,730.5
inline constexpr NumberStyle kVietnameseNumbers{1, ',', '.', false}; // 23.730,5

// Rounds half away from zero at `decimals`; "-0" never appears. `value` must be finite.
std::string format_number(double value, const NumberStyle& style);
// Empty string for nullopt.
std::string format_optional(const std::optional<double>& value, const NumberStyle& style);

}  // namespace chitieu
