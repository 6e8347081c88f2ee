// The German Sustainable Development Strategy's weather symbols (Destatis, indicator reports):
// the average of the last five annual changes is carried to the target year, and the shortfall
// is measured against the distance still to go.
#include <cmath>

#include "assessment_methods.hpp"
#include "chitieu/engine/rates.hpp"

namespace chitieu {

std::optional<DnsProjection> dns_project(const std::vector<YearValue>& values, int latest, int target_year,
                                         DnsChanges changes) {
    const YearValue* last = nullptr;
    const YearValue* first = nullptr;   // earliest in [latest - 5, latest)
    const YearValue* before = nullptr;  // latest before latest - 5, for a series with a gap
    for (const YearValue& point : values) {
        if (point.year == latest) last = &point;
        if (point.year >= latest - kDnsYears && point.year < latest) {
            if (first == nullptr || point.year < first->year) first = &point;
        } else if (point.year < latest - kDnsYears) {
            if (before == nullptr || point.year > before->year) before = &point;
        }
    }
    if (first == nullptr) first = before;
    if (last == nullptr || first == nullptr || target_year < latest) return std::nullopt;

    DnsProjection projection;
    projection.from = first->year;
    projection.to = latest;
    const double years = latest - first->year;
    const double ahead = target_year - latest;
    if (changes == DnsChanges::relative) {
        if (std::optional<double> rate = compound_rate(first->value, last->value, years)) {
            std::optional<double> projected = project_value(last->value, *rate, ahead);
            if (!projected) return std::nullopt;
            projection.changes = DnsChanges::relative;
            projection.rate = *rate;
            projection.projected = *projected;
            return projection;
        }
        projection.relative_impossible = true;  // a value at or below zero: no relative change
    }
    projection.changes = DnsChanges::absolute;
    projection.step = (last->value - first->value) / years;
    projection.projected = last->value + projection.step * ahead;
    if (!std::isfinite(projection.step) || !std::isfinite(projection.projected)) return std::nullopt;
    return projection;
}

double dns_value_at(const DnsProjection& projection, double latest_value, int year) {
    const double ahead = year - projection.to;
    if (projection.changes == DnsChanges::relative)
        return latest_value * std::pow(1.0 + projection.rate, ahead);
    return latest_value + projection.step * ahead;
}

MethodVerdict dns_verdict(Op op, double latest, double projected, double target) {
    MethodVerdict verdict;
    const int d = op_direction(op);
    const double distance = target - latest;
    // X behind x_t, against the direction (a growth target of < 3 %/yr: its level lies above x_t):
    // a bound the value may move towards, not a distance to cover. There s = d (X - x̂_T) /
    // |X - x_t|, the share of that room the projection would overrun; s <= 0 inside the bound, as
    // for a target reached. Where X lies the way of d this is the method's own s.
    const bool bound = d * distance < 0.0;
    if (distance != 0.0) {
        const double s =
            bound ? d * (target - projected) / std::fabs(distance) : (target - projected) / distance;
        if (std::isfinite(s)) verdict.ratio = s;
    }
    if (op_holds(op, projected, target)) {
        verdict.status = Status::on_track;
        verdict.category = kDnsSunnyCategory;
        return verdict;
    }
    // Standing still keeps the distance as it is, which the method counts with moving away. Moving
    // towards a bound is allowed: past it, s says by how much.
    if ((!bound && d * (projected - latest) <= 0.0) || !verdict.ratio) {
        verdict.status = Status::off_track;
        verdict.category = kDnsThunderstormCategory;
        return verdict;
    }
    if (*verdict.ratio < kDnsWarning) {
        verdict.status = Status::on_track;
        verdict.category = kDnsSunnyCategory;
    } else if (*verdict.ratio <= kDnsOffTrack) {
        verdict.status = Status::at_risk;
        verdict.category = kDnsPartlyCloudyCategory;
    } else {
        verdict.status = Status::off_track;
        verdict.category = kDnsCloudyCategory;
    }
    return verdict;
}

}  // namespace chitieu
