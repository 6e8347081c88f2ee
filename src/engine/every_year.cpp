// every_year: true on a level, share or ratio target: the goal must hold in every observed year
// from the one after the base (duy trì tỷ lệ che phủ rừng trên 65 %), not only in the target year.
//
// A year that missed decides: off track before the target year, not met from it on, with the
// first such year named. None missed: on track before T (a later year may still miss), met at T
// only when every year from b + 1 to T is observed. These are facts, not a pace: the same under
// every assessment method (no progress ratio is kept).
#include <algorithm>

#include "judge.hpp"

namespace chitieu {

void judge_held_every_year(const Target& target, const YearValues& values, int as_of, TargetResult& result) {
    if (values.empty()) return;  // the judge said no_observation
    const int t_year = target.year;
    const int last = std::min(as_of, t_year);
    const bool after = as_of >= t_year;
    std::vector<std::string> failing;
    int first_failing = 0;
    int first_held = 0;
    int last_held = 0;
    for (auto it = values.upper_bound(target.base_year); it != values.end() && it->first <= last; ++it) {
        if (op_holds(target.op, it->second, target.value)) {
            if (first_held == 0) first_held = it->first;
            last_held = it->first;
            continue;
        }
        if (failing.empty()) first_failing = it->first;
        failing.push_back(std::to_string(it->first));
    }
    result.progress_ratio.reset();
    if (!failing.empty()) {
        // The first year that missed is the figure the reader needs: it is the actual shown.
        result.status = after ? Status::not_met : Status::off_track;
        result.actual_value = values.at(first_failing);
        result.actual_year = first_failing;
        // The rates and projection run to the latest year: another question than "held every year".
        for (std::optional<double>* figure :
             {&result.gap, &result.achievement_pct, &result.actual_rate_pct, &result.required_rate_pct,
              &result.remaining_rate_pct, &result.projected_value})
            figure->reset();
        set_gap_and_achievement(result, values.at(first_failing), target.value, target.op);
        Note note = make_names_note(NoteCode::every_year_failing, std::move(failing));
        note.year_a = first_failing;
        result.notes.push_back(std::move(note));
        return;
    }
    std::vector<std::string> missing = missing_years(values, target.base_year + 1, last);
    if (first_held == 0) {
        // Nothing observed after the base yet: a value at or before the base is no year held.
        result.status = Status::insufficient_data;
        if (as_of > target.base_year)
            result.notes.push_back(make_names_note(NoteCode::years_missing, missing));
        return;
    }
    if (after) {
        if (result.status != Status::met) return;  // the target year's own value decided it
        if (!missing.empty()) {
            result.status = Status::insufficient_data;
            result.notes.push_back(make_names_note(NoteCode::years_missing, std::move(missing)));
            return;
        }
        Note held = make_note(NoteCode::every_year_held, first_held, last_held);
        result.notes.push_back(held);
        return;
    }
    result.status = Status::on_track;
    result.notes.push_back(make_note(NoteCode::every_year_held, first_held, last_held));
    if (!missing.empty())
        result.notes.push_back(make_names_note(NoteCode::years_missing, std::move(missing)));
}

}  // namespace chitieu
