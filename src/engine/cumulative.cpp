// Cumulative targets: the sum of a series' yearly values from `from` (sum_from; the year after
// the base by default) to the as-of year, against a period total (tổng vốn đầu tư toàn xã hội
// 5 năm 2026–2030 trên 75.000 tỷ đồng).
//
// Every year of the window must have a value: one missing leaves the total unknown (insufficient
// data, the years named), never a partial sum. With S the total to year t, n = t - b the years
// summed and T the target year:
//   required_per_year = (X - S) / (T - t), beside the latest year's own amount;
//   projected total    = S + (S / n) (T - t), the yearly average carried on;
//   eurostat ratio     = projected / X = (S / X) / (n / (T - b)), the share of the total reached
//                        over the share of the period elapsed (as counts are paced);
//   yearly plan        = X / (T - b), the even amount a year, and the latest year against it;
//   a cap (< X):       X / projected, 1 at the cap, above it inside; a cap already passed is off
//                      track (yearly amounts are not negative in the plans this is for).
// The trajectory is the running total from (b, 0), which the unsd and dns methods read as a
// level (dns with absolute changes: a total grows by amounts, not rates).
#include <algorithm>
#include <cmath>

#include "judge.hpp"
#include "progress.hpp"

namespace chitieu {

void judge_cumulative(const Target& target, const YearValues& values, int as_of, const Assessment& assessment,
                      TargetResult& result) {
    const int from = target.sum_from;
    const int t_year = target.year;
    const int last = std::min(as_of, t_year);
    result.status = Status::insufficient_data;
    result.notes.push_back(make_note(NoteCode::cumulative_window, from, t_year));
    if (values.empty()) {
        result.notes.push_back(make_note(NoteCode::no_observation));
        return;
    }
    if (last < from) return;  // nothing to sum yet (as of the base year: evaluate() says nothing more)
    std::vector<std::string> missing = missing_years(values, from, last);
    if (!missing.empty()) {
        result.trajectory = to_trajectory(values);  // what there is, for the reader
        result.notes.push_back(make_names_note(NoteCode::years_missing, std::move(missing)));
        return;
    }
    double total = 0.0;
    result.trajectory.push_back({from - 1, 0.0});
    for (int year = from; year <= last; ++year) {
        total += values.at(year);
        result.trajectory.push_back({year, total});
    }
    if (!std::isfinite(total)) {
        result.trajectory.clear();
        return;
    }
    const double x = target.value;
    result.actual_value = total;
    result.actual_year = last;
    // No base_value: a total starts from nothing, and "0 (2025)" as a base says nothing. The
    // methods read the trajectory's (b, 0).
    result.recent_yearly_value = values.at(last);
    const double plan = x / (t_year - (from - 1));
    if (std::isfinite(plan)) {
        result.yearly_plan_value = plan;
        if (plan != 0.0 && std::isfinite(values.at(last) / plan * 100.0))
            result.yearly_plan_pct = values.at(last) / plan * 100.0;
    }
    set_gap_and_achievement(result, total, x, target.op);
    const int summed = last - from + 1;
    const int left = t_year - last;
    const double projected = total + total / summed * left;
    if (std::isfinite(projected)) result.projected_value = projected;
    if (left > 0) {
        const double per_year = (x - total) / left;
        if (std::isfinite(per_year)) result.required_per_year = per_year;
    }
    if (as_of >= t_year) {
        result.status = op_holds(target.op, total, x) ? Status::met : Status::not_met;
        if (as_of > t_year) result.notes.push_back(make_note(NoteCode::after_target_year, as_of));
        return;
    }
    if (op_direction(target.op) > 0) {
        if (op_holds(target.op, total, x)) {
            result.status = Status::met;  // the period total reached early
            return;
        }
        judge_pace(total, x, target, last, assessment, result);
        return;
    }
    if (!op_holds(target.op, total, x)) {
        result.status = Status::off_track;  // the cap is passed already
        return;
    }
    if (!(projected > 0.0)) {
        result.status = Status::on_track;
        return;
    }
    const double ratio = x / projected;
    if (!std::isfinite(ratio)) return;
    result.progress_ratio = ratio;
    result.status = progress_status(ratio, assessment);
}

}  // namespace chitieu
