// The workbook's directory parts: its sheets, their relationships, shared strings and styles.
#include <charconv>
#include <string>
#include <vector>

#include "xlsx_parts.hpp"

namespace chitieu {

void WorkbookHandler::start(std::string_view name, const XmlAttributes& attributes) {
    if (name != "sheet") return;
    const std::string_view state = attributes.get("state");
    sheets.push_back({std::string(attributes.get("name")), std::string(attributes.get("id")),
                      state == "hidden" || state == "veryHidden"});
}

namespace {

// A relationship's target is relative to the workbook's folder (xl/) unless it starts with '/'.
std::string resolve_part(std::string_view target) {
    std::string joined =
        target.starts_with('/') ? std::string(target.substr(1)) : "xl/" + std::string(target);
    std::vector<std::string_view> segments;
    const std::string_view path(joined);
    for (std::size_t begin = 0; begin <= path.size();) {
        std::size_t slash = path.find('/', begin);
        if (slash == std::string_view::npos) slash = path.size();
        const std::string_view segment = path.substr(begin, slash - begin);
        if (segment == "..") {
            if (!segments.empty()) segments.pop_back();
        } else if (!segment.empty() && segment != ".") {
            segments.push_back(segment);
        }
        begin = slash + 1;
    }
    std::string part;
    for (const std::string_view segment : segments) {
        if (!part.empty()) part += '/';
        part += segment;
    }
    return part;
}

}  // namespace

void RelationshipsHandler::start(std::string_view name, const XmlAttributes& attributes) {
    if (name != "Relationship") return;
    std::string part = resolve_part(attributes.get("Target"));
    const std::string_view type = attributes.get("Type");
    if (type.ends_with("/sharedStrings")) shared_strings = part;
    if (type.ends_with("/styles")) styles = part;
    relationships.push_back({std::string(attributes.get("Id")), std::move(part)});
}

const std::string* RelationshipsHandler::part_of(std::string_view id) const {
    for (const Relationship& relationship : relationships)
        if (relationship.id == id) return &relationship.part;
    return nullptr;
}

void SharedStringsHandler::start(std::string_view name, const XmlAttributes&) {
    if (name == "si")
        strings.emplace_back();
    else if (name == "rPh")
        ++in_phonetic_;
    else if (name == "t")
        in_text_ = in_phonetic_ == 0 && !strings.empty();
}

void SharedStringsHandler::end(std::string_view name) {
    if (name == "rPh")
        --in_phonetic_;
    else if (name == "t")
        in_text_ = false;
}

void SharedStringsHandler::text(std::string_view text) {
    if (in_text_) strings.back() += text;
}

bool is_date_format_code(std::string_view code) {
    for (std::size_t i = 0; i < code.size(); ++i) {
        const char c = code[i];
        if (c == '"') {  // literal text
            const std::size_t close = code.find('"', i + 1);
            if (close == std::string_view::npos) return false;
            i = close;
        } else if (c == '\\' || c == '_' || c == '*') {  // an escaped, spaced or repeated character
            ++i;
        } else if (c == '[') {  // a colour, condition or locale; [h], [mm], [ss] are elapsed time
            const std::size_t close = code.find(']', i + 1);
            if (close == std::string_view::npos) return false;
            const std::string_view inside = code.substr(i + 1, close - i - 1);
            if (!inside.empty() && inside.find_first_not_of("hHmMsS") == std::string_view::npos) return true;
            i = close;
        } else if (std::string_view("dDmMyYhHsS").find(c) != std::string_view::npos) {
            return true;
        }
    }
    return false;
}

namespace {

// The built-in number formats that show dates and times (ECMA-376 part 1, 18.8.30), with the
// East Asian ones.
bool is_builtin_date_format(int id) {
    return (id >= 14 && id <= 22) || (id >= 27 && id <= 36) || (id >= 45 && id <= 47) ||
           (id >= 50 && id <= 58);
}

int to_int(std::string_view text) {
    int value = -1;
    const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value);
    return error == std::errc() && end == text.data() + text.size() ? value : -1;
}

}  // namespace

void StylesHandler::start(std::string_view name, const XmlAttributes& attributes) {
    if (name == "numFmt") {
        custom_.emplace_back(to_int(attributes.get("numFmtId")),
                             is_date_format_code(attributes.get("formatCode")));
    } else if (name == "cellXfs") {
        in_cell_xfs_ = true;
    } else if (name == "xf" && in_cell_xfs_) {
        const int id = to_int(attributes.get("numFmtId"));
        bool date = is_builtin_date_format(id);
        for (const auto& [custom_id, custom_date] : custom_)
            if (custom_id == id) date = custom_date;
        date_style.push_back(date);
    }
}

void StylesHandler::end(std::string_view name) {
    if (name == "cellXfs") in_cell_xfs_ = false;
}

}  // namespace chitieu
