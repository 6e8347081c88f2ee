// Level, share and occupancy targets: a yearly series judged against the target value.
//
// Notation (brief and interface): X target value, T target year, b base year, A as-of year,
// t latest observed year <= A, b' the base year actually used, d = op_direction(op).
#include <algorithm>
#include <cmath>

#include "chitieu/engine/rates.hpp"
#include "judge.hpp"
#include "progress.hpp"

namespace chitieu {

YearValues observed_values(const Series* series, int as_of) {
    YearValues values;
    if (series == nullptr) return values;
    values.reserve(series->values.size());
    for (const auto& [year, observation] : series->values) {
        if (year > as_of) break;
        values.emplace(year, observation.value);
    }
    return values;
}

YearValues share_values(const Series* numerator, const Series* denominator, int as_of,
                        std::vector<Note>& notes) {
    // A share is a ratio scaled to percent (ratio.cpp): the same years, the same zero denominators.
    return ratio_values(numerator, denominator, 100.0, as_of, notes);
}

namespace {

// The pace from the base to the judged year, in one of the two forms the brief allows.
struct Pace {
    bool opposite_signs = false;
    std::optional<double> move;    // r_a (compound) or the yearly slope a (linear)
    std::optional<double> needed;  // r_r (compound) or the slope needed (linear)
};

Pace measure_pace(const Target& target, int base, double base_value, int end, double end_value,
                  TargetResult& result) {
    Pace pace;
    const double x = target.value;
    const int t_year = target.year;
    // Opposite signs: neither a ratio of levels nor a slope between them means anything useful.
    if (base_value * end_value < 0.0) {
        pace.opposite_signs = true;
        return pace;
    }
    if (base_value > 0.0 && end_value > 0.0 && x > 0.0) {
        // Compound case: r_r from the base used, r_rem only while years remain, P_T at r_a.
        std::optional<double> required = compound_rate(base_value, x, t_year - base);
        result.required_rate_pct = required ? std::optional<double>(*required * 100.0) : std::nullopt;
        if (end < t_year)
            if (std::optional<double> remaining = compound_rate(end_value, x, t_year - end))
                result.remaining_rate_pct = *remaining * 100.0;
        if (end > base) {
            pace.move = compound_rate(base_value, end_value, end - base);
            if (pace.move) {
                result.actual_rate_pct = *pace.move * 100.0;
                if (end <= t_year)
                    result.projected_value = project_value(end_value, *pace.move, t_year - end);
            }
        }
        pace.needed = required;
        return pace;
    }
    // Linear case (base, latest or target <= 0, same signs): absolute slopes, rate fields empty.
    if (end <= base) return pace;  // one observation: nothing measured, so no linear_pace note either
    result.notes.push_back(make_note(NoteCode::linear_pace));
    double slope = (end_value - base_value) / (end - base);
    if (!std::isfinite(slope)) return pace;
    pace.move = slope;
    if (t_year > base) {
        double need = (x - base_value) / (t_year - base);
        if (std::isfinite(need)) pace.needed = need;
    }
    if (end <= t_year) {
        double projected = end_value + slope * (t_year - end);
        if (std::isfinite(projected)) result.projected_value = projected;
    }
    return pace;
}

}  // namespace

void judge_series(const Target& target, const YearValues& values, int as_of, const Assessment& assessment,
                  TargetResult& result) {
    result.trajectory = to_trajectory(values);
    if (values.empty()) {
        result.status = Status::insufficient_data;
        result.notes.push_back(make_note(NoteCode::no_observation));
        return;
    }
    const double x = target.value;
    const int t_year = target.year;
    const int latest = values.rbegin()->first;
    // A >= T: judged on the value AT the target year when there is one; otherwise the figures
    // come from the latest observation and the status says the target year is missing.
    const bool after = as_of >= t_year;
    const bool has_target_year = values.count(t_year) > 0;
    const int end = after && has_target_year ? t_year : latest;
    const double end_value = values.at(end);

    result.actual_value = end_value;
    result.actual_year = end;
    set_gap_and_achievement(result, end_value, x, target.op);

    std::optional<int> base = choose_base(values, target.base_year, end, result);
    Pace pace;
    if (base) pace = measure_pace(target, *base, *result.base_value, end, end_value, result);

    if (after) {
        if (!has_target_year) {
            result.status = Status::insufficient_data;
            result.notes.push_back(make_note(NoteCode::target_year_missing, t_year));
            return;
        }
        result.status = op_holds(target.op, end_value, x) ? Status::met : Status::not_met;
        if (as_of > t_year) result.notes.push_back(make_note(NoteCode::after_target_year, as_of));
        return;
    }
    result.status = Status::insufficient_data;
    if (!base) {
        // Only years before the base: nothing from the base year on to measure a pace from, nor
        // to be met early with (a value from before the plan period is no achievement of it).
        // As of a year before the base, evaluate() says so instead.
        if (as_of >= target.base_year)
            result.notes.push_back(
                make_names_note(NoteCode::years_missing, missing_years(values, target.base_year, as_of)));
        return;
    }
    // A < T: a target already satisfied is met (achieved early), even with one observation.
    if (op_holds(target.op, end_value, x)) {
        result.status = Status::met;
        return;
    }
    if (end == *base) {  // t == b': one observation, no pace
        result.notes.push_back(make_note(NoteCode::single_observation, end));
        return;
    }
    if (pace.opposite_signs) {
        result.notes.push_back(make_note(NoteCode::opposite_signs));
        return;
    }
    if (!pace.move || !pace.needed) return;  // only on overflow; the empty figures say why
    const int d = op_direction(target.op);
    if (*pace.needed == 0.0) {
        // X equals the base value exactly: the ratio is undefined; any move in the right
        // direction is on track.
        result.notes.push_back(make_note(NoteCode::target_at_base));
        result.status = d * *pace.move > 0.0 ? Status::on_track : Status::off_track;
        return;
    }
    // ratio = d * r_a / |r_r| (linear: d * a / |need|), thresholds from the assessment.
    double ratio = d * *pace.move / std::fabs(*pace.needed);
    if (!std::isfinite(ratio)) return;
    result.progress_ratio = ratio;
    result.status = progress_status(ratio, assessment);
}

}  // namespace chitieu
