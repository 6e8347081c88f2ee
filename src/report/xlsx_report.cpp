// The Excel report's cells: the same figures and words as the Markdown report (report/labels.hpp,
// report/report_lines.hpp), as numbers where they are numbers.
#include "chitieu/report/xlsx_report.hpp"

#include <algorithm>
#include <cmath>
#include <functional>

#include <fmt/format.h>

#include "chart_data.hpp"
#include "chitieu/util/utf8.hpp"
#include "labels.hpp"
#include "report_lines.hpp"

namespace chitieu {

namespace {

constexpr std::size_t kSheetNameLimit = 31;  // Excel's, in characters (Vietnamese letters: one each)

SheetCell text(std::string value, CellStyle style = CellStyle::text) {
    return {std::move(value), {}, style};
}

SheetCell number(const std::optional<double>& value, CellStyle style) {
    if (!value || !std::isfinite(*value)) return {};
    return {{}, *value, style};
}

// A figure of a growth target is a rate; everything else a value.
CellStyle figure_style(const Target& target) {
    return target.kind == TargetKind::growth ? CellStyle::rate : CellStyle::value;
}

// The bytes of the longest start of `name` within `limit` UTF-16 units (Excel counts those: one
// for a Vietnamese letter, two above U+FFFF).
std::size_t start_within(const std::string& name, std::size_t limit) {
    std::size_t at = 0, units = 0;
    while (at < name.size()) {
        const std::size_t length = std::max<std::size_t>(utf8_char_length(name, at), 1);
        const std::size_t more = length == 4 ? 2 : 1;
        if (units + more > limit) break;
        at += length;
        units += more;
    }
    return at;
}

// `name` with the characters Excel refuses in a sheet name replaced, within 31 characters: a
// longer one is cut at a word's start when one is near, and ends with "…".
std::string sheet_name(std::string name) {
    for (char& c : name)
        if (std::string_view("[]:*?/\\").find(c) != std::string_view::npos) c = ' ';
    if (start_within(name, kSheetNameLimit) < name.size()) {
        std::size_t at = start_within(name, kSheetNameLimit - 1);  // room for the ellipsis
        const std::size_t space = name.rfind(' ', at);
        if (space != std::string::npos && space > 0 && at - space <= 10) at = space;
        name.resize(at);
        while (!name.empty() && (name.back() == ' ' || name.back() == ',')) name.pop_back();
        name += "…";
    }
    while (!name.empty() && (name.back() == ' ' || name.back() == '\'')) name.pop_back();
    return name;
}

}  // namespace

const char* number_format_code(CellStyle style) {
    switch (style) {
        case CellStyle::value:
            return "#,##0.0";
        case CellStyle::rate:
            return "0.0";
        case CellStyle::year:
            return "0";
        case CellStyle::text:
        case CellStyle::header:
            break;
    }
    return "General";
}

std::uint32_t status_fill_colour(Status status) {
    switch (status) {
        case Status::met:
        case Status::on_track:
            return 0xD9EAD3;
        case Status::at_risk:
            return 0xFFF2CC;
        case Status::off_track:
        case Status::not_met:
            return 0xF4CCCC;
        case Status::insufficient_data:
            break;
    }
    return 0xEDEDED;
}

std::string status_cell_text(Status status, Lang lang) {
    return status_label(status, lang);
}

std::string summary_sheet_name(Lang lang) {
    return sheet_name(words(lang).summary);
}
std::string method_sheet_name(Lang lang) {
    return sheet_name(words(lang).method);
}

std::string target_sheet_name(const Target& target, int number, Lang lang) {
    const std::string title = target.title.in(lang);
    return sheet_name(std::to_string(number) + ". " + (title.empty() ? target.id : title));
}

std::vector<SheetColumn> summary_columns(Lang lang) {
    const Words& w = words(lang);
    const SheetWords& s = sheet_words(lang);
    return {{s.col_area, 24},        {s.col_target_id, 18}, {w.col_target, 40}, {w.col_goal, 36},
            {w.col_actual, 12},      {s.col_unit, 14},      {w.col_year, 7},    {w.col_gap, 12},
            {s.col_achievement, 12}, {w.col_status, 20}};
}

namespace {

// The summary's cells that depend on the target alone.
SummaryTargetCells target_cells(const Target& target, Lang lang) {
    return {text(target.id), text(target.title.in(lang)), text(goal_text(target, lang)),
            text(unit_label(target.unit, lang))};
}

SheetRow summary_row(const std::string& area, const TargetResult& result, const SummaryTargetCells& cells,
                     SheetCell status) {
    const Target& target = *result.target;
    const CellStyle style = figure_style(target);
    return {
        text(area),
        cells.id,
        cells.title,
        cells.goal,
        number(result.actual_value, style),
        cells.unit,
        result.actual_year ? number(double(*result.actual_year), CellStyle::year) : SheetCell{},
        number(result.gap, style),
        number(result.achievement_pct, CellStyle::rate),
        std::move(status),
    };
}

}  // namespace

std::vector<SheetRow> summary_rows(const AreaEvaluation& area, Lang lang) {
    std::vector<SheetRow> rows;
    for (const TargetResult& given : area.results) {
        if (!given.target) continue;
        const TargetResult result = finite_only(given);
        rows.push_back(summary_row(area.area, result, target_cells(*result.target, lang),
                                   text(status_cell_text(result.status, lang))));
    }
    return rows;
}

SummaryRows::SummaryRows(const TargetSet& set, Lang lang) : set_(&set), lang_(lang) {
    for (const Target& target : set.targets) cells_.push_back(target_cells(target, lang));
    for (const Status status : {Status::met, Status::not_met, Status::on_track, Status::at_risk,
                                Status::off_track, Status::insufficient_data})
        statuses_[static_cast<std::size_t>(status)] = text(status_cell_text(status, lang));
}

std::vector<SheetRow> SummaryRows::rows(const AreaEvaluation& area) const {
    std::vector<SheetRow> rows;
    rows.reserve(area.results.size());
    const Target* first = set_->targets.data();
    const Target* end = first + set_->targets.size();
    for (const TargetResult& given : area.results) {
        if (!given.target) continue;
        const TargetResult result = finite_only(given);
        // One of the set's own targets (not an area's copy with a value of its own): its cells
        // as made once.
        const bool own = std::less_equal<>{}(first, result.target) && std::less<>{}(result.target, end);
        const auto status = static_cast<std::size_t>(result.status);
        SheetCell status_cell =
            status < statuses_.size() ? statuses_[status] : text(status_cell_text(result.status, lang_));
        rows.push_back(own ? summary_row(area.area, result,
                                         cells_[static_cast<std::size_t>(result.target - first)],
                                         std::move(status_cell))
                           : summary_row(area.area, result, target_cells(*result.target, lang_),
                                         std::move(status_cell)));
    }
    return rows;
}

YearSpan sheet_years(const TargetSet& targets, int as_of) {
    const int last = std::max(targets.end_year, as_of);
    return {std::min(targets.base_year, last), last};
}

std::vector<SheetColumn> target_columns(const Target& target, YearSpan years, Lang lang) {
    const SheetWords& s = sheet_words(lang);
    const std::string unit =
        unit_label(target.kind == TargetKind::growth ? std::string() : target.unit, lang);
    std::vector<SheetColumn> columns = {
        {std::string(s.col_area) + (unit.empty() ? "" : " (" + unit + ")"), 28},
        {words(lang).col_status, 20}};
    for (int year = years.first; year <= years.last; ++year) columns.push_back({std::to_string(year), 11});
    return columns;
}

std::vector<std::string> target_series_names(Lang lang) {
    const ChartWords& c = chart_words(lang);
    return {c.actual, c.required, c.target};
}

namespace {

// `points` under their years, after `first` cells.
SheetRow by_year(SheetRow row, const std::vector<YearValue>& points, YearSpan years, std::size_t first) {
    row.resize(first + static_cast<std::size_t>(years.last - years.first + 1));
    for (const YearValue& point : points)  // levels, shares in %: values (growth: levels too)
        if (point.year >= years.first && point.year <= years.last)
            row[first + static_cast<std::size_t>(point.year - years.first)] =
                number(point.value, CellStyle::value);
    return row;
}

}  // namespace

SheetRow target_row(const AreaEvaluation& area, std::size_t index, YearSpan years, Lang lang) {
    if (index >= area.results.size() || !area.results[index].target) return {};
    const TargetResult result = finite_only(area.results[index]);
    return by_year({text(area.area), text(status_cell_text(result.status, lang))}, chart_data(result).actual,
                   years, kTargetFirstYearColumn);
}

std::vector<SheetRow> chart_block_rows(const AreaEvaluation& area, std::size_t index, YearSpan years) {
    if (index >= area.results.size() || !area.results[index].target) return {};
    const ChartData data = chart_data(finite_only(area.results[index]));
    const std::vector<YearValue> target =
        data.has_target ? std::vector<YearValue>{data.target} : std::vector<YearValue>{};
    return {by_year({text(area.area)}, data.required, years, 1),
            by_year({text(area.area)}, target, years, 1)};
}

std::string target_chart_title(const Target& target, const std::string& area, Lang lang) {
    const std::string title = target.title.in(lang).empty() ? target.id : target.title.in(lang);
    return area.empty() ? title : title + " — " + area;
}

std::vector<std::string> method_lines(const TargetSet& targets, int as_of, Lang lang) {
    std::vector<std::string> lines;
    const std::string title = targets.title.in(lang);
    if (!title.empty()) lines.push_back(title);
    lines.push_back(intro_sentence(lang, as_of, targets.id, targets.base_year, targets.end_year));
    lines.push_back(std::string(sheet_words(lang).as_of) + ": " + std::to_string(as_of));
    lines.push_back(fmt::format(fmt::runtime(sheet_words(lang).charts), kChartedAreas));
    for (std::string& point : method_points(lang, targets.assessment)) lines.push_back(std::move(point));
    return lines;
}

}  // namespace chitieu
