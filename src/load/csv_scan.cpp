// The byte-level scans under the CSV reader: validation and field ends. Each steps sixteen bytes
// at a time with SSE2 (every x86-64 processor) through the common bytes and byte by byte
// elsewhere, and has a test against the plain byte-by-byte answer
// (tests/unit/load/test_csv_fast_paths.cpp). What UTF-8 is lives in util/utf8.hpp.
#include "csv_scan.hpp"

#include <algorithm>
#include <bit>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

#include "chitieu/util/utf8.hpp"

namespace chitieu::csv_scan {

// The most frequent of , ; TAB outside quotes on the header line; ',' on a tie or when none.
char detect_delimiter(std::string_view text) {
    std::size_t commas = 0, semicolons = 0, tabs = 0;
    bool quoted = false;
    for (char c : text) {
        if (c == '"')
            quoted = !quoted;  // a doubled quote flips twice: no harm
        else if (quoted)
            continue;
        else if (is_line_break(c))
            break;
        else if (c == ',')
            ++commas;
        else if (c == ';')
            ++semicolons;
        else if (c == '\t')
            ++tabs;
    }
    if (semicolons > commas && semicolons > tabs) return ';';
    if (tabs > commas && tabs > semicolons) return '\t';
    return ',';
}

namespace {

std::string hex_byte(char c) {
    static constexpr char kDigits[] = "0123456789ABCDEF";
    const auto byte = static_cast<unsigned char>(c);
    return std::string("0x") + kDigits[byte >> 4] + kDigits[byte & 0x0F];
}

}  // namespace

// Whole-text validation: the one pass over every byte of every line that cannot be skipped.
// True when the text is well-formed UTF-8 and holds no forbidden control character.
bool clean_text(std::string_view text) {
    std::size_t i = 0;
    while (i < text.size()) {
#if defined(__SSE2__)
        // Step over plain text (ASCII, no control character, no DEL) sixteen bytes at a time, to
        // the first byte that is not: every line's line break, every accented letter of a name.
        if (i + 16 <= text.size()) {
            const __m128i bytes = _mm_loadu_si128(reinterpret_cast<const __m128i*>(text.data() + i));
            // Signed compare: bytes >= 0x80 count as below 0x20 too, which is as well.
            const auto low =
                static_cast<unsigned>(_mm_movemask_epi8(_mm_cmplt_epi8(bytes, _mm_set1_epi8(0x20))));
            const auto del =
                static_cast<unsigned>(_mm_movemask_epi8(_mm_cmpeq_epi8(bytes, _mm_set1_epi8(0x7F))));
            const unsigned flags = low | del;
            if (flags == 0) {
                i += 16;
                continue;
            }
            i += static_cast<std::size_t>(std::countr_zero(flags));
        }
#endif
        if (static_cast<unsigned char>(text[i]) < 0x80) {
            if (is_forbidden_control(text[i])) return false;
            ++i;
        } else {
            const std::size_t length = utf8_char_length(text, i);
            if (length == 0) return false;
            i += length;
        }
    }
    return true;
}

// Where clean_text found fault: the first invalid UTF-8 sequence or forbidden control character.
// Only asked once the text is known to hold one, so its speed does not matter.
std::size_t first_unclean(std::string_view text) {
    std::size_t control = 0;
    while (control < text.size() && !is_forbidden_control(text[control])) ++control;
    return std::min(control, first_invalid_utf8(text));
}

// The error for the byte at text[bad], which first_unclean found.
std::string unclean_message(char bad) {
    if (is_forbidden_control(bad))
        return "the text holds a control character (byte " + hex_byte(bad) +
               " here); delete it (it often comes with text pasted from another program)";
    return "the text is not valid UTF-8 (byte " + hex_byte(bad) +
           " here); save the file as UTF-8 (in Excel: \"CSV UTF-8\"), not in a legacy encoding";
}

std::string unclean_message_vi(char bad) {
    if (is_forbidden_control(bad))
        return "văn bản có một ký tự điều khiển (byte " + hex_byte(bad) +
               " ở đây); hãy xóa nó (thường đi kèm văn bản dán từ một chương trình khác)";
    return "văn bản không phải UTF-8 hợp lệ (byte " + hex_byte(bad) +
           " ở đây); hãy lưu tệp dưới dạng UTF-8 (trong Excel: \"CSV UTF-8\"), không dùng bảng mã cũ";
}

// The first byte at or after `pos` that may end an unquoted field (delimiter, quote, line break,
// NUL), or the end of the text. Fields are short, but a million rows make this the reader's
// hottest loop.
std::size_t find_stop(std::string_view text, std::size_t pos, char delimiter_byte,
                      const std::array<bool, 256>& stop_table) {
#if defined(__SSE2__)
    // Sixteen bytes at a time where SSE2 is (every x86-64 processor): five byte compares and one
    // mask.
    const __m128i delimiter16 = _mm_set1_epi8(delimiter_byte);
    const __m128i quote16 = _mm_set1_epi8('"');
    const __m128i newline16 = _mm_set1_epi8('\n');
    const __m128i carriage16 = _mm_set1_epi8('\r');
    const __m128i zero16 = _mm_setzero_si128();
    for (; pos + 16 <= text.size(); pos += 16) {
        const __m128i bytes = _mm_loadu_si128(reinterpret_cast<const __m128i*>(text.data() + pos));
        const __m128i stops = _mm_or_si128(
            _mm_or_si128(_mm_cmpeq_epi8(bytes, delimiter16), _mm_cmpeq_epi8(bytes, quote16)),
            _mm_or_si128(_mm_or_si128(_mm_cmpeq_epi8(bytes, newline16), _mm_cmpeq_epi8(bytes, carriage16)),
                         _mm_cmpeq_epi8(bytes, zero16)));
        const auto mask = static_cast<unsigned>(_mm_movemask_epi8(stops));
        if (mask != 0) return pos + static_cast<std::size_t>(std::countr_zero(mask));
    }
#else
    (void)delimiter_byte;
#endif
    while (pos < text.size() && !stop_table[static_cast<unsigned char>(text[pos])]) ++pos;
    return pos;
}

}  // namespace chitieu::csv_scan
