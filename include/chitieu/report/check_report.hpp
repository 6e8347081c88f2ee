// What `chitieu check` found, as every check writer (text, github, junit, json) receives it, and
// the tallies they share.
#pragma once

#include <array>
#include <string>
#include <vector>

#include "chitieu/model/evaluation.hpp"
#include "chitieu/model/finding.hpp"

namespace chitieu {

struct CheckReport {
    std::vector<Finding> findings;           // loaders' diagnostics (rule "input"), then the rules'
    std::vector<std::string> rules;          // every rule checked, in order (junit: a testcase each)
    const Evaluation* evaluation = nullptr;  // null: the targets were not evaluated (invalid input)
    std::string fail_on = "invalid";         // the --fail-on policy as the user named it
    std::vector<Status> failing_statuses;    // target statuses that policy fails; empty for "invalid"
};

struct CheckTally {
    long errors = 0;
    long warnings = 0;
    long notes = 0;
    std::array<long, 6> statuses{};  // by Status, in declaration order
    long targets = 0;
    long failing_targets = 0;

    // The check passes: no error, and no target in a status the policy fails.
    bool passed() const { return errors == 0 && failing_targets == 0; }
};

CheckTally tally_check(const CheckReport& report);

// Whether `status` is one the report's --fail-on policy fails.
bool status_fails(const CheckReport& report, Status status);

// The rule ids in order: report.rules, then any other rule a finding names (in first-seen order).
std::vector<std::string> check_rules(const CheckReport& report);

// An area's name for people; the unnamed area (inputs that name none) is "(unnamed area)".
std::string area_display(const std::string& area);

// "2 errors, 1 warning, 0 notes; targets: 1 met, 3 on_track, 1 off_track; 1 failing --fail-on off-track"
std::string summary_line(const CheckReport& report, const CheckTally& tally);

}  // namespace chitieu
