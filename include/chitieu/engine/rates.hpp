// The interface's formulas as plain functions, shared by the evaluator and `chitieu calc`.
// Rates are fractions (0.14 = 14 %). Each returns nullopt where the formula is undefined
// (non-positive values, zero years, zero denominators), never NaN or inf.
#pragma once

#include <optional>
#include <vector>

namespace chitieu {

// (v1 / v0)^(1/years) - 1; needs v0 > 0, v1 > 0, years > 0.
std::optional<double> compound_rate(double v0, double v1, double years);

// projection v * (1 + rate)^years; needs rate > -1, years >= 0.
std::optional<double> project_value(double value, double rate, double years);

// numerator / denominator * 100; needs denominator != 0.
std::optional<double> share_pct(double numerator, double denominator);

struct LandArea {
    double leased = 0.0;
    double leasable = 0.0;
};

// Σ leased / Σ leasable * 100; needs Σ leasable > 0.
std::optional<double> occupancy_weighted_pct(const std::vector<LandArea>& zones);
// mean of leased / leasable * 100 over zones with leasable > 0; needs at least one.
std::optional<double> occupancy_mean_pct(const std::vector<LandArea>& zones);

}  // namespace chitieu
