// PX (PC-Axis) files, as PX-Web saves them: `KEYWORD[lang]("sub","keys")=value,value;` lines,
// then DATA. Read in three steps: the bytes into UTF-8 by the file's CODEPAGE, the keywords into
// entries, the entries and DATA into a cube.
#include <iconv.h>

#include <cerrno>
#include <string>
#include <vector>

#include "chitieu/load/cube.hpp"
#include "chitieu/load/limits.hpp"
#include "chitieu/util/parse_number.hpp"
#include "chitieu/util/unicode.hpp"
#include "chitieu/util/utf8.hpp"

namespace chitieu {

namespace {

std::string lower_ascii(std::string_view text) {
    std::string out(text);
    for (char& c : out) c = static_cast<char>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c);
    return out;
}

// CODEPAGE="..." as the raw bytes hold it (the keyword and its value are ASCII in every
// encoding a PX file may use), and CHARSET="ANSI".
std::string keyword_value(std::string_view bytes, std::string_view keyword) {
    for (std::size_t at = bytes.find(keyword); at != std::string_view::npos;
         at = bytes.find(keyword, at + 1)) {
        if (at > 0 && bytes[at - 1] != '\n' && bytes[at - 1] != '\r' && bytes[at - 1] != ';') continue;
        std::size_t i = at + keyword.size();
        if (i >= bytes.size() || bytes[i] != '=') continue;
        const std::size_t open = bytes.find('"', i);
        const std::size_t close = open == std::string_view::npos ? open : bytes.find('"', open + 1);
        if (close == std::string_view::npos || open != i + 1) return {};
        return lower_ascii(bytes.substr(open + 1, close - open - 1));
    }
    return {};
}

// The file's text in UTF-8 NFC; an error and nullopt for an encoding chitieu does not convert.
std::optional<std::string> to_utf8(std::string_view bytes, const std::string& file,
                                   Diagnostics& diagnostics) {
    std::string codepage = keyword_value(bytes, "CODEPAGE");
    if (codepage.empty()) codepage = keyword_value(bytes, "CHARSET") == "ansi" ? "windows-1252" : "";
    if (codepage.empty()) codepage = is_valid_utf8(bytes) ? "utf-8" : "iso-8859-1";  // the format's default
    if (codepage == "utf-8" || codepage == "utf8") {
        if (!is_valid_utf8(bytes)) {
            const std::string byte = std::to_string(first_invalid_utf8(bytes) + 1);
            diagnostics.error({file},
                              "the file says CODEPAGE=\"utf-8\" but is not UTF-8 (byte " + byte +
                                  "): save it again as UTF-8, or correct CODEPAGE",
                              "tệp ghi CODEPAGE=\"utf-8\" nhưng không phải là UTF-8 (byte " + byte +
                                  "): hãy lưu lại tệp dưới dạng UTF-8, hoặc sửa CODEPAGE");
            return std::nullopt;
        }
        return to_nfc(bytes);
    }
    std::string from = codepage == "iso-8859-1" || codepage == "latin1"     ? "ISO-8859-1"
                       : codepage == "windows-1258" || codepage == "cp1258" ? "WINDOWS-1258"
                       : codepage == "windows-1252" || codepage == "cp1252" ? "WINDOWS-1252"
                                                                            : "";
    iconv_t converter = from.empty() ? reinterpret_cast<iconv_t>(-1) : iconv_open("UTF-8", from.c_str());
    if (converter == reinterpret_cast<iconv_t>(-1)) {
        diagnostics.error({file},
                          "the file's CODEPAGE \"" + codepage +
                              "\" is not one chitieu reads (utf-8, windows-1258, windows-1252, "
                              "iso-8859-1): save it from PX-Web as UTF-8",
                          "CODEPAGE \"" + codepage +
                              "\" của tệp không thuộc các bảng mã chitieu đọc được (utf-8, windows-1258, "
                              "windows-1252, iso-8859-1): hãy lưu tệp từ PX-Web dưới dạng UTF-8");
        return std::nullopt;
    }
    std::string out(bytes.size() * 3 + 16, '\0');  // each byte is at most a letter and a mark
    char* in = const_cast<char*>(bytes.data());
    std::size_t in_left = bytes.size();
    char* put = out.data();
    std::size_t out_left = out.size();
    const std::size_t status = iconv(converter, &in, &in_left, &put, &out_left);
    iconv_close(converter);
    if (status == static_cast<std::size_t>(-1)) {
        const std::string byte = std::to_string(bytes.size() - in_left + 1);
        diagnostics.error({file},
                          "the file is not " + codepage + " text as its CODEPAGE says (byte " + byte +
                              "): correct CODEPAGE",
                          "tệp không phải là văn bản " + codepage + " như CODEPAGE của nó ghi (byte " + byte +
                              "): hãy sửa CODEPAGE");
        return std::nullopt;
    }
    out.resize(out.size() - out_left);
    return to_nfc(out);  // windows-1258 writes tones as combining marks
}

struct Entry {
    std::string keyword, language;
    std::vector<std::string> keys;   // ("Năm") and the like
    std::vector<std::string> items;  // the values, strings unquoted and joined where split
    SourceLocation where;
};

class PxParser {
public:
    PxParser(std::string_view text, FileName file, Diagnostics& diagnostics)
        : text_(text), file_(file), diagnostics_(diagnostics) {}

