// The byte-level scans under the CSV reader: validation, character columns, field ends. Each
// takes whole words (eight bytes, or sixteen with SSE2) through the common bytes, and has a test
// against the plain byte-by-byte answer (tests/unit/load/test_csv_fast_paths.cpp).
#include "csv_scan.hpp"

#include <algorithm>
#include <bit>
#include <cstdint>
#include <cstring>

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

// The offset of the first byte of `text` that starts no well-formed UTF-8 sequence. UTF-8 is
// prefix-free, so the shortest valid prefix at each step is exactly one character. Only run
// once the whole text is known to be invalid, so its cost does not matter.
std::size_t first_invalid_utf8(std::string_view text) {
    std::size_t i = 0;
    while (i < text.size()) {
        std::size_t length = 0;
        for (std::size_t k = 1; k <= 4 && i + k <= text.size() && length == 0; ++k)
            if (is_valid_utf8(text.substr(i, k))) length = k;
        if (length == 0) return i;
        i += length;
    }
    return text.size();
}

// Eight bytes of `text` from `at` as one word (memcpy: no alignment assumed).
std::uint64_t load_word(std::string_view text, std::size_t at) {
    std::uint64_t word;
    std::memcpy(&word, text.data() + at, sizeof word);
    return word;
}

constexpr std::uint64_t kLowBits = 0x0101010101010101ULL;
constexpr std::uint64_t kHighBits = 0x8080808080808080ULL;
constexpr bool kLittleEndian = std::endian::native == std::endian::little;

// Bit 7 of each byte of `word` that is zero (and possibly of bytes above the first zero byte:
// a borrow can run on; so a nonzero answer is exact about the lowest zero byte only).
std::uint64_t zero_bytes(std::uint64_t word) {
    return (word - kLowBits) & ~word & kHighBits;
}

// The length of the well-formed UTF-8 sequence starting at text[i] (a byte >= 0x80), or 0.
// The Unicode table of well-formed sequences: no overlongs, no surrogates, nothing above U+10FFFF.
std::size_t sequence_length(std::string_view text, std::size_t i) {
    const auto byte = [&text](std::size_t k) -> unsigned {
        return k < text.size() ? static_cast<unsigned char>(text[k]) : 0U;
    };
    const unsigned lead = byte(i);
    const auto continuation = [&byte](std::size_t k, unsigned low = 0x80, unsigned high = 0xBF) {
        return byte(k) >= low && byte(k) <= high;
    };
    if (lead >= 0xC2 && lead <= 0xDF) return continuation(i + 1) ? 2 : 0;
    if (lead >= 0xE0 && lead <= 0xEF) {
        const unsigned low = lead == 0xE0 ? 0xA0 : 0x80, high = lead == 0xED ? 0x9F : 0xBF;
        return continuation(i + 1, low, high) && continuation(i + 2) ? 3 : 0;
    }
    if (lead >= 0xF0 && lead <= 0xF4) {
        const unsigned low = lead == 0xF0 ? 0x90 : 0x80, high = lead == 0xF4 ? 0x8F : 0xBF;
        return continuation(i + 1, low, high) && continuation(i + 2) && continuation(i + 3) ? 4 : 0;
    }
    return 0;
}

// How many bytes at the start of the line at `start` were checked already on the line before it
// (text[previous, start - 1), its line break left out): the bytes the two lines share, cut back
// to a character boundary. Long-format tables repeat the start of a line on the next one (the
// area's name, accented, and the indicator); checking it again, a stop per accented letter, was
// most of the validation's time. A cut where both lines have the same lead or ASCII byte leaves
// only whole sequences before it, the ones the line before had there.
std::size_t repeated_prefix(std::string_view text, std::size_t previous, std::size_t start) {
    const std::size_t limit = std::min(start - 1 - previous, text.size() - start);
    const char* const before = text.data() + previous;
    const char* const now = text.data() + start;
    std::size_t same = 0;
#if defined(__SSE2__)
    for (; same + 16 <= limit; same += 16) {
        const __m128i a = _mm_loadu_si128(reinterpret_cast<const __m128i*>(before + same));
        const __m128i b = _mm_loadu_si128(reinterpret_cast<const __m128i*>(now + same));
        const auto equal = static_cast<unsigned>(_mm_movemask_epi8(_mm_cmpeq_epi8(a, b)));
        if (equal != 0xFFFFU) {
            same += static_cast<std::size_t>(std::countr_zero(~equal));
            break;
        }
    }
    if (same + 16 > limit)
#endif
        while (same < limit && before[same] == now[same]) ++same;
    // The cut: the last shared byte that starts a character (equal in both lines, so both end
    // their sequences before it), or nothing.
    if (same == 0) return 0;
    std::size_t cut = same - 1;
    while (cut > 0 && is_continuation_byte(now[cut])) --cut;
    return cut;
}

std::string hex_byte(char c) {
    static constexpr char kDigits[] = "0123456789ABCDEF";
    const auto byte = static_cast<unsigned char>(c);
    return std::string("0x") + kDigits[byte >> 4] + kDigits[byte & 0x0F];
}

}  // namespace

