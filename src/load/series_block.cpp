#include "series_block.hpp"

namespace chitieu::yaml_support {

namespace {

constexpr std::string_view kRuleKeys[] = {"aggregate", "weight"};
constexpr std::string_view kAggregates[] = {"sum", "none", "weighted_mean"};  // Aggregate order

std::optional<SeriesRule> read_rule(YamlFile& file, const Field& entry) {
    SeriesRule rule;
    rule.indicator = entry.key;
    rule.where = file.at(entry.key_node);
    if (!is_indicator_name(entry.key)) {
        file.error(rule.where, indicator_name_error(entry.key), indicator_name_error_vi(entry.key));
        return std::nullopt;
    }
    if (!entry.value.IsMap()) {
        file.error(
            where(file, entry),
            "series " + entry.key + " must be a map like {aggregate: sum}; found " + describe(entry.value),
            "chuỗi số liệu " + entry.key + " phải là một map như {aggregate: sum}; ở đây là " +
                describe_vi(entry.value));
        return std::nullopt;
    }
    const std::size_t errors_before = file.error_count();
    const Mapping fields(file, entry.value, kRuleKeys, "in a series", "trong một chuỗi số liệu");
    const Field* aggregate = fields.find("aggregate");
    const Field* weight = fields.find("weight");
    if (!aggregate || aggregate->value.IsNull()) {
        file.error(aggregate ? where(file, *aggregate) : where(file, entry),
                   "series " + entry.key + " needs `aggregate:` (sum, none or weighted_mean)",
                   "chuỗi số liệu " + entry.key + " cần `aggregate:` (sum, none hoặc weighted_mean)");
        return std::nullopt;
    }
    if (auto index = read_choice(file, *aggregate, kAggregates, "a way to aggregate", "cách tổng hợp"))
        rule.aggregate = static_cast<Aggregate>(*index);
    if (weight) {
        if (std::optional<std::string> name = read_text(file, *weight)) {
            if (!is_indicator_name(*name))
                file.error(where(file, *weight), indicator_name_error(*name), indicator_name_error_vi(*name));
            else if (*name == entry.key)
                file.error(where(file, *weight),
                           "series " + entry.key +
                               " cannot weigh itself; name "
                               "another series, such as the count it is a share of",
                           "chuỗi số liệu " + entry.key +
                               " không thể làm quyền số cho chính nó; hãy ghi tên một chuỗi số liệu khác, "
                               "như số đếm mà nó là tỷ lệ trên đó");
            rule.weight = *name;
        }
    }
    if (file.error_count() != errors_before) return std::nullopt;
    if (rule.aggregate == Aggregate::weighted_mean && rule.weight.empty()) {
        file.error(where(file, *aggregate),
                   "aggregate: weighted_mean needs `weight: SERIES`, the series "
                   "each child's value is weighted by",
                   "aggregate: weighted_mean cần `weight: SERIES`, chuỗi số liệu làm quyền số cho giá trị "
                   "của mỗi đơn vị trực thuộc");
        return std::nullopt;
    }
    if (rule.aggregate != Aggregate::weighted_mean && weight) {
        file.error(where(file, *weight),
                   "weight: applies to aggregate: weighted_mean only; "
                   "remove it or write aggregate: weighted_mean",
                   "weight: chỉ dùng với aggregate: weighted_mean; hãy xóa nó hoặc viết aggregate: "
                   "weighted_mean");
        return std::nullopt;
    }
    return rule;
}

}  // namespace

void read_series_block(YamlFile& file, const Field& field, TargetSet& set) {
    if (field.value.IsNull()) return;
    if (!field.value.IsMap()) {
        file.error(
            where(file, field),
            "series must be a map like {industrial_output: {aggregate: sum}}; found " + describe(field.value),
            "series phải là một map như {industrial_output: {aggregate: sum}}; ở đây là " +
                describe_vi(field.value));
        return;
    }
    const Mapping entries(file, field.value, {}, "in series", "trong series");
    for (const Field& entry : entries.fields())
        if (std::optional<SeriesRule> rule = read_rule(file, entry)) set.series.push_back(std::move(*rule));
    // A weight is summed across the children: one declared otherwise weighs with what?
    for (const SeriesRule& rule : set.series) {
        if (rule.weight.empty()) continue;
        const SeriesRule* weight = set.find_series_rule(rule.weight);
        if (weight && weight->aggregate != Aggregate::sum)
            file.error(rule.where,
                       "series " + rule.indicator + " is weighted by " + rule.weight +
                           ", which is declared aggregate: " + aggregate_name(weight->aggregate) +
                           "; a weight must sum (declare " + rule.weight + ": {aggregate: sum})",
                       "chuỗi số liệu " + rule.indicator + " lấy quyền số là " + rule.weight +
                           ", chuỗi này được khai báo aggregate: " + aggregate_name(weight->aggregate) +
                           "; quyền số phải được cộng dồn (hãy khai báo " + rule.weight +
                           ": {aggregate: sum})");
    }
}

}  // namespace chitieu::yaml_support
