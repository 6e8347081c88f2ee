// The assessment methods other than Eurostat's progress ratio (engine/progress.hpp): the UN
// Statistics Division's progress chart and the German Sustainable Development Strategy's weather
// symbols. Each maps its own categories onto the report's statuses and keeps its category's name,
// so a report can print both. Pure functions; no I/O.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "chitieu/model/evaluation.hpp"
#include "chitieu/model/targets.hpp"

namespace chitieu {

// Thresholds (kUnsd*, kDns*) and category names (k*Category) are the model's: targets.hpp and
// evaluation.hpp, where the writers read them too.

struct MethodVerdict {
    Status status = Status::insufficient_data;  // on_track, at_risk or off_track
    const char* category = "";                  // one of the category names above
    std::optional<double> ratio;                // P or s; empty where it is undefined
};

// P = (x̂_T - x_0) / (X - x_0) when X lies in op's direction from x_0, else (X a bound on the
// far side) 1 + d (x̂_T - X) / |X - x_0|. P >= 0.95 on track; 0.10 <= P < 0.95 acceleration
// needed (at risk); below, stagnation or regression (off track). nullopt when X equals x_0 or P
// is not finite: the caller keeps the direction-of-move answer it already has.
std::optional<MethodVerdict> unsd_verdict(Op op, double base_value, double projected, double target);

// The dns extrapolation: the average of the annual changes from `from` to `to` carried to the
// target year.
struct DnsProjection {
    int from = 0;                               // the earliest observed year in [to - 5, to)
    int to = 0;                                 // the latest year, x_t
    DnsChanges changes = DnsChanges::relative;  // the averaging actually used
    bool relative_impossible = false;           // relative was asked for, a value is not positive
    double rate = 0.0;                          // relative: the compound yearly rate (fraction)
    double step = 0.0;                          // absolute: the mean yearly change, in the unit
    double projected = 0.0;                     // x̂_T
};

// Averages the changes from the earliest observation in [latest - 5, latest) (else the latest one
// before it) to `latest`, relatively (compound) or absolutely, and extrapolates them to
// `target_year`. Relative changes need both values positive; otherwise absolute ones are used and
// relative_impossible is set. nullopt when no earlier observation exists or a figure overflows.
std::optional<DnsProjection> dns_project(const std::vector<YearValue>& values, int latest, int target_year,
                                         DnsChanges changes);

// The value on the dns extrapolation in `year` (>= projection.to).
double dns_value_at(const DnsProjection& projection, double latest_value, int year);

// Reached (x̂_T satisfies `op`) or s < 5 %: sunny; 5 % to 20 %: partly cloudy (at risk); over
// 20 %: cloudy (off track); no move, or a move away from the target: thunderstorm (off track).
// s = (X - x̂_T) / (X - x_t); where X lies against op's direction from x_t (a bound, such as a
// growth target's < 3 %/yr level above x_t) s = d (X - x̂_T) / |X - x_t| and no thunderstorm:
// the value may move towards the bound. s is empty when X equals x_t.
MethodVerdict dns_verdict(Op op, double latest, double projected, double target);

}  // namespace chitieu
