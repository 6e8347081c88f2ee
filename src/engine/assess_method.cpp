// Where a status before the target year is handed to the target set's assessment method.
//
// Every judge decides with Eurostat's progress ratio first (engine/progress.hpp); for the unsd and
// dns methods the statuses that ratio decided are decided again here, from the same figures, by
// the chosen method. Statuses that are facts rather than a pace (met, not met, insufficient data,
// a cap already exceeded, every-year growth) are the same under every method.
#include <algorithm>
#include <cmath>

#include "assessment_methods.hpp"
#include "chitieu/engine/rates.hpp"
#include "judge.hpp"

namespace chitieu {

namespace {

// The kinds whose trajectory is the indicator's level, projected (and drawn) as such. A
// cumulative target's trajectory is its running total, which grows by amounts: like counts, its
// dns changes are absolute.
bool levels_kind(TargetKind kind) {
    return kind == TargetKind::level || kind == TargetKind::share || kind == TargetKind::occupancy ||
           kind == TargetKind::growth || kind == TargetKind::ratio || kind == TargetKind::change;
}

std::optional<double> value_in(const std::vector<YearValue>& values, int year) {
    auto it = std::find_if(values.begin(), values.end(),
                           [year](const YearValue& point) { return point.year == year; });
    if (it == values.end()) return std::nullopt;
    return it->value;
}

// The figures a method compares, in the trajectory's unit (a growth target's in levels).
struct MethodFigures {
    double base = 0.0;    // x_0
    double latest = 0.0;  // x_t
    int latest_year = 0;  // t
    double target = 0.0;  // X (growth: the level the target rate reaches by T; counts: whole)
    Op op = Op::gt;       // the comparison with X (counts and milestones: >= or <=)
};

std::optional<MethodFigures> method_figures(const Target& target, const TargetResult& result) {
    if (!result.actual_year) return std::nullopt;
    MethodFigures figures;
    figures.latest_year = *result.actual_year;
    std::optional<double> latest = value_in(result.trajectory, figures.latest_year);
    // Milestones keep no base value; their trajectory starts at the base year.
    std::optional<double> base =
        result.base_value ? result.base_value : value_in(result.trajectory, target.base_year);
    const int base_year = result.base_year.value_or(target.base_year);
    if (!latest || !base) return std::nullopt;
    figures.latest = *latest;
    figures.base = *base;
    figures.target = target.value;
    figures.op = target.op;
    if (target.kind == TargetKind::count) {
        // Zones come whole: "> 4" is reached at 5, so 5 is the X a projection must reach (a
        // straight line to 4.0 is one cluster short, not on track).
        figures.target = count_needed(target.op, target.value);
        figures.op = op_direction(target.op) > 0 ? Op::ge : Op::le;
    }
    if (target.kind == TargetKind::milestones) {
        // Every named zone: the judge's own goal (a milestones target has no value or op).
        figures.target = static_cast<double>(target.zones.size());
        figures.op = Op::ge;
    }
    if (target.kind == TargetKind::growth) {
        std::optional<double> level = project_value(*base, target.value / 100.0, target.year - base_year);
        if (!level) return std::nullopt;
        figures.target = *level;
    }
    if (target.kind == TargetKind::change) {
        // The level X points a year reach by T from the base, on a straight line.
        const double level = *base + target.value * (target.year - base_year);
        if (!std::isfinite(level)) return std::nullopt;
        figures.target = level;
    }
    return figures;
}

void record(TargetResult& result, const char* method, const MethodVerdict& verdict) {
    result.status = verdict.status;
    result.progress_ratio = verdict.ratio;
    result.notes.push_back(make_names_note(NoteCode::method_category, {method, verdict.category}));
}

void apply_unsd(const Target& target, const MethodFigures& figures, TargetResult& result) {
    // x̂_T is the report's projection (at r_a from the base; linear where rates are undefined).
    // Counts and milestones have none: their straight line from the base through x_t.
    std::optional<double> projected = result.projected_value;
    const int base_year = result.base_year.value_or(target.base_year);
    if (!projected && figures.latest_year > base_year)
        projected = figures.latest + (figures.latest - figures.base) / (figures.latest_year - base_year) *
                                         (target.year - figures.latest_year);
    std::optional<MethodVerdict> verdict =
        projected ? unsd_verdict(figures.op, figures.base, *projected, figures.target) : std::nullopt;
    if (verdict) {
        record(result, "unsd", *verdict);
        return;
    }
    // X = x_0: the judge's direction-of-move answer stands; name it in the method's words.
    MethodVerdict kept;
    kept.status = result.status;
    kept.category = result.status == Status::on_track ? kUnsdOnTrackCategory : kUnsdStagnationCategory;
    record(result, "unsd", kept);
}

void apply_dns(const Target& target, const MethodFigures& figures, DnsChanges changes, TargetResult& result) {
    // Counts grow by whole zones and totals by amounts: their changes are averaged absolutely. A
    // change target is a straight line by its definition (points a year, no compound rate).
    if (!levels_kind(target.kind) || target.kind == TargetKind::change) changes = DnsChanges::absolute;
    std::optional<DnsProjection> projection =
        dns_project(result.trajectory, figures.latest_year, target.year, changes);
    if (!projection) {
        result.status = Status::insufficient_data;
        result.progress_ratio.reset();
        return;
    }
    Note how = make_note(NoteCode::dns_extrapolation, projection->from, projection->to);
    how.names.push_back(dns_changes_name(projection->changes));
    if (projection->relative_impossible) how.names.push_back("positive_values_needed");
    result.notes.push_back(how);
    if (levels_kind(target.kind)) {
        // The projection the report shows is the one the method judged.
        result.projected_value = projection->projected;
        result.projection_path.clear();
        for (int year = projection->to; year <= target.year; ++year)
            result.projection_path.push_back({year, dns_value_at(*projection, figures.latest, year)});
        result.projection_path.back().value = projection->projected;
    }
    record(result, "dns", dns_verdict(figures.op, figures.latest, projection->projected, figures.target));
}

}  // namespace

void apply_assessment_method(const Target& target, int as_of, const Assessment& assessment,
                             TargetResult& result) {
    if (assessment.method == AssessmentMethod::eurostat || as_of >= target.year) return;
    // Held every year: a year missed or none missed is a fact, the same under every method.
    if (target.every_year) return;
    // Only statuses the pace decided: a ratio, or the target-at-base rule that stands in for one.
    const bool paced = result.progress_ratio.has_value() ||
                       std::any_of(result.notes.begin(), result.notes.end(),
                                   [](const Note& note) { return note.code == NoteCode::target_at_base; });
    if (!paced) return;
    std::optional<MethodFigures> figures = method_figures(target, result);
    if (!figures) return;
    if (assessment.method == AssessmentMethod::unsd)
        apply_unsd(target, *figures, result);
    else
        apply_dns(target, *figures, assessment.dns_changes, result);
}

}  // namespace chitieu
