// The engine's entry points: an area, every area, and one judge per target kind.
#include "chitieu/engine/evaluate.hpp"

#include <algorithm>

#include "chitieu/model/units.hpp"
#include "judge.hpp"

namespace chitieu {

namespace {

// A no_observation note names the series the target needs that the area lacks (a series present
// with no year up to as-of leaves the note as it is: the name is right, the years are missing).
void name_missing_series(const Target& target, const AreaData& area, TargetResult& result) {
    const auto note = std::find_if(result.notes.begin(), result.notes.end(),
                                   [](const Note& n) { return n.code == NoteCode::no_observation; });
    if (note == result.notes.end()) return;
    if (target.kind == TargetKind::share || target.kind == TargetKind::ratio) {
        const bool numerator = area.find_series(target.numerator) == nullptr;
        const bool denominator = area.find_series(target.denominator) == nullptr;
        if (numerator) note->names.push_back(target.numerator);
        if (denominator) note->names.push_back(target.denominator);
        note->count = (numerator ? 1 : 0) + (denominator ? 2 : 0);
    } else if (area.find_series(target.series) == nullptr) {
        note->names.push_back(target.series);
    }
}

// A figure judged that its publisher has not made final (OBS_STATUS P or E): said beside the
// status, which may move with the final figure. Of a share, its numerator's or denominator's.
// `first` and `second` are the series the judge read (either may be null).
void note_standing(const Series* first, const Series* second, TargetResult& result) {
    if (!result.actual_year) return;
    for (const Series* series : {first, second}) {
        if (series == nullptr) continue;
        const auto found = series->values.find(*result.actual_year);
        if (found == series->values.end() || found->second.standing == Standing::normal) continue;
        Note note = make_note(NoteCode::figure_standing, *result.actual_year);
        note.names.emplace_back(standing_name(found->second.standing));
        result.notes.push_back(std::move(note));
        return;
    }
}

// As of a year before the base year the plan period has begun nowhere: a value from before it
// (a level already above the target in 2019, a zone established in 2018) says nothing about the
// plan, so no judge's status stands. The figures stay, for the reader to see what was there.
void before_base(const Target& target, int as_of, TargetResult& result) {
    result.status = Status::insufficient_data;
    result.progress_ratio.reset();
    result.notes.push_back(make_note(NoteCode::before_base_year, target.base_year, as_of));
}

// A band's upper end passed: met, and said so (vượt), whatever the status the lower end gave.
void note_band(const Target& target, TargetResult& result) {
    if (target.op != Op::between || !result.actual_value || !(*result.actual_value > target.value_high))
        return;
    result.notes.push_back(make_note(NoteCode::band_exceeded, result.actual_year.value_or(0)));
}

TargetResult evaluate_one(const Target& target, const AreaData& area, const AreaZones& zones, int as_of,
                          const Assessment& assessment, bool chart_paths) {
    TargetResult result;
    result.target = &target;
    // The series judged, for the standing of the figure judged.
    const Series* first = nullptr;
    const Series* second = nullptr;
    switch (target.kind) {
        case TargetKind::level: {
            first = area.find_series(target.series);
            const YearValues values = observed_values(first, as_of);
            judge_series(target, values, as_of, assessment, result);
            if (target.every_year) judge_held_every_year(target, values, as_of, result);
            break;
        }
        case TargetKind::share: {
            first = area.find_series(target.numerator);
            second = area.find_series(target.denominator);
            YearValues shares = share_values(first, second, as_of, result.notes);
            judge_series(target, shares, as_of, assessment, result);
            if (target.every_year) judge_held_every_year(target, shares, as_of, result);
            break;
        }
        case TargetKind::ratio: {
            first = area.find_series(target.numerator);
            second = area.find_series(target.denominator);
            const std::optional<double> scale = ratio_scale(target, first, second, result);
            if (!scale) {
                result.status = Status::insufficient_data;  // the note says which scales disagree
                break;
            }
            const YearValues ratios = ratio_values(first, second, *scale, as_of, result.notes);
            judge_series(target, ratios, as_of, assessment, result);
            if (target.every_year) judge_held_every_year(target, ratios, as_of, result);
            break;
        }
        case TargetKind::cumulative:
            first = area.find_series(target.series);
            judge_cumulative(target, observed_values(first, as_of), as_of, assessment, result);
            break;
        case TargetKind::change:
            first = area.find_series(target.series);
            judge_change(target, observed_values(first, as_of), as_of, assessment, result);
            if (first != nullptr) result.level_unit = first->unit;
            break;
        case TargetKind::growth: {
            first = area.find_series(target.series);
            judge_growth(target, observed_values(first, as_of), as_of, assessment, result);
            if (first != nullptr) result.level_unit = first->unit;
            break;
        }
        case TargetKind::occupancy:
            judge_occupancy(target, zones, as_of, assessment, result);
            break;
        case TargetKind::count:
            judge_count(target, zones, as_of, assessment, result);
            break;
        case TargetKind::milestones:
            judge_milestones(target, zones, as_of, assessment, result);
            break;
    }
    if (target.kind != TargetKind::occupancy && target.kind != TargetKind::count &&
        target.kind != TargetKind::milestones) {
        name_missing_series(target, area, result);
        note_standing(first, second, result);
    }
    note_band(target, result);
    if (as_of < target.base_year)
        before_base(target, as_of, result);
    else
        apply_assessment_method(target, as_of, assessment, result);
    fill_outcome(target, as_of, result);
    if (chart_paths)
        fill_chart_paths(target, result);
    else
        result.projection_path = {};  // the dns method draws the one it judged: not asked for
    return result;
}

// A series converted to a target's unit (Series::converted_from) is said so at the first target
// that reads it, once per area.
void note_conversions(const Target& target, const AreaData& area, std::vector<const Series*>& noted,
                      TargetResult& result) {
    const std::string* names[2] = {nullptr, nullptr};
    if (target.kind == TargetKind::level || target.kind == TargetKind::growth ||
        target.kind == TargetKind::cumulative)
        names[0] = &target.series;
    if (target.kind == TargetKind::share) {
        names[0] = &target.numerator;
        names[1] = &target.denominator;
    }
    for (const std::string* name : names) {
        const Series* series = name != nullptr ? area.find_series(*name) : nullptr;
        if (series == nullptr || series->converted_from.empty() ||
            std::find(noted.begin(), noted.end(), series) != noted.end())
            continue;
        noted.push_back(series);
        Note note{
            NoteCode::unit_converted, 0, 0, 0, {series->indicator, series->converted_from, series->unit}};
        // The factor, from the two units (each read once per thread: the vocabulary's cache).
        thread_local UnitCache units;
        const UnitReading& from = units.read(series->converted_from);
        const UnitReading& to = units.read(series->unit);
        if (!series->values.empty() && from.unit && to.unit) {
            const auto& [year, latest] = *series->values.rbegin();
            const double factor = convert_value(1.0, from.unit->scale, to.unit->scale);
            note.year_a = year;
            note.figures = {factor, convert_value(latest.value, to.unit->scale, from.unit->scale),
                            latest.value};
        }
        result.notes.push_back(std::move(note));
    }
}

}  // namespace

TargetResult evaluate_target(const Target& target, const AreaData& area, int as_of,
                             const Assessment& assessment, bool chart_paths) {
    return evaluate_one(target, area, AreaZones(area), as_of, assessment, chart_paths);
}

AreaEvaluation evaluate_area(const TargetSet& targets, const AreaData& area, int as_of, bool chart_paths) {
    AreaEvaluation out;
    out.area = area.name;
    out.source = area.source;
    out.boundaries = area.boundaries;
    out.results.reserve(targets.targets.size());
    const AreaZones zones(area);  // grouped once for the zone targets of every target
    std::vector<const Series*> noted;
    const bool converted = std::any_of(area.series.begin(), area.series.end(),
                                       [](const auto& s) { return !s.second.converted_from.empty(); });
    for (const Target& target : targets.targets) {
        out.results.push_back(evaluate_one(target, area, zones, as_of, targets.assessment, chart_paths));
        if (converted) note_conversions(target, area, noted, out.results.back());
    }
    return out;
}

Evaluation evaluate(const TargetSet& targets, const Dataset& data, int as_of, bool chart_paths) {
    Evaluation evaluation;
    evaluation.targets = &targets;
    evaluation.as_of = as_of;
    evaluation.areas.reserve(data.areas.size());
    for (const AreaData& area : data.areas)
        evaluation.areas.push_back(evaluate_area(targets, area, as_of, chart_paths));
    return evaluation;
}

}  // namespace chitieu