    // The entries before DATA; `data` gets DATA's raw text. False after an error.
    bool parse(std::vector<Entry>& entries, std::string_view& data, SourceLocation& data_where) {
        for (;;) {
            skip_space();
            if (at_end())
                return fail(here(), "the file ends before DATA=: it is cut short, or no PX file",
                            "tệp kết thúc trước DATA=: tệp bị cắt cụt, hoặc không phải là tệp PX");
            Entry entry;
            entry.where = here();
            while (!at_end() && (is_keyword_char(peek()))) entry.keyword += next();
            if (entry.keyword.empty())
                return fail(
                    here(),
                    std::string("expected a keyword such as VALUES or DATA, found '") +
                        std::string(utf8_at()) + "'",
                    "cần một từ khóa như VALUES hoặc DATA, nhưng gặp '" + std::string(utf8_at()) + "'");
            if (peek() == '[') {
                next();
                while (!at_end() && peek() != ']' && peek() != '\n') entry.language += next();
                if (!eat(']'))
                    return fail(here(), "the language [" + entry.language + " is not closed with ]",
                                "ngôn ngữ [" + entry.language + " không được đóng bằng ]");
            }
            if (peek() == '(') {
                next();
                for (;;) {
                    skip_space();
                    std::string key;
                    if (!string_item(key)) return false;
                    entry.keys.push_back(std::move(key));
                    skip_space();
                    if (eat(',')) continue;
                    if (eat(')')) break;
                    return fail(here(), "expected , or ) in " + entry.keyword + "(…)",
                                "cần , hoặc ) trong " + entry.keyword + "(…)");
                }
            }
            if (!eat('='))
                return fail(here(), "expected = after " + entry.keyword, "cần = sau " + entry.keyword);
            if (entry.keyword == "DATA") {
                data_where = here();
                const std::size_t begin = pos_;
                const std::size_t end = text_.find(';', pos_);
                if (end == std::string_view::npos)
                    return fail(here(), "DATA does not end with ;: the file is cut short",
                                "DATA không kết thúc bằng ;: tệp bị cắt cụt");
                data = text_.substr(begin, end - begin);
                return true;
            }
            if (!value(entry)) return false;
            entries.push_back(std::move(entry));
        }
    }

    SourceLocation here() const { return {file_, line_, column_}; }

