// Small helpers shared by the judges.
#include <algorithm>
#include <cmath>

#include "judge.hpp"
#include "progress.hpp"

namespace chitieu {

Note make_note(NoteCode code, int year_a, int year_b) {
    Note note{};
    note.code = code;
    note.year_a = year_a;
    note.year_b = year_b;
    return note;
}

Note make_names_note(NoteCode code, std::vector<std::string> names) {
    Note note{};
    note.code = code;
    note.names = std::move(names);
    return note;
}

std::optional<int> choose_base(const YearValues& values, int base_year, int last, TargetResult& result) {
    // The interface: a missing base-year value falls back to the first LATER year with data.
    // Years before the base stay in the trajectory but never become the base.
    auto it = values.lower_bound(base_year);
    if (it == values.end() || it->first > last) return std::nullopt;
    if (it->first != base_year)
        result.notes.push_back(make_note(NoteCode::base_year_fallback, base_year, it->first));
    result.base_year = it->first;
    result.base_value = it->second;
    return it->first;
}

std::vector<std::string> missing_years(const YearValues& values, int from, int to) {
    std::vector<std::string> years;
    for (int year = from; year <= to; ++year)
        if (values.count(year) == 0) years.push_back(std::to_string(year));
    return years;
}

void set_gap_and_achievement(TargetResult& result, double actual, double target, Op op) {
    double gap = actual - target;
    if (std::isfinite(gap)) result.gap = gap;
    if (std::optional<double> achievement = achievement_pct(actual, target, op))
        result.achievement_pct = *achievement;
}

std::optional<double> achievement_pct(double actual, double target, Op op) {
    // Zero target: no multiple of it to be a percentage of.
    if (target == 0.0) return std::nullopt;
    double achievement = 0.0;
    if (op_direction(op) * target > 0.0) {
        // A larger magnitude is better (> 27,700; < -2 %/yr): the interface's actual / target,
        // 100 % exactly at the target, continuous through zero (a negative actual is negative).
        achievement = actual / target * 100.0;
    } else {
        // A smaller magnitude is better (< 1 %, > -2 %/yr): the inverse ratio, target / actual,
        // the convention for lower-is-better indicators. 3.1 against < 1 is 32.3 %, 0.5 is
        // 200 %. An actual at zero or past it (0 %, or -1 %/yr against < 3 %/yr) has beaten the
        // bound outright: no percentage of it means anything, so the cell stays empty.
        if (!(actual / target > 0.0)) return std::nullopt;
        achievement = target / actual * 100.0;
    }
    if (!std::isfinite(achievement)) return std::nullopt;
    return achievement;
}

double count_needed(Op op, double target) {
    switch (op) {
        case Op::gt:
            return std::floor(target) + 1.0;  // > 4: 5
        case Op::ge:
            return std::ceil(target);  // >= 4.5: 5
        case Op::lt:
            return std::ceil(target) - 1.0;  // < 4: 3
        case Op::le:
            return std::floor(target);  // <= 4.5: 4
        case Op::between:
            return std::ceil(target);  // [4.5, 7]: 5, the band's lower end as >=
    }
    return target;
}

std::vector<YearValue> to_trajectory(const YearValues& values) {
    std::vector<YearValue> trajectory;
    trajectory.reserve(values.size());
    for (const auto& [year, value] : values) trajectory.push_back({year, value});
    return trajectory;
}

void add_names_note(TargetResult& result, NoteCode code, std::vector<std::string> names) {
    if (!names.empty()) result.notes.push_back(make_names_note(code, std::move(names)));
}

void judge_pace(double reached, double needed, const Target& target, int as_of, const Assessment& assessment,
                TargetResult& result) {
    std::optional<double> ratio = pace_ratio(reached, needed, target.base_year, as_of, target.year);
    if (!ratio) {
        result.status = Status::insufficient_data;
        return;
    }
    result.progress_ratio = *ratio;
    result.status = progress_status(*ratio, assessment);
}

}  // namespace chitieu
