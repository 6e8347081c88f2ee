// The consistency rules of `chitieu check`. Each rule reads one area (and the target set where the
// rule needs it) and appends findings; nothing here changes the data or stops at the first problem.
#include "chitieu/engine/consistency.hpp"

#include <algorithm>
#include <cmath>
#include <iterator>
#include <optional>

#include "chitieu/engine/rates.hpp"

namespace chitieu {

namespace {

// Two rates closer than this (percentage points) agree: they print the same at 1 decimal.
constexpr double kRateTolerancePp = 0.05;

void add(std::vector<Finding>& out, const char* rule, Severity severity, const SourceLocation& where,
         std::string message, std::string message_vi) {
    out.push_back({rule, {severity, where, std::move(message), std::move(message_vi)}});
}

// " in area 'X'", or nothing for the unnamed area.
std::string in_area(const std::string& area_name) {
    return area_name.empty() ? std::string() : " in area '" + area_name + "'";
}
std::string in_area_vi(const std::string& area_name) {
    return area_name.empty() ? std::string() : " của địa bàn '" + area_name + "'";
}

bool is_percent_series(const Series& series) {
    return series.unit == "%" || series.indicator.ends_with("_pct");
}

// Indicators that count people or villages (the built-in set's names); they cannot be negative.
bool is_count_series(const Series& series) {
    return series.indicator.starts_with("employment_") || series.indicator.starts_with("villages_");
}

// A share target divides a part by its whole; each distinct pair once, with the first target's id.
struct PartWhole {
    std::string part;
    std::string whole;
    std::string target_id;
};

std::vector<PartWhole> part_whole_pairs(const TargetSet& targets) {
    std::vector<PartWhole> pairs;
    for (const Target& target : targets.targets) {
        if (target.kind != TargetKind::share || target.numerator.empty() ||
            target.numerator == target.denominator)
            continue;
        const bool seen = std::any_of(pairs.begin(), pairs.end(), [&target](const PartWhole& pair) {
            return pair.part == target.numerator && pair.whole == target.denominator;
        });
        if (!seen) pairs.push_back({target.numerator, target.denominator, target.id});
    }
    return pairs;
}

void check_part_above_whole(const TargetSet& targets, const AreaData& area, const NumberText& number,
                            std::vector<Finding>& out) {
    for (const PartWhole& pair : part_whole_pairs(targets)) {
        const Series* part = area.find_series(pair.part);
        const Series* whole = area.find_series(pair.whole);
        if (!part || !whole) continue;
        for (const auto& [year, observation] : part->values) {
            const auto match = whole->values.find(year);
            if (match == whole->values.end() || observation.value <= match->second.value) continue;
            const std::string when = std::to_string(year);
            const std::string part_value = number(observation.value, 4);
            const std::string whole_value = number(match->second.value, 4);
            add(out, kRulePartAboveWhole, Severity::error, observation.where,
                pair.part + " (" + part_value + ") is more than " + pair.whole + " (" + whole_value +
                    ") in " + when + ", but it is a part of it (target '" + pair.target_id +
                    "' divides one by the other); check both figures",
                pair.part + " (" + vietnamese_number(part_value) + ") lớn hơn " + pair.whole + " (" +
                    vietnamese_number(whole_value) + ") năm " + when + ", nhưng nó là một phần của " +
                    pair.whole + " (chỉ tiêu '" + pair.target_id +
                    "' lấy số này chia cho số kia); hãy kiểm tra cả hai số liệu");
            add(out, kRulePartAboveWhole, Severity::note, match->second.where,
                pair.whole + " for " + when + " is here", pair.whole + " năm " + when + " ở đây");
        }
    }
}

void check_percentages(const AreaData& area, const NumberText& number, std::vector<Finding>& out) {
    for (const auto& [indicator, series] : area.series) {
        if (!is_percent_series(series)) continue;
        for (const auto& [year, observation] : series.values) {
            if (observation.value >= 0.0 && observation.value <= 100.0) continue;
            const std::string value = number(observation.value, 4);
            add(out, kRuleShareOver100, Severity::error, observation.where,
                indicator + " is " + value + " % in " + std::to_string(year) +
                    "; a percentage lies between 0 and 100: check the value, or the unit if it is not a "
                    "percentage",
                indicator + " là " + vietnamese_number(value) + " % năm " + std::to_string(year) +
                    "; tỷ lệ phần trăm phải nằm trong khoảng 0 đến 100: hãy kiểm tra giá trị, hoặc đơn vị "
                    "tính "
                    "nếu đó không phải là phần trăm");
        }
    }
}

void check_negative_counts(const AreaData& area, const NumberText& number, std::vector<Finding>& out) {
    for (const auto& [indicator, series] : area.series) {
        if (!is_count_series(series)) continue;
        for (const auto& [year, observation] : series.values) {
            if (observation.value >= 0.0) continue;
            const std::string value = number(observation.value, 4);
            add(out, kRuleNegativeCount, Severity::error, observation.where,
                indicator + " is " + value + " in " + std::to_string(year) +
                    "; it counts people or villages and cannot be negative: check the sign",
                indicator + " là " + vietnamese_number(value) + " năm " + std::to_string(year) +
                    "; chỉ tiêu này đếm số người hoặc số thôn, bản nên không thể âm: hãy kiểm tra dấu");
        }
    }
}

// A missing year inside a series hides the trend and can move the base year: one warning per
// gap (a run of missing years), at the first value after it (where the missing ones would go).
void check_gaps(const AreaData& area, std::vector<Finding>& out) {
    for (const auto& [indicator, series] : area.series) {
        std::optional<int> previous;
        for (const auto& [year, observation] : series.values) {
            if (previous && year > *previous + 1) {
                const int first = *previous + 1;
                const int last = year - 1;
                const std::string missing =
                    first == last ? "no value for " + std::to_string(first)
                                  : "no values for " + std::to_string(first) + "–" + std::to_string(last);
                const std::string missing_vi =
                    first == last ? "năm " + std::to_string(first)
                                  : "các năm " + std::to_string(first) + "–" + std::to_string(last);
                add(out, kRuleSeriesGap, Severity::warning, observation.where,
                    indicator + " has " + missing + ", between " + std::to_string(*previous) + " and " +
                        std::to_string(year) +
                        (first == last ? "; add it if it is published" : "; add them if they are published"),
                    indicator + " không có giá trị " + missing_vi + ", giữa năm " +
                        std::to_string(*previous) + " và năm " + std::to_string(year) +
                        "; hãy bổ sung nếu số liệu đã được công bố");
            }
            previous = year;
        }
    }
}

void check_period(const TargetSet& targets, const AreaData& area, std::vector<Finding>& out) {
    if (targets.base_year == 0 && targets.end_year == 0) return;  // a set without a period
    for (const auto& [indicator, series] : area.series) {
        std::string years;
        std::size_t count = 0;
        const SourceLocation* first = nullptr;
        for (const auto& [year, observation] : series.values) {
            if (year >= targets.base_year && year <= targets.end_year) continue;
            years += (count++ == 0 ? "" : ", ") + std::to_string(year);
            if (!first) first = &observation.where;
        }
        if (!first) continue;
        const std::string period = std::to_string(targets.base_year) + "–" + std::to_string(targets.end_year);
        add(out, kRuleYearOutsidePeriod, Severity::warning, *first,
            indicator + (count == 1 ? " has a value for " : " has values for ") + years +
                ", outside the plan period " + period + " of target set '" + targets.id +
                "'; check the years",
            indicator + (count == 1 ? " có giá trị năm " : " có giá trị các năm ") + years +
                ", ngoài kỳ kế hoạch " + period + " của bộ chỉ tiêu '" + targets.id +
                "'; hãy kiểm tra các năm");
    }
}

// A figure for the plan's last year that its publisher has not made final ("Ước 2025", OBS_STATUS
// E): a review as of that year is the final one and would rest on it. The first such year per series.
void check_final_on_estimate(const TargetSet& targets, const AreaData& area, std::vector<Finding>& out) {
    if (targets.end_year == 0) return;
    for (const auto& [indicator, series] : area.series) {
        for (const auto& [year, observation] : series.values) {
            if (year < targets.end_year || observation.standing == Standing::normal) continue;
            add(out, kRuleFinalOnEstimate, Severity::warning, observation.where,
                indicator + "'s " + std::to_string(year) + " figure is " +
                    standing_name(observation.standing) + ": a review as of " +
                    std::to_string(targets.end_year) +
                    ", the plan's last year, rests on it and may change with the final figure",
                "số liệu năm " + std::to_string(year) + " của " + indicator + " là số " +
                    (observation.standing == Standing::estimated ? "ước tính" : "sơ bộ") +
                    ": báo cáo đánh giá tính đến năm " + std::to_string(targets.end_year) +
                    ", năm cuối của kỳ kế hoạch, dựa vào số liệu này và có thể thay đổi khi có số liệu chính "
                    "thức");
            break;
        }
    }
}

// A level target X in year T implies a compound rate from the base value; a growth target on the
// same series and year states one. When both are floors (or both ceilings) the stricter binds;
// a floor and a ceiling that leave no rate between them cannot both be met.
void check_level_growth(const TargetSet& targets, const AreaData& area, const NumberText& number,
                        std::vector<TargetPairFinding>& out) {
    const bool builtin = targets.origin.starts_with("builtin:");
    for (const Target& growth : targets.targets) {
        if (growth.kind != TargetKind::growth) continue;
        const Series* series = area.find_series(growth.series);
        if (!series) continue;
        for (const Target& level : targets.targets) {
            if (level.kind != TargetKind::level || level.series != growth.series || level.year != growth.year)
                continue;
            // The base year's value, else the first later one (as the evaluation falls back).
            const auto base = series->values.lower_bound(growth.base_year);
            if (base == series->values.end() || base->first >= level.year) continue;
            const std::optional<double> rate =
                compound_rate(base->second.value, level.value, static_cast<double>(level.year - base->first));
            if (!rate) continue;
            const double needed = *rate * 100.0;
            if (std::fabs(needed - growth.value) <= kRateTolerancePp) continue;

            const int direction = op_direction(level.op);
            const bool same_direction = direction == op_direction(growth.op);
            const std::string asked = same_direction
                                          ? number(growth.value, 4)
                                          : std::string(op_symbol(growth.op)) + " " + number(growth.value, 4);
            std::string message = "reaching " + number(level.value, 4) + " in " + std::to_string(level.year) +
                                  " (target '" + level.id + "') needs " + number(needed, 1) +
                                  " %/yr from the " + std::to_string(base->first) + " value " +
                                  number(base->second.value, 4) + "; the growth target '" + growth.id +
                                  "' asks " + asked + " %/yr";
            std::string message_vi =
                "để đạt " + vietnamese_number(number(level.value, 4)) + " năm " + std::to_string(level.year) +
                " (chỉ tiêu '" + level.id + "') cần tăng " + vietnamese_number(number(needed, 1)) +
                " %/năm từ giá trị năm " + std::to_string(base->first) + " là " +
                vietnamese_number(number(base->second.value, 4)) + "; chỉ tiêu tốc độ tăng trưởng '" +
                growth.id + "' yêu cầu " + vietnamese_number(asked) + " %/năm";
            // A target set's own file is where to fix it; the built-in set is no file a user can
            // open (nor one a pull request's annotation can land on): the base value is.
            const SourceLocation& where = builtin ? base->second.where : level.where;
            const bool level_stricter = direction * (needed - growth.value) > 0.0;
            if (same_direction) {
                message += level_stricter ? ": the level target is the binding one"
                                          : ": the growth target is the binding one";
                message_vi += level_stricter ? ": chỉ tiêu giá trị tuyệt đối là chỉ tiêu ràng buộc"
                                             : ": chỉ tiêu tốc độ tăng trưởng là chỉ tiêu ràng buộc";
                out.push_back({&level,
                               &growth,
                               {kRuleLevelGrowthDisagree, {Severity::note, where, message, message_vi}}});
            } else if (level_stricter) {
                message += ": both cannot be met; check the two targets' op and value";
                message_vi += ": không thể đạt cả hai; hãy kiểm tra op và value của hai chỉ tiêu";
                out.push_back({&level,
                               &growth,
                               {kRuleLevelGrowthDisagree, {Severity::warning, where, message, message_vi}}});
            }
        }
    }
}

// At or beyond this factor a unit-less level is taken for another scale: nghìn (10³) is the
// smallest step between the scales statistics are published in; 300 leaves room for a series
// that has grown or shrunk a good deal against its target and still calls 23.7 against 27,700.
constexpr double kScaleFactor = 300.0;

bool percent_unit(const std::string& unit) {
    return unit == "%";
}

// "thousands", "millions", ... for 10^(3 steps).
std::string scale_words(int steps) {
    static const char* const kWords[] = {"thousands", "millions", "billions"};
    if (steps >= 1 && steps <= 3) return kWords[steps - 1];
    return "10^" + std::to_string(3 * steps);
}
// "nghìn", "triệu", "tỷ", ... for 10^(3 steps).
std::string scale_words_vi(int steps) {
    static const char* const kWords[] = {"nghìn", "triệu", "tỷ"};
    if (steps >= 1 && steps <= 3) return kWords[steps - 1];
    return "10^" + std::to_string(3 * steps);
}

void check_scale_mismatch(const Target& target, const Series& series, const std::string& area_name,
                          const NumberText& number, std::vector<Finding>& out) {
    const auto& [year, latest] = *series.values.rbegin();
    const double value = std::fabs(latest.value);
    const double goal = std::fabs(target.value);
    if (value == 0.0 || goal == 0.0) return;
    const double ratio = goal / value;
    if (ratio < kScaleFactor && ratio > 1.0 / kScaleFactor) return;
    // Written like a thousands group ("23.730") among values as many times larger: the unit-slip
    // rule (model/rules.hpp) has refused it already, with both readings.
    if (latest.written != Written::plain &&
        std::any_of(series.values.begin(), series.values.end(), [value](const auto& other) {
            return std::fabs(other.second.value) >= kScaleFactor * value;
        }))
        return;
    // The likely scale: the power of a thousand nearest to the ratio, at least one step.
    const int steps = std::max(1, static_cast<int>(std::lround(std::fabs(std::log10(ratio)) / 3.0)));
    const bool below = ratio > 1.0;
    const std::string unit = target.unit.empty() ? std::string() : " " + target.unit;
    // The unit without its price basis ("billion VND" of "billion VND, 2010 prices"): the scale
    // is the question, the basis stays what it is.
    const std::string scaled = target.unit.substr(0, target.unit.find(','));
    std::string question;
    if (!series.unit.empty()) {
        // The file gave a unit, and the values, read in it, are still a thousand times off: the
        // unit column is the likely slip (values in người under "nghìn người"). Unless the series
        // itself jumps that much: the unit-slip rule (model/rules.hpp) has warned of the jump.
        const auto [low, high] =
            std::minmax_element(series.values.begin(), series.values.end(), [](const auto& a, const auto& b) {
                return std::fabs(a.second.value) < std::fabs(b.second.value);
            });
        if (std::fabs(high->second.value) >= kScaleFactor * std::fabs(low->second.value)) return;
        const std::string given =
            series.converted_from.empty()
                ? "in " + series.unit + " as the file gives it"
                : "once converted from '" + series.converted_from + "', as the file gives it";
        const std::string given_vi = series.converted_from.empty()
                                         ? "theo " + series.unit + " như tệp ghi"
                                         : "sau khi quy đổi từ '" + series.converted_from + "' như tệp ghi";
        add(out, kRuleScaleMismatch, Severity::warning,
            series.unit_where.line > 0 ? series.unit_where : latest.where,
            series.indicator + in_area(area_name) + " is " + number(latest.value, 4) + " in " +
                std::to_string(year) + " " + given + ", " + number(below ? ratio : 1.0 / ratio, 0) +
                (below ? " times below" : " times above") + " the target '" + target.id + "' (" +
                number(target.value, 4) + unit +
                "): is the unit right? Correct the unit, or the values, so that they agree",
            series.indicator + in_area_vi(area_name) + " là " + vietnamese_number(number(latest.value, 4)) +
                " năm " + std::to_string(year) + " " + given_vi + ", " + (below ? "thấp hơn " : "cao hơn ") +
                vietnamese_number(number(below ? ratio : 1.0 / ratio, 0)) + " lần so với chỉ tiêu '" +
                target.id + "' (" + vietnamese_number(number(target.value, 4)) + unit +
                "): đơn vị tính có đúng không? Hãy sửa đơn vị tính, hoặc các giá trị, cho khớp nhau");
        return;
    }
    std::string question_vi;
    if (below) {
        question = scaled.empty() ? "is it in " + scale_words(steps) + "?"
                                  : "is it in " + scale_words(steps) + " of " + scaled + "?";
        question_vi = "có phải số liệu tính theo " + scale_words_vi(steps) +
                      (scaled.empty() ? std::string() : " " + scaled) + "?";
    } else {
        const std::string factor = number(std::pow(1000.0, steps), 0);
        question = "is it in a unit " + factor + " times smaller" +
                   (scaled.empty() ? std::string() : " than " + scaled) + "?";
        question_vi = "có phải số liệu tính theo một đơn vị nhỏ hơn " +
                      (scaled.empty() ? std::string() : scaled + " ") + vietnamese_number(factor) + " lần?";
    }
    add(out, kRuleScaleMismatch, Severity::warning, latest.where,
        series.indicator + in_area(area_name) + " is " + number(latest.value, 4) + " in " +
            std::to_string(year) + ", with no unit given, " + number(below ? ratio : 1.0 / ratio, 0) +
            (below ? " times below" : " times above") + " the target '" + target.id + "' (" +
            number(target.value, 4) + unit + "): " + question +
            " Give the unit, or the values in the target's unit",
        series.indicator + in_area_vi(area_name) + " là " + vietnamese_number(number(latest.value, 4)) +
            " năm " + std::to_string(year) + ", không ghi đơn vị tính, " +
            (below ? "thấp hơn " : "cao hơn ") + vietnamese_number(number(below ? ratio : 1.0 / ratio, 0)) +
            " lần so với chỉ tiêu '" + target.id + "' (" + vietnamese_number(number(target.value, 4)) + unit +
            "): " + question_vi + " Hãy ghi đơn vị tính, hoặc ghi các giá trị theo đơn vị của chỉ tiêu");
}

void check_percent_fraction(const Target& target, const Series& series, const std::string& area_name,
                            const NumberText& number, std::vector<Finding>& out) {
    bool any_above_zero = false;
    for (const auto& [year, observation] : series.values) {
        if (observation.value < 0.0 || observation.value > 1.0) return;
        any_above_zero = any_above_zero || observation.value > 0.0;
    }
    if (!any_above_zero) return;
    const auto& [year, latest] = *series.values.rbegin();
    const std::string value = number(latest.value, 4);
    const std::string goal = number(target.value, 4);
    const std::string percent = number(latest.value * 100.0, 4);
    add(out, kRulePercentAsFraction, Severity::warning, latest.where,
        series.indicator + in_area(area_name) + " is " + value + " in " + std::to_string(year) +
            " and all its values lie between 0 and 1, " + "against the target '" + target.id + "' of " +
            goal + " %: " + value + ": a fraction of 1? as a percentage that is " + percent +
            " %; give the values in percent",
        series.indicator + in_area_vi(area_name) + " là " + vietnamese_number(value) + " năm " +
            std::to_string(year) +
            " và mọi giá trị của nó đều nằm trong khoảng 0 đến 1, trong khi chỉ tiêu '" + target.id +
            "' là " + vietnamese_number(goal) + " %: " + vietnamese_number(value) +
            " là phân số của 1? Tính theo phần trăm thì đó là " + vietnamese_number(percent) +
            " %; hãy ghi các giá trị theo phần trăm");
}

}  // namespace

std::string vietnamese_number(std::string english) {
    for (char& c : english) c = c == ',' ? '.' : c == '.' ? ',' : c;
    return english;
}

std::vector<Finding> check_scales(const TargetSet& targets, const AreaData& area, const NumberText& number) {
    std::vector<Finding> out;
    std::vector<const Series*> warned;  // one warning per series, for the first target it misfits
    for (const Target& target : targets.targets) {
        if (target.kind != TargetKind::level) continue;
        const Series* series = area.find_series(target.series);
        if (!series || series->values.empty()) continue;
        if (std::find(warned.begin(), warned.end(), series) != warned.end()) continue;
        const std::size_t before = out.size();
        const bool percent = percent_unit(target.unit) || is_percent_series(*series);
        if (percent) {
            if ((series->unit.empty() || percent_unit(series->unit)) && op_direction(target.op) > 0 &&
                target.value > 1.0)
                check_percent_fraction(target, *series, area.name, number, out);
        } else {
            check_scale_mismatch(target, *series, area.name, number, out);
        }
        if (out.size() > before) warned.push_back(series);
    }
    return out;
}

const std::vector<std::string>& consistency_rules() {
    static const std::vector<std::string> rules = {
        kRulePartAboveWhole, kRuleShareOver100,      kRuleNegativeCount,
        kRuleSeriesGap,      kRuleYearOutsidePeriod, kRuleFinalOnEstimate,
        kRuleScaleMismatch,  kRulePercentAsFraction, kRuleLevelGrowthDisagree,
    };
    return rules;
}

std::vector<Finding> check_area(const TargetSet& targets, const AreaData& area, const NumberText& number) {
    std::vector<Finding> out;
    check_part_above_whole(targets, area, number, out);
    check_percentages(area, number, out);
    check_negative_counts(area, number, out);
    check_gaps(area, out);
    check_period(targets, area, out);
    check_final_on_estimate(targets, area, out);
    std::vector<Finding> scales = check_scales(targets, area, number);
    out.insert(out.end(), std::make_move_iterator(scales.begin()), std::make_move_iterator(scales.end()));
    return out;
}

std::vector<TargetPairFinding> check_target_pairs(const TargetSet& targets, const AreaData& area,
                                                  const NumberText& number) {
    std::vector<TargetPairFinding> out;
    check_level_growth(targets, area, number, out);
    return out;
}

std::vector<Finding> check_consistency(const TargetSet& targets, const Dataset& data,
                                       const NumberText& number) {
    std::vector<Finding> out;
    for (const AreaData& area : data.areas) {
        std::vector<Finding> found = check_area(targets, area, number);
        out.insert(out.end(), std::make_move_iterator(found.begin()), std::make_move_iterator(found.end()));
        for (TargetPairFinding& pair : check_target_pairs(targets, area, number))
            out.push_back(std::move(pair.finding));
    }
    return out;
}

}  // namespace chitieu
