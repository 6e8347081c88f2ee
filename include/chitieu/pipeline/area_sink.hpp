// Where evaluated areas go: a report (CSV or JSON table, Markdown batch or file) or `check`'s
// findings. The pipeline (pipeline.hpp) hands a sink each area as soon as it is evaluated and
// drops it afterwards, so a sink keeps what it will write, never the whole evaluation.
#pragma once

#include "chitieu/diagnostic.hpp"
#include "chitieu/model/evaluation.hpp"
#include "chitieu/model/finding.hpp"
#include "chitieu/model/hierarchy.hpp"
#include "chitieu/model/statistics.hpp"
#include "chitieu/model/targets.hpp"

namespace chitieu {

// What the inputs said, split by where it came from: `inputs` from reading and merging the
// files, `evaluation` from choosing what to evaluate (an --area the inputs do not hold, no year
// to evaluate as of). `check` lists them apart, with its own findings in between.
struct PipelineDiagnostics {
    Diagnostics inputs;
    Diagnostics evaluation;
    bool has_errors() const { return inputs.has_errors() || evaluation.has_errors(); }
    Diagnostics all() const;  // inputs, then evaluation
};

class AreaSink {
public:
    virtual ~AreaSink() = default;

    // Once, before the first evaluated area (or at the end when there is none), with the year
    // every area is judged as of.
    virtual void begin(const TargetSet& targets, int as_of) = 0;

    // Every area the inputs hold (in the selection), evaluated or not: inputs with errors are
    // still read to the end, and `check` applies its rules to what was read.
    virtual void inspect(const AreaData& /*area*/) {}
    // The same, with the targets as this area is judged against them (its own values, where the
    // target set or --target-values gives them: model/area_targets.hpp); valid during the call.
    virtual void inspect(const AreaData& area, const TargetSet& /*area_targets*/) { inspect(area); }

    // True for a sink that applies `check`'s consistency rules in inspect(): the pipeline then
    // leaves the rules that a report warns of too (engine::check_scales) to it.
    virtual bool applies_rules() const { return false; }

    // Findings of check's rules that need more than one area (children-sum, --roll-up), for a
    // sink that applies_rules(); the others get them as warnings among the diagnostics.
    virtual void add_findings(const std::vector<Finding>& /*findings*/) {}

    // --roll-up: which area is part of which, before the first area (it outlives finish()). The
    // Markdown batch writes a tree of indexes from it.
    virtual void use_hierarchy(const Hierarchy& /*tree*/) {}

    // An evaluated area: `one.areas` holds exactly one.
    virtual void area(const Evaluation& one) = 0;

    // Every input is read. Report sinks throw InputError when `diagnostics` has errors (nothing
    // is written), else print the warnings and commit what they wrote; `check` writes its output.
    virtual void finish(const PipelineDiagnostics& diagnostics) = 0;

    // Forget everything received: the areas are coming again, judged as of a later year (an
    // area had a later year than those already evaluated).
    virtual void restart() = 0;
};

}  // namespace chitieu
