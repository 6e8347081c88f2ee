// Options shared by every report writer.
#pragma once

#include <string>

#include "chitieu/model/text.hpp"

namespace chitieu {

struct ReportOptions {
    Lang lang = Lang::en;
    // Markdown: link each target's chart, written beside the report under the name
    // chart_file_name(chart_stem, target id) (report/svg_chart.hpp).
    bool charts = false;
    std::string chart_stem{};  // the area's file stem, as its report file is named
};

}  // namespace chitieu
