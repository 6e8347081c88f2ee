// Status thresholds and the elapsed-time pace ratio.
#include "progress.hpp"

#include <cmath>

namespace chitieu {

Status progress_status(double ratio, const Assessment& assessment) {
    // Inclusive lower bounds, as the interface's table writes them.
    if (ratio >= assessment.on_track) return Status::on_track;
    if (ratio >= assessment.at_risk) return Status::at_risk;
    return Status::off_track;
}

std::optional<double> pace_ratio(double reached, double needed, int base_year, int as_of, int target_year) {
    if (as_of <= base_year || target_year <= base_year || !(needed > 0.0)) return std::nullopt;
    double elapsed = static_cast<double>(as_of - base_year) / static_cast<double>(target_year - base_year);
    double ratio = (reached / needed) / elapsed;
    if (!std::isfinite(ratio)) return std::nullopt;
    return ratio;
}

}  // namespace chitieu
