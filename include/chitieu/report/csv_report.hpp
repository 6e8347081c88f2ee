// The CSV gap report: the interface's columns, one row per area and target.
#pragma once

#include <string>

#include "chitieu/model/evaluation.hpp"
#include "chitieu/report/report_options.hpp"

namespace chitieu {

std::string write_csv_report(const Evaluation& evaluation, const ReportOptions& options);

}  // namespace chitieu
