// A boundary change (--crosswalk): which old units make each new one, and what share of an old
// unit's additive figures goes to it (the statistics office's old -> new conversion table, many
// to many: a merge gives a new unit several old ones, a split gives an old unit several new ones).
// The model's rules for it (an old unit's shares sum to 1) are here; carrying the figures across
// is the engine's (engine/roll_up.hpp: a crosswalk is a weighted roll-up that replaces the old
// units).
#pragma once

#include <map>
#include <string>
#include <vector>

#include "chitieu/diagnostic.hpp"

namespace chitieu {

// The shares of an old unit agree with 1 when they differ from it by at most this (0.001: shares
// written to three decimals, 0.333 + 0.333 + 0.334, add up). Stated in the message.
inline constexpr double kCrosswalkShareTolerance = 0.001;

// One row: `share` of old unit `from`'s additive figures goes to new unit `to`.
struct CrosswalkLink {
    std::string from;
    std::string to;
    double share = 1.0;
    SourceLocation where;
};

struct Crosswalk {
    std::vector<CrosswalkLink> links;  // file order, checked
    std::string file;                  // as the user gave it (the report's boundaries line)
    // The new units in file order, and the links that make each.
    std::vector<std::string> new_units;
    std::map<std::string, std::vector<std::size_t>> parts;  // new unit -> indices into links
    // A new unit made of one old unit, whole, that goes nowhere else: every series is carried.
    bool is_rename(const std::string& new_unit) const;
    // "Tuyên Quang = Tuyên Quang + Hà Giang", "Xã Mới = 0.6 × Xã A + Xã B"
    std::string formula(const std::string& new_unit) const;
};

// The links checked: an old unit whose shares do not sum to 1 (within the tolerance) is an error
// at its first row naming it, its shares and their sum; a share outside (0, 1] or the same pair
// twice is an error at the row. The rows with an error are left out.
Crosswalk build_crosswalk(std::vector<CrosswalkLink> links, std::string file, Diagnostics& diagnostics);

}  // namespace chitieu
