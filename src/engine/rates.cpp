// The interface's formulas. Every result passes std::isfinite before it leaves: huge or tiny
// inputs (1e300 / 1e-300) overflow silently in IEEE arithmetic, and a report must never show
// inf or NaN.
#include "chitieu/engine/rates.hpp"

#include <cmath>

namespace chitieu {

static std::optional<double> finite_or_none(double value) {
    if (!std::isfinite(value)) return std::nullopt;
    return value;
}

std::optional<double> compound_rate(double v0, double v1, double years) {
    // Written as !(x > 0) so that NaN inputs are refused too.
    if (!(v0 > 0.0) || !(v1 > 0.0) || !(years > 0.0)) return std::nullopt;
    if (!std::isfinite(v0) || !std::isfinite(v1) || !std::isfinite(years)) return std::nullopt;
    double growth = v1 / v0;
    if (!std::isfinite(growth) || growth == 0.0) return std::nullopt;  // overflow or underflow
    return finite_or_none(std::pow(growth, 1.0 / years) - 1.0);
}

std::optional<double> project_value(double value, double rate, double years) {
    if (!(rate > -1.0) || !(years >= 0.0)) return std::nullopt;
    if (!std::isfinite(value) || !std::isfinite(rate) || !std::isfinite(years)) return std::nullopt;
    return finite_or_none(value * std::pow(1.0 + rate, years));
}

std::optional<double> share_pct(double numerator, double denominator) {
    if (denominator == 0.0 || !std::isfinite(numerator) || !std::isfinite(denominator)) return std::nullopt;
    return finite_or_none(numerator / denominator * 100.0);
}

std::optional<double> occupancy_weighted_pct(const std::vector<LandArea>& zones) {
    double leased = 0.0;
    double leasable = 0.0;
    for (const LandArea& zone : zones) {
        leased += zone.leased;
        leasable += zone.leasable;
    }
    if (!(leasable > 0.0)) return std::nullopt;
    return finite_or_none(leased / leasable * 100.0);
}

std::optional<double> occupancy_mean_pct(const std::vector<LandArea>& zones) {
    double sum = 0.0;
    long counted = 0;
    for (const LandArea& zone : zones) {
        // A zone with no leasable land has no rate; it is skipped rather than counted as 0 %.
        if (!(zone.leasable > 0.0)) continue;
        sum += zone.leased / zone.leasable * 100.0;
        ++counted;
    }
    if (counted == 0) return std::nullopt;
    return finite_or_none(sum / static_cast<double>(counted));
}

}  // namespace chitieu
