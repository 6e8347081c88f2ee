// Checked mappings and strict scalars for the YAML loaders (declared in yaml_support.hpp).
#include <algorithm>
#include <map>

#include "chitieu/util/parse_number.hpp"
#include "chitieu/util/unicode.hpp"
#include "yaml_support.hpp"

namespace chitieu::yaml_support {

namespace {

std::string quoted(std::string_view text) {
    return "'" + std::string(text) + "'";
}

std::size_t edit_distance(std::string_view a, std::string_view b) {
    std::vector<std::size_t> row(b.size() + 1);
    for (std::size_t j = 0; j <= b.size(); ++j) row[j] = j;
    for (std::size_t i = 1; i <= a.size(); ++i) {
        std::size_t diagonal = row[0];
        row[0] = i;
        for (std::size_t j = 1; j <= b.size(); ++j) {
            const std::size_t above = row[j];
            row[j] = std::min({row[j] + 1, row[j - 1] + 1, diagonal + (a[i - 1] == b[j - 1] ? 0 : 1)});
            diagonal = above;
        }
    }
    return row[b.size()];
}

}  // namespace

std::string describe(const YAML::Node& node) {
    switch (node.Type()) {
        case YAML::NodeType::Map:
            return node.size() == 0 ? "an empty map" : "a map";
        case YAML::NodeType::Sequence:
            return node.size() == 0 ? "an empty list" : "a list";
        case YAML::NodeType::Scalar:
            return "the value " + quoted(node.Scalar());
        case YAML::NodeType::Null:
        case YAML::NodeType::Undefined:
            return "nothing";
    }
    return "nothing";
}

std::string describe_vi(const YAML::Node& node) {
    switch (node.Type()) {
        case YAML::NodeType::Map:
            return node.size() == 0 ? "một map rỗng" : "một map";
        case YAML::NodeType::Sequence:
            return node.size() == 0 ? "một danh sách rỗng" : "một danh sách";
        case YAML::NodeType::Scalar:
            return "giá trị " + quoted(node.Scalar());
        case YAML::NodeType::Null:
        case YAML::NodeType::Undefined:
            return "không có gì";
    }
    return "không có gì";
}

void report_unknown_key(YamlFile& file, const YAML::Node& key, std::string_view name,
                        std::span<const std::string_view> allowed, std::string_view context,
                        std::string_view context_vi) {
    const auto suggestion = closest_match(name, allowed);
    const std::string message = "unknown key " + quoted(name) + " " + std::string(context) + "; " +
                                (suggestion ? "did you mean " + quoted(*suggestion) + "?"
                                            : "allowed keys are " + list_choices(allowed, " and "));
    if (context_vi.empty()) {
        file.error(key, message);
        return;
    }
    file.error(key, message,
               "không nhận ra khóa " + quoted(name) + " " + std::string(context_vi) + "; " +
                   (suggestion ? "có phải là " + quoted(*suggestion) + "?"
                               : "các khóa được dùng là " + list_choices(allowed, " và ")));
}

SourceLocation where(const YamlFile& file, const Field& field) {
    return field.value.IsNull() ? file.at(field.key_node) : file.at(field.value);
}

Mapping::Mapping(YamlFile& file, const YAML::Node& map, std::span<const std::string_view> allowed,
                 std::string_view context, std::string_view context_vi) {
    if (!map.IsMap()) return;
    std::map<std::string, YAML::Node> first_keys;
    for (auto it = map.begin(); it != map.end(); ++it) {
        // A copy: `it->` hands out a temporary proxy, so a reference into it would dangle.
        const YAML::Node key = it->first;
        if (!key.IsScalar()) {
            file.error(key, "a key must be a plain name, found " + describe(key),
                       "khóa phải là một tên đơn giản; ở đây là " + describe_vi(key));
            continue;
        }
        const std::string& name = key.Scalar();
        auto [first, inserted] = first_keys.try_emplace(name, key);
        if (!inserted) {
            file.error(key, quoted(name) + " is given twice in this mapping; keep one",
                       quoted(name) + " được khai báo hai lần trong map này; hãy giữ một");
            file.note(file.at(first->second), quoted(name) + " is first given here",
                      quoted(name) + " được khai báo lần đầu ở đây");
            continue;
        }
        if (!allowed.empty() && std::find(allowed.begin(), allowed.end(), name) == allowed.end()) {
            report_unknown_key(file, key, name, allowed, context, context_vi);
            continue;
        }
        fields_.push_back({name, key, it->second});
    }
}

const Field* Mapping::find(std::string_view key) const {
    for (const Field& field : fields_)
        if (field.key == key) return &field;
    return nullptr;
}

std::optional<std::string> read_text(YamlFile& file, const Field& field) {
    if (field.value.IsNull()) return std::nullopt;
    if (!field.value.IsScalar()) {
        file.error(where(file, field), field.key + " must be text, found " + describe(field.value),
                   field.key + " phải là văn bản; ở đây là " + describe_vi(field.value));
        return std::nullopt;
    }
    // Every text a YAML file gives (names, units, sources, titles) is kept in NFC.
    return to_nfc(field.value.Scalar());
}

std::optional<int> read_year(YamlFile& file, const YAML::Node& node, SourceLocation where,
                             std::string_view label, std::string_view label_vi) {
    if (node.IsNull()) return std::nullopt;
    if (!node.IsScalar()) {
        file.error(where, std::string(label) + " must be a year, found " + describe(node),
                   std::string(label_vi) + " phải là một năm; ở đây là " + describe_vi(node));
        return std::nullopt;
    }
    YearParse parsed = parse_year(node.Scalar());
    if (!parsed.value)
        file.error(where, std::string(label) + " " + parsed.error,
                   std::string(label_vi) + " " + parsed.error_vi);
    return parsed.value;
}

std::optional<double> read_number(YamlFile& file, const YAML::Node& node, SourceLocation where,
                                  std::string_view label, std::string_view label_vi) {
    if (node.IsNull()) return std::nullopt;
    if (!node.IsScalar()) {
        file.error(where, std::string(label) + " must be a number, found " + describe(node),
                   std::string(label_vi) + " phải là một số; ở đây là " + describe_vi(node));
        return std::nullopt;
    }
    NumberParse parsed = parse_number(node.Scalar());
    if (!parsed.value) {
        const LocalText problem = number_error(node.Scalar(), parsed, false);
        file.error(where, std::string(label) + " " + problem.en, std::string(label_vi) + " " + problem.vi);
    }
    return parsed.value;
}

LocalText number_error(std::string_view text, const NumberParse& parsed, bool missing_allowed) {
    if (text.find(',') != std::string_view::npos)
        return {quoted(text) +
                    " is not a number; numbers in YAML use a dot for decimals and no thousands "
                    "separator, like 27700.5",
                quoted(text) +
                    " không phải là số; số trong YAML dùng dấu chấm thập phân và không có dấu phân cách "
                    "hàng nghìn, như 27700.5"};
    std::string lower(text);
    for (char& c : lower) c = static_cast<char>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c);
    if (missing_allowed && lower.find("nan") != std::string::npos)
        return {quoted(text) + " is not a number; write null for a missing value",
                quoted(text) + " không phải là số; hãy viết null cho giá trị bị thiếu"};
    return {parsed.error, parsed.error_vi};
}

