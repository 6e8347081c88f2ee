#include "chitieu/pipeline/check_sink.hpp"

#include <fmt/core.h>

#include <algorithm>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <functional>
#include <optional>

#include "chitieu/engine/consistency.hpp"
#include "chitieu/engine/name_check.hpp"
#include "chitieu/engine/roll_up.hpp"
#include "chitieu/pipeline/output.hpp"
#include "chitieu/report/number_format.hpp"
#include "chitieu/util/atomic_file.hpp"
#include "chitieu/util/system_error_text.hpp"
#include "chitieu/util/utf8.hpp"
#include "chitieu/util/vietnamese_order.hpp"
#include "finding_spill.hpp"

namespace chitieu {

namespace {

// The statuses each policy fails. "invalid" fails on invalid input only, which every policy does;
// "warning" on any warning finding; "insufficient-data" on a target that cannot be judged, and
// on not_met, which every policy that looks at statuses fails.
CheckPolicy policy_of(const std::string& fail_on) {
    CheckPolicy policy;
    policy.fail_on = fail_on;
    policy.fails_on_warnings = fail_on == "warning";
    if (fail_on == "insufficient-data")
        policy.failing_statuses = {Status::not_met, Status::insufficient_data};
    if (fail_on == "off-track") policy.failing_statuses = {Status::not_met, Status::off_track};
    if (fail_on == "at-risk") policy.failing_statuses = {Status::not_met, Status::at_risk, Status::off_track};
    return policy;
}

void add_input_findings(std::vector<Finding>& findings, const std::vector<Diagnostic>& diagnostics) {
    for (const Diagnostic& diagnostic : diagnostics) findings.push_back({kRuleInput, diagnostic});
}

// The output in pieces: into a file atomically (flushed every MiB), or standard output.
class OutputPieces {
public:
    explicit OutputPieces(const std::string& path) {
        if (!path.empty() && path != "-") {
            file_.emplace(path);
            say_swept(file_->swept(), file_->path(), true);
        }
    }
    WriteText writer() {
        return [this](std::string_view piece) {
            buffer_ += piece;
            if (buffer_.size() >= (std::size_t{1} << 20)) flush();
        };
    }
    void commit() {
        flush();
        if (file_) file_->commit();
    }

private:
    void flush() {
        if (file_)
            file_->write(buffer_);
        else if (std::fwrite(buffer_.data(), 1, buffer_.size(), stdout) != buffer_.size() ||
                 std::fflush(stdout) != 0)
            throw InputError({"<stdout>"}, "cannot write the output to standard output",
                             "không ghi được kết quả ra đầu ra chuẩn");
        buffer_.clear();
    }
    std::optional<AtomicFile> file_;
    std::string buffer_;
};

// GitHub Actions shows this file on the run's page. A failure to append is worth a warning, not a
// different outcome: the annotations are already out.
void append_summary(const std::string& path, const std::string& markdown) {
    std::FILE* file = std::fopen(path.c_str(), "a");
    bool ok = file != nullptr && std::fwrite(markdown.data(), 1, markdown.size(), file) == markdown.size();
    const int error = errno;
    if (file != nullptr && std::fclose(file) != 0) ok = false;
    if (!ok && vietnamese_diagnostics())
        fmt::print(stderr,
                   "{}: cảnh báo: không ghi thêm được bản tóm tắt của job ($GITHUB_STEP_SUMMARY): {}\n",
                   escape_controls(path), system_error_vi(error));
    else if (!ok)
        fmt::print(stderr, "{}: warning: cannot append the job summary ($GITHUB_STEP_SUMMARY): {}\n",
                   escape_controls(path), std::strerror(error));
}

std::string summary_text(const CheckOutput& output, const FindingList& findings, bool evaluated) {
    std::string text;
    output.github_summary(findings, evaluated, [&text](std::string_view piece) { text += piece; });
    return text;
}

}  // namespace

CheckSink::CheckSink(CheckRequest request, const TargetSet& targets)
    : request_(std::move(request)),
      targets_(targets),
      output_(request_.format, policy_of(request_.fail_on), request_.options),
      findings_(std::make_unique<FindingSpill>()) {}

CheckSink::~CheckSink() = default;

void CheckSink::begin(const TargetSet&, int as_of) {
    as_of_ = as_of;
}

void CheckSink::inspect(const AreaData& area, const TargetSet& area_targets) {
    // Without a target set (an empty one) the rules about the data alone still run. The rules
    // read the area's own target values; a pair is kept by the set's own targets.
    for (const Finding& finding : check_area(area_targets, area, rule_message_number))
        findings_->add(finding);
    for (TargetPairFinding& found : check_target_pairs(area_targets, area, rule_message_number)) {
        found.level = targets_.find(found.level->id);
        found.growth = targets_.find(found.growth->id);
        if (!found.level || !found.growth) continue;
        auto seen = std::find_if(pairs_.begin(), pairs_.end(), [&found](const PairFinding& pair) {
            return pair.level == found.level && pair.growth == found.growth;
        });
        std::string key = vietnamese_sort_key(area.name);
        if (seen == pairs_.end()) {
            pairs_.push_back({found.level, found.growth, std::move(found.finding), 1, std::move(key)});
            continue;
        }
        ++seen->areas;
        // An area where the two exclude each other says more than one where one binds; among
        // those alike, the first by name.
        const bool found_warns = found.finding.diagnostic.severity == Severity::warning;
        const bool seen_warns = seen->first.diagnostic.severity == Severity::warning;
        if (found_warns != seen_warns ? found_warns : key < seen->first_key) {
            seen->first = std::move(found.finding);
            seen->first_key = std::move(key);
        }
    }
    names_.add(area);
}

void CheckSink::add_findings(const std::vector<Finding>& findings) {
    for (const Finding& finding : findings) findings_->add(finding);
}

void CheckSink::add_pair_findings(std::vector<Finding>& out) const {
    for (const PairFinding& pair : pairs_) {
        // Once the level target's year is reached the rates needed no longer matter: the
        // statuses say whether the targets were met.
        if (as_of_ != 0 && as_of_ >= pair.level->year) continue;
        Finding finding = pair.first;
        if (pair.areas > 1) {
            finding.diagnostic.message += fmt::format(" (in {} areas; shown for the first)", pair.areas);
            if (!finding.diagnostic.message_vi.empty())
                finding.diagnostic.message_vi +=
                    fmt::format(" (ở {} địa bàn; hiển thị cho địa bàn đầu tiên)", pair.areas);
        }
        out.push_back(std::move(finding));
    }
}

const Target* CheckSink::kept_target(const Target& target) {
    if (target.value_source == ValueSource::set)
        if (const Target* own = targets_.find(target.id)) return own;
    auto key =
        std::make_tuple(target.id, static_cast<int>(target.value_source), target.value, target.value_high);
    auto found = own_targets_.find(key);
    if (found == own_targets_.end()) found = own_targets_.emplace(std::move(key), target).first;
    return &found->second;
}

void CheckSink::area(const Evaluation& one) {
    const AreaEvaluation& given = one.areas.front();
    const std::less<const Target*> before;
    const auto in_set = [this, &before](const Target* target) {
        return !target || (!before(target, targets_.targets.data()) &&
                           before(target, targets_.targets.data() + targets_.targets.size()));
    };
    if (std::all_of(given.results.begin(), given.results.end(),
                    [&in_set](const TargetResult& result) { return in_set(result.target); })) {
        output_.add_area(given);  // the set's own targets: the usual case
        return;
    }
    AreaEvaluation area = given;
    for (TargetResult& result : area.results)
        if (result.target) result.target = kept_target(*result.target);
    output_.add_area(area);
}

void CheckSink::finish(const PipelineDiagnostics& diagnostics) {
    // Every problem is a finding: the target set's, the inputs', the rules', then what stopped the
    // evaluation (an --area the inputs lack, no year). Statuses computed from a partly read file
    // would mislead: only clean inputs are evaluated.
    FindingSpill& findings = *findings_;
    add_input_findings(findings.before, request_.target_set_problems);
    add_input_findings(findings.before, diagnostics.inputs.items());
    // Names that match nothing: after the loaders' problems, before the rules' (a misspelt
    // indicator explains the insufficient data below it).
    if (request_.targets_usable)
        for (Finding& finding : check_names(targets_, names_)) findings.before.push_back(std::move(finding));
    add_pair_findings(findings.before);
    if (request_.targets_usable && !diagnostics.inputs.has_errors())
        add_input_findings(findings.after, diagnostics.evaluation.items());
    const bool evaluated = request_.targets_usable && !diagnostics.has_errors();
    if (!evaluated) output_.discard_areas();
    output_.order_areas();

    std::vector<std::string> rules = {kRuleInput};
    for (const std::string& rule : consistency_rules()) rules.push_back(rule);
    if (request_.roll_up) rules.push_back(kRuleChildrenSum);
    for (const std::string& rule : name_rules()) rules.push_back(rule);
    OutputPieces out(request_.output_file);
    output_.finish(findings, rules, evaluated, as_of_, out.writer());
    out.commit();
    if (request_.format == CheckFormat::github && !request_.summary_file.empty())
        append_summary(request_.summary_file, summary_text(output_, findings, evaluated));
    tally_ = output_.tally(findings);
}

void CheckSink::restart() {
    findings_->clear();
    pairs_.clear();
    names_.clear();
    output_.discard_areas();
}

}  // namespace chitieu
