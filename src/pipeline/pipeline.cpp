#include "chitieu/pipeline/pipeline.hpp"

#include <set>

#include "area_source.hpp"
#include "chitieu/engine/area_value_check.hpp"
#include "chitieu/engine/consistency.hpp"
#include "chitieu/engine/evaluate.hpp"
#include "chitieu/engine/roll_up.hpp"
#include "chitieu/load/crosswalk_csv.hpp"
#include "chitieu/load/roll_up_csv.hpp"
#include "chitieu/model/area_targets.hpp"
#include "chitieu/model/unit_conversion.hpp"
#include "chitieu/pipeline/inputs.hpp"
#include "chitieu/report/number_format.hpp"
#include "chitieu/util/interrupt.hpp"

namespace chitieu {

Diagnostics PipelineDiagnostics::all() const {
    Diagnostics all = inputs;
    for (const Diagnostic& diagnostic : evaluation.items()) all.add(diagnostic);
    return all;
}

namespace {

// Evaluates the areas a source hands out, as of the user's year or else the latest year in the
// inputs: the one place that default is decided. Each area is judged against its own target
// values where the target set or --target-values gives them (model/area_targets.hpp). Each area's series are
// first brought to their targets' units (model/unit_conversion.hpp), so that every sink and judge sees
// converted values and a unit that cannot be converted is an error whatever the source.
class Evaluator : public AreaTaker {
public:
    Evaluator(const PipelineRequest& request, std::optional<int> guess, AreaSink& sink,
              Diagnostics& diagnostics)
        : request_(request),
          as_of_(request.as_of ? request.as_of : guess),
          sink_(sink),
          diagnostics_(diagnostics),
          area_targets_(request.targets, request.target_values ? *request.target_values : no_values_) {}

    void start(std::optional<int> latest_known) override {
        if (!request_.as_of && latest_known && (!as_of_ || *latest_known > *as_of_)) as_of_ = latest_known;
    }

    void take(Dataset& one, bool inputs_failed) override {
        throw_if_interrupted();  // between areas: a run told to stop unwinds and writes nothing
        took_any_ = true;
        note_assumed_units(request_.targets, one.areas.front(), assumed_, diagnostics_);
        convert_units(request_.targets, one.areas.front(), units_, diagnostics_);
        // --crosswalk: an old unit goes into its new units and is not reported itself.
        if (crosswalk_ != nullptr) {
            AreaData& area = one.areas.front();
            if (crosswalk_->is_part(area.name)) {
                crosswalk_->add(area);
                return;
            }
            if (crosswalk_->is_parent(area.name)) {
                crosswalk_->keep_own(std::move(area), diagnostics_);
                return;
            }
            crosswalk_->add(area);  // remembered: reported on its own boundaries
        }
        carry_on(one, inputs_failed);
    }

    // An area on the boundaries the report uses: into the roll-up, and judged.
    void carry_on(Dataset& one, bool inputs_failed) {
        // A parent of the roll-up waits for its children: its own figures are kept till the end.
        if (roll_up_ != nullptr) roll_up_->name_total(one.areas.front(), diagnostics_);
        if (roll_up_ != nullptr && roll_up_->is_parent(one.areas.front().name)) {
            roll_up_->keep_own(std::move(one.areas.front()), diagnostics_);
            return;
        }
        judge(one, inputs_failed);
        if (roll_up_ != nullptr) roll_up_->add(one.areas.front());
    }

    // The crosswalk's new units, after every area the source handed out: each goes on as an
    // area of the inputs would (into the roll-up, judged).
    void finish_crosswalk(bool inputs_failed) {
        if (crosswalk_ == nullptr) return;
        std::vector<Finding> findings;
        crosswalk_->finish(
            [&](AreaData& unit) {
                throw_if_interrupted();
                Dataset one;
                one.areas.push_back(std::move(unit));
                carry_on(one, inputs_failed);
            },
            diagnostics_, findings, rule_message_number);
        if (sink_.applies_rules())
            sink_.add_findings(findings);
        else
            for (const Finding& finding : findings) diagnostics_.add(finding.diagnostic);
    }

