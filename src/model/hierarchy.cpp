#include "chitieu/model/hierarchy.hpp"

#include <algorithm>
#include <set>

#include "chitieu/model/rules.hpp"  // fold_words

namespace chitieu {

const std::string* Hierarchy::parent_of(const std::string& area) const {
    auto it = parent_.find(area);
    return it == parent_.end() ? nullptr : &it->second;
}

const std::vector<std::string>& Hierarchy::children_of(const std::string& parent) const {
    static const std::vector<std::string> none;
    auto it = children_.find(parent);
    return it == children_.end() ? none : it->second;
}

SourceLocation Hierarchy::where(const std::string& area) const {
    auto it = where_.find(area);
    return it == where_.end() ? SourceLocation{} : it->second;
}

int Hierarchy::depth(const std::string& area) const {
    int depth = 0;
    // The links have no cycle (build_hierarchy refused them): the walk ends.
    for (const std::string* up = parent_of(area); up != nullptr; up = parent_of(*up)) ++depth;
    return depth;
}

std::vector<std::string> Hierarchy::top_parents() const {
    std::vector<std::string> tops;
    for (const std::string& area : areas_)
        if (is_parent(area) && parent_of(area) == nullptr) tops.push_back(area);
    return tops;
}

bool is_totals_name(std::string_view name) {
    if (name.size() > 32) return false;
    const std::string words = fold_words(name);
    for (std::string_view total : {"tổng cộng", "tổng số", "tổng", "toàn tỉnh", "cả tỉnh", "total"})
        if (words == total) return true;
    return false;
}

namespace {

// The chain from `area` up while it stays below `area`'s own new parent: a cycle when it
// reaches `area` again.
std::optional<std::vector<std::string>> cycle_through(const std::map<std::string, std::string>& parent,
                                                      const std::string& area) {
    std::vector<std::string> chain = {area};
    std::set<std::string> seen = {area};
    for (auto it = parent.find(area); it != parent.end(); it = parent.find(it->second)) {
        chain.push_back(it->second);
        if (it->second == area) return chain;
        if (!seen.insert(it->second).second) return std::nullopt;  // a cycle above, reported there
    }
    return std::nullopt;
}

std::string joined(const std::vector<std::string>& chain, bool vi = false) {
    std::string text;
    for (const std::string& name : chain) text += (text.empty() ? "" : vi ? " thuộc " : " in ") + name;
    return text;
}

}  // namespace

Hierarchy build_hierarchy(const std::vector<AreaLink>& links, Diagnostics& diagnostics) {
    Hierarchy tree;
    std::map<std::string, SourceLocation> given_at;  // each area's own row
    std::set<std::string> named;
    const auto name = [&](const std::string& area, const SourceLocation& where) {
        if (named.insert(area).second) tree.areas_.push_back(area);
        tree.where_.try_emplace(area, where);
    };
    for (const AreaLink& link : links) {
        if (link.area == link.parent) {
            diagnostics.error(
                link.where,
                "'" + link.area +
                    "' is given as its own parent; write the area it is "
                    "part of, or leave parent empty for a top area",
                "'" + link.area +
                    "' được ghi là đơn vị cấp trên của chính nó; hãy ghi địa bàn mà nó trực thuộc, "
                    "hoặc để trống parent cho địa bàn cấp cao nhất");
            continue;
        }
        auto [first, inserted] = given_at.try_emplace(link.area, link.where);
        if (!inserted) {
            const std::string* before = tree.parent_of(link.area);
            const std::string before_parent = before ? *before : std::string();
            if (before_parent == link.parent) {
                diagnostics.warning(link.where, "'" + link.area + "' in '" + link.parent + "' is given again",
                                    "'" + link.area + "' thuộc '" + link.parent + "' được ghi lại lần nữa");
                continue;
            }
            diagnostics.error(link.where,
                              "'" + link.area + "' is given a second parent, '" +
                                  (link.parent.empty() ? std::string("(none)") : link.parent) +
                                  "'; an area is part of one parent only",
                              "'" + link.area + "' được ghi thêm một đơn vị cấp trên thứ hai, '" +
                                  (link.parent.empty() ? std::string("(không có)") : link.parent) +
                                  "'; mỗi địa bàn chỉ trực thuộc một đơn vị cấp trên");
            diagnostics.note(first->second,
                             "its first parent, '" +
                                 (before_parent.empty() ? std::string("(none)") : before_parent) +
                                 "', is given here",
                             "đơn vị cấp trên thứ nhất của nó, '" +
                                 (before_parent.empty() ? std::string("(không có)") : before_parent) +
                                 "', được ghi ở đây");
            continue;
        }
        tree.where_[link.area] = link.where;
        name(link.area, link.where);
        if (link.parent.empty()) continue;
        tree.parent_[link.area] = link.parent;
        if (std::optional<std::vector<std::string>> cycle = cycle_through(tree.parent_, link.area)) {
            diagnostics.error(
                link.where,
                "the roll-up comes back on itself: " + joined(*cycle) +
                    "; an area cannot be part of its own part",
                "bảng tổng hợp từ cấp dưới (--roll-up) quay vòng về chính nó: " + joined(*cycle, true) +
                    "; một địa bàn không thể trực thuộc đơn vị trực thuộc của chính nó");
            tree.parent_.erase(link.area);
            continue;
        }
        name(link.parent, link.where);
        tree.children_[link.parent].push_back(link.area);
    }
    // Parents bottom-up: deepest first, file order within a depth.
    std::vector<std::pair<int, std::string>> parents;
    for (const std::string& area : tree.areas_)
        if (tree.is_parent(area)) parents.emplace_back(tree.depth(area), area);
    std::stable_sort(parents.begin(), parents.end(),
                     [](const auto& a, const auto& b) { return a.first > b.first; });
    for (auto& [depth, area] : parents) tree.bottom_up_.push_back(std::move(area));
    return tree;
}

}  // namespace chitieu
