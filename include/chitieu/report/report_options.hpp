// Options shared by every report writer.
#pragma once

#include <string>

#include "chitieu/model/text.hpp"

namespace chitieu {

// The CSV report's dialect. `standard` is the interface's (no BOM, ',' and '.'); the two
// spreadsheet dialects start with a UTF-8 byte order mark, so that Excel reads the Vietnamese text
// as UTF-8 when the file is double-clicked: `excel` keeps ',' and '.' (Excel in English), and
// `excel_vi` writes ';' between cells and a decimal comma (Excel in a Vietnamese locale, whose list
// separator is ';').
enum class CsvDialect { standard, excel, excel_vi };

struct ReportOptions {
    Lang lang = Lang::en;
    // Markdown: link each target's chart, written beside the report under the name
    // chart_file_name(chart_stem, target id) (report/svg_chart.hpp).
    bool charts = false;
    std::string chart_stem{};  // the area's file stem, as its report file is named
    CsvDialect csv_dialect = CsvDialect::standard;
    // Some area is judged against a target value of its own (by_area, --target-values): the CSV
    // report gains a last column, target_source (area or target_set).
    bool target_sources = false;
};

}  // namespace chitieu
