// The output of `chitieu check`, collected as the areas are evaluated: a commune-scale check
// (10,600 areas x 15 targets) holds what it will print of each area, not the evaluations.
#pragma once

#include <string>
#include <vector>

#include "chitieu/model/evaluation.hpp"
#include "chitieu/model/finding.hpp"
#include "chitieu/report/check_report.hpp"
#include "chitieu/report/report_options.hpp"

namespace chitieu {

enum class CheckFormat { text, github, junit, json };

// Areas come in one at a time and may be dropped once added. The findings come last (they are
// known only once every input is read) but are printed first, so the output is written at the end.
class CheckOutput {
public:
    CheckOutput(CheckFormat format, CheckPolicy policy, ReportOptions options);

    // The next area, in input order. Keeps its targets' statuses and actual figures, and pointers
    // to the targets: the evaluated TargetSet must outlive this output.
    void add_area(const AreaEvaluation& area);

    // The areas held, by name in Vietnamese order (util/vietnamese_order.hpp): the output lists
    // them so, whatever order the inputs gave them in.
    void order_areas();

    // The evaluation is abandoned (errors found later, or a restart): back to no area.
    void discard_areas();

    // The whole output in the format. `evaluated`: whether the targets were evaluated (false when
    // the inputs had errors; then no area is printed, and as_of is not used).
    void finish(const FindingList& findings, const std::vector<std::string>& rules, bool evaluated, int as_of,
                const WriteText& out) const;
    std::string finish(const std::vector<Finding>& findings, const std::vector<std::string>& rules,
                       bool evaluated, int as_of) const;

    // The job summary for $GITHUB_STEP_SUMMARY (any format; `check --format github` appends it).
    void github_summary(const FindingList& findings, bool evaluated, const WriteText& out) const;
    std::string github_summary(const std::vector<Finding>& findings, bool evaluated) const;

    // The findings' severities and the held areas' statuses, for the exit code (call discard_areas
    // when the targets end up not evaluated, so that they count none).
    CheckTally tally(const FindingList& findings) const;
    CheckTally tally(const std::vector<Finding>& findings) const { return tally(FindingSpan(findings)); }

private:
    CheckReport report(const FindingList& findings, const std::vector<std::string>& rules, bool evaluated,
                       int as_of) const;

    CheckFormat format_;
    CheckPolicy policy_;
    ReportOptions options_;
    std::vector<CheckedArea> areas_;
    CheckTally targets_;  // the areas' targets so far (no findings)
};

}  // namespace chitieu
