#include "chitieu/report/json_text.hpp"

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

}  // namespace

std::size_t utf8_char_length(std::string_view text, std::size_t at) {
    if (at >= text.size()) return 0;
    const auto lead = static_cast<unsigned char>(text[at]);
    if (lead < 0x80) return 1;
    const std::size_t length = sequence_length(lead);
    return length > 0 && at + length <= text.size() && is_valid_utf8(text.substr(at, length)) ? length : 0;
}

std::string json_string(std::string_view text) {
    static constexpr char kHex[] = "0123456789abcdef";
    std::string out = "\"";
    out.reserve(text.size() + 2);
    for (std::size_t i = 0; i < text.size();) {
        const auto byte = static_cast<unsigned char>(text[i]);
        if (byte >= 0x80) {
            const std::size_t length = utf8_char_length(text, i);
            if (length > 0) {
                out.append(text, i, length);
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
            default:
                if (byte < 0x20 || byte == 0x7F) {
                    out += "\\u00";
                    out += kHex[byte >> 4];
                    out += kHex[byte & 0x0F];
                } else {
                    out += static_cast<char>(byte);
                }
        }
        ++i;
    }
    return out + "\"";
}

std::string json_object_line(std::initializer_list<JsonMember> members) {
    std::string out = "{";
    for (const JsonMember& member : members) {
        if (out.size() > 1) out += ", ";
        out += json_string(member.key) + ": " + member.value;
    }
    return out + "}";
}

}  // namespace chitieu
