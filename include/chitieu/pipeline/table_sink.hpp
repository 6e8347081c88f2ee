// The CSV or JSON report: one table for every area, written as the areas are evaluated.
#pragma once

#include <optional>
#include <string>

#include "chitieu/pipeline/area_sink.hpp"
#include "chitieu/report/csv_report.hpp"
#include "chitieu/report/report_options.hpp"
#include "chitieu/util/atomic_file.hpp"

namespace chitieu {

enum class TableFormat { csv, json };

class TableSink : public AreaSink {
public:
    // Into `output_file` atomically, or standard output when it is empty or "-" (held until the
    // end: a failed run prints nothing).
    TableSink(TableFormat format, std::string output_file, ReportOptions options);

    void begin(const TargetSet& targets, int as_of) override;
    void area(const Evaluation& one) override;
    void finish(const PipelineDiagnostics& diagnostics) override;
    void restart() override;

private:
    TableFormat format_;
    std::string output_file_;
    ReportOptions options_;
    std::optional<AtomicFile> file_;
    std::string buffer_;
    CsvRowWriter rows_;
    bool any_area_ = false;
};

}  // namespace chitieu
