#include "chitieu/model/crosswalk.hpp"

#include <cmath>
#include <cstdio>
#include <set>

namespace chitieu {

namespace {

// 0.6, 0.25, 0.333333 (at most six decimals, no trailing zeros)
std::string share_text(double share) {
    char buffer[32];
    std::snprintf(buffer, sizeof buffer, "%.6f", share);
    std::string text = buffer;
    while (!text.empty() && text.back() == '0') text.pop_back();
    if (!text.empty() && text.back() == '.') text.pop_back();
    return text;
}

}  // namespace

bool Crosswalk::is_rename(const std::string& new_unit) const {
    auto it = parts.find(new_unit);
    if (it == parts.end() || it->second.size() != 1) return false;
    const CrosswalkLink& link = links[it->second.front()];
    if (std::fabs(link.share - 1.0) > kCrosswalkShareTolerance) return false;
    for (const CrosswalkLink& other : links)
        if (other.from == link.from && other.to != link.to) return false;
    return true;
}

std::string Crosswalk::formula(const std::string& new_unit) const {
    std::string text = new_unit + " =";
    auto it = parts.find(new_unit);
    if (it == parts.end()) return text;
    bool first = true;
    for (std::size_t index : it->second) {
        const CrosswalkLink& link = links[index];
        text += first ? " " : " + ";
        if (link.share != 1.0) text += share_text(link.share) + " × ";
        text += link.from;
        first = false;
    }
    return text;
}

Crosswalk build_crosswalk(std::vector<CrosswalkLink> links, std::string file, Diagnostics& diagnostics) {
    Crosswalk crosswalk;
    crosswalk.file = std::move(file);
    std::set<std::pair<std::string, std::string>> pairs;
    std::vector<CrosswalkLink> kept;
    for (CrosswalkLink& link : links) {
        if (!(link.share > 0.0) || link.share > 1.0 + kCrosswalkShareTolerance) {
            diagnostics.error(link.where,
                              "the share of '" + link.from + "' that goes to '" + link.to + "' is " +
                                  share_text(link.share) + "; a share is a fraction above 0 and at most 1",
                              "tỷ lệ của '" + link.from + "' chuyển sang '" + link.to + "' là " +
                                  share_text(link.share) +
                                  "; tỷ lệ phải là một phân số lớn hơn 0 và không quá 1");
            continue;
        }
        if (!pairs.insert({link.from, link.to}).second) {
            diagnostics.error(link.where,
                              "'" + link.from + "' -> '" + link.to +
                                  "' is given twice; give each old and new unit pair once",
                              "'" + link.from + "' -> '" + link.to +
                                  "' khai báo hai lần; mỗi cặp đơn vị cũ và mới chỉ ghi một lần");
            continue;
        }
        kept.push_back(std::move(link));
    }
    // Each old unit's shares, in file order of its first row.
    std::vector<std::string> order;
    std::map<std::string, std::vector<std::size_t>> of_old;
    for (std::size_t i = 0; i < kept.size(); ++i) {
        auto [it, fresh] = of_old.try_emplace(kept[i].from);
        if (fresh) order.push_back(kept[i].from);
        it->second.push_back(i);
    }
    std::set<std::string> wrong;
    for (const std::string& old : order) {
        double sum = 0.0;
        std::string terms, terms_vi;
        for (std::size_t i : of_old[old]) {
            sum += kept[i].share;
            terms += (terms.empty() ? "" : " + ") + share_text(kept[i].share) + " to " + kept[i].to;
            terms_vi += (terms_vi.empty() ? "" : " + ") + share_text(kept[i].share) + " sang " + kept[i].to;
        }
        if (std::fabs(sum - 1.0) <= kCrosswalkShareTolerance) continue;
        wrong.insert(old);
        diagnostics.error(
            kept[of_old[old].front()].where,
            "the shares of old unit '" + old + "' sum to " + share_text(sum) + " (" + terms +
                "), not 1 (tolerance 0.001): every part of it must go to some new unit; "
                "correct the shares in its rows",
            "tổng các tỷ lệ của đơn vị cũ '" + old + "' là " + share_text(sum) + " (" + terms_vi +
                "), không phải 1 (sai số cho phép 0.001): mọi phần của nó phải chuyển sang một đơn "
                "vị mới nào đó; hãy sửa các tỷ lệ trong các dòng của nó");
    }
    for (CrosswalkLink& link : kept) {
        if (wrong.count(link.from)) continue;
        auto [it, fresh] = crosswalk.parts.try_emplace(link.to);
        if (fresh) crosswalk.new_units.push_back(link.to);
        it->second.push_back(crosswalk.links.size());
        crosswalk.links.push_back(std::move(link));
    }
    return crosswalk;
}

}  // namespace chitieu
