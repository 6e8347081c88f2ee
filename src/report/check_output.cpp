// Collects a check's per-area part as the areas come, and writes the whole once the findings are in.
#include "chitieu/report/check_output.hpp"

#include <utility>

#include "chitieu/report/check_github.hpp"
#include "chitieu/report/check_json.hpp"
#include "chitieu/report/check_junit.hpp"
#include "chitieu/report/check_text.hpp"
#include "chitieu/util/vietnamese_order.hpp"

namespace chitieu {

namespace {

const std::vector<CheckedArea> kNoAreas;
const std::vector<std::string> kNoRules;

}  // namespace

CheckOutput::CheckOutput(CheckFormat format, CheckPolicy policy, ReportOptions options)
    : format_(format), policy_(std::move(policy)), options_(std::move(options)) {}

void CheckOutput::add_area(const AreaEvaluation& area) {
    CheckedArea& checked = areas_.emplace_back();
    checked.name = area.area;
    checked.targets.reserve(area.results.size());
    for (const TargetResult& result : area.results) checked.targets.emplace_back(result);
    tally_targets(targets_, checked, policy_);
}

void CheckOutput::order_areas() {
    sort_by_vietnamese_name(areas_, [](const CheckedArea& area) -> const std::string& { return area.name; });
}

void CheckOutput::discard_areas() {
    std::vector<CheckedArea>().swap(areas_);  // the memory too: a restart fills it again
    targets_ = CheckTally{};
}

CheckReport CheckOutput::report(const FindingList& findings, const std::vector<std::string>& rules,
                                bool evaluated, int as_of) const {
    CheckTally tally = evaluated ? targets_ : CheckTally{};
    tally_findings(tally, findings, policy_);
    return CheckReport{findings, rules, policy_, evaluated, as_of, evaluated ? areas_ : kNoAreas, tally};
}

void CheckOutput::finish(const FindingList& findings, const std::vector<std::string>& rules, bool evaluated,
                         int as_of, const WriteText& out) const {
    const CheckReport whole = report(findings, rules, evaluated, as_of);
    switch (format_) {
        case CheckFormat::text:
            write_check_text(whole, options_.lang, out);
            return;
        case CheckFormat::github:
            write_check_github(whole, options_.lang, out);
            return;
        case CheckFormat::junit:
            write_check_junit(whole, options_, out);
            return;
        case CheckFormat::json:
            write_check_json(whole, options_, out);
            return;
    }
}

std::string CheckOutput::finish(const std::vector<Finding>& findings, const std::vector<std::string>& rules,
                                bool evaluated, int as_of) const {
    std::string text;
    finish(FindingSpan(findings), rules, evaluated, as_of,
           [&text](std::string_view piece) { text += piece; });
    return text;
}

void CheckOutput::github_summary(const FindingList& findings, bool evaluated, const WriteText& out) const {
    write_check_github_summary(report(findings, kNoRules, evaluated, 0), options_, out);
}

std::string CheckOutput::github_summary(const std::vector<Finding>& findings, bool evaluated) const {
    std::string text;
    github_summary(FindingSpan(findings), evaluated, [&text](std::string_view piece) { text += piece; });
    return text;
}

CheckTally CheckOutput::tally(const FindingList& findings) const {
    CheckTally tally = targets_;
    tally_findings(tally, findings, policy_);
    return tally;
}

}  // namespace chitieu
