// A parent's zones while the roll-up waits for its children (engine/roll_up.cpp): the union of
// the children's zones, keeping only what the target set's zone judges read.
//
// A Zone is about 160 bytes and two strings; at commune scale (53,119 zones) the parents held
// 13 MB of them until the end, the larger part of the roll-up's memory. Held here, a zone is
// its name in one buffer and its facts in 24 bytes (its land figures in 24 more, only for a set
// with an occupancy target), and a set with no zone target holds none at all.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

#include "chitieu/diagnostic.hpp"
#include "chitieu/model/statistics.hpp"
#include "chitieu/model/targets.hpp"

namespace chitieu {

// What of its children's zones a parent keeps.
struct ZoneNeed {
    // Any zone target (count, milestones, occupancy): each zone's name, kind, establishment and
    // expansion years. Without one, no zone is kept: nothing judges them.
    bool zones = false;
    // An occupancy target: each snapshot's year and land figures (leasable, leased).
    bool land = false;
    // Each zone's place in its file, for `check`'s name rules: a crosswalk's old units are not
    // inspected, so their zones are first seen in the new units. A roll-up's children are
    // inspected before they are added: their parents' zones hold no name not seen already.
    bool places = false;

    static ZoneNeed of(const TargetSet& targets);  // --roll-up: what the set's zone targets read
    static ZoneNeed whole();                       // --crosswalk: all but the zones' districts
};

class HeldZones {
public:
    HeldZones() = default;
    explicit HeldZones(ZoneNeed need) : need_(need) {}

    // Appends `zones` as far as the need says, and empties it.
    void add(std::vector<Zone>& zones);
    bool empty() const { return facts_.empty(); }
    // The zones held, in the order they were added: each at `here` unless places are kept, no
    // district, no land figures unless the need has them. Empties the holder.
    std::vector<Zone> take(const SourceLocation& here);

private:
    enum : std::uint8_t { kEstablished = 1, kExpanded = 2, kYear = 4, kLeasable = 8, kLeased = 16 };
    struct Facts {
        std::size_t name_at = 0;  // in names_
        std::uint32_t name_size = 0;
        std::int32_t established = 0;
        std::int32_t expanded = 0;
        std::uint8_t kind = 0;  // a ZoneKind
        std::uint8_t has = 0;   // kEstablished | kExpanded
    };
    struct Land {
        double leasable = 0.0;
        double leased = 0.0;
        std::int32_t year = 0;
        std::uint8_t has = 0;  // kYear | kLeasable | kLeased
    };

    ZoneNeed need_;
    std::string names_;
    std::vector<Facts> facts_;
    std::vector<Land> land_;              // need_.land: one per zone
    std::vector<SourceLocation> places_;  // need_.places: one per zone
};

}  // namespace chitieu
