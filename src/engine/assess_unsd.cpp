// The UN Statistics Division's SDG progress chart: how much of the way from the base value to the
// target the projection covers by the target year.
#include <cmath>

#include "assessment_methods.hpp"

namespace chitieu {

std::optional<MethodVerdict> unsd_verdict(Op op, double base_value, double projected, double target) {
    const double needed = target - base_value;
    if (needed == 0.0) return std::nullopt;  // no distance to cover: P is undefined
    const int d = op_direction(op);
    // X lies the way the target points (above x_0 for >, below for <): UNSD's share of the way
    // covered, whose sign of X - x_0 carries the direction. X on the other side (a bound the
    // value may move towards: < 120 from 100, a growth target of < 3 %/yr) is no distance to
    // cover, and that share would call a value drifting past the bound on track: there P is
    // 1 + d (x̂_T - X) / |X - x_0|, 1 at the bound, above it inside, below it past it. For X on
    // the target's side the two are the same number.
    const double p = d * needed > 0.0 ? (projected - base_value) / needed
                                      : 1.0 + d * (projected - target) / std::fabs(needed);
    if (!std::isfinite(p)) return std::nullopt;
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
