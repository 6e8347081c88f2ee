// The two lines a chart draws beside the observations: the path the target asks for, from the
// base used to (T, X), and the projection from the latest year to T. Figures for the writers,
// computed here because writers never compute.
#include <algorithm>
#include <cmath>

#include "chitieu/engine/rates.hpp"
#include "judge.hpp"

namespace chitieu {

namespace {

std::optional<double> value_in(const std::vector<YearValue>& values, int year) {
    auto it = std::find_if(values.begin(), values.end(),
                           [year](const YearValue& point) { return point.year == year; });
    if (it == values.end()) return std::nullopt;
    return it->value;
}

// from_value (1 + rate)^(y - from) for y in from..to, ending exactly at `end_value`.
std::vector<YearValue> compound_path(int from, double from_value, double rate, int to, double end_value) {
    std::vector<YearValue> path;
    path.reserve(static_cast<std::size_t>(std::max(to - from + 1, 0)));  // one allocation a path
    for (int year = from; year <= to; ++year)
        if (std::optional<double> value = project_value(from_value, rate, year - from))
            path.push_back({year, *value});
    if (path.size() != static_cast<std::size_t>(to - from + 1)) return {};  // overflow on the way
    path.back().value = end_value;
    return path;
}

// The straight line from (from, from_value) to (to, end_value).
std::vector<YearValue> linear_path(int from, double from_value, int to, double end_value) {
    std::vector<YearValue> path;
    const double step = (end_value - from_value) / (to - from);
    if (!std::isfinite(step)) return {};
    path.reserve(static_cast<std::size_t>(std::max(to - from + 1, 0)));
    for (int year = from; year <= to; ++year) path.push_back({year, from_value + step * (year - from)});
    path.back().value = end_value;
    return path;
}

std::vector<YearValue> required_path(const Target& target, const TargetResult& result) {
    if (!result.base_year || !result.base_value || target.year <= *result.base_year) return {};
    const int base = *result.base_year;
    const double base_value = *result.base_value;
    if (target.kind == TargetKind::growth) {
        // The level the target rate implies, compounding from the base used.
        const double rate = target.value / 100.0;
        std::optional<double> end = project_value(base_value, rate, target.year - base);
        if (!end || !(base_value > 0.0)) return {};
        return compound_path(base, base_value, rate, target.year, *end);
    }
    // r_r is there exactly when the judge measured the pace in compound terms.
    if (result.required_rate_pct)
        return compound_path(base, base_value, *result.required_rate_pct / 100.0, target.year, target.value);
    return linear_path(base, base_value, target.year, target.value);
}

std::vector<YearValue> projection_path(const Target& target, const TargetResult& result) {
    if (!result.actual_year || !result.projected_value || *result.actual_year >= target.year) return {};
    const int latest = *result.actual_year;
    std::optional<double> latest_value = value_in(result.trajectory, latest);
    if (!latest_value) return {};
    if (result.actual_rate_pct)  // P_T = x_t (1 + r_a)^(T - t)
        return compound_path(latest, *latest_value, *result.actual_rate_pct / 100.0, target.year,
                             *result.projected_value);
    return linear_path(latest, *latest_value, target.year, *result.projected_value);
}

}  // namespace

void fill_chart_paths(const Target& target, TargetResult& result) {
    if (target.kind == TargetKind::count || target.kind == TargetKind::milestones) return;
    if (result.stage == Stage::outcome) return;  // the target year is observed: its value says it all
    result.required_path = required_path(target, result);
    // An assessment method may already have drawn the projection it judged (dns).
    if (result.projection_path.empty()) result.projection_path = projection_path(target, result);
}

}  // namespace chitieu
