#include "chitieu/report/json_text.hpp"

#include "chitieu/util/utf8.hpp"

namespace chitieu {

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
