// What `chitieu check` prints, as every check writer (text, github, junit, json) receives it, and
// the tallies they share.
#pragma once

#include "chitieu/model/text.hpp"

#include <array>
#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "chitieu/model/evaluation.hpp"
#include "chitieu/model/finding.hpp"

namespace chitieu {

// The --fail-on policy: its name as the user gave it, the target statuses it fails, and whether
// a warning fails too ("warning").
struct CheckPolicy {
    std::string fail_on = "invalid";
    std::vector<Status> failing_statuses;  // empty for "invalid", which fails on invalid input only
    bool fails_on_warnings = false;

    bool fails(Status status) const;
};

// A target's outcome, as much of it as any check format prints. A commune-scale check holds
// 159,000 of these until its findings are known, so it keeps 24 bytes, not a TargetResult.
class CheckedTarget {
public:
    explicit CheckedTarget(const TargetResult& result);

    // Into the evaluated TargetSet, which outlives the check. Null: counted, never printed.
    const Target* target() const { return target_; }
    Status status() const { return static_cast<Status>(status_); }
    std::optional<double> actual_value() const;
    std::optional<int> actual_year() const;

private:
    const Target* target_;
    double actual_value_;
    int actual_year_;
    std::uint8_t status_;
    bool has_actual_value_;
    bool has_actual_year_;
};

struct CheckedArea {
    std::string name;
    std::vector<CheckedTarget> targets;  // in target-set order
};

struct CheckTally {
    long errors = 0;
    long warnings = 0;
    long notes = 0;
    std::array<long, 6> statuses{};  // by Status, in declaration order
    long targets = 0;
    long failing_targets = 0;
    long failing_warnings = 0;  // the warnings, when the policy fails on them; else 0

    // The check passes: no error, no target in a status the policy fails, no warning it fails on.
    bool passed() const { return errors == 0 && failing_targets == 0 && failing_warnings == 0; }
    // Exit 3 (a failing target status or warning) rather than 0; errors exit 1 before this counts.
    bool policy_failed() const { return failing_targets > 0 || failing_warnings > 0; }
};

// Everything a check writer prints. Built for one write; it refers to what the caller holds.
struct CheckReport {
    const FindingList& findings;            // loaders' diagnostics (rule "input"), then the rules'
    const std::vector<std::string>& rules;  // every rule checked, in order (junit: a testcase each)
    const CheckPolicy& policy;
    bool evaluated;                         // false: the targets were not evaluated (invalid input)
    int as_of;                              // the year evaluated as of, when evaluated
    const std::vector<CheckedArea>& areas;  // in input order; empty unless evaluated
    CheckTally tally;                       // of the findings and the areas' targets
};

// Where a check writer's text goes, a piece at a time (a finding, an area's part), so that the
// whole output need not be held at once.
using WriteText = std::function<void(std::string_view)>;

// Counts the findings' severities into `tally`, and the warnings the policy fails on.
void tally_findings(CheckTally& tally, const FindingList& findings, const CheckPolicy& policy);

// Counts an area's targets into `tally`: every target, by status, and those the policy fails.
void tally_targets(CheckTally& tally, const CheckedArea& area, const CheckPolicy& policy);

// The rule ids in order: report.rules, then any other rule a finding names (in first-seen order).
std::vector<std::string> check_rules(const CheckReport& report);

// An area's name for people; the unnamed area (inputs that name none) is "(unnamed area)".
std::string area_display(const std::string& area);

// "2 errors, 1 warning, 0 notes; targets: 1 met, 3 on_track, 1 off_track; 1 failing --fail-on off-track"
// (English keeps the machine status names scripts grep for); in Vietnamese "2 lỗi, 1 cảnh báo,
// 0 ghi chú; chỉ tiêu: 1 đạt, 3 đúng tiến độ, …; kiểm tra đạt".
std::string summary_line(const CheckReport& report, Lang lang = Lang::en);
// An area's name for people in `lang`: the unnamed area is "(unnamed area)" / "(địa bàn không tên)".
std::string area_display(const std::string& area, Lang lang);

}  // namespace chitieu
