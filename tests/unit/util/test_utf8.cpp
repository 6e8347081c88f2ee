#include <doctest/doctest.h>

#include <string>
#include <string_view>

#include "chitieu/util/utf8.hpp"

using namespace chitieu;

namespace {

// The length of the character at text[0] by the definition, decoded the long way: the bits of
// a lead byte 110xxxxx, 1110xxxx or 11110xxx and as many 10xxxxxx as it announces, then a code
// point that needs exactly that many bytes, is no surrogate and is at most U+10FFFF. 0: none.
std::size_t defined_length(std::string_view text) {
    const auto byte = [&text](std::size_t k) {
        return static_cast<unsigned>(static_cast<unsigned char>(text[k]));
    };
    if (text.empty()) return 0;
    if (byte(0) < 0x80) return 1;
    std::size_t length = 0;
    unsigned cp = 0;
    if (byte(0) >> 5 == 0x6) {
        length = 2;
        cp = byte(0) & 0x1F;
    } else if (byte(0) >> 4 == 0xE) {
        length = 3;
        cp = byte(0) & 0x0F;
    } else if (byte(0) >> 3 == 0x1E) {
        length = 4;
        cp = byte(0) & 0x07;
    } else {
        return 0;
    }
    if (text.size() < length) return 0;
    for (std::size_t k = 1; k < length; ++k) {
        if (byte(k) >> 6 != 0x2) return 0;
        cp = cp << 6 | (byte(k) & 0x3F);
    }
    const unsigned smallest[] = {0, 0, 0x80, 0x800, 0x10000};
    if (cp < smallest[length] || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) return 0;
    return length;
}

}  // namespace

TEST_CASE("UTF-8 validation") {
    CHECK(is_valid_utf8("Long Bình An"));
    CHECK(is_valid_utf8("Nhữ Khê"));
    CHECK(is_valid_utf8(""));
    CHECK(is_valid_utf8("\xC2\x80"));                // U+0080, the first two-byte character
    CHECK(is_valid_utf8("\xDF\xBF"));                // U+07FF
    CHECK(is_valid_utf8("\xE0\xA0\x80"));            // U+0800, the first three-byte character
    CHECK(is_valid_utf8("\xED\x9F\xBF"));            // U+D7FF, just below the surrogates
    CHECK(is_valid_utf8("\xEE\x80\x80"));            // U+E000, just above them
    CHECK(is_valid_utf8("\xEF\xBF\xBF"));            // U+FFFF
    CHECK(is_valid_utf8("\xF0\x90\x80\x80"));        // U+10000, the first four-byte character
    CHECK(is_valid_utf8("\xF4\x8F\xBF\xBF"));        // U+10FFFF, the last
    CHECK_FALSE(is_valid_utf8("\xC3"));              // truncated
    CHECK_FALSE(is_valid_utf8("Nh\xE1\xBB"));        // "ữ" cut short
    CHECK_FALSE(is_valid_utf8("\xC3("));             // a lead without its continuation
    CHECK_FALSE(is_valid_utf8("\xE1\x80\xC0"));      // the third byte is a lead
    CHECK_FALSE(is_valid_utf8("\xC0\xAF"));          // overlong '/'
    CHECK_FALSE(is_valid_utf8("\xC1\xBF"));          // overlong U+007F
    CHECK_FALSE(is_valid_utf8("\xE0\x80\xAF"));      // overlong '/'
    CHECK_FALSE(is_valid_utf8("\xE0\x9F\xBF"));      // overlong U+07FF
    CHECK_FALSE(is_valid_utf8("\xF0\x80\x80\xAF"));  // overlong '/'
    CHECK_FALSE(is_valid_utf8("\xF0\x8F\xBF\xBF"));  // overlong U+FFFF
    CHECK_FALSE(is_valid_utf8("\xED\xA0\x80"));      // surrogate U+D800
    CHECK_FALSE(is_valid_utf8("\xED\xBF\xBF"));      // surrogate U+DFFF
    CHECK_FALSE(is_valid_utf8("\xF4\x90\x80\x80"));  // above U+10FFFF
    CHECK_FALSE(is_valid_utf8("\xF5\x80\x80\x80"));
    CHECK_FALSE(is_valid_utf8("\x80"));  // a stray continuation
    CHECK_FALSE(is_valid_utf8("ab\xFF"));
    CHECK_FALSE(is_valid_utf8("\xFE"));
}

