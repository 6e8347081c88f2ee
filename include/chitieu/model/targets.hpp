// Target sets: a plan's numeric targets (chỉ tiêu), as loaded from YAML or built in.
#pragma once

#include <map>
#include <optional>
#include <string>
#include <vector>

#include "chitieu/diagnostic.hpp"
#include "chitieu/model/statistics.hpp"
#include "chitieu/model/text.hpp"
#include "chitieu/model/units.hpp"

namespace chitieu {

// ratio: numerator / denominator × scale (a per-person figure), judged like a level.
// cumulative: the sum of a series' yearly values over a window (a period total).
// change: the average yearly change in the series' own points from the base (no compound rate).
enum class TargetKind { level, growth, share, occupancy, count, milestones, ratio, cumulative, change };
// between: a band [value, value_high]; met at or above its lower end (the commitment), and
// judged like >= against it; above the upper end is met too and said so (vượt).
enum class Op { gt, ge, lt, le, between };

// How yearly growth is averaged for a growth target.
//  compound:   (V_t / V_b)^(1/(t-b)) - 1, the reading of "tăng bình quân"
//  arithmetic: mean of the year-on-year rates between consecutive observed years
//  every_year: each year's rate must meet the target; the actual is the worst year
enum class GrowthMean { compound, arithmetic, every_year };

enum class OccupancyMethod { weighted, mean };
enum class MilestoneRequire { established, expanded };

const char* target_kind_name(TargetKind kind);
const char* op_symbol(Op op);                        // ">", ">=", "<", "<=", "between"
bool op_holds(Op op, double actual, double target);  // between: actual >= target (the lower end)
int op_direction(Op op);                             // +1 for >, >= and between, -1 for < and <=

// Whose value an area's copy of a target carries (model/area_targets.hpp):
//  set:           the target's `value`, and no area has a value of its own for this target
//  set_default:   the target's `value`, because this area has none of its own while others do
//  by_area:       the area's entry in the target's `by_area:` (the target-set file)
//  target_values: the area's row in the --target-values file
enum class ValueSource { set, set_default, by_area, target_values };

const char* value_source_name(ValueSource source);  // "set", "set_default", "by_area", "target_values"

struct Target {
    std::string id;
    TargetKind kind = TargetKind::level;
    LocalText title;
    std::string unit;  // defaulted by the loader: "%" for share/occupancy, "%/yr" for growth
    // Level and count targets: `unit` read by the unit vocabulary at load (an unreadable one is
    // an error there); a series for the target is brought to it before it is judged.
    std::optional<Unit> measure;
    SourceLocation unit_where;
    Op op = Op::gt;
    double value = 0.0;       // level: in the unit; growth/share/occupancy: percent; count: number
    double value_high = 0.0;  // op between: the band's upper end (value is its lower end)
    // level, share, ratio: every observed year from the one after the base must meet the goal.
    bool every_year = false;
    int base_year = 0;  // resolved: the target's own `from`/`base`, else period.base
    int year = 0;       // resolved: the target's own `year`/`to`, else period.end

    // level, growth
    std::string series;
    GrowthMean mean = GrowthMean::compound;
    // share, ratio
    std::string numerator;
    std::string denominator;
    // ratio: numerator / denominator × scale; scale_given when the target set wrote it (then a
    // scale the series' and the target's units imply must agree with it).
    double scale = 1.0;
    bool scale_given = false;
    // cumulative: the first year summed (default: the year after the base); base_year is the
    // year before it.
    int sum_from = 0;
    // occupancy
    std::vector<ZoneKind> zone_kinds;
    OccupancyMethod method = OccupancyMethod::weighted;
    // count: zones of `zone_kind` (any kind when absent) established within [from, to]
    std::optional<ZoneKind> zone_kind;
    int established_from = 0;
    int established_to = 0;
    // milestones: every named zone must reach `require` by `year`
    std::vector<std::string> zones;
    MilestoneRequire require = MilestoneRequire::established;

