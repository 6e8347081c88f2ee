// A roll-up: which area is part of which (commune -> district -> province), as --roll-up's file
// gives it. The model's rules for it (one parent per area, no cycles) are here; the aggregation
// itself is the engine's (engine/roll_up.hpp).
#pragma once

#include <cstddef>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "chitieu/diagnostic.hpp"

namespace chitieu {

// One row of the file: `area` is part of `parent` (empty: a top area, part of nothing).
struct AreaLink {
    std::string area;
    std::string parent;
    SourceLocation where;
};

class Hierarchy {
public:
    bool empty() const { return children_.empty(); }
    // The area's parent, or null for a top area or one the roll-up does not name.
    const std::string* parent_of(const std::string& area) const;
    // The children of `parent` in file order; empty for an area that is no one's parent.
    const std::vector<std::string>& children_of(const std::string& parent) const;
    bool is_parent(const std::string& area) const { return children_.count(area) != 0; }
    // Where the file names `area` (its own row, else the first row naming it as a parent).
    SourceLocation where(const std::string& area) const;
    // Every parent, each after every parent among its descendants (communes' districts before
    // their province); parents of the same depth in file order.
    const std::vector<std::string>& parents_bottom_up() const { return bottom_up_; }
    // 0 for an area with no parent, 1 for its children, ... (the tree index's levels).
    int depth(const std::string& area) const;
    // Every area the file names, in file order (children and parents).
    const std::vector<std::string>& areas() const { return areas_; }
    // The parents that are part of nothing (provinces), in file order.
    std::vector<std::string> top_parents() const;

private:
    friend Hierarchy build_hierarchy(const std::vector<AreaLink>& links, Diagnostics& diagnostics);
    std::map<std::string, std::string> parent_;
    std::map<std::string, std::vector<std::string>> children_;
    std::map<std::string, SourceLocation> where_;
    std::vector<std::string> bottom_up_;
    std::vector<std::string> areas_;
};

// A totals row's label, as tables write it in the area column: "Tổng cộng", "Tổng số", "Tổng",
// "Toàn tỉnh", "Cả tỉnh", "Total" (compared folded: NFC, any case, spaces collapsed).
bool is_totals_name(std::string_view name);

// The links checked: an area given two parents is an error at the second row with a note at the
// first (the same pair twice is a warning); an area that is its own parent, or a chain that comes
// back on itself (A in B in A), is an error naming the chain. The rows with an error are left out.
Hierarchy build_hierarchy(const std::vector<AreaLink>& links, Diagnostics& diagnostics);

}  // namespace chitieu
