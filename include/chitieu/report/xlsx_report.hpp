// The Excel report's content, in pieces (pipeline/xlsx_sink.cpp hands them to libxlsxwriter,
// which writes the file): a summary sheet with one row per area and target, one sheet per target
// with every area's observed values by year (one row an area) and a line chart for each of the
// first kChartedAreas areas (observed, required path, target: the last two in blocks beside the
// area's row; the chart's title names the area), and a method sheet that says so. Words in the report's
// language; numbers stay numbers, with a number format by what they are. Nothing here computes or writes.
#pragma once

#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "chitieu/model/evaluation.hpp"
#include "chitieu/model/targets.hpp"
#include "chitieu/report/report_options.hpp"

namespace chitieu {

// How a cell looks: text, a header, or a number with its format.
enum class CellStyle { text, header, value, rate, year };

struct SheetCell {
    std::string text;              // when `number` is empty
    std::optional<double> number;  // a finite number, written as a number
    CellStyle style = CellStyle::text;
};
using SheetRow = std::vector<SheetCell>;

struct SheetColumn {
    std::string header;
    double width;  // in characters, as Excel counts them
};

// Excel's number format of a style ("#,##0.0"); shown with the reader's own separators.
const char* number_format_code(CellStyle style);

// The cell background of a status (0xRRGGBB), light enough for black text and grey-scale print:
// green for met and on track, yellow at risk, red off track and not met, grey insufficient data.
std::uint32_t status_fill_colour(Status status);

// The statuses as the summary's status column writes them, for its conditional formats.
std::string status_cell_text(Status status, Lang lang);

// Sheet names: at most 31 characters, none of []:*?/\, unique in the workbook (a target's sheet
// starts with its number in the set).
std::string summary_sheet_name(Lang lang);
std::string method_sheet_name(Lang lang);
std::string target_sheet_name(const Target& target, int number, Lang lang);

// The summary sheet: columns (the status column is the last), and an area's rows.
std::vector<SheetColumn> summary_columns(Lang lang);
std::vector<SheetRow> summary_rows(const AreaEvaluation& area, Lang lang);

// The summary's cells that depend on the target alone: its id, title, goal and unit.
struct SummaryTargetCells {
    SheetCell id, title, goal, unit;
};

// summary_rows's rows, with the cells that depend on the target alone and the status words made
// once for the set's own targets instead of on every row (159,000 rows in a commune-scale
// workbook; the goal and unit words were a sixth of its time). A result whose target is not one
// of `set`'s own (an area judged against a value of its own: by_area, --target-values) gets its
// cells made afresh. summary_rows is the plain twin (tests/unit/report/test_xlsx_report.cpp).
class SummaryRows {
public:
    SummaryRows(const TargetSet& set, Lang lang);  // `set` must outlive this
    std::vector<SheetRow> rows(const AreaEvaluation& area) const;

private:
    const TargetSet* set_;
    Lang lang_;
    std::vector<SummaryTargetCells> cells_;  // by the set's target index
    std::array<SheetCell, 6> statuses_;      // by Status
};

// A target's sheet: area, status, then one column per year of `years` (first, last).
struct YearSpan {
    int first = 0;
    int last = 0;
};
// The years a target sheet shows: from the set's base year to its end year or `as_of`, whichever
// is later (a value outside them is in the summary and the Markdown report, not on this sheet).
YearSpan sheet_years(const TargetSet& targets, int as_of);
std::vector<SheetColumn> target_columns(const Target& target, YearSpan years, Lang lang);
inline constexpr int kTargetFirstYearColumn = 2;
// The row of `area` for the target at `index` in the set (results in set order); empty when the
// area has no result for it.
SheetRow target_row(const AreaEvaluation& area, std::size_t index, YearSpan years, Lang lang);
// How many areas (the first in the table) get a chart on each target's sheet: a province's
// districts each get theirs; a commune-scale batch charts its first ones, and says so.
inline constexpr std::size_t kChartedAreas = 12;
// The chart's other two series for `area` (one of the first kChartedAreas): its required path and its target
// marker (T, X), each as the area's name then one cell per year of `years`; empty without a
// result.
std::vector<SheetRow> chart_block_rows(const AreaEvaluation& area, std::size_t index, YearSpan years);
// The chart's title: the target's title and the area charted.
std::string target_chart_title(const Target& target, const std::string& area, Lang lang);
// The chart's series names: observed, required path, target.
std::vector<std::string> target_series_names(Lang lang);

// The method sheet: the set, the as-of year, the method's points; one cell a row.
std::vector<std::string> method_lines(const TargetSet& targets, int as_of, Lang lang);

}  // namespace chitieu
