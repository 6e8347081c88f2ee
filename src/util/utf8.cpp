#include "chitieu/util/utf8.hpp"

#include <algorithm>

namespace chitieu {

namespace {

// Decodes the well-formed character at `text[i]` into `out`; returns its length in bytes, 0
// when there is none (utf8_char_length says which bytes are one).
std::size_t decode(std::string_view text, std::size_t i, char32_t& out) {
    const std::size_t length = utf8_char_length(text, i);
    if (length == 0) return 0;
    static constexpr unsigned char kLeadBits[] = {0, 0x7F, 0x1F, 0x0F, 0x07};  // by length
    char32_t cp = static_cast<unsigned char>(text[i]) & kLeadBits[length];
    for (std::size_t k = 1; k < length; ++k)
        cp = (cp << 6) | (static_cast<unsigned char>(text[i + k]) & 0x3F);
    out = cp;
    return length;
}

bool is_combining(char32_t cp) {
    return (cp >= 0x0300 && cp <= 0x036F) || (cp >= 0x1AB0 && cp <= 0x1AFF) ||
           (cp >= 0x1DC0 && cp <= 0x1DFF) || (cp >= 0x20D0 && cp <= 0x20FF) ||
           (cp >= 0xFE20 && cp <= 0xFE2F) || cp == 0x200B || cp == 0x200C || cp == 0x200D || cp == 0xFEFF;
}

// Emoji shown two cells wide by default (East Asian Width "W" below U+1F300), such as the
// status markers ✅ ❌ ⚪.
bool is_wide_symbol(char32_t cp) {
    static constexpr char32_t kRanges[][2] = {
        {0x231A, 0x231B}, {0x23E9, 0x23EC}, {0x23F0, 0x23F0}, {0x23F3, 0x23F3}, {0x25FD, 0x25FE},
        {0x2614, 0x2615}, {0x2648, 0x2653}, {0x267F, 0x267F}, {0x2693, 0x2693}, {0x26A1, 0x26A1},
        {0x26AA, 0x26AB}, {0x26BD, 0x26BE}, {0x26C4, 0x26C5}, {0x26CE, 0x26CE}, {0x26D4, 0x26D4},
        {0x26EA, 0x26EA}, {0x26F2, 0x26F3}, {0x26F5, 0x26F5}, {0x26FA, 0x26FA}, {0x26FD, 0x26FD},
        {0x2705, 0x2705}, {0x270A, 0x270B}, {0x2728, 0x2728}, {0x274C, 0x274C}, {0x274E, 0x274E},
        {0x2753, 0x2755}, {0x2757, 0x2757}, {0x2795, 0x2797}, {0x27B0, 0x27B0}, {0x27BF, 0x27BF},
        {0x2B1B, 0x2B1C}, {0x2B50, 0x2B50}, {0x2B55, 0x2B55}};
    for (const auto& range : kRanges)
        if (cp >= range[0] && cp <= range[1]) return true;
    return false;
}

bool is_wide(char32_t cp) {
    if (cp >= 0x2300 && cp <= 0x2BFF) return is_wide_symbol(cp);
    return (cp >= 0x1100 && cp <= 0x115F) || (cp >= 0x2E80 && cp <= 0xA4CF) ||
           (cp >= 0xAC00 && cp <= 0xD7A3) || (cp >= 0xF900 && cp <= 0xFAFF) ||
           (cp >= 0xFE30 && cp <= 0xFE4F) || (cp >= 0xFF00 && cp <= 0xFF60) ||
           (cp >= 0xFFE0 && cp <= 0xFFE6) || (cp >= 0x1F300 && cp <= 0x1FAFF) ||
           (cp >= 0x20000 && cp <= 0x3FFFD);
}

}  // namespace

bool is_valid_utf8(std::string_view text) {
    return first_invalid_utf8(text) == std::string_view::npos;
}

std::size_t first_invalid_utf8(std::string_view text) {
    for (std::size_t i = 0; i < text.size();) {
        const std::size_t length = utf8_char_length(text, i);
        if (length == 0) return i;
        i += length;
    }
    return std::string_view::npos;
}

std::size_t character_count(std::string_view text) {
    std::size_t continuations = 0;
    for (char c : text) continuations += is_utf8_continuation(c) ? 1 : 0;
    return text.size() - continuations;
}

std::string_view truncate_utf8(std::string_view text, std::size_t max_bytes) {
    if (text.size() <= max_bytes) return text;
    std::size_t cut = max_bytes;  // text[cut] is the first byte left out: not inside a character
    while (cut > 0 && is_utf8_continuation(text[cut])) --cut;
    return text.substr(0, cut);
}

int utf8_column(std::string_view line, std::size_t byte_offset) {
    return 1 + static_cast<int>(character_count(line.substr(0, std::min(byte_offset, line.size()))));
}

std::size_t display_width(std::string_view text) {
    std::size_t width = 0;
    for (std::size_t i = 0; i < text.size();) {
        char32_t cp = 0;
        std::size_t length = decode(text, i, cp);
        if (length == 0) {
            length = 1;  // a stray byte shows as one replacement character
            cp = 0xFFFD;
        }
        i += length;
        if (is_combining(cp)) continue;
        width += is_wide(cp) ? 2 : 1;
    }
    return width;
}

namespace {

bool is_c1_at(std::string_view text, std::size_t i) {
    return static_cast<unsigned char>(text[i]) == 0xC2 && i + 1 < text.size() &&
           static_cast<unsigned char>(text[i + 1]) >= 0x80 && static_cast<unsigned char>(text[i + 1]) <= 0x9F;
}

bool needs_escape(std::string_view text, std::size_t i) {
    const auto byte = static_cast<unsigned char>(text[i]);
    return byte < 0x20 || byte == 0x7F || is_c1_at(text, i);
}

}  // namespace

std::string escape_controls(std::string_view text) {
    std::size_t i = 0;
    while (i < text.size() && !needs_escape(text, i)) ++i;
    if (i == text.size()) return std::string(text);  // the usual case: nothing to escape
    static constexpr char kHex[] = "0123456789abcdef";
    std::string out(text.substr(0, i));
    for (; i < text.size(); ++i) {
        const auto byte = static_cast<unsigned char>(text[i]);
        if (byte == '\n') {
            out += "\\n";
        } else if (byte == '\r') {
            out += "\\r";
        } else if (byte == '\t') {
            out += "\\t";
        } else if (byte < 0x20 || byte == 0x7F) {
            out += "\\x";
            out += kHex[byte >> 4];
            out += kHex[byte & 0xF];
        } else if (is_c1_at(text, i)) {
            const auto code = static_cast<unsigned char>(text[++i]);
            out += "\\u00";
            out += kHex[code >> 4];
            out += kHex[code & 0xF];
        } else {
            out += text[i];
        }
    }
    return out;
}

}  // namespace chitieu
