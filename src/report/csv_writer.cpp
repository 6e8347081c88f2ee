#include "chitieu/report/csv_writer.hpp"

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

}  // namespace

std::string csv_quote(std::string_view field) {
    if (field.find_first_of(",\"\r\n") == std::string_view::npos) return std::string(field);
    std::string out = "\"";
    for (const char c : field) {
        if (c == '"') out += '"';
        out += c;
    }
    return out + "\"";
}

std::string csv_neutralise(std::string_view field) {
    if (field.empty() || std::string_view("=+-@\t\r").find(field.front()) == std::string_view::npos ||
        is_plain_number(field))
        return std::string(field);
    return "'" + std::string(field);
}

std::string csv_text(std::string_view field) {
    return csv_quote(csv_neutralise(field));
}

}  // namespace chitieu
