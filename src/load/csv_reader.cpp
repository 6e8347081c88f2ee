// The RFC 4180 reader: one pass over the text, positions tracked as it goes.
#include "chitieu/load/csv_reader.hpp"

#include <algorithm>
#include <bit>
#include <cstdint>
#include <cstring>
#include <memory>
#include <utility>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

#include "chitieu/load/input_file.hpp"
#include "chitieu/load/limits.hpp"
#include "chitieu/util/utf8.hpp"

namespace chitieu {

namespace {

constexpr std::string_view kByteOrderMark = "\xEF\xBB\xBF";

bool is_continuation_byte(char c) {
    return (static_cast<unsigned char>(c) & 0xC0) == 0x80;
}

bool is_line_break(char c) {
    return c == '\n' || c == '\r';
}

std::string delimiter_name(char delimiter) {
    return delimiter == '\t' ? std::string("a tab") : std::string{'\'', delimiter, '\''};
}

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

std::string hex_byte(char c) {
    static constexpr char kDigits[] = "0123456789ABCDEF";
    const auto byte = static_cast<unsigned char>(c);
    return std::string("0x") + kDigits[byte >> 4] + kDigits[byte & 0x0F];
}

// Whole-text validation, eight bytes at a time through ASCII without control characters: the one
// pass over every byte of a commune-scale file that cannot be skipped. True when the text is
// well-formed UTF-8 (as is_valid_utf8 in util/utf8.cpp says, which the unit tests check; this one
// is only faster) and holds no forbidden control character.
bool clean_text(std::string_view text) {
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

}  // namespace

CsvReader::CsvReader(std::string_view text, std::string file, Diagnostics& diagnostics, char delimiter)
    : text_(text), file_(file), diagnostics_(diagnostics) {
    start(delimiter);
    // Validate once up front: the scanner then counts characters without decoding them.
    if (!clean_text(text_.substr(pos_))) {
        const std::size_t bad = pos_ + first_unclean(text_.substr(pos_));
        while (pos_ < bad) {
            if (is_line_break(text_[pos_]))
                take_line_break();
            else
                ++pos_;
        }
        fail(line_, column_at(bad), unclean_message(text_[bad]));
        done_ = true;
    }
}

CsvReader::CsvReader(InputStream& input, std::string file, Diagnostics& diagnostics, char delimiter)
    : input_(&input), input_done_(false), file_(file), diagnostics_(diagnostics) {
    refill();
    start(delimiter);
}

// The byte order mark, the delimiter and the bytes that stop an unquoted field.
void CsvReader::start(char delimiter) {
    if (delimiter != 0 && delimiter != ',' && delimiter != ';' && delimiter != '\t')
        throw UsageError("the CSV delimiter must be ',', ';' or a tab");
    if (text_.substr(0, kByteOrderMark.size()) == kByteOrderMark)
        pos_ = column_pos_ = line_start_ = kByteOrderMark.size();
    delimiter_ = delimiter != 0 ? delimiter : detect_delimiter(text_.substr(pos_));
    for (char c : {delimiter_, '"', '\n', '\r', '\0'}) stops_[static_cast<unsigned char>(c)] = true;
}

// Streaming: keeps at least kMaxCsvRecordBytes of the input ahead of pos_ (or all that is left).
// Called only between records, when no field points into the window: the bytes before pos_ are
// dropped, the rest moves to the front, and the window is filled up from the input.
void CsvReader::refill() {
    constexpr std::size_t kAhead = limits::kMaxCsvRecordBytes;
    constexpr std::size_t kWindow = 4 * kAhead;
    if (input_ == nullptr || input_done_ || text_.size() - pos_ >= kAhead) return;
    // Everything before the current line goes (between records the line starts at pos_).
    const std::size_t drop = std::min(pos_, line_start_);
    column_at(pos_);  // the column cache moves with the text: bring it to pos_ first
    if (!window_) window_ = std::make_unique_for_overwrite<char[]>(kWindow);  // never zero-filled
    std::memmove(window_.get(), window_.get() + drop, window_size_ - drop);
    window_size_ -= drop;
    column_pos_ -= drop;
    line_start_ -= drop;
    pos_ -= drop;
    const std::size_t usable = text_.size() - drop;
    while (!input_done_ && window_size_ < kWindow) {
        const std::size_t got = input_->read(window_.get() + window_size_, kWindow - window_size_);
        window_size_ += got;
        input_done_ = got == 0;
    }
    text_ = std::string_view(window_.get(), usable);
    validate_window();
}

// Extends text_ over the window's bytes that are valid UTF-8, up to a sequence the window cuts
// short (its rest comes with the next block). At an invalid byte text_ ends, and the input with
// it: the reader reports the byte when it gets there.
void CsvReader::validate_window() {
    const std::string_view window(window_.get(), window_size_);
    std::size_t end = window.size();
    if (!input_done_) {
        std::size_t i = end;
        while (i > 0 && end - i < 3 && is_continuation_byte(window[i - 1])) --i;
        if (i > 0 && static_cast<unsigned char>(window[i - 1]) >= 0xC0) end = i - 1;
    }
    const std::string_view fresh = window.substr(text_.size(), end - text_.size());
    if (clean_text(fresh)) {
        text_ = window.substr(0, end);
        return;
    }
    text_ = window.substr(0, text_.size() + first_unclean(fresh));
    invalid_ = true;
    input_done_ = true;
}

// Streaming: the text ends here but the input does not (an invalid byte, or a record longer than
// the window holds).
bool CsvReader::at_cut() const {
    return input_ != nullptr && pos_ >= text_.size() && (invalid_ || !input_done_);
}

void CsvReader::report_cut(const CsvRecord& record) {
    if (invalid_)
        fail(line_, column_at(pos_), unclean_message(window_[text_.size()]));  // the byte after text_
    else
        fail(record.line, 1,
             "this row runs on for more than " + std::to_string(limits::kMaxCsvRecordBytes >> 20) +
                 " MiB, more than chitieu reads as one row; a quote opened in it is probably never "
                 "closed: close it, and double any quote inside a field");
    done_ = true;
}

void CsvReader::fail(int line, int column, std::string message) {
    diagnostics_.error(where(line, column), std::move(message));
}

// A NUL byte ends the reading: what follows is binary or UTF-16, and would only add noise.
void CsvReader::fail_nul() {
    fail(line_, column_at(pos_),
         "a NUL byte: this is not a text file, or it is UTF-16; save it as UTF-8 CSV");
    done_ = true;
}

// Steps over the line break at pos_ ("\r\n", "\n" or a lone "\r") and starts the next line.
void CsvReader::take_line_break() {
    if (text_[pos_] == '\r' && pos_ + 1 < text_.size() && text_[pos_ + 1] == '\n') ++pos_;
    ++pos_;
    ++line_;
    line_start_ = column_pos_ = pos_;
    column_ = 1;
}

// The character column of byte `pos` on the current line. Fields are asked for in order, so
// counting on from the last answer keeps the whole file linear.
int CsvReader::column_at(std::size_t pos) {
    if (column_pos_ < pos) {
        column_ += count_characters(text_, column_pos_, pos);
        column_pos_ = pos;
    }
    return column_;
}

int CsvReader::column(const CsvField& field) const {
    return 1 + count_characters(text_, field.line_start, field.offset);
}

bool CsvReader::next(CsvRecord& record) {
    while (!done_) {
        refill();
        while (pos_ < text_.size() && is_line_break(text_[pos_])) take_line_break();
        if (pos_ >= text_.size()) {
            if (input_ != nullptr && !input_done_) continue;  // only blank lines in this window
            if (at_cut()) report_cut(record);
            break;
        }
        refill();
        bool ran_out = false;
        const Outcome outcome = read_record(record, ran_out);
        if (ran_out && at_cut()) {
            report_cut(record);
            break;
        }
        if (outcome == Outcome::end) break;
        if (header_fields_ == 0) {
            if (outcome == Outcome::malformed) {
                diagnostics_.note(where(record.line, 1),
                                  "the header line is malformed, so the rest of the file was not read");
                break;
            }
            header_fields_ = record.fields.size();
            return true;
        }
        if (outcome == Outcome::malformed) continue;
        if (record.fields.size() != header_fields_) {
            report_ragged(record);
            continue;
        }
        return true;
    }
    done_ = true;
    return false;
}

void CsvReader::report_ragged(const CsvRecord& record) {
    const std::string counts = "this row has " + std::to_string(record.fields.size()) +
                               " fields but the header has " + std::to_string(header_fields_);
    if (record.fields.size() > header_fields_) {
        const CsvField& extra = record.fields[header_fields_];
        fail(extra.line, column(extra),
             counts + "; quote a field that contains " + delimiter_name(delimiter_) +
                 ", or add the missing column to the header");
    } else {
        fail(record.line, 1, counts + "; add the missing cells (an empty cell is fine)");
    }
}

// `ran_out` tells that the record ended at the end of the text rather than at a line break.
// The common record, read sixteen bytes at a time: on one line, ended by a line feed, with no
// quote, carriage return or NUL. Anything else (or the text ending first) returns false having
// changed nothing but `record.fields`, and read_record takes the general way from the start.
bool CsvReader::read_plain_record(CsvRecord& record) {
#if defined(__SSE2__)
    if (!fast_paths_) return false;
    const __m128i delimiter16 = _mm_set1_epi8(delimiter_);
    const __m128i newline16 = _mm_set1_epi8('\n');
    const __m128i quote16 = _mm_set1_epi8('"');
    const __m128i carriage16 = _mm_set1_epi8('\r');
    const __m128i zero16 = _mm_setzero_si128();
    std::size_t start = pos_;
    for (std::size_t block = pos_; block + 16 <= text_.size(); block += 16) {
        const __m128i bytes = _mm_loadu_si128(reinterpret_cast<const __m128i*>(text_.data() + block));
        auto ends = static_cast<unsigned>(_mm_movemask_epi8(
            _mm_or_si128(_mm_cmpeq_epi8(bytes, delimiter16), _mm_cmpeq_epi8(bytes, newline16))));
        const auto others = static_cast<unsigned>(_mm_movemask_epi8(
            _mm_or_si128(_mm_or_si128(_mm_cmpeq_epi8(bytes, quote16), _mm_cmpeq_epi8(bytes, carriage16)),
                         _mm_cmpeq_epi8(bytes, zero16))));
        const unsigned first_other = others != 0 ? static_cast<unsigned>(std::countr_zero(others)) : 16U;
        for (; ends != 0; ends &= ends - 1) {
            const auto at = static_cast<unsigned>(std::countr_zero(ends));
            if (at > first_other) break;
            const std::size_t end = block + at;
            record.fields.push_back({text_.substr(start, end - start), line_, false, start, line_start_});
            start = end + 1;
            if (text_[end] == '\n') {
                pos_ = end;
                take_line_break();
                return true;
            }
        }
        if (others != 0) break;
    }
    record.fields.clear();
#else
    (void)record;
#endif
    return false;
}

CsvReader::Outcome CsvReader::read_record(CsvRecord& record, bool& ran_out) {
    record.line = line_;
    record.fields.clear();
    buffer_.clear();
    unescaped_.clear();
    if (read_plain_record(record)) return Outcome::record;
    bool malformed = false;
    for (;;) {
        CsvField field;
        field.line = line_;
        field.offset = pos_;
        field.line_start = line_start_;
        if (pos_ < text_.size() && text_[pos_] == '"') {
            field.quoted = true;
            if (!read_quoted(field, record.fields.size(), malformed)) {
                ran_out = pos_ >= text_.size();
                return Outcome::end;
            }
        } else {
            const std::size_t begin = pos_;
            if (!skip_to_field_end(true, malformed)) return Outcome::end;
            field.text = text_.substr(begin, pos_ - begin);
        }
        record.fields.push_back(field);
        if (pos_ >= text_.size()) {
            ran_out = true;
            break;
        }
        if (text_[pos_] == delimiter_) {
            ++pos_;  // a delimiter last on a line still opens one more (empty) field
            continue;
        }
        take_line_break();
        break;
    }
    // buffer_ may have moved while it grew: point into it only now.
    for (const Unescaped& u : unescaped_)
        record.fields[u.field].text = std::string_view(buffer_).substr(u.offset, u.length);
    return malformed ? Outcome::malformed : Outcome::record;
}

// Advances pos_ to the delimiter, line break or end that closes the field. Returns false on a
// NUL byte (which ends the reading).
bool CsvReader::skip_to_field_end(bool report_quotes, bool& malformed) {
    for (;;) {
        pos_ = find_stop(text_, pos_, delimiter_, stops_);
        if (pos_ >= text_.size() || text_[pos_] == delimiter_ || is_line_break(text_[pos_])) return true;
        if (text_[pos_] == '\0') {
            fail_nul();
            return false;
        }
        // A quote inside an unquoted field: report the first one, then read it as text.
        if (report_quotes) {
            fail(line_, column_at(pos_),
                 "a quote in the middle of an unquoted field; quote the whole field and double the "
                 "quotes inside it (\"5\"\" pipe\")");
            malformed = true;
            report_quotes = false;
        }
        ++pos_;
    }
}

// Reads the quoted field starting at pos_. Returns false when the quote is never closed or a
// NUL byte is met (both end the reading).
bool CsvReader::read_quoted(CsvField& field, std::size_t index, bool& malformed) {
    ++pos_;
    std::size_t chunk = pos_;  // the start of text not yet copied to buffer_
    bool copied = false;
    std::size_t offset = 0;
    for (;;) {
        if (pos_ >= text_.size()) {
            if (at_cut()) return false;  // next() says why
            fail(field.line, column(field),
                 "the quoted field opened here is never closed; add the closing quote, and double "
                 "any quote inside the field");
            done_ = true;
            return false;
        }
        const char c = text_[pos_];
        if (c == '"') {
            if (pos_ + 1 >= text_.size() || text_[pos_ + 1] != '"') break;
            if (!copied) offset = buffer_.size();
            copied = true;
            buffer_.append(text_.substr(chunk, pos_ + 1 - chunk));  // keeps one of the two quotes
            pos_ += 2;
            chunk = pos_;
        } else if (is_line_break(c)) {
            take_line_break();  // the line break stays part of the value
        } else if (c == '\0') {
            fail_nul();
            return false;
        } else {
            ++pos_;
        }
    }
    if (copied) {
        buffer_.append(text_.substr(chunk, pos_ - chunk));
        unescaped_.push_back({index, offset, buffer_.size() - offset});
    } else {
        field.text = text_.substr(chunk, pos_ - chunk);
    }
    ++pos_;  // the closing quote
    if (pos_ < text_.size() && text_[pos_] != delimiter_ && !is_line_break(text_[pos_])) {
        fail(line_, column_at(pos_),
             "text after the closing quote of a field; put the whole field inside the quotes, and "
             "double any quote inside it");
        malformed = true;
        return skip_to_field_end(false, malformed);  // so that the record's end is still found
    }
    return true;
}

}  // namespace chitieu
