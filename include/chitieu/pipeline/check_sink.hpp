// `check` as a sink: the consistency rules on every area the inputs hold, the statuses of the
// evaluated areas (24 bytes a target, report/check_output.hpp), and at the end the output in the
// chosen format (text, github, junit, json), written in pieces.
#pragma once

#include <map>
#include <tuple>

#include <memory>
#include <string>
#include <vector>

#include "chitieu/engine/name_check.hpp"
#include "chitieu/model/finding.hpp"
#include "chitieu/pipeline/area_sink.hpp"
#include "chitieu/report/check_output.hpp"
#include "chitieu/report/report_options.hpp"

namespace chitieu {

struct CheckRequest {
    CheckFormat format = CheckFormat::text;
    std::string fail_on = "invalid";  // --fail-on as the user named it
    ReportOptions options;
    std::string output_file;   // empty or "-": standard output
    std::string summary_file;  // github: $GITHUB_STEP_SUMMARY, appended to; empty: none
    // A target set that could not be read: its problems are findings, the rules about the data
    // alone still run (on an empty set), and nothing is evaluated.
    std::vector<Diagnostic> target_set_problems;
    bool targets_usable = true;
    bool roll_up = false;  // --roll-up given: the rule children-sum is among the rules listed
};

class FindingSpill;

class CheckSink : public AreaSink {
public:
    // `targets`: the set the pipeline evaluates (an empty one when it could not be read).
    CheckSink(CheckRequest request, const TargetSet& targets);
    ~CheckSink() override;

    void begin(const TargetSet& targets, int as_of) override;
    using AreaSink::inspect;
    void inspect(const AreaData& area, const TargetSet& area_targets) override;
    void add_findings(const std::vector<Finding>& findings) override;
    bool applies_rules() const override { return true; }
    void area(const Evaluation& one) override;
    void finish(const PipelineDiagnostics& diagnostics) override;
    void restart() override;

    // After finish(): the tally, for the exit code.
    const CheckTally& tally() const { return tally_; }

private:
    // A finding about two targets (level-growth-disagree), kept once for the run: the first
    // area's in the output's order (by name, util/vietnamese_order.hpp, so that the rows' order
    // never changes it), and how many areas brought it out.
    struct PairFinding {
        const Target* level;
        const Target* growth;
        Finding first;
        std::size_t areas;
        std::string first_key;  // vietnamese_sort_key of the area `first` is about
    };
    void add_pair_findings(std::vector<Finding>& out) const;
    // The target a kept status points to: the set's own, or for an area judged against its own
    // value a copy kept for the run (an area's targets live only while it is evaluated).
    const Target* kept_target(const Target& target);

    CheckRequest request_;
    const TargetSet& targets_;
    CheckOutput output_;
    std::unique_ptr<FindingSpill> findings_;  // the rules' findings as the areas pass
    std::vector<PairFinding> pairs_;
    InputNames names_;  // every indicator and zone name, where it first appears
    // kept_target's copies, one per target, source and value (std::map: stable addresses).
    std::map<std::tuple<std::string, int, double, double>, Target> own_targets_;
    int as_of_ = 0;
    CheckTally tally_;
};

}  // namespace chitieu
