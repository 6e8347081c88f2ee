// The Excel report (-f xlsx -o FILE): one workbook for every area (report/xlsx_report.hpp says
// what is in it), written by libxlsxwriter in its constant-memory mode (each row goes to a
// temporary file as it is finished), into the temporary file of an AtomicFile, renamed into
// place at finish.
#pragma once

#include <memory>
#include <optional>
#include <string>

#include "chitieu/pipeline/area_sink.hpp"
#include "chitieu/report/report_options.hpp"
#include "chitieu/util/atomic_file.hpp"

namespace chitieu {

class XlsxSink : public AreaSink {
public:
    XlsxSink(std::string output_file, ReportOptions options);
    ~XlsxSink() override;

    void begin(const TargetSet& targets, int as_of) override;
    void area(const Evaluation& one) override;
    void finish(const PipelineDiagnostics& diagnostics) override;
    void restart() override;

    struct Workbook;  // libxlsxwriter's workbook, sheets and formats

private:
    std::string output_file_;
    ReportOptions options_;
    std::optional<AtomicFile> file_;
    std::unique_ptr<Workbook> book_;
};

}  // namespace chitieu
