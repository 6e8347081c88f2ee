#include "chitieu/engine/held_zones.hpp"

#include <algorithm>
#include <utility>

namespace chitieu {

ZoneNeed ZoneNeed::of(const TargetSet& targets) {
    ZoneNeed need;
    for (const Target& target : targets.targets) {
        const bool zone_target = target.kind == TargetKind::count || target.kind == TargetKind::milestones ||
                                 target.kind == TargetKind::occupancy;
        need.zones = need.zones || zone_target;
        need.land = need.land || target.kind == TargetKind::occupancy;
    }
    return need;
}

ZoneNeed ZoneNeed::whole() {
    return {true, true, true};
}

namespace {

// Room for `size` elements, growing by half at least: a parent of thousands of children does not
// move its zones once per child.
template <typename T>
void grow(std::vector<T>& held, std::size_t size) {
    if (size > held.capacity()) held.reserve(std::max(size, held.capacity() + held.capacity() / 2));
}

}  // namespace

void HeldZones::add(std::vector<Zone>& zones) {
    if (need_.zones) {
        const std::size_t size = facts_.size() + zones.size();
        grow(facts_, size);
        if (need_.land) grow(land_, size);
        if (need_.places) grow(places_, size);
        for (const Zone& zone : zones) {
            Facts facts;
            facts.name_at = names_.size();
            facts.name_size = static_cast<std::uint32_t>(zone.name.size());
            names_ += zone.name;
            facts.kind = static_cast<std::uint8_t>(zone.kind);
            if (zone.established) {
                facts.established = *zone.established;
                facts.has |= kEstablished;
            }
            if (zone.expanded) {
                facts.expanded = *zone.expanded;
                facts.has |= kExpanded;
            }
            facts_.push_back(facts);
            if (need_.land) {
                Land land;
                if (zone.year) {
                    land.year = *zone.year;
                    land.has |= kYear;
                }
                if (zone.leasable_ha) {
                    land.leasable = *zone.leasable_ha;
                    land.has |= kLeasable;
                }
                if (zone.leased_ha) {
                    land.leased = *zone.leased_ha;
                    land.has |= kLeased;
                }
                land_.push_back(land);
            }
            if (need_.places) places_.push_back(zone.where);
        }
    }
    zones.clear();
}

std::vector<Zone> HeldZones::take(const SourceLocation& here) {
    std::vector<Zone> zones(facts_.size());
    for (std::size_t i = 0; i < facts_.size(); ++i) {
        const Facts& facts = facts_[i];
        Zone& zone = zones[i];
        zone.name.assign(names_, facts.name_at, facts.name_size);
        zone.kind = static_cast<ZoneKind>(facts.kind);
        if (facts.has & kEstablished) zone.established = facts.established;
        if (facts.has & kExpanded) zone.expanded = facts.expanded;
        if (need_.land) {
            const Land& land = land_[i];
            if (land.has & kYear) zone.year = land.year;
            if (land.has & kLeasable) zone.leasable_ha = land.leasable;
            if (land.has & kLeased) zone.leased_ha = land.leased;
        }
        zone.where = need_.places ? places_[i] : here;
    }
    *this = HeldZones(need_);
    return zones;
}

}  // namespace chitieu
