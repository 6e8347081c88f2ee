#include "chitieu/report/json_text.hpp"

#include <array>

#include "chitieu/util/utf8.hpp"

namespace chitieu {

namespace {

// The length of the UTF-8 sequence `lead` starts, or 0 when no sequence starts with it.
std::size_t sequence_length(unsigned char lead) {
    if (lead >= 0xC2 && lead <= 0xDF) return 2;
    if (lead >= 0xE0 && lead <= 0xEF) return 3;
    if (lead >= 0xF0 && lead <= 0xF4) return 4;
    return 0;
}

// The bytes that stand for themselves in a JSON string: printable ASCII but the quote and the
// backslash. A table: one load a byte in the loop that copies most of a report's text.
constexpr std::array<bool, 256> kPlain = [] {
    std::array<bool, 256> plain{};
    for (int byte = 0x20; byte < 0x7F; ++byte) plain[static_cast<std::size_t>(byte)] = true;
    plain['"'] = false;
    plain['\\'] = false;
    return plain;
}();

bool is_plain(char c) {
    return kPlain[static_cast<unsigned char>(c)];
}

}  // namespace

std::size_t utf8_char_length(std::string_view text, std::size_t at) {
    if (at >= text.size()) return 0;
    const auto lead = static_cast<unsigned char>(text[at]);
    if (lead < 0x80) return 1;
    const std::size_t length = sequence_length(lead);
    return length > 0 && at + length <= text.size() && is_valid_utf8(text.substr(at, length)) ? length : 0;
}

void append_json_string(std::string& out, std::string_view text) {
    static constexpr char kHex[] = "0123456789abcdef";
    out += '"';
    for (std::size_t i = 0; i < text.size();) {
        // Plain bytes go out a run at a time (most of a report's text is).
        std::size_t end = i;
        while (end < text.size() && is_plain(text[end])) ++end;
        out.append(text.data() + i, end - i);
        i = end;
        if (i == text.size()) break;
        const auto byte = static_cast<unsigned char>(text[i]);
        if (byte >= 0x80) {
            const std::size_t length = utf8_char_length(text, i);
            if (length > 0) {
                out.append(text.data() + i, length);
                i += length;
            } else {
                out += "\\ufffd";
                ++i;
            }
            continue;
        }
        switch (byte) {
            case '"':
                out += "\\\"";
                break;
            case '\\':
                out += "\\\\";
                break;
            case '\n':
                out += "\\n";
                break;
            case '\r':
                out += "\\r";
                break;
            case '\t':
                out += "\\t";
                break;
            case '\b':
                out += "\\b";
                break;
            case '\f':
                out += "\\f";
                break;
            default:  // the other control characters and DEL
                out += "\\u00";
                out += kHex[byte >> 4];
                out += kHex[byte & 0x0F];
        }
        ++i;
    }
    out += '"';
}

std::string json_string(std::string_view text) {
    std::string out;
    out.reserve(text.size() + 2);
    append_json_string(out, text);
    return out;
}

}  // namespace chitieu
