// The CSV gap report: the interface's columns, one row per area and target.
#pragma once

#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "chitieu/model/evaluation.hpp"
#include "chitieu/report/report_options.hpp"

namespace chitieu {

std::string write_csv_report(const Evaluation& evaluation, const ReportOptions& options);

// The same in pieces, for a report written as the areas are evaluated: the header line (after the
// byte order mark of a spreadsheet dialect), then each area's rows.
std::string csv_report_header(const ReportOptions& options);

class CsvRowWriter {
public:
    explicit CsvRowWriter(const ReportOptions& options);
    void append(std::string& out, const AreaEvaluation& area);

private:
    const std::string& target_cells_at(std::size_t position, const Target& target);

    Lang lang_;
    CsvDialect dialect_;
    bool target_sources_;
    std::string own_cells_;  // with target_sources_: the row's target's cells
    std::vector<std::pair<const Target*, std::string>> cells_;  // each target's own cells, once
    std::string area_cell_;
};

}  // namespace chitieu