TEST_CASE("UTF-8: the length a lead byte announces") {
    CHECK(utf8_sequence_length('a') == 1);
    CHECK(utf8_sequence_length('\0') == 1);
    CHECK(utf8_sequence_length('\x7F') == 1);
    CHECK(utf8_sequence_length('\xC3') == 2);  // the lead of "ê", "ì"
    CHECK(utf8_sequence_length('\xE1') == 3);  // the lead of "ữ"
    CHECK(utf8_sequence_length('\xF0') == 4);
    CHECK(utf8_sequence_length('\xF4') == 4);
    for (const char none : {'\x80', '\xBF', '\xC0', '\xC1', '\xF5', '\xF8', '\xFF'}) {
        CAPTURE(static_cast<int>(static_cast<unsigned char>(none)));
        CHECK(utf8_sequence_length(none) == 0);
    }
    CHECK(is_utf8_continuation('\x80'));
    CHECK(is_utf8_continuation('\xBF'));
    CHECK_FALSE(is_utf8_continuation('\xC3'));
    CHECK_FALSE(is_utf8_continuation('a'));
}

TEST_CASE("UTF-8: the character at a byte") {
    const std::string_view name = "Nhữ Khê";  // N h [E1 BB AF] ' ' K h [C3 AA]: 10 bytes
    CHECK(name.size() == 10);
    CHECK(utf8_char_length(name, 0) == 1);
    CHECK(utf8_char_length(name, 2) == 3);
    CHECK(utf8_char_length(name, 3) == 0);  // inside "ữ"
    CHECK(utf8_char_length(name, 8) == 2);
    CHECK(utf8_char_length(name, 10) == 0);              // past the end
    CHECK(utf8_char_length(name.substr(0, 4), 2) == 0);  // "ữ" cut short
}

TEST_CASE("UTF-8: the character at a byte, against the definition, every two and three bytes") {
    std::string text(2, '\0');
    for (unsigned first = 0; first < 256; ++first)
        for (unsigned second = 0; second < 256; ++second) {
            text[0] = static_cast<char>(first);
            text[1] = static_cast<char>(second);
            CAPTURE(first);
            CAPTURE(second);
            REQUIRE(utf8_char_length(text, 0) == defined_length(text));
        }
    text.resize(3);
    for (unsigned first = 0xE0; first < 0xF0; ++first)
        for (unsigned second = 0; second < 256; ++second)
            for (unsigned third = 0; third < 256; ++third) {
                text[0] = static_cast<char>(first);
                text[1] = static_cast<char>(second);
                text[2] = static_cast<char>(third);
                if (utf8_char_length(text, 0) != defined_length(text)) {
                    CAPTURE(first);
                    CAPTURE(second);
                    CAPTURE(third);
                    REQUIRE(utf8_char_length(text, 0) == defined_length(text));
                }
            }
    text.resize(4);
    for (unsigned first = 0xF0; first < 0x100; ++first)
        for (unsigned second = 0; second < 256; ++second)
            for (const unsigned rest : {0x00U, 0x7FU, 0x80U, 0xBFU, 0xC0U}) {
                text[0] = static_cast<char>(first);
                text[1] = static_cast<char>(second);
                text[2] = text[3] = static_cast<char>(rest);
                CAPTURE(first);
                CAPTURE(second);
                CAPTURE(rest);
                REQUIRE(utf8_char_length(text, 0) == defined_length(text));
            }
}

