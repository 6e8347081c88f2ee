// Growth targets: X percent per year from the base year b to the target year T.
//
// compound (the reading of "tăng bình quân"): r_a = (V_t / V_b')^(1/(t-b')) - 1.
// arithmetic: the mean of the year-on-year rates of consecutive observed years.
// every_year: each year's rate must satisfy the target; the actual is the worst year.
// A growth target is never met early: the rate can still fall before T.
#include <algorithm>
#include <cmath>

#include "chitieu/engine/rates.hpp"
#include "judge.hpp"
#include "progress.hpp"

namespace chitieu {

namespace {

struct YearRate {
    int year;     // the later year of the pair (year - 1, year)
    double rate;  // fraction
};

// Rates of consecutive observed pairs with from <= year - 1 and year <= to. Pairs with a gap
// year between them are skipped (the brief: they are not one year's growth).
std::vector<YearRate> yearly_rates(const YearValues& values, int from, int to) {
    std::vector<YearRate> rates;
    for (auto it = values.upper_bound(from); it != values.end() && it->first <= to; ++it) {
        auto previous = values.find(it->first - 1);
        if (previous == values.end()) continue;
        if (std::optional<double> rate = compound_rate(previous->second, it->second, 1.0))
            rates.push_back({it->first, *rate});
    }
    return rates;
}

bool any_nonpositive(const YearValues& values, int from, int to) {
    for (auto it = values.lower_bound(from); it != values.end() && it->first <= to; ++it)
        if (!(it->second > 0.0)) return true;
    return false;
}

// Why no rate: no base from b on, or a single observation from the base.
void note_too_few(const Target& target, const YearValues& values, std::optional<int> base, int as_of,
                  TargetResult& result) {
    if (!base) {
        // As of a year before the base, evaluate() says so (before_base_year) instead.
        if (as_of >= target.base_year)
            result.notes.push_back(
                make_names_note(NoteCode::years_missing,
                                missing_years(values, target.base_year, std::min(as_of, target.year))));
    } else
        result.notes.push_back(make_note(NoteCode::single_observation, *base));
}

void judge_every_year(const Target& target, const YearValues& values, int as_of, std::optional<int> base,
                      TargetResult& result) {
    const double x = target.value;
    const int t_year = target.year;
    const int d = op_direction(target.op);
    const int latest = values.rbegin()->first;
    const bool after = as_of >= t_year;
    if (!base) {
        result.status = Status::insufficient_data;
        note_too_few(target, values, base, as_of, result);
        return;
    }
    // Years after T are no part of the target.
    const int last = std::min(latest, t_year);
    if (any_nonpositive(values, *base, last)) {
        result.status = Status::insufficient_data;
        result.notes.push_back(make_note(NoteCode::nonpositive_values));
        return;
    }
    std::vector<YearRate> rates = yearly_rates(values, *base, last);
    std::vector<std::string> failing;
    const YearRate* worst = nullptr;
    for (const YearRate& rate : rates) {
        if (!op_holds(target.op, rate.rate * 100.0, x)) failing.push_back(std::to_string(rate.year));
        // Worst: the lowest rate for higher-is-better, the highest for lower-is-better.
        if (worst == nullptr || d * rate.rate < d * worst->rate) worst = &rate;
    }
    if (worst != nullptr) {
        result.actual_value = worst->rate * 100.0;
        result.actual_rate_pct = worst->rate * 100.0;
        result.actual_year = worst->year;
        set_gap_and_achievement(result, worst->rate * 100.0, x, target.op);
    }
    if (!failing.empty()) {
        // A failing year decides, whether or not other years are missing.
        result.status = after ? Status::not_met : Status::off_track;
        result.notes.push_back(make_names_note(NoteCode::years_failing, std::move(failing)));
        if (after && as_of > t_year) result.notes.push_back(make_note(NoteCode::after_target_year, as_of));
        return;
    }
    if (after) {
        // Met only when every year b'+1..T is observed (and, above, none failed).
        const bool has_target_year = values.count(t_year) > 0;
        std::vector<std::string> missing = missing_years(values, *base + 1, t_year - 1);
        if (has_target_year && missing.empty() && !rates.empty()) {
            result.status = Status::met;
            if (as_of > t_year) result.notes.push_back(make_note(NoteCode::after_target_year, as_of));
            return;
        }
        result.status = Status::insufficient_data;
        if (!has_target_year) result.notes.push_back(make_note(NoteCode::target_year_missing, t_year));
        if (!missing.empty())
            result.notes.push_back(make_names_note(NoteCode::years_missing, std::move(missing)));
        else if (has_target_year)
            result.notes.push_back(make_note(NoteCode::single_observation, *base));
        return;
    }
    if (rates.empty()) {
        result.status = Status::insufficient_data;
        if (latest == *base)
            note_too_few(target, values, base, as_of, result);
        else
            result.notes.push_back(
                make_names_note(NoteCode::years_missing, missing_years(values, *base, latest)));
        return;
    }
    result.status = Status::on_track;  // every year so far satisfies the target
}

}  // namespace

void judge_growth(const Target& target, const YearValues& values, int as_of, const Assessment& assessment,
                  TargetResult& result) {
    const double x = target.value;
    const double target_rate = x / 100.0;  // r_g
    const int t_year = target.year;
    const int d = op_direction(target.op);
    result.trajectory = to_trajectory(values);
    result.required_rate_pct = x;  // the target rate itself
    if (target.mean == GrowthMean::arithmetic)
        result.notes.push_back(make_names_note(NoteCode::growth_mean, {"arithmetic"}));
    if (target.mean == GrowthMean::every_year)
        result.notes.push_back(make_names_note(NoteCode::growth_mean, {"every_year"}));
    if (values.empty()) {
        result.status = Status::insufficient_data;
        result.notes.push_back(make_note(NoteCode::no_observation));
        return;
    }
    const int latest = values.rbegin()->first;
    // A >= T: judged on the rate from b' to T, which needs a value at T.
    const bool after = as_of >= t_year;
    const bool has_target_year = values.count(t_year) > 0;
    const int end = after && has_target_year ? t_year : latest;
    std::optional<int> base = choose_base(values, target.base_year, end, result);

    if (target.mean == GrowthMean::every_year) {
        judge_every_year(target, values, as_of, base, result);
        return;
    }

    // Figures first (they are filled whatever the status), then the status.
    std::optional<NoteCode> undefined;  // why compound growth is undefined, if it is
    std::optional<double> actual_rate;
    if (base && end > *base) {
        const double base_value = values.at(*base);
        const double end_value = values.at(end);
        if (base_value * end_value < 0.0) {
            undefined = NoteCode::opposite_signs;
        } else if (!(base_value > 0.0) || !(end_value > 0.0) ||
                   (target.mean == GrowthMean::arithmetic && any_nonpositive(values, *base, end))) {
            undefined = NoteCode::nonpositive_values;  // no linear fallback for growth
        } else if (target.mean == GrowthMean::arithmetic) {
            std::vector<YearRate> rates = yearly_rates(values, *base, end);
            double sum = 0.0;
            for (const YearRate& rate : rates) sum += rate.rate;
            if (!rates.empty()) actual_rate = sum / static_cast<double>(rates.size());
        } else {
            actual_rate = compound_rate(base_value, end_value, end - *base);
        }
        if (actual_rate) {
            result.actual_value = *actual_rate * 100.0;
            result.actual_rate_pct = *actual_rate * 100.0;
            result.actual_year = end;
            set_gap_and_achievement(result, *actual_rate * 100.0, x, target.op);
            // remaining: the level the target rate would reach at T, and the rate still needed.
            if (end < t_year)
                if (std::optional<double> needed_level =
                        project_value(base_value, target_rate, t_year - *base))
                    if (std::optional<double> remaining =
                            compound_rate(end_value, *needed_level, t_year - end))
                        result.remaining_rate_pct = *remaining * 100.0;
            if (end <= t_year) result.projected_value = project_value(end_value, *actual_rate, t_year - end);
        }
    }

    result.status = Status::insufficient_data;
    if (after && !has_target_year) {
        result.notes.push_back(make_note(NoteCode::target_year_missing, t_year));
        return;
    }
    if (!base || end == *base) {  // needs two observations from the base on
        note_too_few(target, values, base, as_of, result);
        return;
    }
    if (undefined) {
        result.notes.push_back(make_note(*undefined));
        return;
    }
    if (!actual_rate) {
        // arithmetic with no consecutive pair: the years that would make one are missing.
        if (target.mean == GrowthMean::arithmetic)
            result.notes.push_back(
                make_names_note(NoteCode::years_missing, missing_years(values, *base, end)));
        return;
    }
    if (after) {
        result.status = op_holds(target.op, *actual_rate * 100.0, x) ? Status::met : Status::not_met;
        if (as_of > t_year) result.notes.push_back(make_note(NoteCode::after_target_year, as_of));
        return;
    }
    // A < T: never met early; ratio = d * r_a / |r_g| when r_g points the way d does.
    if (target_rate == 0.0) {
        result.notes.push_back(make_note(NoteCode::target_at_base));
        result.status = d * *actual_rate > 0.0 ? Status::on_track : Status::off_track;
        return;
    }
    // r_g against d (< 3 %/yr, > -2 %/yr) is a bound, not a distance to cover: growing 1 %/yr
    // satisfies "< 3 %/yr" and is met at T, yet d * r_a / |r_g| calls it off track. The ratio
    // generalised, 1 + d (r_a - r_g) / |r_g|, is d * r_a / |r_g| when r_g points the way d does,
    // and 2 + d * r_a / |r_g| when it points against d: 1 at the bound, above 1 inside it,
    // below past it, so the status before T says what the unchanged trend gives at T.
    const bool bound = d * target_rate < 0.0;
    double ratio = (bound ? 2.0 : 0.0) + d * *actual_rate / std::fabs(target_rate);
    if (!std::isfinite(ratio)) return;
    result.progress_ratio = ratio;
    result.status = progress_status(ratio, assessment);
}

}  // namespace chitieu
