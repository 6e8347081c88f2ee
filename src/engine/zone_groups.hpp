// An area's industrial zones grouped by name, for the zone judges (occupancy, count, milestones).
// Private to src/engine.
#pragma once

#include <array>
#include <cstddef>
#include <optional>
#include <span>
#include <string_view>
#include <vector>

#include "chitieu/model/statistics.hpp"

namespace chitieu {

// One zone over all its snapshots. Established/expanded are facts, not snapshot figures: the
// earliest year any snapshot gives is used (snapshots should agree).
struct ZoneFacts {
    std::string_view name;  // the zones' own name, in the AreaData they were grouped from
    std::optional<int> established;
    std::optional<int> expanded;
    std::span<const Zone* const> snapshots;  // in input order
};

// The area's zones grouped by name, in order of first appearance, keeping the snapshots of one
// kind (or of every kind); a zone none of whose snapshots is kept is absent. The facts point
// into the area and into this object, which neither copies nor moves.
class ZoneGroups {
public:
    // `group_of[i]`: zone i's name as the number of distinct names before its first appearance;
    // `names`: how many distinct names there are.
    ZoneGroups(const AreaData& area, const std::vector<std::size_t>& group_of, std::size_t names,
               std::optional<ZoneKind> kind);
    ZoneGroups(const ZoneGroups&) = delete;
    ZoneGroups& operator=(const ZoneGroups&) = delete;

    const std::vector<ZoneFacts>& zones() const { return zones_; }

private:
    std::vector<const Zone*> snapshots_;  // every kept zone's, group after group
    std::vector<ZoneFacts> zones_;
};

// What the zone judges of one area read: its zones grouped by name for every kind, for parks
// and for clusters, each grouping made once, when a target first asks for it. Targets ask for
// one of these three (a target naming both kinds asks for every kind), so an area's zones are
// matched by name once, not once per target (that was most of the zone judges' time).
class AreaZones {
public:
    explicit AreaZones(const AreaData& area);
    AreaZones(const AreaZones&) = delete;
    AreaZones& operator=(const AreaZones&) = delete;

    // The zones of `kind`, or of every kind.
    const std::vector<ZoneFacts>& grouped(std::optional<ZoneKind> kind) const;
    // The zones of the kinds in `kinds` (empty: every kind).
    const std::vector<ZoneFacts>& grouped(const std::vector<ZoneKind>& kinds) const;

private:
    const AreaData& area_;
    std::vector<std::size_t> group_of_;
    std::size_t names_ = 0;
    mutable std::array<std::optional<ZoneGroups>, 3> groups_;  // every kind, park, cluster
};

}  // namespace chitieu
