// index.md for a batch of per-area reports: every area, a link to its report and its statuses at a
// glance (one marker per target, in target-set order, and a count per status).
#pragma once

#include <string>
#include <vector>

#include "chitieu/model/evaluation.hpp"
#include "chitieu/report/report_options.hpp"

namespace chitieu {

// `report_files[i]` is the file name of `evaluation.areas[i]`'s report, relative to the index.
std::string write_markdown_index(const Evaluation& evaluation, const std::vector<std::string>& report_files,
                                 const ReportOptions& options);

}  // namespace chitieu
