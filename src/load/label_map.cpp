// --map FILE: an office's labels to indicator ids and area names (label_map.hpp).
#include "chitieu/load/label_map.hpp"

#include <cmath>

#include "chitieu/load/input_file.hpp"
#include "chitieu/model/rules.hpp"
#include "chitieu/util/edit_distance.hpp"
#include "chitieu/util/unicode.hpp"
#include "yaml_support.hpp"

namespace chitieu {

namespace label_map_file {

using yaml_support::Field;
using yaml_support::Mapping;
using yaml_support::YamlFile;

constexpr std::string_view kTopKeys[] = {"indicators", "areas", "dimensions"};
constexpr std::string_view kIndicatorKeys[] = {"labels", "scale", "unit"};
constexpr std::string_view kDimensionKeys[] = {"area", "indicator", "year"};

// An error in both languages, at a place.
void error(YamlFile& file, SourceLocation where, std::string message, std::string message_vi) {
    file.diagnostics().error(std::move(where), std::move(message), std::move(message_vi));
}

// A list of labels, or one label.
std::vector<std::string> read_labels(YamlFile& file, const Field& field) {
    std::vector<std::string> labels;
    const auto one = [&](const YAML::Node& node) {
        if (!node.IsScalar() || node.Scalar().empty()) {
            error(file, file.at(node),
                  "a label must be text, such as \"GTSX công nghiệp\"; found " + yaml_support::describe(node),
                  "nhãn phải là văn bản, như \"GTSX công nghiệp\"; ở đây là " +
                      yaml_support::describe_vi(node));
            return;
        }
        labels.push_back(node.Scalar());
    };
    if (field.value.IsSequence()) {
        for (const YAML::Node& node : field.value) one(node);
    } else if (field.value.IsScalar()) {
        one(field.value);
    } else {
        error(file, where(file, field),
              "`" + field.key + "` must be a list of labels, such as [\"GTSX công nghiệp\"]; found " +
                  yaml_support::describe(field.value),
              "`" + field.key + "` phải là một danh sách nhãn, như [\"GTSX công nghiệp\"]; ở đây là " +
                  yaml_support::describe_vi(field.value));
    }
    return labels;
}

void read_indicators(YamlFile& file, const Field& top, LabelMap& map) {
    if (!top.value.IsMap()) {
        error(file, where(file, top),
              "indicators must be a map from indicator ids to their labels; found " +
                  yaml_support::describe(top.value),
              "indicators phải là một ánh xạ từ mã chỉ tiêu tới các nhãn của chỉ tiêu; ở đây là " +
                  yaml_support::describe_vi(top.value));
        return;
    }
    const Mapping indicators(file, top.value, {}, "in indicators");
    for (const Field& entry : indicators.fields()) {
        if (!is_indicator_name(entry.key)) {
            file.error(file.at(entry.key_node), indicator_name_error(entry.key),
                       indicator_name_error_vi(entry.key));
            continue;
        }
        IndicatorLabels labels;
        labels.id = entry.key;
        labels.where = file.at(entry.key_node);
        if (!entry.value.IsMap()) {
            error(file, where(file, entry),
                  "indicator " + entry.key + " needs a map such as {labels: [\"GTSX công nghiệp\"]}; found " +
                      yaml_support::describe(entry.value),
                  "chỉ tiêu " + entry.key +
                      " cần một ánh xạ như {labels: [\"GTSX công nghiệp\"]}; ở đây là " +
                      yaml_support::describe_vi(entry.value));
            continue;
        }
        const Mapping fields(file, entry.value, kIndicatorKeys, "in an indicator's labels");
        if (const Field* list = fields.find("labels")) labels.labels = read_labels(file, *list);
        if (const Field* scale = fields.find("scale")) {
            labels.scale = yaml_support::read_number(file, *scale);
            if (labels.scale && !(*labels.scale > 0.0)) {
                error(file, where(file, *scale),
                      "scale must be a positive number (0.001: values in triệu đồng read as tỷ đồng)",
                      "scale phải là số dương (0.001: giá trị tính bằng triệu đồng được đọc thành tỷ đồng)");
                labels.scale.reset();
            }
        }
        if (const Field* unit = fields.find("unit"))
            if (const std::optional<std::string> text = yaml_support::read_text(file, *unit))
                labels.unit = to_nfc(*text);
        map.indicators.push_back(std::move(labels));
    }
}

void read_areas(YamlFile& file, const Field& top, LabelMap& map) {
    if (!top.value.IsMap()) {
        error(file, where(file, top),
              "areas must be a map from area names to their other spellings; found " +
                  yaml_support::describe(top.value),
              "areas phải là một ánh xạ từ tên địa bàn tới các cách viết khác của tên; ở đây là " +
                  yaml_support::describe_vi(top.value));
        return;
    }
    const Mapping areas(file, top.value, {}, "in areas");
    for (const Field& entry : areas.fields()) {
        std::vector<std::string> labels = read_labels(file, entry);
        std::vector<std::string>& kept = map.areas[to_nfc(entry.key)];
        for (std::string& label : labels) kept.push_back(std::move(label));
    }
}

void read_dimensions(YamlFile& file, const Field& top, LabelMap& map) {
    if (!top.value.IsMap()) {
        error(file, where(file, top),
              "dimensions must be a map such as {area: Địa phương, indicator: Chỉ tiêu, year: Năm}; found " +
                  yaml_support::describe(top.value),
              "dimensions phải là một ánh xạ như {area: Địa phương, indicator: Chỉ tiêu, year: Năm}; ở đây "
              "là " +
                  yaml_support::describe_vi(top.value));
        return;
    }
    const Mapping fields(file, top.value, kDimensionKeys, "in dimensions");
    for (const Field& field : fields.fields()) {
        const std::optional<std::string> text = yaml_support::read_text(file, field);
        if (!text) continue;
        (field.key == "area"        ? map.dimensions.area
         : field.key == "indicator" ? map.dimensions.indicator
                                    : map.dimensions.year) = *text;
    }
}

// The same label for two indicators (or two areas) would make a row's meaning a guess.
void check_repeats(const LabelMap& map, Diagnostics& diagnostics) {
    std::map<std::string, const IndicatorLabels*> seen;
    for (const IndicatorLabels& indicator : map.indicators)
        for (const std::string& label : indicator.labels) {
            const auto [it, added] = seen.emplace(fold_words(label), &indicator);
            if (!added && it->second != &indicator)
                diagnostics.error(indicator.where,
                                  "label '" + label + "' is given to " + it->second->id +
                                      " too; give each label to one indicator",
                                  "nhãn '" + label + "' cũng được gán cho " + it->second->id +
                                      "; mỗi nhãn chỉ gán cho một chỉ tiêu");
        }
}

}  // namespace label_map_file

using namespace label_map_file;

const IndicatorLabels* LabelMap::indicator_for(std::string_view label) const {
    const std::string key = fold_words(label);
    for (const IndicatorLabels& indicator : indicators) {
        if (indicator.id == label) return &indicator;
        for (const std::string& known : indicator.labels)
            if (fold_words(known) == key) return &indicator;
    }
    return nullptr;
}

std::optional<std::string> LabelMap::area_for(std::string_view label) const {
    const std::string key = fold_words(label);
    for (const auto& [name, spellings] : areas) {
        if (fold_words(name) == key) return name;
        for (const std::string& spelling : spellings)
            if (fold_words(spelling) == key) return name;
    }
    return std::nullopt;
}

// Diacritics, case and đ aside (fold_name), the label within a typo's distance, closest first.
std::optional<std::string> LabelMap::closest_label(std::string_view label) const {
    const std::string folded = fold_name(label);
    std::optional<std::string> best;
    std::size_t best_distance = 0;
    const auto consider = [&](const std::string& known) {
        const std::string other = fold_name(known);
        const std::optional<std::size_t> distance =
            other == folded ? std::optional<std::size_t>(0) : typo_distance(folded, other);
        if (distance && (!best || *distance < best_distance)) {
            best = known;
            best_distance = *distance;
        }
    };
    for (const IndicatorLabels& indicator : indicators)
        for (const std::string& known : indicator.labels) consider(known);
    for (const auto& [name, spellings] : areas) {
        consider(name);
        for (const std::string& spelling : spellings) consider(spelling);
    }
    return best;
}

LabelMap load_label_map(const std::string& path, Diagnostics& diagnostics) {
    LabelMap map;
    map.where = {path};
    const std::optional<std::string> text = read_input_file(path, diagnostics);
    if (!text) return map;
    YamlFile file(*text, path, diagnostics);
    file.read([&](const YAML::Node& root) {
        if (root.IsNull()) {
            error(file, SourceLocation{path},
                  "the map is empty; it needs `indicators:` (see chitieu schema map)",
                  "tệp --map rỗng; tệp cần `indicators:` (xem chitieu schema map)");
            return;
        }
        if (!root.IsMap()) {
            error(file, file.at(root),
                  "a map file is a map with indicators: and areas:; found " + yaml_support::describe(root),
                  "tệp --map là một ánh xạ có indicators: và areas:; ở đây là " +
                      yaml_support::describe_vi(root));
            return;
        }
        const Mapping top(file, root, kTopKeys, "in a map file");
        if (const Field* indicators = top.find("indicators")) read_indicators(file, *indicators, map);
        if (const Field* areas = top.find("areas")) read_areas(file, *areas, map);
        if (const Field* dimensions = top.find("dimensions")) read_dimensions(file, *dimensions, map);
    });
    check_repeats(map, diagnostics);
    return map;
}

}  // namespace chitieu
