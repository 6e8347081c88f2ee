// The Excel report (-f xlsx -o FILE): one workbook for every area (report/xlsx_report.hpp says
// what is in it), written by libxlsxwriter in its constant-memory mode (each row goes to a
// temporary file as it is finished), into the temporary file of an AtomicFile, renamed into
// place at finish. Its parts are deflated at level 1 (pipeline/xlsx_deflate.hpp says how);
// `plain_deflate` keeps libxlsxwriter's own level, the twin the differential test compares with.
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
    XlsxSink(std::string output_file, ReportOptions options, bool plain_deflate = false);
    ~XlsxSink() override;

    void begin(const TargetSet& targets, int as_of) override;
    void area(const Evaluation& one) override;
    void finish(const PipelineDiagnostics& diagnostics) override;
    void restart() override;

    struct Workbook;  // libxlsxwriter's workbook, sheets and formats

private:
    void write_held_areas();
    std::string output_file_;
    ReportOptions options_;
    bool plain_deflate_ = false;
    std::optional<AtomicFile> file_;
    std::unique_ptr<Workbook> book_;
};

}  // namespace chitieu
