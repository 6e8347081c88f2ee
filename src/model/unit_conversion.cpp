// The unit rule: series brought to their targets' units, or refused with a located error.
#include "chitieu/model/unit_conversion.hpp"

#include <algorithm>
#include <cmath>
#include <set>
#include <utility>
#include <vector>

namespace chitieu {

namespace {

std::string in_area(const AreaData& area) {
    return area.name.empty() ? std::string() : " in area '" + area.name + "'";
}
std::string in_area_vi(const AreaData& area) {
    return area.name.empty() ? std::string() : " của địa bàn '" + area.name + "'";
}

// "'triệu USD' (money in USD)", "'tỷ đồng, giá hiện hành' (money in VND, current prices)".
std::string described(const std::string& text, const Unit& unit) {
    const std::string basis = basis_words(unit);
    return "'" + text + "' (" + quantity_words(unit.quantity) + (basis.empty() ? "" : ", " + basis) + ")";
}
std::string described_vi(const std::string& text, const Unit& unit) {
    const std::string basis = basis_words_vi(unit);
    return "'" + text + "' (" + quantity_words_vi(unit.quantity) + (basis.empty() ? "" : ", " + basis) + ")";
}

// A message's two forms, for the words that name the other side of a disagreement.
struct Words {
    std::string en, vi;
};

class UnitRule {
public:
    UnitRule(AreaData& area, UnitCache& cache, Diagnostics& diagnostics)
        : area_(area), cache_(cache), diagnostics_(diagnostics) {}

    void level(const Target& target) {
        Series* series = with_unit(target.series);
        if (series == nullptr || !target.measure) return;
        const Unit* given = read(*series);
        if (given == nullptr) return;
        if (pinned(series) != nullptr) return;  // another level target on it came first
        const Unit& wanted = *target.measure;
        const auto whose = [&] {
            return Words{"target '" + target.id + "' is in " + described(target.unit, wanted),
                         "chỉ tiêu '" + target.id + "' tính bằng " + described_vi(target.unit, wanted)};
        };
        if (!agree(*series, *given, wanted, whose)) return;
        if (!same_scale(given->scale, wanted.scale)) convert(*series, *given, wanted, target.unit);
        pinned_.emplace_back(series, &wanted);
    }

    void share(const Target& target) {
        Series* numerator = with_unit(target.numerator);
        Series* denominator = with_unit(target.denominator);
        if (numerator == nullptr || denominator == nullptr || numerator == denominator) return;
        const Unit* top = current(*numerator);
        const Unit* bottom = current(*denominator);
        if (top == nullptr || bottom == nullptr) return;
        const auto whose = [&] {
            return Words{"the denominator " + denominator->indicator + " of share '" + target.id +
                             "' is in " + described(denominator->unit, *bottom) +
                             "; a share's parts must share a unit",
                         "mẫu số " + denominator->indicator + " của tỷ lệ '" + target.id + "' tính bằng " +
                             described_vi(denominator->unit, *bottom) +
                             "; tử số và mẫu số của một tỷ lệ phải cùng đơn vị tính"};
        };
        if (!agree(*numerator, *top, *bottom, whose)) return;
        if (same_scale(top->scale, bottom->scale)) return;
        // Units read from the cache or a target live as long as the rule: pointers stay good.
        if (pinned(numerator) == nullptr) {
            convert(*numerator, *top, *bottom, denominator->unit);
            pinned_.emplace_back(numerator, bottom);
        } else if (pinned(denominator) == nullptr) {
            convert(*denominator, *bottom, *top, numerator->unit);
            pinned_.emplace_back(denominator, top);
        }
    }

private:
    Series* with_unit(const std::string& indicator) {
        auto it = area_.series.find(indicator);
        return it == area_.series.end() || it->second.unit.empty() ? nullptr : &it->second;
    }

    SourceLocation unit_place(const Series& series) const {
        return series.unit_where.line != 0 || series.where.line == 0 ? series.unit_where : series.where;
    }

    // The series' unit as the input gives it; an error (once) when the vocabulary cannot read it.
    const Unit* read(const Series& series) {
        const UnitReading& reading = cache_.read(series.unit);
        if (reading.unit) return &*reading.unit;
        if (reported_.insert(&series).second)
            diagnostics_.error(
                unit_place(series),
                "unknown unit '" + series.unit + "' for " + series.indicator + in_area(area_) + ": " +
                    reading.problem +
                    (reading.suggestion.empty() ? std::string()
                                                : "; did you mean '" + reading.suggestion + "'?") +
                    " (`chitieu units` lists the units)",
                "không nhận ra đơn vị tính '" + series.unit + "' của " + series.indicator +
                    in_area_vi(area_) + ": " + reading.problem_vi +
                    (reading.suggestion.empty() ? std::string()
                                                : "; có phải là '" + reading.suggestion + "'?") +
                    " (`chitieu units` liệt kê các đơn vị tính)");
        return nullptr;
    }

    const Unit* pinned(const Series* series) const {
        for (const auto& [which, unit] : pinned_)
            if (which == series) return unit;
        return nullptr;
    }

    // The unit the series is in now: a level target's, once converted to it.
    const Unit* current(const Series& series) {
        const Unit* unit = pinned(&series);
        return unit != nullptr ? unit : read(series);
    }