    // false: the target set gives this target's value per area only (`by_area:` and no `value:`);
    // an area with no value of its own is then left out of this target (model/area_targets.hpp).
    bool has_value = true;
    // Whose value `value` is, for one area's copy of the target (the set's own copy: set). For
    // by_area and target_values, `value_area` is the area and `value_where` the entry's place.
    ValueSource value_source = ValueSource::set;
    std::string value_area;
    SourceLocation value_where;

    SourceLocation where;
};

// A target's value for one area: `value` (and, for op between, `value_high`), where it was given.
struct AreaValue {
    double value = 0.0;
    double value_high = 0.0;
    SourceLocation where;
};

// Per-area values of a set's targets, from a target set's `by_area:` entries or a --target-values
// file: target id -> area name (NFC) -> value. Ordered maps: the same values, the same order.
struct AreaValues {
    std::map<std::string, std::map<std::string, AreaValue>> targets;

    bool empty() const { return targets.empty(); }
    const AreaValue* find(const std::string& target_id, const std::string& area) const;
    bool has_target(const std::string& target_id) const { return targets.count(target_id) > 0; }
};

// How a status is decided before the target year (README, "Assessment methods"):
//  eurostat: the progress ratio d * r_a / |r_r| against the thresholds below (the default)
//  unsd:     UN Statistics Division progress chart, P = (x̂_T - x_0) / (X - x_0) with
//            x̂_T = x_t (1 + r_a)^(T - t); 0.95 and 0.10 are the method's own thresholds
//  dns:      German Sustainable Development Strategy weather symbols, s = (X - x̂_T) / (X - x_t)
//            with x̂_T extrapolated from the average of the last five annual changes
enum class AssessmentMethod { eurostat, unsd, dns };
// How the dns method averages the last five annual changes: relative (the compound rate, the
// default) or absolute (the mean change in the indicator's unit, a straight line).
enum class DnsChanges { relative, absolute };

// The unsd and dns methods' own thresholds (a target set's on_track/at_risk are eurostat's).
inline constexpr double kUnsdOnTrack = 0.95;       // P >= 0.95: on track
inline constexpr double kUnsdAcceleration = 0.10;  // 0.10 <= P < 0.95: acceleration needed
inline constexpr double kDnsWarning = 0.05;        // reached, or s < 5 %: sunny
inline constexpr double kDnsOffTrack = 0.20;       // 5 % <= s <= 20 %: partly cloudy; above: cloudy
inline constexpr int kDnsYears = 5;                // the last five annual changes

const char* assessment_method_name(AssessmentMethod method);  // "eurostat", "unsd", "dns"
const char* dns_changes_name(DnsChanges changes);             // "relative", "absolute"

// Status thresholds for the progress ratio d * r_a / |r_r|, and the method that decides.
struct Assessment {
    double on_track = 0.95;  // ratio >= on_track: on track
    double at_risk = 0.60;   // at_risk <= ratio < on_track: at risk; below: off track
    AssessmentMethod method = AssessmentMethod::eurostat;
    DnsChanges dns_changes = DnsChanges::relative;
};

// How a series adds up from an area's children to the area (--roll-up), as the target set's
// `series:` block says:
//  sum:           the children's values added (levels, counts, money)
//  none:          not rolled up; a parent has the series only when it gives its own figures
//  weighted_mean: sum(weight x value) / sum(weight), with `weight` another series of each child
enum class Aggregate { sum, none, weighted_mean };

const char* aggregate_name(Aggregate aggregate);  // "sum", "none", "weighted_mean"

struct SeriesRule {
    std::string indicator;
    Aggregate aggregate = Aggregate::sum;
    std::string weight;  // weighted_mean: the weight series
    SourceLocation where;
};

struct TargetSet {
    std::string id;
    LocalText title;
    int base_year = 0;
    int end_year = 0;
    Assessment assessment;
    std::vector<Target> targets;
    std::string origin;  // file name, or "builtin:NAME"
    AreaValues by_area;  // the targets' `by_area:` entries (kept here, not copied into each area's set)
    std::vector<SeriesRule> series;  // the `series:` block, in file order

    const Target* find(const std::string& target_id) const;
    const SeriesRule* find_series_rule(const std::string& indicator) const;
};

}  // namespace chitieu
