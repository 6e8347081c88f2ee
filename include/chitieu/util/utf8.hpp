// UTF-8 helpers, the one place that knows how UTF-8 is built: the length a lead byte announces,
// validation (the Unicode table of well-formed sequences), character counts and columns,
// truncation to a character boundary, and display width for aligned tables.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace chitieu {

// A byte 10xxxxxx: the second, third or fourth byte of a character, never its first.
inline bool is_utf8_continuation(char c) {
    return (static_cast<unsigned char>(c) & 0xC0) == 0x80;
}

// The length of the character a byte starts: 1 for ASCII, 2 to 4 for the lead bytes of
// well-formed sequences (C2-DF, E0-EF, F0-F4), 0 for a byte no character starts with
// (a continuation byte, C0 and C1 which only start overlongs, F5 and above).
inline std::size_t utf8_sequence_length(char c) {
    const auto lead = static_cast<unsigned char>(c);
    if (lead < 0x80) return 1;
    if (lead >= 0xC2 && lead <= 0xDF) return 2;
    if (lead >= 0xE0 && lead <= 0xEF) return 3;
    if (lead >= 0xF0 && lead <= 0xF4) return 4;
    return 0;
}

// The length of the well-formed character at text[at] (1 to 4), or 0 when the bytes there are
// not one (or `at` is past the end): Unicode's table of well-formed byte sequences, so no
// overlongs, no surrogates (U+D800 to U+DFFF), nothing above U+10FFFF. Inline: the CSV reader
// asks once per accented letter of a million-row file.
inline std::size_t utf8_char_length(std::string_view text, std::size_t at) {
    if (at >= text.size()) return 0;
    const std::size_t length = utf8_sequence_length(text[at]);
    if (length <= 1) return length;
    if (length > text.size() - at) return 0;  // cut short by the end of the text
    const auto lead = static_cast<unsigned char>(text[at]);
    const auto second = static_cast<unsigned char>(text[at + 1]);
    // The second byte's range narrows after four leads: E0 (overlong below A0), ED (surrogates
    // from A0), F0 (overlong below 90), F4 (above U+10FFFF from 90).
    const unsigned low = lead == 0xE0 ? 0xA0 : lead == 0xF0 ? 0x90 : 0x80;
    const unsigned high = lead == 0xED ? 0x9F : lead == 0xF4 ? 0x8F : 0xBF;
    if (second < low || second > high) return 0;
    for (std::size_t k = 2; k < length; ++k)
        if (!is_utf8_continuation(text[at + k])) return 0;
    return length;
}

// True when `text` is well-formed UTF-8.
bool is_valid_utf8(std::string_view text);

// The offset of the first byte that starts no well-formed character, or std::string_view::npos
// when the whole text is well-formed.
std::size_t first_invalid_utf8(std::string_view text);

// The number of characters in `text`: its bytes that are not continuation bytes (exact for
// well-formed text; in other text each stray lead byte counts one).
std::size_t character_count(std::string_view text);

// The longest start of `text` of at most `max_bytes` bytes that cuts no character in two.
std::string_view truncate_utf8(std::string_view text, std::size_t max_bytes);

// A control character no statistics text may hold: C0 other than tab, line feed, carriage
// return and NUL (which has a message of its own), and DEL. In a name it would reach terminals
// and reports: an ESC sequence can recolour or rewrite what a terminal shows.
inline bool is_forbidden_control(char c) {
    const auto byte = static_cast<unsigned char>(c);
    return (byte < 0x20 && byte != '\t' && byte != '\n' && byte != '\r' && byte != '\0') || byte == 0x7F;
}

// `text` as a terminal line may show it, whatever names and file names hold: line feed, carriage
// return and tab as `\n`, `\r`, `\t`, the other C0 controls and DEL as `\x1b` (two hex digits),
// the C1 controls (U+0080 to U+009F, which some terminals obey) as `\u009b`. So one message is
// always one line, and a name cannot draw a line of its own ("ok: 0 errors") under it.
std::string escape_controls(std::string_view text);

// The 1-based character column of byte offset `byte_offset` within `line` (for messages): one
// more than the characters that start before it.
int utf8_column(std::string_view line, std::size_t byte_offset);

// Terminal/Markdown display width: combining marks count 0, East Asian wide characters 2,
// everything else 1, a byte that is not UTF-8 1 (it shows as U+FFFD). Vietnamese precomposed
// letters ("ồ") and decomposed ones ("ô" + U+0300) both count 1.
std::size_t display_width(std::string_view text);

}  // namespace chitieu