TEST_CASE("UTF-8: the first invalid byte") {
    CHECK(first_invalid_utf8("Nhữ Khê") == std::string_view::npos);
    CHECK(first_invalid_utf8("") == std::string_view::npos);
    CHECK(first_invalid_utf8("Nhữ\xC3(") == 5);
    CHECK(first_invalid_utf8("\xFF") == 0);
    CHECK(first_invalid_utf8("ab\xED\xA0\x80") == 2);  // a surrogate
    CHECK(first_invalid_utf8("ê\xBB") == 2);           // a stray continuation after "ê"
}

TEST_CASE("UTF-8: characters counted and cut") {
    CHECK(character_count("Nhữ Khê") == 7);
    CHECK(character_count("Long Bình An") == 12);
    CHECK(character_count("") == 0);
    CHECK(truncate_utf8("Nhữ Khê", 100) == "Nhữ Khê");
    CHECK(truncate_utf8("Nhữ Khê", 10) == "Nhữ Khê");
    CHECK(truncate_utf8("Nhữ Khê", 9) == "Nhữ Kh");  // not half of "ê"
    CHECK(truncate_utf8("Nhữ Khê", 5) == "Nhữ");
    CHECK(truncate_utf8("Nhữ Khê", 4) == "Nh");  // "ữ" would be cut
    CHECK(truncate_utf8("Nhữ Khê", 3) == "Nh");
    CHECK(truncate_utf8("Nhữ Khê", 0) == "");
}

TEST_CASE("columns count characters, not bytes") {
    const std::string line = "  - name: Nhữ Khê, x";
    CHECK(utf8_column(line, 0) == 1);
    CHECK(utf8_column(line, 10) == 11);              // at 'N'
    CHECK(utf8_column(line, line.find(',')) == 18);  // "Nhữ Khê" is 7 characters, 10 bytes
    CHECK(utf8_column(line, 1000) == 21);            // past the end: after the last character
}

TEST_CASE("display width of Vietnamese text, precomposed or decomposed") {
    CHECK(display_width("Long Bình An") == 12);
    CHECK(display_width("Nhữ Khê") == 7);
    CHECK(display_width("Nhu\xCC\x9B\xCC\x83 Khe\xCC\x82") == 7);  // combining horn, tilde, circumflex
    CHECK(display_width("✅") == 2);                                // emoji presentation: two cells
    CHECK(display_width("❌ không đạt") == 12);
    CHECK(display_width("≥ 5") == 3);
    CHECK(display_width("🟢") == 2);
    CHECK(display_width("工业") == 4);
    CHECK(display_width("a\xFF\xE1\xBB") == 4);  // each stray byte shows as one U+FFFD
}

TEST_CASE("escape_controls: one line whatever a name holds") {
    // Nothing to escape: the same bytes, Vietnamese letters and all.
    CHECK(escape_controls("Tuyên Quang") == "Tuyên Quang");
    CHECK(escape_controls("") == "");
    // The three named ones, then two hex digits for the rest of C0 and DEL (ESC is 0x1b).
    CHECK(escape_controls("Evil\nok: 0 errors") == "Evil\\nok: 0 errors");
    CHECK(escape_controls("a\rb\tc") == "a\\rb\\tc");
    CHECK(escape_controls(std::string_view("\x1b[31m\x7f\x01", 7)) == "\\x1b[31m\\x7f\\x01");
    CHECK(escape_controls(std::string_view("a\0b", 3)) == "a\\x00b");
    // C1 controls (U+0085 is C2 85, U+009B is C2 9B) as code points; U+00A0 (C2 A0) is no control.
    CHECK(escape_controls("x\xC2\x85y\xC2\x9B") == "x\\u0085y\\u009b");
    CHECK(escape_controls("\xC2\xA0") == "\xC2\xA0");
    // A backslash stays as it is: the text is shown, not parsed back.
    CHECK(escape_controls("a\\nb") == "a\\nb");
}
