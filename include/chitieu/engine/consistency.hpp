// Consistency rules for `chitieu check`: facts about the statistics that cannot all be true
// (a part above its whole, a share over 100 %), that look like mistakes (a gap in a series, a year
// outside the plan period), and targets that ask different things of the same series.
// Pure functions over the model; no I/O.
#pragma once

#include <functional>
#include <string>
#include <vector>

#include "chitieu/model/finding.hpp"
#include "chitieu/model/statistics.hpp"
#include "chitieu/model/targets.hpp"

namespace chitieu {

// Rule ids, as findings carry them and as `check` prints them.
inline constexpr const char* kRuleInput = "input";  // a loader's diagnostic (not raised here)
inline constexpr const char* kRulePartAboveWhole = "part-above-whole";
inline constexpr const char* kRuleShareOver100 = "share-over-100";
inline constexpr const char* kRuleNegativeCount = "negative-count";
inline constexpr const char* kRuleSeriesGap = "series-gap";
inline constexpr const char* kRuleYearOutsidePeriod = "year-outside-period";
inline constexpr const char* kRuleFinalOnEstimate = "final-on-estimate";
inline constexpr const char* kRuleLevelGrowthDisagree = "level-growth-disagree";
inline constexpr const char* kRuleScaleMismatch = "scale-mismatch";
inline constexpr const char* kRulePercentAsFraction = "percent-as-fraction";

// Every rule check_area and check_target_pairs apply, in the order they apply them. Leased land above the
// leasable is not among them: the loaders refuse it (model/rules.hpp), so no zone here can break it.
const std::vector<std::string>& consistency_rules();

// How a number appears in a message, at most `decimals` decimals: the caller passes the report
// layer's formatter, so numbers are rounded and printed in one place only.
using NumberText = std::function<std::string(double value, int decimals)>;
// A NumberText number (the English report's convention, 27,700 and 16.4) as the Vietnamese
// report writes it, 27.700 and 16,4: the messages' Vietnamese form (Diagnostic::message_vi).
std::string vietnamese_number(std::string english);

// The rules, for one area:
//  part-above-whole       error at the part, note at the whole, for each year a share target's
//                         numerator exceeds its denominator
//  share-over-100         error for a value of a percent series (unit "%" or name *_pct) outside 0..100
//  negative-count         error for a negative value of a count (employment_*, villages_*)
//  series-gap             warning for each run of years missing between a series' first and last
//                         year, in one line ("no values for 2021–2023")
//  year-outside-period    warning, one per series, naming its years outside [base, end] of the set
//  final-on-estimate      warning, one per series, at a preliminary or estimated value for the set's
//                         end year or later: the final review (as of the end year) rests on it
//  scale-mismatch         warning (check_scales)
//  percent-as-fraction    warning (check_scales)
std::vector<Finding> check_area(const TargetSet& targets, const AreaData& area, const NumberText& number);

// The figures whose unit the inputs do not say and whose size says it is not the target's: a
// plausible misreading, which `check` lists and `report` warns of (the pipeline calls this for
// every area when its sink does not apply the rules above). Each at the series' latest value:
//  scale-mismatch         a level series without a unit whose latest value is 300 or more times
//                         below or above its level target's value, naming the likely scale
//                         (23.7 against 27,700 billion VND: "is it in thousands of billion VND?")
//  percent-as-fraction    a series without a unit, or in "%", that a floor target above 1 % reads
//                         as a percentage (target unit "%", or a *_pct series), whose values all
//                         lie between 0 and 1 and are not all 0 ("0.62: a fraction of 1? as a
//                         percentage that is 62 %"); one below a ceiling may well be that small
std::vector<Finding> check_scales(const TargetSet& targets, const AreaData& area, const NumberText& number);

// A finding about two targets of the set, as one area's data brings it out. The same two targets
// disagree in every area, so `check` prints each pair once for the run (the sink counts the
// areas), and not at all once the level target's year is reached.
struct TargetPairFinding {
    const Target* level = nullptr;  // points into the TargetSet given
    const Target* growth = nullptr;
    Finding finding;
};

//  level-growth-disagree  note when a level target and a growth target on the same series and
//                         year need rates more than 0.05 points apart, naming the binding one
//                         (a warning when one is a floor and the other a ceiling that exclude
//                         each other); at the level target's line, or for a built-in set (no
//                         file a user can open) at the base value the rate starts from
std::vector<TargetPairFinding> check_target_pairs(const TargetSet& targets, const AreaData& area,
                                                  const NumberText& number);

// check_area then check_target_pairs for each area of `data`, in order (unit tests).
std::vector<Finding> check_consistency(const TargetSet& targets, const Dataset& data,
                                       const NumberText& number);

}  // namespace chitieu
