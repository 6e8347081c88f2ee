#include "chitieu/report/json_text.hpp"

#include <array>

#include "chitieu/util/utf8.hpp"

namespace chitieu {

namespace {

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

std::string json_object_line(std::initializer_list<JsonMember> members) {
    std::string out = "{";
    for (const JsonMember& member : members) {
        if (out.size() > 1) out += ", ";
        out += json_string(member.key) + ": " + member.value;
    }
    return out + "}";
}

}  // namespace chitieu
