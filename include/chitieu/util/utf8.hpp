// UTF-8 helpers: validation, character columns, display width for aligned tables.
#pragma once

#include <cstddef>
#include <string_view>

namespace chitieu {

// True when `text` is well-formed UTF-8 (no overlongs, no surrogates, nothing above U+10FFFF).
bool is_valid_utf8(std::string_view text);

// A control character no statistics text may hold: C0 other than tab, line feed, carriage
// return and NUL (which has a message of its own), and DEL. In a name it would reach terminals
// and reports: an ESC sequence can recolour or rewrite what a terminal shows.
inline bool is_forbidden_control(char c) {
    const auto byte = static_cast<unsigned char>(c);
    return (byte < 0x20 && byte != '\t' && byte != '\n' && byte != '\r' && byte != '\0') || byte == 0x7F;
}

// The 1-based character column of byte offset `byte_offset` within `line` (for messages).
int utf8_column(std::string_view line, std::size_t byte_offset);

// Terminal/Markdown display width: combining marks count 0, East Asian wide characters 2,
// everything else 1. Vietnamese precomposed letters ("ồ") and decomposed ones ("ô" + U+0300)
// both count 1.
std::size_t display_width(std::string_view text);

}  // namespace chitieu