    // Advances over `part` of the text (DATA's tokens), keeping line and column.
    void move_to(std::size_t position) {
        while (pos_ < position) next();
    }
    std::size_t position() const { return pos_; }

private:
    static bool is_keyword_char(char c) {
        return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' ||
               c == '_';
    }
    bool at_end() const { return pos_ >= text_.size(); }
    char peek() const { return at_end() ? '\0' : text_[pos_]; }
    std::string_view utf8_at() const {
        return text_.substr(pos_, at_end() ? 0 : utf8_char_length(text_, pos_));
    }
    char next() {
        const char c = text_[pos_++];
        if (c == '\n') {
            ++line_;
            column_ = 1;
        } else if (!is_utf8_continuation(c)) {
            ++column_;
        }
        return c;
    }
    bool eat(char c) {
        if (peek() != c) return false;
        next();
        return true;
    }
    void skip_space() {
        while (!at_end() && (peek() == ' ' || peek() == '\t' || peek() == '\r' || peek() == '\n')) next();
    }
    bool fail(SourceLocation where, std::string message, std::string message_vi) {
        diagnostics_.error(where, std::move(message), std::move(message_vi));
        return false;
    }
    // "a" or "a" "b" (a long string split over lines: joined).
    bool string_item(std::string& out) {
        if (peek() != '"')
            return fail(here(), "expected a quoted \"text\"", "cần một \"chuỗi\" trong ngoặc kép");
        for (;;) {
            const SourceLocation open = here();
            next();
            while (!at_end() && peek() != '"') out += next();
            if (!eat('"'))
                return fail(open, "this string is not closed with \"", "chuỗi này không được đóng bằng \"");
            const std::size_t save = pos_;
            const int line = line_, column = column_;
            skip_space();
            if (peek() != '"') {
                pos_ = save, line_ = line, column_ = column;
                return true;
            }
        }
    }
    bool value(Entry& entry) {
        for (;;) {
            skip_space();
            std::string item;
            if (peek() == '"') {
                if (!string_item(item)) return false;
            } else {
                // A number, YES/NO, or TLIST(A1, "2000"-"2010"): kept as written.
                int depth = 0;
                while (!at_end() && (depth > 0 || (peek() != ',' && peek() != ';' && peek() != '\n'))) {
                    if (peek() == '(') ++depth;
                    if (peek() == ')') --depth;
                    item += next();
                }
                while (!item.empty() && (item.back() == ' ' || item.back() == '\r' || item.back() == '\t'))
                    item.pop_back();
                if (item.empty())
                    return fail(here(), "expected a value for " + entry.keyword,
                                "cần một giá trị cho " + entry.keyword);
            }
            entry.items.push_back(std::move(item));
            skip_space();
            if (eat(',')) continue;
            if (eat(';')) return true;
            return fail(here(), "expected , or ; after a value of " + entry.keyword,
                        "cần , hoặc ; sau một giá trị của " + entry.keyword);
        }
    }

    std::string_view text_;
    FileName file_;
    Diagnostics& diagnostics_;
    std::size_t pos_ = 0;
    int line_ = 1, column_ = 1;
};

const Entry* find_entry(const std::vector<Entry>& entries, const std::string& language,
                        std::string_view keyword, const std::string& key = {}) {
    for (const Entry& entry : entries)
        if (entry.keyword == keyword && (entry.language.empty() || entry.language == language) &&
            (key.empty() ? entry.keys.empty() : (!entry.keys.empty() && entry.keys[0] == key)))
            return &entry;
    return nullptr;
}

}  // namespace

