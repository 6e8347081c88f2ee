// Where a judged target stands in its period (TargetResult::stage) and the figures a final review
// or a target met early prints: the margin past or short of the target, the change over the
// period. Computed here because writers never compute.
#include <cmath>

#include "judge.hpp"

namespace chitieu {

namespace {

std::optional<double> finite(double value) {
    return std::isfinite(value) ? std::optional<double>(value) : std::nullopt;
}

const YearValue* point_at(const std::vector<YearValue>& values, int year) {
    for (const YearValue& point : values)
        if (point.year == year) return &point;
    return nullptr;
}

bool series_kind(TargetKind kind) {
    return kind == TargetKind::level || kind == TargetKind::share || kind == TargetKind::occupancy;
}

// The first year of the run of trajectory years, ending at the latest, whose values satisfy the
// target: since when a target met early has held.
std::optional<int> held_since(const Target& target, const TargetResult& result) {
    std::optional<int> since;
    for (auto it = result.trajectory.rbegin(); it != result.trajectory.rend(); ++it) {
        if (it->year > *result.actual_year) continue;
        if (!op_holds(target.op, it->value, target.value)) break;
        since = it->year;
    }
    return since;
}

void fill_change(const Target& target, TargetResult& result) {
    if (!series_kind(target.kind) && target.kind != TargetKind::growth) return;
    if (!result.base_year || !result.base_value || !result.actual_year ||
        *result.actual_year <= *result.base_year)
        return;
    // A growth target's actual is its rate: the change is of the series' levels.
    const YearValue* end = point_at(result.trajectory, *result.actual_year);
    if (end == nullptr) return;
    const double base = *result.base_value;
    result.period_change = finite(end->value - base);
    if (base > 0.0 && end->value > 0.0) result.period_multiple = finite(end->value / base);
}

}  // namespace

void fill_outcome(const Target& target, int as_of, TargetResult& result) {
    const bool judged = result.status == Status::met || result.status == Status::not_met;
    if (judged && as_of >= target.year && result.actual_year) {
        // The target year's value is judged: nothing is left to project or to catch up on.
        result.stage = Stage::outcome;
        result.remaining_rate_pct.reset();
        result.projected_value.reset();
        result.projection_path.clear();
    } else if (result.status == Status::met && as_of < target.year) {
        // The remaining rate stays, the interface's r_rem (often negative: how far the value may
        // fall and still meet the target); the human-readable reports leave it out.
        result.stage = Stage::met_early;
        if (series_kind(target.kind) && result.actual_year) result.met_since = held_since(target, result);
    }
    if (result.achievement_pct) result.margin_pct = finite(*result.achievement_pct - 100.0);
    if (result.gap) result.margin_points = finite(op_direction(target.op) * *result.gap);
    fill_change(target, result);
}

}  // namespace chitieu
