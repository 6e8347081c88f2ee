// The JSON gap report (`-f json`): every column of the CSV report, plus each target's yearly
// trajectory, its required path and projection, its notes in words, the status measure and the
// method's own category; the target set with its assessment method and thresholds; and the Method
// section's points. One document for every area. schemas/report.schema.json describes it.
#pragma once

#include <string>

#include "chitieu/model/evaluation.hpp"
#include "chitieu/report/report_options.hpp"

namespace chitieu {

// Numbers as JSON numbers, rounded to 4 decimals like the CSV report (never NaN or infinity);
// null for a figure that does not apply. Texts (titles, notes, statuses' words) in options.lang.
std::string write_json_report(const Evaluation& evaluation, const ReportOptions& options);

// The same in pieces, for a report written as the areas are evaluated: the head (everything
// before the first area), each area (`first` for the first one), and the tail.
std::string json_report_head(const TargetSet* targets, int as_of, const ReportOptions& options);
// `assessment` is the target set's: a progress ratio prints with the digits its thresholds need.
void append_json_area(std::string& out, const AreaEvaluation& area, const Assessment& assessment,
                      const ReportOptions& options, bool first);
std::string json_report_tail(bool any_area);

}  // namespace chitieu
