// The engine's answer: for each area and target, the figures and status a report prints.
// Every number here is final (percent where the report shows percent) and unrounded; writers
// only format. Absent optionals print as empty cells.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "chitieu/model/statistics.hpp"
#include "chitieu/model/targets.hpp"

namespace chitieu {

enum class Status { met, not_met, on_track, at_risk, off_track, insufficient_data };

const char* status_name(Status status);  // "met", "not_met", "on_track", ...

// Where a target stands in its period, for the wording of a report: still in progress, already
// met before its year (a value that must now be held), or its outcome (as of the target year or
// later with the target year's value judged: met or not met, nothing left to project).
enum class Stage { in_progress, met_early, outcome };

struct YearValue {
    int year = 0;
    double value = 0.0;
};

// Why a figure is what it is. Writers turn each into a sentence in the report's language.
enum class NoteCode {
    base_year_fallback,  // year_a: the base year asked for; year_b: the year used instead
    // Nothing observed for this target. names: the series it needs that the area lacks, if any
    // (a share: count 1 when the numerator is missing, 2 the denominator, 3 both, in that order).
    no_observation,
    single_observation,   // only one observation (year_a), which does not meet the target
    opposite_signs,       // base and latest values have opposite signs
    nonpositive_values,   // growth: a zero or negative value leaves compound growth undefined
    linear_pace,          // base, latest or target not positive: linear (absolute) pace, rates empty
    target_at_base,       // the target equals the base value: any move in the right direction is on track
    after_target_year,    // as-of year_a is after the target year: judged on the target year's value
    target_year_missing,  // as-of is past the target year but the target year (year_a) has no value
    zones_left_out,       // count: zones without land figures, left out of occupancy
    occupancy_method,     // names[0]: "weighted" or "mean"
    milestones_reached,   // names: zones that reached the milestone
    milestones_missing,   // names: zones that have not (yet)
    zones_unknown,        // names: zones named by the target but absent from the inputs
    counted_zones,        // names: zones counted by a count target
    denominator_zero,     // year_a: a share's denominator is zero that year (year left out)
    growth_mean,          // names[0]: "compound", "arithmetic" or "every_year"
    years_failing,        // every_year growth: names are the years that missed the target
    years_missing,        // names: years the judgement needs that have no value (insufficient data)
    // The assessment method's own verdict (unsd, dns): names[0] the method ("unsd", "dns"),
    // names[1] its category (one of the k...Category names below).
    method_category,
    // dns: x̂_T extrapolated from year_a to year_b's average annual change; names[0] "relative" or
    // "absolute"; names[1] "positive_values_needed" when relative changes were asked for but a
    // value is not positive (absolute changes used instead).
    dns_extrapolation,
    no_zones,  // count: the inputs give no zone at all for this area (insufficient data)
    // year_b, the as-of year, is before the base year year_a: the plan period holds nothing to
    // judge yet (insufficient data, whatever a value from before the period says).
    before_base_year,
    // The figure judged (year_a) is not final, as its publisher says (SDMX-CSV OBS_STATUS):
    // names[0] "preliminary" or "estimated" (standing_name). A share's numerator or denominator.
    figure_standing,
    // names[0], a series the target reads, was given in names[1] and converted to names[2], the
    // target's unit (model/unit_conversion.hpp); said once per series in an area's report.
    // figures: the factor, the latest value as given and as converted; year_a its year.
    unit_converted,
    // op between: the actual (year_a) is above the band's upper end: met, and more (vượt).
    band_exceeded,
    // every_year: year_a is the first year from the one after the base that missed the goal;
    // names: every year that missed it.
    every_year_failing,
    // every_year: year_a to year_b, every year observed so far, met the goal.
    every_year_held,
    // ratio: the units of the numerator, denominator and target imply the scale names[0], and the
    // target set gives names[1]: one of them is wrong (insufficient data until they agree).
    ratio_scale_mismatch,
    // ratio: no scale given; the units imply names[0] (numerator, denominator, target units).
    ratio_scale_from_units,
    // cumulative: the yearly values from year_a to year_b are summed.
    cumulative_window,
};

const char* note_code_name(NoteCode code);  // "base_year_fallback", ... as the enumerator is spelt

// The methods' category names, as method_category notes carry them.
inline constexpr const char* kUnsdOnTrackCategory = "on_track";
inline constexpr const char* kUnsdAccelerationCategory = "acceleration_needed";
inline constexpr const char* kUnsdStagnationCategory = "stagnation_or_regression";
inline constexpr const char* kDnsSunnyCategory = "sunny";
inline constexpr const char* kDnsPartlyCloudyCategory = "partly_cloudy";
inline constexpr const char* kDnsCloudyCategory = "cloudy";
inline constexpr const char* kDnsThunderstormCategory = "thunderstorm";

struct Note {
    NoteCode code;
    int year_a = 0;
    int year_b = 0;
    long count = 0;
    std::vector<std::string> names;
    std::vector<double> figures{};  // the figures a note states (unit_converted), full precision
};

struct TargetResult {
    const Target* target = nullptr;  // points into the evaluated TargetSet
    Status status = Status::insufficient_data;

