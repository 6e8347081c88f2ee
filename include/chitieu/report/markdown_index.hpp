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
    // --roll-up: the index of its parts (the areas it is made of), relative to this index; empty
    // for an area that is no one's parent. An index with any adds a column that links them.
    std::string parts_index{};
};

// Where an index stands in a roll-up's tree of indexes: the area whose parts it lists and the
// index one level up (both empty for the top index, index.md).
struct IndexPlace {
    std::string parent;
    std::string up;
};

IndexEntry index_entry(const AreaEvaluation& area, std::string report_file);

std::string write_markdown_index(const TargetSet* targets, int as_of, const std::vector<IndexEntry>& entries,
                                 const ReportOptions& options, const IndexPlace& place = {});

}  // namespace chitieu
