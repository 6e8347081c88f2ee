// The CSV or JSON report: one table for every area, written as the areas are evaluated, and
// listing them by name in Vietnamese order (util/vietnamese_order.hpp) whatever order the inputs
// gave them in: when they came in another order, the parts are copied into place at the end.
#pragma once

#include <functional>
#include <optional>
#include <string>
#include <vector>

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
    struct Part {         // one area's rows, where they were written
        std::string key;  // vietnamese_sort_key of the area's name
        long long offset = 0;
        std::size_t length = 0;
    };
    void for_each_in_order(
        const std::function<void(const Part&, bool drop_comma, bool add_comma)>& place) const;

    TableFormat format_;
    std::string output_file_;
    ReportOptions options_;
    std::optional<AtomicFile> file_;
    std::string buffer_;
    CsvRowWriter rows_;
    std::string head_;
    std::vector<Part> parts_;
    bool in_order_ = true;
};

}  // namespace chitieu