    // `whose` words the other side, only when there is an error to word (a commune-scale input
    // passes here 10,600 times a target).
    template <typename Whose>
    bool agree(const Series& series, const Unit& given, const Unit& wanted, const Whose& whose) {
        std::string problem, problem_vi;
        if (given.quantity != wanted.quantity) {
            problem =
                "another quantity cannot be converted; give the series in " + quantity_words(wanted.quantity);
            problem_vi = "không thể quy đổi từ một đại lượng khác; hãy ghi chuỗi số liệu theo " +
                         quantity_words_vi(wanted.quantity);
        } else if (given.basis != PriceBasis::none && wanted.basis != PriceBasis::none &&
                   (given.basis != wanted.basis || given.basis_year != wanted.basis_year)) {
            problem = "figures at another price basis cannot be compared; give the series at " +
                      basis_words(wanted);
            problem_vi = "không thể so sánh số liệu theo loại giá khác; hãy ghi chuỗi số liệu theo " +
                         basis_words_vi(wanted);
        }
        if (problem.empty()) return true;
        if (reported_.insert(&series).second) {
            const Words other = whose();
            diagnostics_.error(unit_place(series),
                               series.indicator + in_area(area_) + " is in " + described(series.unit, given) +
                                   ", but " + other.en + ": " + problem,
                               series.indicator + in_area_vi(area_) + " tính bằng " +
                                   described_vi(series.unit, given) + ", nhưng " + other.vi + ": " +
                                   problem_vi);
        }
        return false;
    }

    void convert(Series& series, const Unit& from, const Unit& to, const std::string& to_text) {
        for (const auto& [year, observation] : series.values) {
            if (std::isfinite(convert_value(observation.value, from.scale, to.scale))) continue;
            diagnostics_.error(observation.where,
                               series.indicator + in_area(area_) + " " + std::to_string(year) +
                                   ": this value in '" + series.unit + "' is too large to convert to '" +
                                   to_text + "'; check the value and the unit",
                               series.indicator + in_area_vi(area_) + " năm " + std::to_string(year) +
                                   ": giá trị này theo '" + series.unit + "' quá lớn để quy đổi sang '" +
                                   to_text + "'; hãy kiểm tra giá trị và đơn vị tính");
            return;  // left as given: the run fails on the error
        }
        for (auto& [year, observation] : series.values)
            observation.value = convert_value(observation.value, from.scale, to.scale);
        series.converted_from = series.unit;
        series.unit = to_text;
    }

    AreaData& area_;
    UnitCache& cache_;
    Diagnostics& diagnostics_;
    // Series already in a target's unit (a vector: a dozen series, and no allocation per lookup).
    std::vector<std::pair<const Series*, const Unit*>> pinned_;
    std::set<const Series*> reported_;
};

// Series that level targets with a unit read and that give none are read in the target's unit:
// said once per input, in a note at the first such series, naming each series of it and the unit
// assumed (the first area's; an input's areas give the same series).
}  // namespace

void note_assumed_units(const TargetSet& targets, const AreaData& area, AssumedUnitNotes& said,
                        Diagnostics& diagnostics) {
    struct Assumed {
        const Series* series;
        const Target* target;
    };
    std::vector<Assumed> assumed;
    for (const Target& target : targets.targets) {
        if ((target.kind != TargetKind::level && target.kind != TargetKind::cumulative) || !target.measure ||
            target.unit.empty())
            continue;
        const Series* series = area.find_series(target.series);
        if (series == nullptr || !series->unit.empty() || series->values.empty()) continue;
        if (std::none_of(assumed.begin(), assumed.end(),
                         [&](const Assumed& a) { return a.series == series; }))
            assumed.push_back({series, &target});
    }
    std::vector<FileName> inputs;
    for (const Assumed& a : assumed)
        if (std::find(inputs.begin(), inputs.end(), a.series->where.file) == inputs.end())
            inputs.push_back(a.series->where.file);
    for (const FileName& input : inputs) {
        if (std::find(said.inputs.begin(), said.inputs.end(), input) != said.inputs.end()) continue;
        said.inputs.push_back(input);
        std::string list, list_vi;
        SourceLocation where;
        for (const Assumed& a : assumed) {
            if (!(a.series->where.file == input)) continue;
            if (where.file.empty()) where = a.series->where;
            const std::string one = a.series->indicator + " in " + a.target->unit;
            const std::string one_vi = a.series->indicator + " theo " + a.target->unit;
            list += (list.empty() ? "" : "; ") + one;
            list_vi += (list_vi.empty() ? "" : "; ") + one_vi;
        }
        diagnostics.add({Severity::note, where,
                         "no unit given: read in the targets' units: " + list +
                             ". Give the unit (a unit column, or unit:) if the figures are in another",
                         "không ghi đơn vị tính: đọc theo đơn vị của chỉ tiêu: " + list_vi +
                             ". Nếu số liệu theo đơn vị khác, hãy ghi đơn vị (cột ĐVT, hoặc unit:)"});
    }
}

void convert_units(const TargetSet& targets, AreaData& area, UnitCache& cache, Diagnostics& diagnostics) {
    // Most commune-scale tables give no unit: one pass over the series, no lookups, for those.
    if (std::none_of(area.series.begin(), area.series.end(),
                     [](const auto& s) { return !s.second.unit.empty(); }))
        return;
    UnitRule rule(area, cache, diagnostics);
    for (const Target& target : targets.targets)
        if (target.kind == TargetKind::level || target.kind == TargetKind::cumulative) rule.level(target);
    for (const Target& target : targets.targets)
        if (target.kind == TargetKind::share) rule.share(target);
}

}  // namespace chitieu
