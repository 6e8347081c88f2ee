// Change targets: the average yearly change in the series' own points from the base year
// (giảm tỷ lệ hộ nghèo bình quân 1,5 %/năm: -1.5 percentage points a year), no compound rate:
//   a = (x_t - x_b') / (t - b'), judged against X with the target's op (<= -1.5: a fall of at
//   least 1.5 points a year).
// Like a growth target it is never met early (the average can still move before T), and its
// status before T is the growth target's generalised ratio, in points instead of rates:
//   d a / |X| where X points the way d does, 2 + d a / |X| where X is a bound on the other side.
// The projection is the straight line x_t + a (T - t).
#include <algorithm>
#include <cmath>

#include "judge.hpp"
#include "progress.hpp"

namespace chitieu {

void judge_change(const Target& target, const YearValues& values, int as_of, const Assessment& assessment,
                  TargetResult& result) {
    const double x = target.value;
    const int t_year = target.year;
    const int d = op_direction(target.op);
    result.trajectory = to_trajectory(values);
    result.status = Status::insufficient_data;
    if (values.empty()) {
        result.notes.push_back(make_note(NoteCode::no_observation));
        return;
    }
    const int latest = values.rbegin()->first;
    const bool after = as_of >= t_year;
    const bool has_target_year = values.count(t_year) > 0;
    const int end = after && has_target_year ? t_year : latest;
    const std::optional<int> base = choose_base(values, target.base_year, end, result);
    if (base && end > *base) {
        const double change = (values.at(end) - values.at(*base)) / (end - *base);
        if (std::isfinite(change)) {
            result.actual_value = change;
            result.actual_year = end;
            set_gap_and_achievement(result, change, x, target.op);
            if (end <= t_year) {
                const double projected = values.at(end) + change * (t_year - end);
                if (std::isfinite(projected)) result.projected_value = projected;
            }
        }
    }
    if (after && !has_target_year) {
        result.notes.push_back(make_note(NoteCode::target_year_missing, t_year));
        return;
    }
    if (!base) {
        if (as_of >= target.base_year)
            result.notes.push_back(make_names_note(
                NoteCode::years_missing, missing_years(values, target.base_year, std::min(as_of, t_year))));
        return;
    }
    if (end == *base) {
        result.notes.push_back(make_note(NoteCode::single_observation, *base));
        return;
    }
    if (!result.actual_value) return;  // only on overflow
    const double change = *result.actual_value;
    if (after) {
        result.status = op_holds(target.op, change, x) ? Status::met : Status::not_met;
        if (as_of > t_year) result.notes.push_back(make_note(NoteCode::after_target_year, as_of));
        return;
    }
    if (x == 0.0) {
        result.notes.push_back(make_note(NoteCode::target_at_base));
        result.status = d * change > 0.0 ? Status::on_track : Status::off_track;
        return;
    }
    const bool bound = d * x < 0.0;
    const double ratio = (bound ? 2.0 : 0.0) + d * change / std::fabs(x);
    if (!std::isfinite(ratio)) return;
    result.progress_ratio = ratio;
    result.status = progress_status(ratio, assessment);
}

}  // namespace chitieu
