#include "chitieu/pipeline/check_sink.hpp"

#include "chitieu/engine/consistency.hpp"
#include "chitieu/report/check_github.hpp"
#include "chitieu/report/check_json.hpp"
#include "chitieu/report/check_junit.hpp"
#include "chitieu/report/check_text.hpp"
#include "chitieu/report/number_format.hpp"

namespace chitieu {

namespace {

// The statuses each policy fails. "invalid" fails on invalid input only, which every policy does.
std::vector<Status> failing_statuses(const std::string& fail_on) {
    if (fail_on == "off-track") return {Status::not_met, Status::off_track};
    if (fail_on == "at-risk") return {Status::not_met, Status::at_risk, Status::off_track};
    return {};
}

void add_input_findings(std::vector<Finding>& findings, const std::vector<Diagnostic>& diagnostics) {
    for (const Diagnostic& diagnostic : diagnostics) findings.push_back({kRuleInput, diagnostic});
}

// Numbers in the rules' messages, as the English report prints them: 27,700 and 16.4.
std::string message_number(double value, int decimals) {
    return format_number(value, language_style(Lang::en, decimals, true));
}

}  // namespace

CheckSink::CheckSink(CheckRequest request, const TargetSet& targets)
    : request_(std::move(request)), targets_(targets) {
    evaluation_.targets = &targets_;
}

void CheckSink::begin(const TargetSet&, int as_of) {
    evaluation_.as_of = as_of;
}

void CheckSink::inspect(const AreaData& area) {
    // Without a target set (an empty one) the rules about the data alone still run.
    for (Finding& finding : check_area(targets_, area, message_number)) rule_findings_.push_back(std::move(finding));
}

void CheckSink::area(const Evaluation& one) {
    evaluation_.areas.push_back(one.areas.front());
}

void CheckSink::finish(const PipelineDiagnostics& diagnostics) {
    CheckReport report;
    report.rules = {kRuleInput};
    for (const std::string& rule : consistency_rules()) report.rules.push_back(rule);
    report.fail_on = request_.fail_on;
    report.failing_statuses = failing_statuses(request_.fail_on);
    // Every problem is a finding: the target set's, the inputs', the rules', then what stopped the
    // evaluation (an --area the inputs lack, no year). Statuses computed from a partly read file
    // would mislead: only clean inputs are evaluated.
    add_input_findings(report.findings, request_.target_set_problems);
    add_input_findings(report.findings, diagnostics.inputs.items());
    for (Finding& finding : rule_findings_) report.findings.push_back(std::move(finding));
    rule_findings_.clear();
    if (request_.targets_usable && !diagnostics.inputs.has_errors())
        add_input_findings(report.findings, diagnostics.evaluation.items());
    const bool evaluated = request_.targets_usable && !diagnostics.has_errors();
    report.evaluation = evaluated ? &evaluation_ : nullptr;

    switch (request_.format) {
        case CheckFormat::github:
            output_ = write_check_github(report);
            summary_ = write_check_github_summary(report, request_.options);
            break;
        case CheckFormat::junit:
            output_ = write_check_junit(report, request_.options);
            break;
        case CheckFormat::json:
            output_ = write_check_json(report, request_.options);
            break;
        case CheckFormat::text:
            output_ = write_check_text(report);
            break;
    }
    tally_ = tally_check(report);
}

void CheckSink::restart() {
    rule_findings_.clear();
    evaluation_.areas.clear();
}

}  // namespace chitieu
