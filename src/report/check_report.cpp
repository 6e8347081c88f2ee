// Tallies shared by the check writers, so every format counts and words the outcome alike.
#include "chitieu/report/check_report.hpp"

#include <algorithm>

#include "labels.hpp"

namespace chitieu {

namespace {

// Pointer, figure, year, status and two flags: what 159,000 targets cost a commune-scale check.
static_assert(sizeof(CheckedTarget) <= 24);

std::string counted(long count, const char* singular, const char* plural) {
    return std::to_string(count) + " " + (count == 1 ? singular : plural);
}

}  // namespace

bool CheckPolicy::fails(Status status) const {
    return std::find(failing_statuses.begin(), failing_statuses.end(), status) != failing_statuses.end();
}

CheckedTarget::CheckedTarget(const TargetResult& result)
    : target_(result.target),
      actual_value_(result.actual_value.value_or(0.0)),
      actual_year_(result.actual_year.value_or(0)),
      status_(static_cast<std::uint8_t>(result.status)),
      has_actual_value_(result.actual_value.has_value()),
      has_actual_year_(result.actual_year.has_value()) {}

std::optional<double> CheckedTarget::actual_value() const {
    return has_actual_value_ ? std::optional<double>(actual_value_) : std::nullopt;
}

std::optional<int> CheckedTarget::actual_year() const {
    return has_actual_year_ ? std::optional<int>(actual_year_) : std::nullopt;
}

void tally_findings(CheckTally& tally, const FindingList& findings, const CheckPolicy& policy) {
    const std::array<std::size_t, 3> counts = findings.severity_counts();
    tally.errors += counts[static_cast<std::size_t>(Severity::error)];
    tally.warnings += counts[static_cast<std::size_t>(Severity::warning)];
    tally.notes += counts[static_cast<std::size_t>(Severity::note)];
    tally.failing_warnings = policy.fails_on_warnings ? tally.warnings : 0;
}

void tally_targets(CheckTally& tally, const CheckedArea& area, const CheckPolicy& policy) {
    for (const CheckedTarget& target : area.targets) {
        ++tally.statuses.at(static_cast<std::size_t>(target.status()));
        ++tally.targets;
        if (policy.fails(target.status())) ++tally.failing_targets;
    }
}

std::vector<std::string> check_rules(const CheckReport& report) {
    std::vector<std::string> rules = report.rules;
    report.findings.for_each([&rules](const Finding& finding) {
        if (std::find(rules.begin(), rules.end(), finding.rule) == rules.end()) rules.push_back(finding.rule);
    });
    return rules;
}

std::string area_display(const std::string& area) {
    return area_display(area, Lang::en);
}

std::string area_display(const std::string& area, Lang lang) {
    if (!area.empty()) return area;
    return lang == Lang::vi ? "(địa bàn không tên)" : "(unnamed area)";
}

std::string summary_line(const CheckReport& report, Lang lang) {
    const bool vi = lang == Lang::vi;
    const CheckTally& tally = report.tally;
    // Vietnamese nouns have no plural form.
    std::string line = vi ? std::to_string(tally.errors) + " lỗi, " + std::to_string(tally.warnings) +
                                " cảnh báo, " + std::to_string(tally.notes) + " ghi chú; chỉ tiêu: "
                          : counted(tally.errors, "error", "errors") + ", " +
                                counted(tally.warnings, "warning", "warnings") + ", " +
                                counted(tally.notes, "note", "notes") + "; targets: ";
    if (!report.evaluated) {
        line +=
            vi ? "chưa đánh giá (dữ liệu đầu vào không hợp lệ)" : "not evaluated (the inputs are invalid)";
    } else {
        std::string statuses;
        for (std::size_t i = 0; i < tally.statuses.size(); ++i) {
            if (tally.statuses[i] == 0) continue;
            if (!statuses.empty()) statuses += ", ";
            const auto status = static_cast<Status>(i);
            statuses += std::to_string(tally.statuses[i]) + " " +
                        (vi ? status_label(status, lang) : status_name(status));
        }
        line += statuses.empty() ? std::string(vi ? "không có" : "none") : statuses;
    }
    const char* failing = vi ? " không qua --fail-on " : " failing --fail-on ";
    if (tally.failing_targets > 0)
        line += "; " + std::to_string(tally.failing_targets) + failing + report.policy.fail_on;
    if (tally.failing_warnings > 0)
        line += "; " +
                (vi ? std::to_string(tally.failing_warnings) + " cảnh báo"
                    : counted(tally.failing_warnings, "warning", "warnings")) +
                failing + report.policy.fail_on;
    if (vi) return line + (tally.passed() ? "; kiểm tra đạt" : "; kiểm tra không đạt");
    return line + (tally.passed() ? "; check passed" : "; check failed");
}

}  // namespace chitieu