std::optional<std::size_t> read_choice(YamlFile& file, const Field& field,
                                       std::span<const std::string_view> choices, std::string_view what,
                                       std::string_view what_vi) {
    const std::optional<std::string> text = read_text(file, field);
    if (!text) return std::nullopt;
    const auto found = std::find(choices.begin(), choices.end(), *text);
    if (found != choices.end()) return static_cast<std::size_t>(found - choices.begin());
    file.error(where(file, field),
               quoted(*text) + " is not " + std::string(what) + "; use " + list_choices(choices),
               quoted(*text) + " không phải là " + std::string(what_vi) + "; hãy dùng " +
                   list_choices(choices, " hoặc "));
    return std::nullopt;
}

std::optional<LocalText> read_local_text(YamlFile& file, const Field& field) {
    if (field.value.IsNull()) return std::nullopt;
    if (field.value.IsScalar()) {
        const std::string text = to_nfc(field.value.Scalar());
        return LocalText{text, text};
    }
    if (!field.value.IsMap()) {
        file.error(where(file, field),
                   field.key + " must be text or a map {en: ..., vi: ...}; found " + describe(field.value),
                   field.key + " phải là văn bản hoặc một map {en: ..., vi: ...}; ở đây là " +
                       describe_vi(field.value));
        return std::nullopt;
    }
    static constexpr std::string_view kLanguages[] = {"en", "vi"};
    const Mapping languages(file, field.value, kLanguages, "in " + field.key, "trong " + field.key);
    LocalText text;
    if (const Field* en = languages.find("en")) text.en = read_text(file, *en).value_or("");
    if (const Field* vi = languages.find("vi")) text.vi = read_text(file, *vi).value_or("");
    if (text.en.empty() && text.vi.empty()) {
        file.error(where(file, field), field.key + " needs `en:` or `vi:` text (or write it as plain text)",
                   field.key + " cần văn bản `en:` hoặc `vi:` (hoặc viết thành văn bản thường)");
        return std::nullopt;
    }
    return text;
}

std::string list_choices(std::span<const std::string_view> choices, std::string_view last_joiner) {
    std::string out;
    for (std::size_t i = 0; i < choices.size(); ++i) {
        if (i > 0) out += i + 1 == choices.size() ? last_joiner : std::string_view(", ");
        out += choices[i];
    }
    return out;
}

std::optional<std::string_view> closest_match(std::string_view word,
                                              std::span<const std::string_view> candidates) {
    std::optional<std::string_view> best;
    std::size_t best_distance = 3;  // only distances <= 2 count as "close"
    for (std::string_view candidate : candidates) {
        const std::size_t distance = edit_distance(word, candidate);
        // Rewriting a whole short word ("fr" -> "en") is not a typo.
        if (distance < best_distance && distance < candidate.size()) {
            best = candidate;
            best_distance = distance;
        }
    }
    return best;
}

}  // namespace chitieu::yaml_support
