// The Word report (.docx) for one area, laid out per Decree 30/2020/NĐ-CP on administrative
// documents: A4 portrait, margins 20 mm top and bottom, 30 mm left, 15 mm right, Times New Roman
// 14 pt (tables 13 pt), page numbers centred at the top from page 2. The same content as the
// Markdown report (title, summary table, one section per target, method), with each chart a
// native Word chart (DrawingML, its values cached in the document) that stays editable.
#pragma once

#include <string>

#include "chitieu/model/evaluation.hpp"
#include "chitieu/report/report_options.hpp"

namespace chitieu {

// The .docx file's bytes (a zip archive built in memory).
std::string write_docx_report(const Evaluation& evaluation, const AreaEvaluation& area,
                              const ReportOptions& options);

}  // namespace chitieu
