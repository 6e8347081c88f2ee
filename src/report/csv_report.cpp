// The CSV gap report: the interface's columns, one row per area and target, machine numbers.
#include "chitieu/report/csv_report.hpp"

#include <vector>

#include "chitieu/report/csv_writer.hpp"
#include "chitieu/report/number_format.hpp"

namespace chitieu {

namespace {

constexpr const char* kHeader =
    "area,target_id,kind,title,op,target_value,unit,target_year,actual_value,actual_year,gap,achievement_pct,"
    "actual_rate_pct,required_rate_pct,remaining_rate_pct,projected_value,status\n";

std::string number(const std::optional<double>& value) {
    return format_optional(value, kMachineNumbers);
}

std::string year(const std::optional<int>& value) {
    return value ? std::to_string(*value) : std::string();
}

std::string row(const std::string& area, const TargetResult& result, Lang lang) {
    const Target& target = *result.target;
    // Every cell goes through csv_text: numbers pass unchanged (they are plain numbers and need no
    // quotes), and text from the inputs cannot smuggle a formula or break the row.
    const std::vector<std::string> cells = {
        area,
        target.id,
        target_kind_name(target.kind),
        target.title.in(lang),
        op_symbol(target.op),
        format_number(target.value, kMachineNumbers),
        target.unit,
        std::to_string(target.year),
        number(result.actual_value),
        year(result.actual_year),
        number(result.gap),
        number(result.achievement_pct),
        number(result.actual_rate_pct),
        number(result.required_rate_pct),
        number(result.remaining_rate_pct),
        number(result.projected_value),
        status_name(result.status),
    };
    std::string out;
    for (const std::string& cell : cells) {
        if (!out.empty()) out += ',';
        out += csv_text(cell);
    }
    return out + "\n";
}

}  // namespace

std::string write_csv_report(const Evaluation& evaluation, const ReportOptions& options) {
    std::string out = kHeader;
    for (const AreaEvaluation& area : evaluation.areas)
        for (const TargetResult& result : area.results)
            if (result.target) out += row(area.area, result, options.lang);
    return out;
}

}  // namespace chitieu
