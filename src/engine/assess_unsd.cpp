// The UN Statistics Division's SDG progress chart: how much of the way from the base value to the
// target the projection covers by the target year.
#include <cmath>

#include "assessment_methods.hpp"

namespace chitieu {

std::optional<MethodVerdict> unsd_verdict(double base_value, double projected, double target) {
    const double needed = target - base_value;
    if (needed == 0.0) return std::nullopt;  // no distance to cover: P is undefined
    const double p = (projected - base_value) / needed;
    if (!std::isfinite(p)) return std::nullopt;
    // The sign of X - x_0 carries the direction, so lower-is-better targets need no special case.
    MethodVerdict verdict;
    verdict.ratio = p;
    if (p >= kUnsdOnTrack) {
        verdict.status = Status::on_track;
        verdict.category = kUnsdOnTrackCategory;
    } else if (p >= kUnsdAcceleration) {
        verdict.status = Status::at_risk;
        verdict.category = kUnsdAccelerationCategory;
    } else {
        verdict.status = Status::off_track;
        verdict.category = kUnsdStagnationCategory;
    }
    return verdict;
}

}  // namespace chitieu
