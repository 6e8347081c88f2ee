// index.md for a batch of per-area reports: every area, a link to its report and its statuses at a
// glance (one marker per target, in target-set order, and a count per status).
#pragma once

#include <string>
#include <vector>

#include "chitieu/model/evaluation.hpp"
#include "chitieu/report/report_options.hpp"

namespace chitieu {

// One line of the index: an area, its report's file name (relative to the index) and its
// statuses in target-set order. All a batch keeps of each area once its report is written.
struct IndexEntry {
    std::string area;
    std::string report_file;
    std::vector<Status> statuses;
    // The set's targets with no value for this area (AreaEvaluation::left_out): a "·" in their
    // place in the Targets column.
    std::vector<const Target*> left_out{};
};

IndexEntry index_entry(const AreaEvaluation& area, std::string report_file);

std::string write_markdown_index(const TargetSet* targets, int as_of, const std::vector<IndexEntry>& entries,
                                 const ReportOptions& options);

}  // namespace chitieu
