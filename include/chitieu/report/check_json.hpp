// `chitieu check --format json`: the findings, the targets' statuses and the tallies, for scripts.
#pragma once

#include "chitieu/report/check_report.hpp"
#include "chitieu/report/report_options.hpp"

namespace chitieu {

// {"findings": [{rule, severity, file, line, column, message}],
//  "targets": [{area, target_id, kind, title, op, target_value, unit, target_year, actual_value,
//               actual_year, status, fails}],
//  "summary": {errors, warnings, notes, evaluated, as_of, targets, statuses: {met: N, ...},
//              fail_on, failing_targets, passed}}
// Unknown places and absent figures are null; numbers as in the CSV report; titles in options.lang.
void write_check_json(const CheckReport& report, const ReportOptions& options, const WriteText& out);

}  // namespace chitieu
