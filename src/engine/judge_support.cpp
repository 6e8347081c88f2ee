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

void set_gap_and_achievement(TargetResult& result, double actual, double target) {
    double gap = actual - target;
    if (std::isfinite(gap)) result.gap = gap;
    if (target != 0.0) {
        double achievement = actual / target * 100.0;
        if (std::isfinite(achievement)) result.achievement_pct = achievement;
    }
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