    std::optional<double> actual_value;  // growth: actual rate in %; count: number reached
    std::optional<int> actual_year;
    std::optional<int> base_year;  // the base year actually used
    std::optional<double> base_value;
    std::optional<double> gap;  // actual - target (percentage points for percents)
    // actual / target * 100, or target / actual * 100 where a smaller magnitude is better (< 1 %):
    // never above 100 for a missed target (engine/judge.hpp, achievement_pct).
    std::optional<double> achievement_pct;
    std::optional<double> actual_rate_pct;     // r_a
    std::optional<double> required_rate_pct;   // r_r (growth: the target rate)
    std::optional<double> remaining_rate_pct;  // r_rem
    std::optional<double> projected_value;     // P_T (growth: projected target-year level)
    // cumulative: what each remaining year must add for the total to reach the target, beside the
    // latest year's own amount (recent_yearly_value, in actual_year).
    std::optional<double> required_per_year;
    std::optional<double> recent_yearly_value;
    // cumulative: the plan's even yearly amount X / (T - b), and the latest year's amount as a
    // percentage of it (the council's "so với kế hoạch năm").
    std::optional<double> yearly_plan_value;
    std::optional<double> yearly_plan_pct;
    // Growth: the unit of the series' levels (base_value, projected_value), as the inputs give it;
    // the target's own unit is the rate's. Empty otherwise.
    std::string level_unit;
    // eurostat: d * r_a / |r_r|, or the pace ratio for counts; unsd: P; dns: s (a fraction)
    std::optional<double> progress_ratio;

    Stage stage = Stage::in_progress;
    // met_early (level, share, occupancy): the first year of the run of years, up to the latest,
    // whose values satisfy the target.
    std::optional<int> met_since;
    // How far past (+) or short of (-) the target the figure judged is: in percent of the target
    // (achievement_pct - 100), and, for percent-valued targets, in percentage points in the
    // target's direction (d * gap).
    std::optional<double> margin_pct;
    std::optional<double> margin_points;
    // The change from the base used to the figure judged, of the levels (growth: of the series'
    // levels, not the rate): their ratio where both are positive ("2.09 times the 2020 value"),
    // and their difference (percentage points for percents). Level, share, occupancy, growth.
    std::optional<double> period_multiple;
    std::optional<double> period_change;

    std::vector<YearValue> trajectory;  // the yearly values judged (shares: the share in %)
    std::vector<Note> notes;
    // For charts (level, share, occupancy, growth): the path from the base used to the target,
    // ending at (T, X) (growth: at the level the target rate reaches), and the projection from the
    // latest year to T, ending at projected_value. Empty where the figures are not known.
    std::vector<YearValue> required_path{};
    std::vector<YearValue> projection_path{};
};

struct AreaEvaluation {
    std::string area;
    std::string source;
    std::vector<TargetResult> results;  // in target-set order
    // The set's targets that have no value for this area (a target given `by_area:` only, the
    // area not among them): not judged, and said so in the report (model/area_targets.hpp).
    std::vector<const Target*> left_out;
    std::string boundaries{};  // AreaData::boundaries
};

struct Evaluation {
    const TargetSet* targets = nullptr;
    int as_of = 0;
    std::vector<AreaEvaluation> areas;
};

}  // namespace chitieu
