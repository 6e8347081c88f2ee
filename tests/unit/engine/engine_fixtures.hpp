// Builders for engine tests: data and targets made in code (the YAML loader is not under test).
#pragma once

#include <algorithm>
#include <cmath>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "chitieu/engine/evaluate.hpp"
#include "chitieu/model/evaluation.hpp"
#include "chitieu/model/statistics.hpp"
#include "chitieu/model/targets.hpp"

namespace chitieu::test {

inline Series make_series(const std::string& indicator, const std::map<int, double>& values) {
    Series series;
    series.indicator = indicator;
    for (const auto& [year, value] : values) series.values[year].value = value;
    return series;
}

inline AreaData make_area(const std::vector<Series>& series, std::vector<Zone> zones = {}) {
    AreaData area;
    area.name = "Tuyên Quang";
    for (const Series& one : series) area.series[one.indicator] = one;
    area.zones = std::move(zones);
    return area;
}

inline Target make_target(TargetKind kind, Op op, double value, int base_year = 2020, int year = 2025) {
    Target target;
    target.id = "t";
    target.kind = kind;
    target.op = op;
    target.value = value;
    target.base_year = base_year;
    target.year = year;
    return target;
}

inline Target level_target(Op op, double value, int base_year = 2020, int year = 2025) {
    Target target = make_target(TargetKind::level, op, value, base_year, year);
    target.series = "x";
    return target;
}

inline Target growth_target(Op op, double value, GrowthMean mean = GrowthMean::compound) {
    Target target = make_target(TargetKind::growth, op, value);
    target.series = "x";
    target.mean = mean;
    return target;
}

inline Zone make_zone(const std::string& name, ZoneKind kind, std::optional<int> established,
                      std::optional<int> year = std::nullopt, std::optional<double> leasable = std::nullopt,
                      std::optional<double> leased = std::nullopt) {
    Zone zone;
    zone.name = name;
    zone.kind = kind;
    zone.established = established;
    zone.year = year;
    zone.leasable_ha = leasable;
    zone.leased_ha = leased;
    return zone;
}

// Evaluate a target on the single series "x".
inline TargetResult judge_x(const Target& target, const std::map<int, double>& values, int as_of,
                            const Assessment& assessment = {}) {
    AreaData area = make_area({make_series("x", values)});
    return evaluate_target(target, area, as_of, assessment);
}

inline const Note* find_note(const TargetResult& result, NoteCode code) {
    auto it = std::find_if(result.notes.begin(), result.notes.end(),
                           [code](const Note& note) { return note.code == code; });
    return it == result.notes.end() ? nullptr : &*it;
}

inline bool has_note(const TargetResult& result, NoteCode code) {
    return find_note(result, code) != nullptr;
}

// |actual - expected| <= tolerance, with the optional present.
inline bool near(const std::optional<double>& actual, double expected, double tolerance = 1e-9) {
    return actual.has_value() && std::fabs(*actual - expected) <= tolerance;
}

}  // namespace chitieu::test
