// The words of an area's report that every human-readable writer shows (Markdown, Word): the
// summary table's cells and a target's figure lines, written in report/markdown_report.cpp.
// `escape` prepares user text (names, units) for the writer's format: markdown_escape for
// Markdown, or text as it is for a writer that escapes each run itself.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "chitieu/model/evaluation.hpp"
#include "chitieu/model/targets.hpp"
#include "chitieu/model/text.hpp"

namespace chitieu {

using TextEscape = std::string (*)(std::string_view);

// User text as it is, for writers that escape at the end (Word's XML runs).
inline std::string plain_text(std::string_view text) {
    return std::string(text);
}

// The result with any non-finite figure taken out (read as absent).
TargetResult finite_only(const TargetResult& result);

// The summary table: one row per target (target, goal, actual, year, gap, status with marker),
// and the count per status ("🟢 2 on track · 🔴 1 off track"). No rows: no targets.
struct SummaryTable {
    std::vector<std::vector<std::string>> rows;
    std::string tally;
};
SummaryTable summary_table(const AreaEvaluation& area, Lang lang, TextEscape escape);

// A target's figure lines ("Goal: …", "Status: …", "Actual: …"), each only when the evaluation
// has the figure. `result` as finite_only gives it.
std::vector<std::string> figure_lines(const TargetResult& result, const Assessment& assessment, Lang lang,
                                      TextEscape escape);

// The unit of a target's levels (base, projection, yearly values), in `lang`; "" when unknown.
std::string level_unit(const Target& target, const TargetResult& result, Lang lang, TextEscape escape);

// Whether `title` names `area` already, as whole words: then the report's heading does not
// repeat the area after the title.
bool names_area(std::string_view title, std::string_view area);

}  // namespace chitieu
