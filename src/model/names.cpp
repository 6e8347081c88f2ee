// Names of the model's enumerations, as written in files and reports.
#include "chitieu/model/evaluation.hpp"
#include "chitieu/model/statistics.hpp"
#include "chitieu/model/targets.hpp"

namespace chitieu {

const char* zone_kind_name(ZoneKind kind) {
    return kind == ZoneKind::park ? "park" : "cluster";
}

const char* standing_name(Standing standing) {
    switch (standing) {
        case Standing::normal:
            return "normal";
        case Standing::preliminary:
            return "preliminary";
        case Standing::estimated:
            return "estimated";
    }
    return "normal";
}

const char* target_kind_name(TargetKind kind) {
    switch (kind) {
        case TargetKind::level:
            return "level";
        case TargetKind::growth:
            return "growth";
        case TargetKind::share:
            return "share";
        case TargetKind::occupancy:
            return "occupancy";
        case TargetKind::count:
            return "count";
        case TargetKind::milestones:
            return "milestones";
        case TargetKind::ratio:
            return "ratio";
        case TargetKind::cumulative:
            return "cumulative";
        case TargetKind::change:
            return "change";
    }
    return "level";
}

const char* value_source_name(ValueSource source) {
    switch (source) {
        case ValueSource::set:
            return "set";
        case ValueSource::set_default:
            return "set_default";
        case ValueSource::by_area:
            return "by_area";
        case ValueSource::target_values:
            return "target_values";
    }
    return "set";
}

const char* op_symbol(Op op) {
    switch (op) {
        case Op::gt:
            return ">";
        case Op::ge:
            return ">=";
        case Op::lt:
            return "<";
        case Op::le:
            return "<=";
        case Op::between:
            return "between";
    }
    return ">";
}

bool op_holds(Op op, double actual, double target) {
    switch (op) {
        case Op::gt:
            return actual > target;
        case Op::ge:
            return actual >= target;
        case Op::lt:
            return actual < target;
        case Op::le:
            return actual <= target;
        case Op::between:
            return actual >= target;  // the band's lower end; above the upper end is met too
    }
    return false;
}

int op_direction(Op op) {
    return op == Op::gt || op == Op::ge || op == Op::between ? 1 : -1;
}

const char* status_name(Status status) {
    switch (status) {
        case Status::met:
            return "met";
        case Status::not_met:
            return "not_met";
        case Status::on_track:
            return "on_track";
        case Status::at_risk:
            return "at_risk";
        case Status::off_track:
            return "off_track";
        case Status::insufficient_data:
            return "insufficient_data";
    }
    return "insufficient_data";
}

const char* note_code_name(NoteCode code) {
    switch (code) {
        case NoteCode::base_year_fallback:
            return "base_year_fallback";
        case NoteCode::no_observation:
            return "no_observation";
        case NoteCode::single_observation:
            return "single_observation";
        case NoteCode::opposite_signs:
            return "opposite_signs";
        case NoteCode::nonpositive_values:
            return "nonpositive_values";
        case NoteCode::linear_pace:
            return "linear_pace";
        case NoteCode::target_at_base:
            return "target_at_base";
        case NoteCode::after_target_year:
            return "after_target_year";
        case NoteCode::target_year_missing:
            return "target_year_missing";
        case NoteCode::zones_left_out:
            return "zones_left_out";
        case NoteCode::occupancy_method:
            return "occupancy_method";
        case NoteCode::milestones_reached:
            return "milestones_reached";
        case NoteCode::milestones_missing:
            return "milestones_missing";
        case NoteCode::zones_unknown:
            return "zones_unknown";
        case NoteCode::counted_zones:
            return "counted_zones";
        case NoteCode::denominator_zero:
            return "denominator_zero";
        case NoteCode::growth_mean:
            return "growth_mean";
        case NoteCode::years_failing:
            return "years_failing";
        case NoteCode::years_missing:
            return "years_missing";
        case NoteCode::method_category:
            return "method_category";
        case NoteCode::dns_extrapolation:
            return "dns_extrapolation";
        case NoteCode::no_zones:
            return "no_zones";
        case NoteCode::before_base_year:
            return "before_base_year";
        case NoteCode::figure_standing:
            return "figure_standing";
        case NoteCode::unit_converted:
            return "unit_converted";
        case NoteCode::band_exceeded:
            return "band_exceeded";
        case NoteCode::every_year_failing:
            return "every_year_failing";
        case NoteCode::every_year_held:
            return "every_year_held";
        case NoteCode::ratio_scale_mismatch:
            return "ratio_scale_mismatch";
        case NoteCode::ratio_scale_from_units:
            return "ratio_scale_from_units";
        case NoteCode::cumulative_window:
            return "cumulative_window";
    }
    return "";
}

const char* assessment_method_name(AssessmentMethod method) {
    switch (method) {
        case AssessmentMethod::eurostat:
            return "eurostat";
        case AssessmentMethod::unsd:
            return "unsd";
        case AssessmentMethod::dns:
            return "dns";
    }
    return "eurostat";
}

const char* dns_changes_name(DnsChanges changes) {
    return changes == DnsChanges::absolute ? "absolute" : "relative";
}

const char* aggregate_name(Aggregate aggregate) {
    switch (aggregate) {
        case Aggregate::sum:
            return "sum";
        case Aggregate::none:
            return "none";
        case Aggregate::weighted_mean:
            return "weighted_mean";
    }
    return "sum";
}

const SeriesRule* TargetSet::find_series_rule(const std::string& indicator) const {
    for (const SeriesRule& rule : series)
        if (rule.indicator == indicator) return &rule;
    return nullptr;
}

const Target* TargetSet::find(const std::string& target_id) const {
    for (const Target& target : targets)
        if (target.id == target_id) return &target;
    return nullptr;
}

}  // namespace chitieu