    // The roll-up's parents, after every area the source handed out (each after its children).
    void finish_roll_up(bool inputs_failed) {
        finish_crosswalk(inputs_failed);
        if (roll_up_ == nullptr) return;
        std::vector<Finding> findings;
        roll_up_->finish(
            [&](AreaData& parent) {
                throw_if_interrupted();
                Dataset one;
                one.areas.push_back(std::move(parent));
                judge(one, inputs_failed);
                parent = std::move(one.areas.front());
            },
            diagnostics_, findings, rule_message_number);
        if (sink_.applies_rules())
            sink_.add_findings(findings);
        else
            for (const Finding& finding : findings) diagnostics_.add(finding.diagnostic);
    }

    void use_roll_up(RollUp* roll_up) { roll_up_ = roll_up; }
    void use_crosswalk(RollUp* crosswalk) { crosswalk_ = crosswalk; }

    // One area, its units converted: inspected, and evaluated unless the inputs failed.
    void judge(Dataset& one, bool inputs_failed) {
        const AreaData& area = one.areas.front();
        if (area_targets_.per_area()) seen_areas_.insert(area.name);
        std::vector<const Target*> left_out;
        const TargetSet& targets = area_targets_.for_area(area.name, left_out);
        sink_.inspect(area, targets);
        // A figure whose size says it is not in the target's unit is a warning in every report;
        // `check`'s sink lists it among its rules' findings instead.
        if (!sink_.applies_rules())
            for (const Finding& finding : check_scales(targets, area, rule_message_number))
                diagnostics_.add(finding.diagnostic);
        if (!request_.as_of) {
            const std::optional<int> year = one.latest_year();
            if (year && (!latest_ || *year > *latest_)) latest_ = year;
            if (year && (!as_of_ || *year > *as_of_)) {
                if (begun_)
                    again_ = true;  // areas went out judged as of an earlier year
                else
                    as_of_ = year;
            }
        }
        if (inputs_failed) return;
        if (!as_of_) again_ = true;  // no year seen yet: this area cannot be judged in this pass
        if (again_) return;
        begin();
        Evaluation evaluation;
        evaluation.targets = &request_.targets;
        evaluation.as_of = *as_of_;
        evaluation.areas.push_back(evaluate_area(targets, area, *as_of_, request_.chart_paths));
        evaluation.areas.back().left_out = std::move(left_out);
        sink_.area(evaluation);
    }

    // Per-area values for areas the inputs do not hold: errors for `check`, warnings in a report
    // (which may cover a few of the areas a province's plan lists). Not with --area: the areas
    // left out of the selection were never read.
    void check_value_areas() {
        if (!area_targets_.per_area() || !request_.areas.empty()) return;
        const Severity severity = sink_.applies_rules() ? Severity::error : Severity::warning;
        check_area_value_names(request_.targets,
                               request_.target_values ? *request_.target_values : no_values_, seen_areas_,
                               severity, diagnostics_);
    }

    void begin() {
        if (begun_) return;
        sink_.begin(request_.targets, *as_of_);
        begun_ = true;
    }

