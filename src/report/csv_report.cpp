// The CSV gap report: the interface's columns, one row per area and target, machine numbers.
#include "chitieu/report/csv_report.hpp"

#include <charconv>
#include <string_view>

#include "chitieu/report/csv_writer.hpp"
#include "chitieu/report/number_format.hpp"

namespace chitieu {

namespace {

constexpr const char* kHeader =
    "area,target_id,kind,title,op,target_value,unit,target_year,actual_value,actual_year,gap,achievement_pct,"
    "actual_rate_pct,required_rate_pct,remaining_rate_pct,projected_value,status\n";

// Numbers and years are written as they are: a machine number is a plain number (no grouping, no
// exponent), which csv_text would pass unchanged.
void append_optional(std::string& out, const std::optional<double>& value) {
    if (value) append_number(out, *value, kMachineNumbers);
}

void append_year(std::string& out, int year) {
    char digits[16];
    const auto result = std::to_chars(digits, digits + sizeof digits, year);
    out.append(digits, result.ptr);
}

// Appends one row straight into the report: at 159,000 rows a vector of 17 strings per row was a
// third of the whole run.
void append_row(std::string& out, const std::string& area, const TargetResult& result, Lang lang) {
    const Target& target = *result.target;
    // Every text cell goes through csv_text: text from the inputs cannot smuggle a formula or break
    // the row.
    append_csv_text(out, area);
    out += ',';
    append_csv_text(out, target.id);
    out += ',';
    append_csv_text(out, target_kind_name(target.kind));
    out += ',';
    append_csv_text(out, target.title.in(lang));
    out += ',';
    append_csv_text(out, op_symbol(target.op));
    out += ',';
    append_number(out, target.value, kMachineNumbers);
    out += ',';
    append_csv_text(out, target.unit);
    out += ',';
    append_year(out, target.year);
    out += ',';
    append_optional(out, result.actual_value);
    out += ',';
    if (result.actual_year) append_year(out, *result.actual_year);
    const std::optional<double>* const figures[] = {&result.gap,
                                                    &result.achievement_pct,
                                                    &result.actual_rate_pct,
                                                    &result.required_rate_pct,
                                                    &result.remaining_rate_pct,
                                                    &result.projected_value};
    for (const std::optional<double>* value : figures) {
        out += ',';
        append_optional(out, *value);
    }
    out += ',';
    append_csv_text(out, status_name(result.status));
    out += '\n';
}

}  // namespace

std::string_view csv_report_header() {
    return kHeader;
}

void append_csv_rows(std::string& out, const AreaEvaluation& area, const ReportOptions& options) {
    for (const TargetResult& result : area.results)
        if (result.target) append_row(out, area.area, result, options.lang);
}

std::string write_csv_report(const Evaluation& evaluation, const ReportOptions& options) {
    std::size_t rows = 0;
    for (const AreaEvaluation& area : evaluation.areas) rows += area.results.size();
    std::string out;
    // About 150 bytes a row at commune scale: reserving once avoids copying the report as it grows
    // (pages never written are never touched, so a generous guess costs no memory).
    out.reserve(std::string_view(kHeader).size() + rows * 192);
    out += kHeader;
    for (const AreaEvaluation& area : evaluation.areas) append_csv_rows(out, area, options);
    return out;
}

}  // namespace chitieu
