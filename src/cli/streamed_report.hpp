// `report` over commune-scale inputs: the CSV or JSON table, or one Markdown report per area, written as
// the areas are evaluated (cli/streamed_evaluation.hpp), so memory holds one area at a time.
#pragma once

#include <optional>
#include <string>

#include "chitieu/model/targets.hpp"
#include "chitieu/report/report_options.hpp"
#include "cli/inputs.hpp"

namespace chitieu::cli {

struct StreamedReportRequest {
    const TargetSet& targets;
    const InputOptions& inputs;
    std::optional<int> as_of;
    ReportOptions report_options;
    bool show_progress = false;
};

// -f csv (or -f json with `json`): the table into `output_file` (atomically), or standard output
// when it is empty or "-" (held until the end: a failed run prints nothing). False when the
// inputs do not stream: the caller loads them whole.
bool write_streamed_table(const StreamedReportRequest& request, const std::string& output_file, bool json);

// -f md --out-dir DIR: one report per area, its charts with --charts, and index.md, all
// committed together at the end (one flush for the batch); nothing is left in DIR by a failed
// run. False when the inputs do not stream.
bool write_streamed_markdown(const StreamedReportRequest& request, const std::string& out_dir, bool charts);

}  // namespace chitieu::cli
