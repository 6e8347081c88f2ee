// The CSV gap report: the interface's columns, one row per area and target, machine numbers.
#include "chitieu/report/csv_report.hpp"

#include <algorithm>
#include <charconv>
#include <string_view>

#include "chitieu/report/number_format.hpp"
#include "csv_cells.hpp"

namespace chitieu {

namespace {

constexpr const char* kHeader =
    "area,target_id,kind,title,op,target_value,unit,target_year,actual_value,actual_year,gap,achievement_pct,"
    "actual_rate_pct,required_rate_pct,remaining_rate_pct,projected_value,status\n";

constexpr std::string_view kByteOrderMark = "\xEF\xBB\xBF";

char separator_of(CsvDialect dialect) {
    return dialect == CsvDialect::excel_vi ? ';' : ',';
}

// Excel in a Vietnamese locale reads "1234,5" as a number; everything else stays the machine form.
NumberStyle numbers_of(CsvDialect dialect) {
    NumberStyle style = kMachineNumbers;
    if (dialect == CsvDialect::excel_vi) style.decimal_point = ',';
    return style;
}

// Numbers and years are written as they are: a machine number is a plain number (no grouping, no
// exponent), which csv_text would pass unchanged.
void append_year(std::string& out, int year) {
    char digits[16];
    const auto result = std::to_chars(digits, digits + sizeof digits, year);
    out.append(digits, result.ptr);
}

// The cells of a row that depend only on the target (target_id to target_year), with the comma
// before each: the same on every area's row.
std::string target_cells(const Target& target, Lang lang, CsvDialect dialect) {
    const char sep = separator_of(dialect);
    std::string out;
    // Every text cell goes through csv_text: text from the inputs cannot smuggle a formula or break
    // the row.
    out += sep;
    append_csv_text(out, target.id, sep);
    out += sep;
    append_csv_text(out, target_kind_name(target.kind), sep);
    out += sep;
    append_csv_text(out, target.title.in(lang), sep);
    out += sep;
    append_csv_text(out, op_symbol(target.op), sep);
    out += sep;
    append_number(out, target.value, numbers_of(dialect));
    out += sep;
    append_csv_text(out, target.unit, sep);
    out += sep;
    append_year(out, target.year);
    return out;
}

}  // namespace

std::string csv_report_header(const ReportOptions& options) {
    std::string out;
    if (options.csv_dialect != CsvDialect::standard) out += kByteOrderMark;
    out += kHeader;
    if (options.target_sources) {  // after the interface's columns, never among them
        out.pop_back();
        out += ",target_source\n";
    }
    if (options.csv_dialect == CsvDialect::excel_vi) std::replace(out.begin(), out.end(), ',', ';');
    return out;
}

CsvRowWriter::CsvRowWriter(const ReportOptions& options)
    : lang_(options.lang), dialect_(options.csv_dialect), target_sources_(options.target_sources) {}

const std::string& CsvRowWriter::target_cells_at(std::size_t position, const Target& target) {
    // With per-area values each area has its own copies of the targets, which live for that area
    // only (model/area_targets.hpp): nothing is cached by address then.
    if (target_sources_) {
        own_cells_ = target_cells(target, lang_, dialect_);
        return own_cells_;
    }
    // Results come in target-set order: the cells at `position` are nearly always the ones.
    if (position < cells_.size() && cells_[position].first == &target) return cells_[position].second;
    for (const auto& [known, cells] : cells_)
        if (known == &target) return cells;
    cells_.emplace_back(&target, target_cells(target, lang_, dialect_));
    return cells_.back().second;
}

// Appends the area's rows straight into the report: at 159,000 rows a vector of 17 strings per
// row was a third of the whole run, and the target's own cells are formatted once per report.
void CsvRowWriter::append(std::string& out, const AreaEvaluation& area) {
    const char sep = separator_of(dialect_);
    const NumberStyle numbers = numbers_of(dialect_);
    area_cell_.clear();
    append_csv_text(area_cell_, area.area, sep);
    for (std::size_t i = 0; i < area.results.size(); ++i) {
        const TargetResult& result = area.results[i];
        if (!result.target) continue;
        out += area_cell_;
        out += target_cells_at(i, *result.target);
        // The figures, a year among them, written in one piece: a million numbers a report.
        char cells[8 * (kMaxNumberChars + 1)];
        char* end = cells;
        *end++ = sep;
        if (result.actual_value) end = write_number(end, *result.actual_value, numbers);
        *end++ = sep;
        if (result.actual_year) end = std::to_chars(end, end + 16, *result.actual_year).ptr;
        const std::optional<double>* const figures[] = {&result.gap,
                                                        &result.achievement_pct,
                                                        &result.actual_rate_pct,
                                                        &result.required_rate_pct,
                                                        &result.remaining_rate_pct,
                                                        &result.projected_value};
        for (const std::optional<double>* value : figures) {
            *end++ = sep;
            if (*value) end = write_number(end, **value, numbers);
        }
        *end++ = sep;
        out.append(cells, end);
        append_csv_text(out, status_name(result.status), sep);
        if (target_sources_) {
            out += sep;
            const ValueSource source = result.target->value_source;
            out += source == ValueSource::by_area || source == ValueSource::target_values ? "area"
                                                                                          : "target_set";
        }
        out += '\n';
    }
}

std::string write_csv_report(const Evaluation& evaluation, const ReportOptions& options) {
    std::size_t rows = 0;
    for (const AreaEvaluation& area : evaluation.areas) rows += area.results.size();
    std::string out;
    // About 150 bytes a row at commune scale: reserving once avoids copying the report as it grows
    // (pages never written are never touched, so a generous guess costs no memory).
    out.reserve(std::string_view(kHeader).size() + kByteOrderMark.size() + rows * 192);
    out += csv_report_header(options);
    CsvRowWriter rows_writer(options);
    for (const AreaEvaluation& area : evaluation.areas) rows_writer.append(out, area);
    return out;
}

}  // namespace chitieu