// Whole-text validation, eight bytes at a time through ASCII without control characters: the one
// pass over every byte of a commune-scale file that cannot be skipped. True when the text is
// well-formed UTF-8 (as is_valid_utf8 in util/utf8.cpp says, which the unit tests check; this one
// is only faster) and holds no forbidden control character.
bool clean_text(std::string_view text) {
    std::size_t line = 0;  // where the line being checked starts
    std::size_t i = 0;
    while (i < text.size()) {
        // Step over plain text (ASCII, no control character, no DEL) a block at a time, to the first
        // byte that is not: every line's line break, every accented letter of a Vietnamese name.
#if defined(__SSE2__)
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
        } else
#endif
            if (kLittleEndian && i + 8 <= text.size()) {
            // The same eight bytes at a time. The lowest flag of each kind is exact (a borrow only
            // runs upwards), so the bytes below the lowest are plain text.
            const std::uint64_t word = load_word(text, i);
            const std::uint64_t flags = (word & kHighBits) | ((word - kLowBits * 0x20) & ~word & kHighBits) |
                                        zero_bytes(word ^ (kLowBits * 0x7F));
            if (flags == 0) {
                i += 8;
                continue;
            }
            i += static_cast<std::size_t>(std::countr_zero(flags)) / 8;
        }
        const auto lead = static_cast<unsigned char>(text[i]);
        if (lead < 0x80) {
            if (is_forbidden_control(text[i])) return false;
            ++i;
            if (lead == '\n') {
                const std::size_t next = i;
                i += repeated_prefix(text, line, next);
                line = next;
            }
        } else if (lead >= 0xC2 && lead <= 0xDF && i + 1 < text.size() && is_continuation_byte(text[i + 1])) {
            i += 2;  // á, ú, Đ, ơ, ư: U+0080 to U+07FF
        } else if (lead >= 0xE1 && lead <= 0xEC && i + 2 < text.size() && is_continuation_byte(text[i + 1]) &&
                   is_continuation_byte(text[i + 2])) {
            i += 3;  // most letters with two marks (ị, ấ, Ứ): U+1000 to U+CFFF, never overlong
        } else {
            const std::size_t length = sequence_length(text, i);
            if (length == 0) return false;
            i += length;
        }
    }
    return true;
}

// Where clean_text found fault: the first invalid UTF-8 sequence or forbidden control character.
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

// The number of characters in text[from, to): bytes that are not 10xxxxxx, eight at a time.
int count_characters(std::string_view text, std::size_t from, std::size_t to) {
    const auto continuations = [](std::uint64_t word) {  // bit 7 set and bit 6 clear
        // One bit per continuation byte, at bit 0 of its byte: summed by one multiplication into
        // the top byte (std::popcount is a library call without -mpopcnt, and the x86-64 baseline
        // Debian builds for has no popcnt).
        const std::uint64_t ones = (word & ~(word << 1) & kHighBits) >> 7;
        return static_cast<std::size_t>((ones * kLowBits) >> 56);
    };
    std::size_t count = 0;
    std::size_t i = from;
    for (; i + 8 <= to; i += 8) count += continuations(load_word(text, i));
    if (kLittleEndian && i < to && to >= 8) {
        // The tail as the top bytes of the word that ends at `to` (bytes before i shifted out).
        count += continuations(load_word(text, to - 8) >> (8 * (8 - (to - i))));
    } else {
        for (; i < to; ++i) count += is_continuation_byte(text[i]) ? 1 : 0;
    }
    return static_cast<int>(to - from - count);
}

// The first byte at or after `pos` that may end an unquoted field (delimiter, quote, line break,
// NUL), or the end of the text. Eight bytes at a time: fields are short, but a million rows
// make this the reader's hottest loop.
std::size_t find_stop(std::string_view text, std::size_t pos, char delimiter_byte,
                      const std::array<bool, 256>& stop_table) {
#if defined(__SSE2__)
    // Sixteen bytes at a time where SSE2 is (every x86-64 processor): five byte compares and one
    // mask, a third of the word version's work on a million rows.
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
#endif
    if (kLittleEndian) {
        const std::uint64_t delimiter = kLowBits * static_cast<unsigned char>(delimiter_byte);
        for (; pos + 8 <= text.size(); pos += 8) {
            const std::uint64_t word = load_word(text, pos);
            const std::uint64_t stops = zero_bytes(word ^ delimiter) | zero_bytes(word ^ (kLowBits * '"')) |
                                        zero_bytes(word ^ (kLowBits * '\n')) |
                                        zero_bytes(word ^ (kLowBits * '\r')) | zero_bytes(word);
            if (stops != 0) return pos + static_cast<std::size_t>(std::countr_zero(stops)) / 8;
        }
    }
    while (pos < text.size() && !stop_table[static_cast<unsigned char>(text[pos])]) ++pos;
    return pos;
}

}  // namespace chitieu::csv_scan
