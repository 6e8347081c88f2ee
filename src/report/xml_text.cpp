#include "xml_text.hpp"

#include "chitieu/util/utf8.hpp"

namespace chitieu {

namespace {
constexpr const char* kReplacement = "\xEF\xBF\xBD";  // U+FFFD
}

std::string xml_escape(std::string_view text, XmlWhitespace whitespace) {
    std::string out;
    out.reserve(text.size());
    for (std::size_t i = 0; i < text.size();) {
        const auto byte = static_cast<unsigned char>(text[i]);
        if (byte >= 0x80) {
            const std::size_t length = utf8_char_length(text, i);
            const bool valid = length > 0;
            // U+FFFE and U+FFFF are valid UTF-8 but not XML characters.
            const bool non_character = valid && length == 3 && byte == 0xEF &&
                                       static_cast<unsigned char>(text[i + 1]) == 0xBF &&
                                       static_cast<unsigned char>(text[i + 2]) >= 0xBE;
            if (valid && !non_character)
                out.append(text, i, length);
            else
                out += kReplacement;
            i += valid ? length : 1;
            continue;
        }
        switch (byte) {
            case '&':
                out += "&amp;";
                break;
            case '<':
                out += "&lt;";
                break;
            case '>':
                out += "&gt;";
                break;
            case '"':
                out += "&quot;";
                break;
            case '\'':
                out += "&apos;";
                break;
            case '\r':  // a raw CR would be normalised away by the parser
                out += whitespace == XmlWhitespace::space ? " " : "&#13;";
                break;
            case '\n':
                out += whitespace == XmlWhitespace::keep        ? "\n"
                       : whitespace == XmlWhitespace::reference ? "&#10;"
                                                                : " ";
                break;
            case '\t':
                out += whitespace == XmlWhitespace::keep        ? "\t"
                       : whitespace == XmlWhitespace::reference ? "&#9;"
                                                                : " ";
                break;
            default:
                if (byte < 0x20 || byte == 0x7F)
                    out += kReplacement;
                else
                    out += static_cast<char>(byte);
        }
        ++i;
    }
    return out;
}

}  // namespace chitieu
