// Tallies shared by the check writers, so every format counts and words the outcome alike.
#include "chitieu/report/check_report.hpp"

#include <algorithm>

namespace chitieu {

namespace {

std::string counted(long count, const char* singular, const char* plural) {
    return std::to_string(count) + " " + (count == 1 ? singular : plural);
}

}  // namespace

bool status_fails(const CheckReport& report, Status status) {
    return std::find(report.failing_statuses.begin(), report.failing_statuses.end(), status) !=
           report.failing_statuses.end();
}

CheckTally tally_check(const CheckReport& report) {
    CheckTally tally;
    for (const Finding& finding : report.findings) {
        switch (finding.diagnostic.severity) {
            case Severity::error:
                ++tally.errors;
                break;
            case Severity::warning:
                ++tally.warnings;
                break;
            case Severity::note:
                ++tally.notes;
                break;
        }
    }
    if (report.evaluation) {
        for (const AreaEvaluation& area : report.evaluation->areas) {
            for (const TargetResult& result : area.results) {
                ++tally.statuses.at(static_cast<std::size_t>(result.status));
                ++tally.targets;
                if (status_fails(report, result.status)) ++tally.failing_targets;
            }
        }
    }
    return tally;
}

std::vector<std::string> check_rules(const CheckReport& report) {
    std::vector<std::string> rules = report.rules;
    for (const Finding& finding : report.findings)
        if (std::find(rules.begin(), rules.end(), finding.rule) == rules.end()) rules.push_back(finding.rule);
    return rules;
}

std::string area_display(const std::string& area) {
    return area.empty() ? std::string("(unnamed area)") : area;
}

std::string summary_line(const CheckReport& report, const CheckTally& tally) {
    std::string line = counted(tally.errors, "error", "errors") + ", " +
                       counted(tally.warnings, "warning", "warnings") + ", " +
                       counted(tally.notes, "note", "notes") + "; targets: ";
    if (!report.evaluation) {
        line += "not evaluated (the inputs are invalid)";
    } else {
        std::string statuses;
        for (std::size_t i = 0; i < tally.statuses.size(); ++i) {
            if (tally.statuses[i] == 0) continue;
            if (!statuses.empty()) statuses += ", ";
            statuses += std::to_string(tally.statuses[i]) + " " + status_name(static_cast<Status>(i));
        }
        line += statuses.empty() ? std::string("none") : statuses;
    }
    if (tally.failing_targets > 0)
        line += "; " + std::to_string(tally.failing_targets) + " failing --fail-on " + report.fail_on;
    return line + (tally.passed() ? "; check passed" : "; check failed");
}

}  // namespace chitieu
