// Each area's own target values (model/area_targets.hpp).
#include "chitieu/model/area_targets.hpp"

namespace chitieu {

const AreaValue* AreaValues::find(const std::string& target_id, const std::string& area) const {
    const auto target = targets.find(target_id);
    if (target == targets.end()) return nullptr;
    const auto value = target->second.find(area);
    return value == target->second.end() ? nullptr : &value->second;
}

AreaTargets::AreaTargets(const TargetSet& set, const AreaValues& overrides)
    : set_(set), overrides_(overrides) {
    target_per_area_.reserve(set.targets.size());
    for (const Target& target : set.targets) {
        const bool own =
            !target.has_value || set.by_area.has_target(target.id) || overrides.has_target(target.id);
        target_per_area_.push_back(own);
        per_area_ = per_area_ || own;
    }
    if (!per_area_) return;
    area_set_.id = set.id;
    area_set_.title = set.title;
    area_set_.base_year = set.base_year;
    area_set_.end_year = set.end_year;
    area_set_.assessment = set.assessment;
    area_set_.origin = set.origin;
}

const TargetSet& AreaTargets::for_area(const std::string& area, std::vector<const Target*>& left_out) {
    left_out.clear();
    if (!per_area_) return set_;
    area_set_.targets.clear();
    for (std::size_t i = 0; i < set_.targets.size(); ++i) {
        const Target& target = set_.targets[i];
        if (!target_per_area_[i]) {
            area_set_.targets.push_back(target);
            continue;
        }
        // --target-values over by_area over the target's value.
        const AreaValue* given = overrides_.find(target.id, area);
        ValueSource source = ValueSource::target_values;
        if (!given) {
            given = set_.by_area.find(target.id, area);
            source = ValueSource::by_area;
        }
        if (!given && !target.has_value) {
            left_out.push_back(&target);
            continue;
        }
        Target& copy = area_set_.targets.emplace_back(target);
        if (!given) {
            copy.value_source = ValueSource::set_default;
            copy.value_area = area;
            continue;
        }
        copy.value = given->value;
        if (target.op == Op::between) copy.value_high = given->value_high;
        copy.value_source = source;
        copy.value_area = area;
        copy.value_where = given->where;
    }
    return area_set_;
}

}  // namespace chitieu
