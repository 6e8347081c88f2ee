// Shared machinery of the YAML loaders: located errors, checked mappings, strict scalars.
//
// yaml-cpp 0.7 leaves gaps that every loader would otherwise have to remember: its marks are
// 0-based and count bytes, it keeps duplicate keys silently, and as<double>/as<int> accept .nan,
// .inf, 0x7E4 and +5. Everything here closes one of those gaps, so the loaders read like the
// format they describe. Private to src/load: public headers never see yaml-cpp. YamlFile lives in
// yaml_support.cpp, the mapping and scalar readers in yaml_fields.cpp.
#pragma once

#include <yaml-cpp/yaml.h>

#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "chitieu/diagnostic.hpp"
#include "chitieu/model/rules.hpp"  // is_indicator_name and its error, for both YAML loaders
#include "chitieu/model/text.hpp"
#include "chitieu/util/parse_number.hpp"

namespace chitieu::yaml_support {

// One YAML text being loaded: turns marks into character columns and collects diagnostics.
class YamlFile {
public:
    YamlFile(std::string_view text, std::string file, Diagnostics& diagnostics);

    // Checks the text (size and line limits, UTF-8, no NUL) and parses its single document (a
    // second one is an error), refusing one nested too deeply or too large (see limits.hpp).
    // nullopt after reporting a problem; a Null node when there is no data (see first_content).
    std::optional<YAML::Node> parse();

    // Where the first line of data is (not blank, a comment or a document marker); nullopt when the
    // text holds none, which is what "the file is empty" means.
    std::optional<SourceLocation> first_content() const;

    SourceLocation at(const YAML::Mark& mark) const;
    SourceLocation at(const YAML::Node& node) const { return at(node.Mark()); }

    // Each message in English and in Vietnamese (Diagnostic::message_vi); the English-only forms
    // print in English whatever the language.
    void error(SourceLocation where, std::string message) { diagnostics_.error(where, std::move(message)); }
    void error(const YAML::Node& node, std::string message) { error(at(node), std::move(message)); }
    void error(const YAML::Mark& mark, std::string message) { error(at(mark), std::move(message)); }
    void note(SourceLocation where, std::string message) { diagnostics_.note(where, std::move(message)); }
    void error(SourceLocation where, std::string message, std::string message_vi) {
        diagnostics_.error(where, std::move(message), std::move(message_vi));
    }
    void error(const YAML::Node& node, std::string message, std::string message_vi) {
        error(at(node), std::move(message), std::move(message_vi));
    }
    void error(const YAML::Mark& mark, std::string message, std::string message_vi) {
        error(at(mark), std::move(message), std::move(message_vi));
    }
    void error(SourceLocation where, const LocalText& message) { error(where, message.en, message.vi); }
    void note(SourceLocation where, std::string message, std::string message_vi) {
        diagnostics_.note(where, std::move(message), std::move(message_vi));
    }
    std::size_t error_count() const { return diagnostics_.error_count(); }
    Diagnostics& diagnostics() { return diagnostics_; }  // for the model's rules (model/rules.hpp)
    const std::string& file() const { return file_; }

    // Reports a yaml-cpp exception escaping the loader (the boundary promised never to throw).
    void report(const YAML::Exception& exception);

    // parse(), then `read(root)` when there is a document; a yaml-cpp exception from either is
    // reported, never thrown: the loaders' boundary.
    template <typename Read>
    void read(Read&& read) {
        try {
            if (const std::optional<YAML::Node> root = parse()) read(*root);
        } catch (const YAML::Exception& exception) {
            report(exception);  // nothing should throw; the promise is never to
        }
    }

private:
    bool check_size();
    bool check_encoding();
    LocalText syntax_hint(const YAML::Mark& mark, const std::string& message) const;

