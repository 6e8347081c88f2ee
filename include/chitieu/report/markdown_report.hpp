// The Markdown gap report for one area.
#pragma once

#include <string>

#include "chitieu/model/evaluation.hpp"
#include "chitieu/report/report_options.hpp"

namespace chitieu {

std::string write_markdown_report(const Evaluation& evaluation, const AreaEvaluation& area,
                                  const ReportOptions& options);

}  // namespace chitieu
