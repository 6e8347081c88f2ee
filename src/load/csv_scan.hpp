// Private to the CSV reader: the byte-level scans it is built on (csv_scan.cpp).
#pragma once

#include <array>
#include <cstddef>
#include <string>
#include <string_view>

namespace chitieu::csv_scan {

inline bool is_line_break(char c) {
    return c == '\n' || c == '\r';
}

// The most frequent of , ; TAB outside quotes on the header line; ',' on a tie or when none.
char detect_delimiter(std::string_view text);

// True when `text` is well-formed UTF-8 (as is_valid_utf8 in util/utf8.hpp says; this one only
// steps over plain ASCII faster) and holds no forbidden control character (util/utf8.hpp).
bool clean_text(std::string_view text);

// Where clean_text found fault: the first invalid UTF-8 sequence or forbidden control character.
std::size_t first_unclean(std::string_view text);

// The error message for the byte first_unclean found, and its Vietnamese form.
std::string unclean_message(char bad);
std::string unclean_message_vi(char bad);

// The first byte at or after `pos` that may end an unquoted field (the delimiter, a quote, a line
// break, NUL: the bytes `stop_table` marks), or the end of the text.
std::size_t find_stop(std::string_view text, std::size_t pos, char delimiter,
                      const std::array<bool, 256>& stop_table);

}  // namespace chitieu::csv_scan
