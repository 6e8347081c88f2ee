// The CSV gap report: the interface's columns, one row per area and target.
#pragma once

#include <string>
#include <string_view>

#include "chitieu/model/evaluation.hpp"
#include "chitieu/report/report_options.hpp"

namespace chitieu {

std::string write_csv_report(const Evaluation& evaluation, const ReportOptions& options);

// The same in pieces, for a report written as the areas are evaluated: the header line, then
// each area's rows.
std::string_view csv_report_header();
void append_csv_rows(std::string& out, const AreaEvaluation& area, const ReportOptions& options);

}  // namespace chitieu
