// The JSON check output: one object per line inside each array, so diffs stay readable.
#include "chitieu/report/check_json.hpp"

#include "chitieu/report/json_text.hpp"
#include "chitieu/report/number_format.hpp"

namespace chitieu {

namespace {

std::string json_number(const std::optional<double>& value) {
    const std::string text = format_optional(value, kMachineNumbers);
    return text.empty() ? "null" : text;
}

std::string json_int(int value) {
    return value > 0 ? std::to_string(value) : "null";  // 0 means "not known" for lines and columns
}

std::string json_bool(bool value) {
    return value ? "true" : "false";
}

std::string finding_object(const Finding& finding) {
    const Diagnostic& diagnostic = finding.diagnostic;
    return "{\"rule\": " + json_string(finding.rule) +
           ", \"severity\": " + json_string(severity_name(diagnostic.severity)) + ", \"file\": " +
           (diagnostic.where.file.empty() ? std::string("null") : json_string(diagnostic.where.file)) +
           ", \"line\": " + json_int(diagnostic.where.line) +
           ", \"column\": " + json_int(diagnostic.where.column) +
           ", \"message\": " + json_string(diagnostic.message) + "}";
}

std::string target_object(const CheckReport& report, const std::string& area, const TargetResult& result,
                          Lang lang) {
    const Target& target = *result.target;
    return "{\"area\": " + json_string(area) + ", \"target_id\": " + json_string(target.id) +
           ", \"kind\": " + json_string(target_kind_name(target.kind)) +
           ", \"title\": " + json_string(target.title.in(lang)) +
           ", \"op\": " + json_string(op_symbol(target.op)) +
           ", \"target_value\": " + json_number(target.value) + ", \"unit\": " + json_string(target.unit) +
           ", \"target_year\": " + std::to_string(target.year) +
           ", \"actual_value\": " + json_number(result.actual_value) +
           ", \"actual_year\": " + (result.actual_year ? std::to_string(*result.actual_year) : "null") +
           ", \"status\": " + json_string(status_name(result.status)) +
           ", \"fails\": " + json_bool(status_fails(report, result.status)) + "}";
}

// "[\n    a,\n    b\n  ]" or "[]".
std::string json_array(const std::vector<std::string>& items) {
    if (items.empty()) return "[]";
    std::string out = "[\n";
    for (std::size_t i = 0; i < items.size(); ++i)
        out += "    " + items[i] + (i + 1 < items.size() ? ",\n" : "\n");
    return out + "  ]";
}

std::string summary_object(const CheckReport& report, const CheckTally& tally) {
    std::string statuses;
    for (std::size_t i = 0; i < tally.statuses.size(); ++i)
        statuses += (i == 0 ? "" : ", ") + json_string(status_name(static_cast<Status>(i))) + ": " +
                    std::to_string(tally.statuses[i]);
    return "{\"errors\": " + std::to_string(tally.errors) +
           ", \"warnings\": " + std::to_string(tally.warnings) +
           ", \"notes\": " + std::to_string(tally.notes) +
           ", \"evaluated\": " + json_bool(report.evaluation != nullptr) +
           ", \"as_of\": " + (report.evaluation ? json_int(report.evaluation->as_of) : "null") +
           ", \"targets\": " + std::to_string(tally.targets) + ", \"statuses\": {" + statuses + "}" +
           ", \"fail_on\": " + json_string(report.fail_on) +
           ", \"failing_targets\": " + std::to_string(tally.failing_targets) +
           ", \"passed\": " + json_bool(tally.passed()) + "}";
}

}  // namespace

std::string write_check_json(const CheckReport& report, const ReportOptions& options) {
    std::vector<std::string> findings;
    for (const Finding& finding : report.findings) findings.push_back(finding_object(finding));
    std::vector<std::string> targets;
    if (report.evaluation)
        for (const AreaEvaluation& area : report.evaluation->areas)
            for (const TargetResult& result : area.results)
                if (result.target) targets.push_back(target_object(report, area.area, result, options.lang));
    return "{\n  \"findings\": " + json_array(findings) + ",\n  \"targets\": " + json_array(targets) +
           ",\n  \"summary\": " + summary_object(report, tally_check(report)) + "\n}\n";
}

}  // namespace chitieu