    // An area came with a later year than the areas evaluated before it, or before any year was
    // known: they are to be judged again as of `latest`.
    bool again() const { return again_ && latest_; }
    std::optional<int> as_of() const { return as_of_; }
    std::optional<int> latest() const { return latest_; }
    bool took_any() const { return took_any_; }

private:
    const PipelineRequest& request_;
    std::optional<int> as_of_;
    AreaSink& sink_;
    Diagnostics& diagnostics_;  // the units' errors and the scales' warnings
    UnitCache units_;           // each distinct unit string read once per pass
    AssumedUnitNotes assumed_;  // the inputs told their series are read in the targets' units
    static inline const AreaValues no_values_{};
    AreaTargets area_targets_;
    std::set<std::string> seen_areas_;  // with per-area values: every area handed out
    std::optional<int> latest_;
    bool begun_ = false;
    bool again_ = false;
    bool took_any_ = false;
    RollUp* roll_up_ = nullptr;
    RollUp* crosswalk_ = nullptr;
};

// The end of a pass that is not done again: the sink writes, or refuses the inputs.
void finish(const PipelineRequest& request, Evaluator& evaluator, PipelineDiagnostics& diagnostics,
            AreaSink& sink) {
    throw_if_interrupted();  // also a run with no area to look between
    if (!diagnostics.inputs.has_errors()) evaluator.check_value_areas();
    if (!evaluator.as_of()) {
        // One input is named, so that the message can be found beside the file's own.
        const std::vector<std::string>& paths = request.inputs.paths;
        if (!diagnostics.inputs.has_errors() && paths.size() == 1)
            diagnostics.evaluation.error(
                {paths[0] == "-" ? "<stdin>" : paths[0]},
                "the input holds no yearly data; give --as-of YEAR or add values",
                "dữ liệu đầu vào không có số liệu theo năm; hãy cho --as-of YEAR hoặc "
                "bổ sung giá trị");
        else if (!diagnostics.inputs.has_errors())
            diagnostics.evaluation.error(
                {}, "the inputs hold no yearly data; give --as-of YEAR or add values",
                "các tệp đầu vào không có số liệu theo năm; hãy cho --as-of YEAR hoặc "
                "bổ sung giá trị");
    } else if (!diagnostics.has_errors()) {
        evaluator.begin();  // no area at all still makes an (empty) report
    }
    sink.finish(diagnostics);
}

}  // namespace

// The sources, tried in this order (from the ungrouped one when the first rows show the areas
// not grouped): each that declines, perhaps part way, hands over to the next.
enum class Source { streamed, ungrouped, loaded };

Source first_source(const PipelineRequest& request) {
    if (!request.areas.empty()) return Source::loaded;
    return first_input_looks_ungrouped(request.inputs) ? Source::ungrouped : Source::streamed;
}

void run_pipeline(const PipelineRequest& request, AreaSink& sink) {
    {
        PipelineDiagnostics repeated;
        refuse_repeated_inputs(request.inputs, repeated.inputs);
        if (repeated.has_errors()) return sink.finish(repeated);
    }
    // --roll-up: read once; its problems, and the target set's for rolling up, open every pass's.
    Diagnostics roll_up_problems;
    Hierarchy tree;
    if (!request.roll_up.empty()) {
        tree = build_hierarchy(load_roll_up_csv(request.roll_up, roll_up_problems), roll_up_problems);
        check_roll_up_rules(request.targets, roll_up_problems);
        sink.use_hierarchy(tree);
    }
    // --crosswalk: read once, like the roll-up.
    Crosswalk crosswalk;
    if (!request.crosswalk.empty()) {
        crosswalk = build_crosswalk(load_crosswalk_csv(request.crosswalk, roll_up_problems),
                                    request.crosswalk, roll_up_problems);
        bool merges = false;
        for (const std::string& unit : crosswalk.new_units) merges = merges || !crosswalk.is_rename(unit);
        if (merges && request.roll_up.empty()) check_roll_up_rules(request.targets, roll_up_problems);
    }
    std::optional<int> guess;
    Source source = first_source(request);
    for (;;) {
        PipelineDiagnostics diagnostics;
        for (const Diagnostic& problem : roll_up_problems.items()) diagnostics.inputs.add(problem);
        Evaluator evaluator(request, guess, sink, diagnostics.evaluation);
        std::optional<RollUp> roll_up;
        if (!request.roll_up.empty()) evaluator.use_roll_up(&roll_up.emplace(request.targets, tree));
        std::optional<RollUp> mapped;
        if (!request.crosswalk.empty()) evaluator.use_crosswalk(&mapped.emplace(request.targets, crosswalk));
        if (source == Source::loaded) {
            hand_out_loaded_areas(request, evaluator, diagnostics);
            evaluator.finish_roll_up(diagnostics.has_errors());
            return finish(request, evaluator, diagnostics, sink);
        }
        const bool handed = source == Source::streamed
                                ? stream_areas(request, evaluator, diagnostics)
                                : hand_out_ungrouped_areas(request, evaluator, diagnostics);
        if (handed) evaluator.finish_roll_up(diagnostics.has_errors());
        if (!handed) {
            if (evaluator.took_any()) sink.restart();  // found not grouped, or not clean, part way
            source = source == Source::streamed ? Source::ungrouped : Source::loaded;
            continue;
        }
        if (!diagnostics.has_errors() && evaluator.again()) {
            guess = evaluator.latest();
            sink.restart();
            continue;
        }
        return finish(request, evaluator, diagnostics, sink);
    }
}

}  // namespace chitieu
