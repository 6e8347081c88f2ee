// The engine's entry points: the as-of year, the areas, and one judge per target kind.
#include "chitieu/engine/evaluate.hpp"

#include "judge.hpp"

namespace chitieu {

namespace {

TargetResult evaluate_one(const Target& target, const AreaData& area, const AreaZones& zones, int as_of,
                          const Assessment& assessment, bool chart_paths) {
    TargetResult result;
    result.target = &target;
    switch (target.kind) {
        case TargetKind::level:
            judge_series(target, observed_values(area.find_series(target.series), as_of), as_of, assessment,
                         result);
            break;
        case TargetKind::share: {
            YearValues shares = share_values(area.find_series(target.numerator),
                                             area.find_series(target.denominator), as_of, result.notes);
            judge_series(target, shares, as_of, assessment, result);
            break;
        }
        case TargetKind::growth: {
            const Series* series = area.find_series(target.series);
            judge_growth(target, observed_values(series, as_of), as_of, assessment, result);
            if (series != nullptr) result.level_unit = series->unit;
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
    apply_assessment_method(target, as_of, assessment, result);
    if (chart_paths)
        fill_chart_paths(target, result);
    else
        result.projection_path = {};  // the dns method draws the one it judged: not asked for
    return result;
}

}  // namespace

TargetResult evaluate_target(const Target& target, const AreaData& area, int as_of,
                             const Assessment& assessment, bool chart_paths) {
    return evaluate_one(target, area, AreaZones(area), as_of, assessment, chart_paths);
}

static std::string area_list(const Dataset& data) {
    if (data.areas.empty()) return "none";
    std::string list;
    for (const AreaData& area : data.areas) {
        if (!list.empty()) list += ", ";
        list += area.name.empty() ? std::string("(unnamed)") : area.name;
    }
    return list;
}

Evaluation evaluate(const TargetSet& targets, const Dataset& data, const EvaluateOptions& options) {
    Evaluation evaluation;
    evaluation.targets = &targets;
    std::optional<int> as_of = options.as_of ? options.as_of : data.latest_year();
    if (!as_of)
        throw InputError(SourceLocation{}, "the inputs hold no yearly data; give --as-of YEAR or add values");
    evaluation.as_of = *as_of;

    // Areas in input order, or in the order the user named them.
    std::vector<const AreaData*> areas;
    if (options.areas.empty()) {
        for (const AreaData& area : data.areas) areas.push_back(&area);
    } else {
        for (const std::string& name : options.areas) {
            const AreaData* area = data.find_area(name);
            if (area == nullptr)
                throw InputError(SourceLocation{}, "no area named '" + name +
                                                       "' in the inputs; areas present: " + area_list(data));
            areas.push_back(area);
        }
    }
    for (const AreaData* area : areas) {
        AreaEvaluation& out = evaluation.areas.emplace_back();
        out.area = area->name;
        out.source = area->source;
        out.results.reserve(targets.targets.size());
        const AreaZones zones(*area);  // grouped once for the zone targets of every target
        for (const Target& target : targets.targets)
            out.results.push_back(
                evaluate_one(target, *area, zones, *as_of, targets.assessment, options.chart_paths));
    }
    return evaluation;
}

}  // namespace chitieu
