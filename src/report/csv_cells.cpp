#include "csv_cells.hpp"

namespace chitieu {

namespace {

bool is_digit(char c) {
    return c >= '0' && c <= '9';
}

// [+-]digits[.digits]: what a spreadsheet reads as a number and nothing else.
bool is_plain_number(std::string_view text) {
    std::size_t i = 0;
    if (i < text.size() && (text[i] == '+' || text[i] == '-')) ++i;
    const std::size_t integer_start = i;
    while (i < text.size() && is_digit(text[i])) ++i;
    if (i == integer_start) return false;
    if (i < text.size() && text[i] == '.') {
        const std::size_t fraction_start = ++i;
        while (i < text.size() && is_digit(text[i])) ++i;
        if (i == fraction_start) return false;
    }
    return i == text.size();
}

// A plain loop: string_view::find_first_of calls memchr on the set once per character of the
// field, which was the writer's largest cost.
bool needs_quotes(std::string_view field, char separator = ',') {
    for (const char c : field)
        if (c == ',' || c == separator || c == '"' || c == '\r' || c == '\n') return true;
    return false;
}

bool needs_neutralising(std::string_view field) {
    if (field.empty()) return false;
    switch (field.front()) {
        case '=':
        case '+':
        case '-':
        case '@':
        case '\t':
        case '\r':
            return !is_plain_number(field);
        default:
            return false;
    }
}

}  // namespace

std::string csv_quote(std::string_view field) {
    if (!needs_quotes(field)) return std::string(field);
    std::string out = "\"";
    for (const char c : field) {
        if (c == '"') out += '"';
        out += c;
    }
    return out + "\"";
}

std::string csv_neutralise(std::string_view field) {
    std::string out;
    if (needs_neutralising(field)) out += '\'';
    out += field;
    return out;
}

void append_csv_text(std::string& out, std::string_view field, char separator) {
    // The apostrophe never needs quotes itself, so the two decisions are independent; most cells
    // need neither and go out in one append.
    const bool quote = needs_quotes(field, separator);
    if (quote) out += '"';
    if (needs_neutralising(field)) out += '\'';
    if (!quote) {
        out += field;
        return;
    }
    for (const char c : field) {
        if (c == '"') out += '"';
        out += c;
    }
    out += '"';
}

std::string csv_text(std::string_view field) {
    std::string out;
    append_csv_text(out, field);
    return out;
}

}  // namespace chitieu
