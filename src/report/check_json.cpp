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

std::string target_object(const CheckReport& report, const std::string& area, const CheckedTarget& checked,
                          Lang lang) {
    const Target& target = *checked.target();
    const std::optional<int> actual_year = checked.actual_year();
    return "{\"area\": " + json_string(area) + ", \"target_id\": " + json_string(target.id) +
           ", \"kind\": " + json_string(target_kind_name(target.kind)) +
           ", \"title\": " + json_string(target.title.in(lang)) +
           ", \"op\": " + json_string(op_symbol(target.op)) +
           ", \"target_value\": " + json_number(target.value) + ", \"unit\": " + json_string(target.unit) +
           ", \"target_year\": " + std::to_string(target.year) +
           ", \"actual_value\": " + json_number(checked.actual_value()) +
           ", \"actual_year\": " + (actual_year ? std::to_string(*actual_year) : "null") +
           ", \"status\": " + json_string(status_name(checked.status())) +
           ", \"fails\": " + json_bool(report.policy.fails(checked.status())) + "}";
}

// "[\n    a,\n    b\n  ]" or "[]", an item at a time.
class JsonArray {
public:
    explicit JsonArray(const WriteText& out) : out_(out) {}
    // The separator before the next item.
    const char* next() {
        const char* separator = empty_ ? "[\n    " : ",\n    ";
        empty_ = false;
        return separator;
    }
    void close() { out_(empty_ ? "[]" : "\n  ]"); }

private:
    const WriteText& out_;
    bool empty_ = true;
};

std::string summary_object(const CheckReport& report) {
    const CheckTally& tally = report.tally;
    std::string statuses;
    for (std::size_t i = 0; i < tally.statuses.size(); ++i)
        statuses += (i == 0 ? "" : ", ") + json_string(status_name(static_cast<Status>(i))) + ": " +
                    std::to_string(tally.statuses[i]);
    return "{\"errors\": " + std::to_string(tally.errors) +
           ", \"warnings\": " + std::to_string(tally.warnings) +
           ", \"notes\": " + std::to_string(tally.notes) + ", \"evaluated\": " + json_bool(report.evaluated) +
           ", \"as_of\": " + (report.evaluated ? json_int(report.as_of) : "null") +
           ", \"targets\": " + std::to_string(tally.targets) + ", \"statuses\": {" + statuses + "}" +
           ", \"fail_on\": " + json_string(report.policy.fail_on) +
           ", \"failing_targets\": " + std::to_string(tally.failing_targets) +
           ", \"passed\": " + json_bool(tally.passed()) + "}";
}

}  // namespace

void write_check_json(const CheckReport& report, const ReportOptions& options, const WriteText& out) {
    out("{\n  \"findings\": ");
    JsonArray findings(out);
    report.findings.for_each([&](const Finding& finding) { out(findings.next() + finding_object(finding)); });
    findings.close();
    out(",\n  \"targets\": ");
    JsonArray targets(out);
    std::string part;
    for (const CheckedArea& area : report.areas) {
        part.clear();
        for (const CheckedTarget& checked : area.targets)
            if (checked.target())
                part += targets.next() + target_object(report, area.name, checked, options.lang);
        out(part);
    }
    targets.close();
    out(",\n  \"summary\": " + summary_object(report) + "\n}\n");
}

}  // namespace chitieu
