// The engine's internals, one judge per family of targets. Private to src/engine.
//
// Each judge fills a TargetResult that evaluate_target() has started (target pointer set, and
// possibly notes already added, such as a share's skipped years). Notes are appended in the
// order the reasons arise, so a report reads them as a story.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "chitieu/model/evaluation.hpp"
#include "chitieu/model/statistics.hpp"
#include "chitieu/model/targets.hpp"
#include "year_values.hpp"
#include "zone_groups.hpp"

namespace chitieu {

// --- series builders (level_series.cpp); year -> value, ascending, only years <= as_of ---
YearValues observed_values(const Series* series, int as_of);
// num / den * 100 per year where both exist; a zero denominator skips the year with a note.
YearValues share_values(const Series* numerator, const Series* denominator, int as_of,
                        std::vector<Note>& notes);

// ratio.cpp: numerator / denominator × scale per year where both exist (a zero denominator skips
// the year with a note). ratio_scale: the scale to use, the target's or the one its units imply;
// nullopt (with a ratio_scale_mismatch note) when a given scale and the units disagree.
YearValues ratio_values(const Series* numerator, const Series* denominator, double scale, int as_of,
                        std::vector<Note>& notes);
std::optional<double> ratio_scale(const Target& target, const Series* numerator, const Series* denominator,
                                  TargetResult& result);

// --- judges ---
// level, share and occupancy: a yearly series compared with the target value (level_series.cpp).
void judge_series(const Target& target, const YearValues& values, int as_of, const Assessment& assessment,
                  TargetResult& result);
void judge_growth(const Target& target, const YearValues& values, int as_of, const Assessment& assessment,
                  TargetResult& result);
// cumulative.cpp: the total from target.sum_from to the as-of year.
void judge_cumulative(const Target& target, const YearValues& values, int as_of, const Assessment& assessment,
                      TargetResult& result);
// change.cpp: the average yearly change in points from the base.
void judge_change(const Target& target, const YearValues& values, int as_of, const Assessment& assessment,
                  TargetResult& result);
// every_year.cpp: after judge_series, for a target with every_year: true.
void judge_held_every_year(const Target& target, const YearValues& values, int as_of, TargetResult& result);
void judge_occupancy(const Target& target, const AreaZones& zones, int as_of, const Assessment& assessment,
                     TargetResult& result);
void judge_count(const Target& target, const AreaZones& zones, int as_of, const Assessment& assessment,
                 TargetResult& result);
void judge_milestones(const Target& target, const AreaZones& zones, int as_of, const Assessment& assessment,
                      TargetResult& result);

// --- after the judge ---
// Decides a paced status again with the set's unsd or dns method (assess_method.cpp); a no-op for
// eurostat.
void apply_assessment_method(const Target& target, int as_of, const Assessment& assessment,
                             TargetResult& result);
// The stage of a judged target, its margin and its change over the period (outcome.cpp); an
// outcome loses its projection (nothing is left to project).
void fill_outcome(const Target& target, int as_of, TargetResult& result);
// Fills required_path and projection_path for level, share, occupancy and growth targets
// (chart_paths.cpp).
void fill_chart_paths(const Target& target, TargetResult& result);

// --- shared helpers (judge_support.cpp) ---
Note make_note(NoteCode code, int year_a = 0, int year_b = 0);
Note make_names_note(NoteCode code, std::vector<std::string> names);

// The base year used: `base_year` when observed, else the first later observed year <= `last`
// (with a base_year_fallback note). Earlier years never serve as the base. nullopt when nothing
// is observed in [base_year, last].
std::optional<int> choose_base(const YearValues& values, int base_year, int last, TargetResult& result);

// Years in [from, to] without a value, as strings (for a years_missing note).
std::vector<std::string> missing_years(const YearValues& values, int from, int to);

// gap = actual - target; achievement from achievement_pct.
void set_gap_and_achievement(TargetResult& result, double actual, double target, Op op);

// The "đạt X % kế hoạch" figure, never above 100 % for a missed bound. Where a larger magnitude
// is better (op's direction and X's sign agree: > X for X > 0, < X for X < 0) actual / X * 100;
// where a smaller one is (< X for X > 0, > X for X < 0) the inverse ratio X / actual * 100.
// nullopt for X = 0, for an inverse-ratio actual at zero or of the other sign (the bound beaten
// outright), and where a figure overflows.
std::optional<double> achievement_pct(double actual, double target, Op op);

// Counts are whole numbers: the whole number nearest X that satisfies `op` (> 4: 5, >= 4.5: 5,
// < 4: 3, <= 4.5: 4). Count targets are judged against it by every method.
double count_needed(Op op, double target);

std::vector<YearValue> to_trajectory(const YearValues& values);

// A note naming zones, unless `names` is empty.
void add_names_note(TargetResult& result, NoteCode code, std::vector<std::string> names);

// Count and milestone targets before T: the status from the pace ratio (share of the goal
// reached) / (share of the period elapsed); A <= b leaves no elapsed time to judge a pace on.
void judge_pace(double reached, double needed, const Target& target, int as_of, const Assessment& assessment,
                TargetResult& result);

}  // namespace chitieu