    std::string_view text_;  // without a leading byte order mark (yaml-cpp skips it too)
    std::string file_;
    std::vector<std::string_view> lines_;  // without their line ends
    Diagnostics& diagnostics_;
};

// What a node is, for "expected X, found Y": "a map", "a list", "a value" or "nothing".
std::string describe(const YAML::Node& node);
// The same in Vietnamese, for "…; ở đây là X": "một map", "một danh sách", "giá trị 'x'", "không có gì".
std::string describe_vi(const YAML::Node& node);

// One key of a mapping with its value.
struct Field {
    std::string key;
    YAML::Node key_node;
    YAML::Node value;
};

// Reports `name` (at `key`) as not one of `allowed`: "did you mean" when one is close, else the list.
// `context_vi` is `context` in Vietnamese ("trong một chỉ tiêu"); without it the message is English only.
void report_unknown_key(YamlFile& file, const YAML::Node& key, std::string_view name,
                        std::span<const std::string_view> allowed, std::string_view context,
                        std::string_view context_vi = {});

// Where to point for a field's value: the value itself, or its key when the value is empty (an
// empty value's mark lies on the next token, often a line further down).
SourceLocation where(const YamlFile& file, const Field& field);

// The entries of one mapping, each key once, in file order. Reports keys that are not plain
// values, a key given twice (error at the second, note at the first, which is kept) and, unless
// `allowed` is empty, keys not in `allowed` ("did you mean" when one is close; `context` names
// the mapping: "in a zone", and `context_vi` in Vietnamese: "trong một khu, cụm"). Unknown keys
// are left out.
class Mapping {
public:
    Mapping(YamlFile& file, const YAML::Node& map, std::span<const std::string_view> allowed,
            std::string_view context, std::string_view context_vi = {});

    const Field* find(std::string_view key) const;
    const std::vector<Field>& fields() const { return fields_; }

private:
    std::vector<Field> fields_;
};

// Scalar readers. An empty value (~, null, nothing) is absent: nullopt and no error. A value of
// the wrong shape or text is an error naming `label` (usually the key; `label_vi` in Vietnamese,
// the key itself when the label is one), and nullopt.
std::optional<std::string> read_text(YamlFile& file, const Field& field);
std::optional<int> read_year(YamlFile& file, const YAML::Node& node, SourceLocation where,
                             std::string_view label, std::string_view label_vi);
std::optional<double> read_number(YamlFile& file, const YAML::Node& node, SourceLocation where,
                                  std::string_view label, std::string_view label_vi);
// parse_number's message (`parsed`, both languages) with the hint that fits a YAML file
// (--decimal-comma is for CSV only); `missing_allowed`: .nan gets "write null for a missing value".
LocalText number_error(std::string_view text, const NumberParse& parsed, bool missing_allowed);
inline std::optional<int> read_year(YamlFile& file, const Field& field) {
    return read_year(file, field.value, where(file, field), field.key, field.key);
}
inline std::optional<double> read_number(YamlFile& file, const Field& field) {
    return read_number(file, field.value, where(file, field), field.key, field.key);
}

// The index in `choices` of the field's text; else an error "'x' is not a WHAT; use a, b or c"
// (`what_vi`: WHAT in Vietnamese, "loại chỉ tiêu").
std::optional<std::size_t> read_choice(YamlFile& file, const Field& field,
                                       std::span<const std::string_view> choices, std::string_view what,
                                       std::string_view what_vi);

// A title: plain text (both languages) or a map {en: ..., vi: ...}; nullopt when empty or wrong.
std::optional<LocalText> read_local_text(YamlFile& file, const Field& field);

// "a, b or c".
std::string list_choices(std::span<const std::string_view> choices, std::string_view last_joiner = " or ");

// The candidate within edit distance 2 of `word` (the closest, first on ties), if any; a short
// candidate must keep at least one letter ("fr" is not close to "en").
std::optional<std::string_view> closest_match(std::string_view word,
                                              std::span<const std::string_view> candidates);

}  // namespace chitieu::yaml_support