Cube read_px(std::string_view bytes, const std::string& file, Diagnostics& diagnostics) {
    Cube cube;
    cube.where = {file};
    const std::optional<std::string> text = to_utf8(bytes, file, diagnostics);
    if (!text) return cube;
    PxParser parser(*text, FileName(file), diagnostics);
    std::vector<Entry> entries;
    std::string_view data;
    SourceLocation data_where;
    if (!parser.parse(entries, data, data_where)) return cube;

    // The default language's entries: LANGUAGE's, and those without [lang].
    std::string language;
    if (const Entry* entry = find_entry(entries, "", "LANGUAGE"); entry != nullptr && !entry->items.empty())
        language = entry->items[0];
    for (const char* keyword : {"CONTENTS", "TITLE"})
        if (const Entry* entry = find_entry(entries, language, keyword);
            entry && !entry->items.empty() && cube.title.empty())
            cube.title = entry->items[0];
    if (const Entry* entry = find_entry(entries, language, "UNITS"); entry && !entry->items.empty())
        cube.unit = entry->items[0];
    if (const Entry* entry = find_entry(entries, language, "SOURCE"); entry && !entry->items.empty())
        cube.source = entry->items[0];

    std::string content_variable;  // CONTVARIABLE: the dimension whose values are the indicators
    if (const Entry* entry = find_entry(entries, language, "CONTVARIABLE"); entry && !entry->items.empty())
        content_variable = entry->items[0];
    std::size_t cells = 1;
    for (const char* axis : {"STUB", "HEADING"}) {
        const Entry* names = find_entry(entries, language, axis);
        if (names == nullptr) continue;
        for (const std::string& name : names->items) {
            CubeDimension dimension;
            dimension.code = dimension.label = name;
            dimension.where = names->where;
            const Entry* values = find_entry(entries, language, "VALUES", name);
            if (values == nullptr) {
                diagnostics.error(
                    names->where,
                    std::string(axis) + " names '" + name + "', which has no VALUES(\"" + name + "\")=…;",
                    std::string(axis) + " nêu '" + name + "', nhưng không có VALUES(\"" + name + "\")=…;");
                return cube;
            }
            dimension.where = values->where;
            dimension.labels = values->items;
            const Entry* codes = find_entry(entries, language, "CODES", name);
            dimension.codes = codes != nullptr && codes->items.size() == values->items.size() ? codes->items
                                                                                              : values->items;
            if (find_entry(entries, language, "TIMEVAL", name) != nullptr)
                dimension.role = CubeDimension::Role::time;
            if (find_entry(entries, language, "MAP", name) != nullptr)
                dimension.role = CubeDimension::Role::geo;
            if (name == content_variable) {
                dimension.role = CubeDimension::Role::metric;
                for (const std::string& value : dimension.labels) {
                    const Entry* unit = find_entry(entries, language, "UNITS", value);
                    dimension.units.push_back(unit != nullptr && !unit->items.empty() ? unit->items[0]
                                                                                      : cube.unit);
                }
            }
            if (dimension.labels.empty()) {
                diagnostics.error(values->where, "VALUES(\"" + name + "\") lists no value",
                                  "VALUES(\"" + name + "\") không liệt kê giá trị nào");
                return cube;
            }
            if (cells > limits::kMaxCubeCells / dimension.labels.size()) {
                diagnostics.error(values->where,
                                  "the table's dimensions make more than " +
                                      std::to_string(limits::kMaxCubeCells) +
                                      " cells, more than chitieu reads: export fewer values",
                                  "các chiều của bảng tạo ra hơn " + std::to_string(limits::kMaxCubeCells) +
                                      " ô, nhiều hơn mức chitieu đọc được: hãy xuất ít giá trị hơn");
                return cube;
            }
            cells *= dimension.labels.size();
            cube.dimensions.push_back(std::move(dimension));
        }
    }
    if (cube.dimensions.empty()) {
        diagnostics.error(cube.where, "the file has neither STUB nor HEADING: no PX table",
                          "tệp không có STUB lẫn HEADING: không phải là bảng PX");
        return cube;
    }

    // DATA: numbers, the dot codes "." to "......" for missing, "-" for zero; spaces, tabs, line
    // breaks or commas between them, quoted or not.
    const std::size_t data_begin = parser.position();
    std::size_t i = 0;
    while (i < data.size()) {
        const char c = data[i];
        if (c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == ',') {
            ++i;
            continue;
        }
        std::size_t end = i;
        std::string_view token;
        if (c == '"') {
            end = data.find('"', i + 1);
            if (end == std::string_view::npos) end = data.size() - 1;
            token = data.substr(i + 1, end - i - 1);
            ++end;
        } else {
            while (end < data.size() && data[end] != ' ' && data[end] != '\t' && data[end] != '\r' &&
                   data[end] != '\n' && data[end] != ',')
                ++end;
            token = data.substr(i, end - i);
        }
        parser.move_to(data_begin + i);
        CubeCell cell;
        cell.where = parser.here();
        if (cube.cells.size() >= cells) {
            diagnostics.error(cell.where,
                              "DATA holds more values than the dimensions make (" + std::to_string(cells) +
                                  "): the table is damaged",
                              "DATA có nhiều giá trị hơn số ô các chiều tạo ra (" + std::to_string(cells) +
                                  "): bảng bị hỏng");
            return cube;
        }
        if (token == "-") {
            cell.value = 0.0;
        } else if (!token.empty() && token.size() <= 6 &&
                   token.find_first_not_of('.') == std::string_view::npos) {
            // missing: "." ".." "..." and up to "......", each a publisher's reason
        } else {
            const NumberParse number = parse_number(token);
            if (!number.value) {
                diagnostics.error(cell.where,
                                  "'" + escape_controls(token) + "' in DATA is not a number: " + number.error,
                                  "'" + escape_controls(token) + "' trong DATA không phải là số: " +
                                      (number.error_vi.empty() ? number.error : number.error_vi));
                return cube;
            }
            cell.value = number.value;
        }
        cube.cells.push_back(std::move(cell));
        i = end;
    }
    if (cube.cells.size() != cells) {
        diagnostics.error(data_where,
                          "DATA holds " + std::to_string(cube.cells.size()) +
                              " values, and the dimensions make " + std::to_string(cells) +
                              ": the table is cut short or damaged",
                          "DATA có " + std::to_string(cube.cells.size()) + " giá trị, còn các chiều tạo ra " +
                              std::to_string(cells) + " ô: bảng bị cắt cụt hoặc bị hỏng");
        cube.cells.clear();
    }
    return cube;
}

}  // namespace chitieu
