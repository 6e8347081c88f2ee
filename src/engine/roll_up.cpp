#include "chitieu/engine/roll_up.hpp"

#include <algorithm>
#include <cmath>
#include <set>

#include "chitieu/util/edit_distance.hpp"
#include "chitieu/util/unicode.hpp"
#include "chitieu/util/vietnamese_order.hpp"

namespace chitieu {

bool is_rate_series(const std::string& indicator, const std::string& unit) {
    if (indicator.ends_with("_pct") || indicator.ends_with("_rate")) return true;
    return unit.find('%') != std::string::npos || unit.find("‰") != std::string::npos ||
           unit.find('/') != std::string::npos || unit.find(" per ") != std::string::npos;
}

void check_roll_up_rules(const TargetSet& targets, Diagnostics& diagnostics) {
    std::set<std::string> said;
    const auto need = [&](const Target& target, const std::string& indicator, bool percent_target) {
        if (indicator.empty() || targets.find_series_rule(indicator) != nullptr) return;
        if (is_rate_series(indicator, percent_target ? target.unit : std::string())) return;
        if (!said.insert(indicator).second) return;
        diagnostics.error(
            target.where,
            "target " + target.id + " reads series " + indicator +
                ", and the target set does not say how it rolls up from the children to a "
                "parent (--roll-up); add to the set `series: {" +
                indicator +
                ": {aggregate: sum}}` for a level or count, `aggregate: none` to leave it "
                "out, or `aggregate: weighted_mean` with `weight: SERIES` for a rate",
            "chỉ tiêu " + target.id + " đọc chuỗi số liệu " + indicator +
                ", nhưng bộ chỉ tiêu không nói cách tổng hợp chuỗi này từ các đơn vị trực thuộc lên "
                "đơn vị cấp trên (--roll-up); hãy thêm vào bộ chỉ tiêu `series: {" +
                indicator +
                ": {aggregate: sum}}` cho giá trị tuyệt đối hoặc số đếm, `aggregate: none` để bỏ "
                "qua, hoặc `aggregate: weighted_mean` với `weight: SERIES` cho một tỷ lệ");
    };
    for (const Target& target : targets.targets) {
        need(target, target.series, target.kind == TargetKind::level);
        need(target, target.numerator, false);
        need(target, target.denominator, false);
    }
    for (const SeriesRule& rule : targets.series)
        if (!rule.weight.empty() && targets.find_series_rule(rule.weight) == nullptr)
            diagnostics.error(rule.where,
                              "series " + rule.indicator + " is weighted by " + rule.weight +
                                  ", which the series: block does not declare; add " + rule.weight +
                                  ": {aggregate: sum}",
                              "chuỗi số liệu " + rule.indicator + " lấy trọng số theo " + rule.weight +
                                  ", nhưng khối series: không khai báo " + rule.weight + "; hãy thêm " +
                                  rule.weight + ": {aggregate: sum}");
}

RollUp::RollUp(const TargetSet& targets, const Hierarchy& tree)
    : targets_(targets), zone_need_(ZoneNeed::of(targets)), tree_(&tree) {
    order_ = tree.parents_bottom_up();
    for (const std::string& parent : order_) {
        Open& open = open_[parent];
        open.zones = HeldZones(zone_need_);
        // In Vietnamese order, as every list of areas: the children-sum finding, the notes and the
        // source name them the same whatever the roll-up file's row order (the sums themselves
        // follow the order the inputs give the children).
        open.children = tree.children_of(parent);
        sort_by_vietnamese_name(open.children,
                                [](const std::string& name) -> const std::string& { return name; });
        open.seen.assign(open.children.size(), false);
        for (std::size_t i = 0; i < open.children.size(); ++i)
            place_[open.children[i]].push_back({parent, i});
    }
    for (const std::string& area : tree.areas()) where_.try_emplace(area, tree.where(area));
    if (!tree.areas().empty()) file_ = tree.where(tree.areas().front()).file;
}

RollUp::RollUp(const TargetSet& targets, const Crosswalk& crosswalk)
    : targets_(targets), zone_need_(ZoneNeed::whole()), crosswalk_(&crosswalk) {
    order_ = crosswalk.new_units;
    for (const std::string& unit : order_) {
        Open& open = open_[unit];
        open.zones = HeldZones(zone_need_);
        const bool whole = crosswalk.is_rename(unit);
        for (std::size_t index : crosswalk.parts.at(unit)) {
            const CrosswalkLink& link = crosswalk.links[index];
            place_[link.from].push_back({unit, open.children.size(), link.share, whole, false});
            open.children.push_back(link.from);
            where_.try_emplace(unit, link.where);
            where_.try_emplace(link.from, link.where);
        }
        open.seen.assign(open.children.size(), false);
    }
    // An old unit's zones go to the new unit that takes its largest share (the first such).
    for (auto& [old, places] : place_) {
        Place* largest = &places.front();
        for (Place& place : places)
            if (place.share > largest->share) largest = &place;
        largest->zones = true;
    }
    file_ = FileName(crosswalk.file);
}

SourceLocation RollUp::where(const std::string& area) const {
    auto it = where_.find(area);
    return it == where_.end() ? SourceLocation{file_} : it->second;
}

void RollUp::name_total(AreaData& area, Diagnostics& notes) const {
    if (tree_ == nullptr || !is_totals_name(area.name) || tree_->is_parent(area.name) ||
        tree_->parent_of(area.name) != nullptr)
        return;
    const std::vector<std::string> tops = tree_->top_parents();
    SourceLocation where;
    for (const auto& [indicator, series] : area.series) {
        where = series.where;
        break;
    }
    if (tops.size() != 1) {
        notes.warning(
            where,
            "the totals row '" + area.name + "' is read as an area of its own: the roll-up has " +
                std::to_string(tops.size()) +
                " top areas, so it cannot say whose total it is; name the area in the row",
            "dòng tổng '" + area.name +
                "' được đọc là một địa bàn riêng: bảng tổng hợp từ cấp dưới (--roll-up) có " +
                std::to_string(tops.size()) +
                " địa bàn cấp cao nhất nên không xác định được đây là tổng của địa bàn nào; hãy ghi "
                "tên địa bàn trong dòng này");
        return;
    }
    notes.note(
        where,
        "the totals row '" + area.name + "' is taken as " + tops.front() +
            "'s own figures (the roll-up's top area), compared with its parts' sum",
        "dòng tổng '" + area.name + "' được lấy làm số liệu riêng của " + tops.front() +
            " (địa bàn cấp cao nhất của bảng tổng hợp từ cấp dưới), và được so sánh với tổng của các đơn "
            "vị trực thuộc");
    area.name = tops.front();
}

void RollUp::keep_own(AreaData area, Diagnostics& diagnostics) {
    Open& open = open_[area.name];
    if (!open.own)
        open.own = std::move(area);
    else
        merge_area(*open.own, std::move(area), diagnostics);
}

namespace {

// 64 children a word of Part::from.
std::size_t bit_words(std::size_t children) {
    return (children + 63) / 64;
}

Standing worse(Standing a, Standing b) {
    const auto rank = [](Standing s) {
        return s == Standing::estimated ? 2 : s == Standing::preliminary ? 1 : 0;
    };
    return rank(a) >= rank(b) ? a : b;
}

}  // namespace

void RollUp::add(AreaData& area) {
    auto places = place_.find(area.name);
    if (places == place_.end()) {
        if (!is_parent(area.name)) outside_.push_back(area.name);
        return;
    }
    for (const Place& place : places->second) {
        Open& open = open_[place.parent];
        const std::size_t index = place.index;
        const std::size_t words = bit_words(open.children.size());
        open.seen[index] = true;
        if (crosswalk_ != nullptr) {
            open.sources.resize(open.children.size());
            open.sources[index] = area.source;
        }
        for (const auto& [indicator, series] : area.series) {
            const SeriesRule* rule = targets_.find_series_rule(indicator);
            Aggregate aggregate = rule ? rule->aggregate : Aggregate::none;
            if (place.whole) aggregate = Aggregate::sum;  // a rename: carried as it is
            if (aggregate == Aggregate::none) {
                if (!rule && !left_out_.count(indicator))
                    left_out_[indicator] =
                        is_rate_series(indicator, series.unit) ? "a rate, not declared" : "not declared";
                if (rule && crosswalk_ != nullptr) none_left_[place.parent].insert(indicator);
                continue;
            }
            const Series* weight = nullptr;
            if (aggregate == Aggregate::weighted_mean) {
                weight = area.find_series(rule->weight);
                if (weight == nullptr) continue;  // every year of this child is missing: noted at the end
            }
            Part& part = open.series[indicator];
            if (!part.started) {
                part.started = true;
                part.unit = series.unit;
                part.unit_where = series.unit_where;
                part.aggregate = aggregate;
                part.years.reserve(series.values.size());  // the other children mostly give the same years
                part.from.reserve(series.values.size() * words);
            } else if (part.unit != series.unit) {
                part.units_differ = true;
            }
            for (const auto& [year, observation] : series.values) {
                // sum: share x value; weighted_mean: (share x weight) x value over share x weight.
                double value = observation.value * place.share;
                double w = 0.0;
                if (weight != nullptr) {
                    auto at = weight->values.find(year);
                    if (at == weight->values.end()) continue;
                    w = at->second.value * place.share;
                    value = observation.value * w;
                }
                auto [at_year, added] = part.years.try_emplace(year);
                Sum& sum = at_year->second;
                if (added) {
                    sum.row = static_cast<std::uint32_t>(part.from.size() / words);
                    part.from.resize(part.from.size() + words, 0);
                }
                sum.value += value;
                sum.weight += w;
                part.from[sum.row * words + index / 64] |= std::uint64_t{1} << (index % 64);
                sum.standing = worse(sum.standing, observation.standing);
            }
        }
        if (place.zones) open.zones.add(area.zones);
    }
}

namespace {

std::string name_list(const std::vector<std::string>& names, bool vi = false) {
    std::string text;
    for (std::size_t i = 0; i < names.size(); ++i)
        text += (i == 0 ? "" : i + 1 == names.size() ? (vi ? " và " : " and ") : ", ") + names[i];
    return text;
}

// The children lacking a year, as make_parent's note names them, in Vietnamese: the weights'
// stand-in "(weights summing to 0 in W)" in its words, the children's names as they are.
std::vector<std::string> lacking_vi(std::vector<std::string> names) {
    static const std::string kWeights = "(weights summing to 0 in ";
    for (std::string& name : names)
        if (name.starts_with(kWeights) && name.ends_with(")"))
            name = "(trọng số " + name.substr(kWeights.size(), name.size() - kWeights.size() - 1) +
                   " có tổng bằng 0)";
    return names;
}

// "2021, 2023–2025"
std::string year_list(const std::vector<int>& years) {
    std::string text;
    for (std::size_t i = 0; i < years.size();) {
        std::size_t j = i;
        while (j + 1 < years.size() && years[j + 1] == years[j] + 1) ++j;
        text += (text.empty() ? "" : ", ") + std::to_string(years[i]);
        if (j > i) text += "–" + std::to_string(years[j]);
        i = j + 1;
    }
    return text;
}

}  // namespace

AreaData RollUp::make_parent(const std::string& name, Open& open, Diagnostics& notes,
                             std::vector<Finding>& findings, const NumberText& number) {
    const SourceLocation here = where(name);
    AreaData parent;
    if (open.own) parent = std::move(*open.own);
    parent.name = name;
    const std::size_t n = open.children.size();
    const std::size_t words = bit_words(n);
    // Years not summed, grouped by the children that lack them: one note per group.
    std::map<std::vector<std::string>, std::map<std::string, std::vector<int>>> missing;
    for (auto& [indicator, part] : open.series) {
        const SeriesRule* rule = targets_.find_series_rule(indicator);
        const std::string weight_name = rule ? rule->weight : std::string();
        if (part.units_differ) {
            notes.warning(
                here,
                name + ": " + indicator +
                    " is not rolled up: its children give it in different "
                    "units; give them in one unit",
                name + ": " + indicator +
                    " không được tổng hợp: các đơn vị trực thuộc ghi chuỗi này theo các đơn vị tính khác "
                    "nhau; hãy dùng một đơn vị tính");
            continue;
        }
        Series summed;
        summed.indicator = indicator;
        summed.unit = part.unit;
        summed.unit_where = part.unit_where;
        summed.where = here;
        for (const auto& [year, sum] : part.years) {
            std::vector<std::string> lacking;
            const std::uint64_t* from = part.from.data() + sum.row * words;
            for (std::size_t i = 0; i < n; ++i)
                if (!((from[i / 64] >> (i % 64)) & 1)) lacking.push_back(open.children[i]);
            if (!lacking.empty()) {
                missing[lacking][indicator].push_back(year);
                continue;
            }
            double value = sum.value;
            if (part.aggregate == Aggregate::weighted_mean) {
                if (!(sum.weight > 0.0)) {
                    missing[{"(weights summing to 0 in " + weight_name + ")"}][indicator].push_back(year);
                    continue;
                }
                value = sum.value / sum.weight;
            }
            if (!std::isfinite(value)) continue;
            summed.values.try_emplace(year, Observation{value, here, Written::plain, sum.standing});
        }
        const Series* own = parent.find_series(indicator);
        if (own == nullptr) {
            if (!summed.values.empty()) parent.series.emplace(indicator, std::move(summed));
            continue;
        }
        // The parent's own figures stand; each year that both give is compared.
        for (const auto& [year, given] : own->values) {
            auto it = summed.values.find(year);
            if (it == summed.values.end()) continue;
            const double sum = it->second.value;
            const double tolerance = kChildrenSumTolerance * std::fabs(given.value);
            if (std::fabs(given.value - sum) <= tolerance) continue;
            const double gap = std::fabs(sum - given.value);
            const std::string side = sum < given.value ? " below it" : " above it";
            const bool mean = part.aggregate == Aggregate::weighted_mean;
            const std::string percent =
                given.value != 0.0 ? number(100.0 * gap / std::fabs(given.value), 2) : std::string();
            findings.push_back(
                {kRuleChildrenSum,
                 {Severity::warning, given.where,
                  name + " " + std::to_string(year) + ": " + indicator + " is given as " +
                      number(given.value, 3) + ", and its " + std::to_string(n) + " children (" +
                      name_list(open.children) + ") " +
                      (part.aggregate == Aggregate::weighted_mean ? "average" : "sum") + " to " +
                      number(sum, 3) + ", " + number(gap, 3) + side +
                      (given.value != 0.0 ? " (" + number(100.0 * gap / std::fabs(given.value), 2) + " %)"
                                          : std::string()) +
                      "; they differ by more than the tolerance, 0.1 % of the given figure. The report uses "
                      "the "
                      "given figure: check both",
                  name + " năm " + std::to_string(year) + ": " + indicator + " được ghi là " +
                      vietnamese_number(number(given.value, 3)) + ", còn " + std::to_string(n) +
                      " đơn vị trực thuộc (" + name_list(open.children, true) + ") " +
                      (mean ? "có bình quân là " : "cộng lại được ") + vietnamese_number(number(sum, 3)) +
                      ", " + (sum < given.value ? "thấp hơn " : "cao hơn ") +
                      vietnamese_number(number(gap, 3)) +
                      (percent.empty() ? std::string() : " (" + vietnamese_number(percent) + " %)") +
                      "; chênh lệch vượt quá sai số cho phép, 0,1 % của số được ghi. Báo cáo dùng số được "
                      "ghi: "
                      "hãy kiểm tra cả hai"}});
        }
    }
    for (const auto& [lacking, series] : missing) {
        std::string what, what_vi;
        for (const auto& [indicator, years] : series) {
            what += (what.empty() ? "" : "; ") + indicator + " " + year_list(years);
            what_vi += (what_vi.empty() ? "" : "; ") + indicator + " năm " + year_list(years);
        }
        notes.note(here,
                   name +
                       (crosswalk_ ? ": not mapped onto the new boundaries for " : ": not rolled up for ") +
                       what + ": no figures from " + name_list(lacking) +
                       " (a sum without them would be too small); those years stay missing",
                   name +
                       (crosswalk_ ? ": không chuyển được " + what_vi + " sang địa giới mới"
                                   : ": không tổng hợp được " + what_vi) +
                       ": không có số liệu của " + name_list(lacking_vi(lacking), true) +
                       " (tổng thiếu các đơn vị này sẽ quá nhỏ); các năm đó vẫn để trống");
    }
    if (auto left = none_left_.find(name); left != none_left_.end() && !left->second.empty())
        notes.note(
            here,
            name + ": " + name_list({left->second.begin(), left->second.end()}) +
                " cannot be carried across a merge or split (aggregate: none in the target "
                "set's series: block): left out of the new unit; only a rename carries them",
            name + ": " + name_list({left->second.begin(), left->second.end()}, true) +
                " không chuyển được qua việc sáp nhập hoặc chia tách (aggregate: none trong khối series: "
                "của bộ chỉ tiêu): bỏ qua ở đơn vị mới; chỉ khi đổi tên thì mới chuyển nguyên");
    if (parent.zones.empty()) parent.zones = open.zones.take(here);
    if (crosswalk_ != nullptr) {
        parent.boundaries = "--crosswalk " + crosswalk_->file + ": " + crosswalk_->formula(name);
        // The source: the old units' sources, in the crosswalk's order, each once.
        std::vector<std::string> said;
        std::string sources;
        for (const std::string& source : open.sources)
            if (!source.empty() && std::find(said.begin(), said.end(), source) == said.end()) {
                sources += (said.empty() ? "" : "; ") + source;
                said.push_back(source);
            }
        if (parent.source.empty()) parent.source = std::move(sources);
    } else if (parent.source.empty())
        parent.source =
            (n <= 5 ? "sum of " + name_list(open.children) : "sum of its " + std::to_string(n) + " areas") +
            " (roll-up " + here.file.str() + ")";
    return parent;
}

void RollUp::finish(const std::function<void(AreaData&)>& take, Diagnostics& notes,
                    std::vector<Finding>& findings, const NumberText& number) {
    const std::string word = crosswalk_ != nullptr ? "crosswalk" : "roll-up";
    const std::string word_vi = crosswalk_ != nullptr ? "bảng chuyển đổi địa giới (--crosswalk)"
                                                      : "bảng tổng hợp từ cấp dưới (--roll-up)";
    for (const std::string& name : order_) {
        Open& open = open_[name];
        for (std::size_t i = 0; i < open.children.size(); ++i) {
            if (open.seen[i]) continue;
            std::string hint = "check its spelling against the inputs'";
            std::string hint_vi = "hãy đối chiếu cách viết với tên trong các tệp đầu vào";
            const std::string key = fold_name(open.children[i]);
            std::optional<std::size_t> best;
            for (const std::string& other : outside_) {
                const std::optional<std::size_t> distance = fold_name(other) == key
                                                                ? std::optional<std::size_t>(0)
                                                                : typo_distance(open.children[i], other);
                if (distance && (!best || *distance < *best)) {
                    best = distance;
                    hint = "did you mean '" + other + "', which the inputs have?";
                    hint_vi = "có phải là '" + other + "' (có trong các tệp đầu vào)?";
                }
            }
            notes.warning(where(open.children[i]),
                          "'" + open.children[i] + "' is in the " + word + " (part of '" + name +
                              "') but no input has figures for it; " + hint,
                          "'" + open.children[i] + "' có trong " + word_vi + " (thuộc '" + name +
                              "') nhưng không tệp đầu vào nào có số liệu của nó; " + hint_vi);
        }
        AreaData parent = make_parent(name, open, notes, findings, number);
        open = Open{};  // the sums are spent
        take(parent);
        if (tree_ != nullptr) add(parent);
    }
    if (!outside_.empty()) {
        std::string names;
        for (std::size_t i = 0; i < outside_.size() && i < 5; ++i) names += (i ? ", " : "") + outside_[i];
        if (outside_.size() > 5) names += ", …";
        const SourceLocation file{file_};
        notes.note(
            file,
            std::to_string(outside_.size()) + (outside_.size() == 1 ? " area" : " areas") +
                " with figures the " + word + " does not name (" + names +
                (crosswalk_ ? "): each is reported on its own boundaries, as the inputs give it; "
                              "add a row for it to map it"
                            : "): each is reported alone, part of no parent; add a row for it "
                              "to roll it up"),
            std::to_string(outside_.size()) + " địa bàn có số liệu nhưng không có trong " + word_vi + " (" +
                names +
                (crosswalk_ ? "): mỗi địa bàn được báo cáo theo địa giới riêng, như các tệp đầu vào ghi; "
                              "hãy thêm một dòng cho nó để chuyển đổi"
                            : "): mỗi địa bàn được báo cáo riêng, không thuộc đơn vị cấp trên nào; hãy thêm "
                              "một dòng cho nó để tổng hợp"));
    }
    for (const auto& [indicator, why] : left_out_) {
        const std::string why_vi =
            why == "a rate, not declared" ? "là tỷ lệ, không được khai báo" : "không được khai báo";
        notes.note({},
                   "series " + indicator +
                       (crosswalk_ ? " is not carried onto the new boundaries ("
                                   : " is not rolled up to the parents (") +
                       why + " in the target set's series: block); declare it there to " +
                       (crosswalk_ ? "carry it" : "roll it up"),
                   "chuỗi số liệu " + indicator +
                       (crosswalk_ ? " không được chuyển sang địa giới mới ("
                                   : " không được tổng hợp lên đơn vị cấp trên (") +
                       why_vi + " trong khối series: của bộ chỉ tiêu); hãy khai báo ở đó để " +
                       (crosswalk_ ? "chuyển" : "tổng hợp"));
    }
}

}  // namespace chitieu
