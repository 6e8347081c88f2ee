// Target sets: a plan's numeric targets (chỉ tiêu), as loaded from YAML or built in.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "chitieu/diagnostic.hpp"
#include "chitieu/model/statistics.hpp"
#include "chitieu/model/text.hpp"

namespace chitieu {

enum class TargetKind { level, growth, share, occupancy, count, milestones };
enum class Op { gt, ge, lt, le };

// How yearly growth is averaged for a growth target.
//  compound:   (V_t / V_b)^(1/(t-b)) - 1, the reading of "tăng bình quân"
//  arithmetic: mean of the year-on-year rates between consecutive observed years
//  every_year: each year's rate must meet the target; the actual is the worst year
enum class GrowthMean { compound, arithmetic, every_year };

enum class OccupancyMethod { weighted, mean };
enum class MilestoneRequire { established, expanded };

const char* target_kind_name(TargetKind kind);
const char* op_symbol(Op op);                 // ">", ">=", "<", "<="
bool op_holds(Op op, double actual, double target);
int op_direction(Op op);                      // +1 for > and >=, -1 for < and <=

struct Target {
    std::string id;
    TargetKind kind = TargetKind::level;
    LocalText title;
    std::string unit;        // defaulted by the loader: "%" for share/occupancy, "%/yr" for growth
    Op op = Op::gt;
    double value = 0.0;      // level: in the unit; growth/share/occupancy: percent; count: number
    int base_year = 0;       // resolved: the target's own `from`/`base`, else period.base
    int year = 0;            // resolved: the target's own `year`/`to`, else period.end

    // level, growth
    std::string series;
    GrowthMean mean = GrowthMean::compound;
    // share
    std::string numerator;
    std::string denominator;
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

    SourceLocation where;
};

// Status thresholds for the progress ratio d * r_a / |r_r|.
struct Assessment {
    double on_track = 0.95;   // ratio >= on_track: on track
    double at_risk = 0.60;    // at_risk <= ratio < on_track: at risk; below: off track
};

struct TargetSet {
    std::string id;
    LocalText title;
    int base_year = 0;
    int end_year = 0;
    Assessment assessment;
    std::vector<Target> targets;
    std::string origin;       // file name, or "builtin:NAME"

    const Target* find(const std::string& target_id) const;
};

}  // namespace chitieu
