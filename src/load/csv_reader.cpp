// The RFC 4180 reader: one pass over the text, positions tracked as it goes.
#include "csv_reader.hpp"

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
#include "csv_scan.hpp"

namespace chitieu {

using namespace csv_scan;

namespace {

constexpr std::string_view kByteOrderMark = "\xEF\xBB\xBF";

// The characters in text[from, to), for columns.
int characters_between(std::string_view text, std::size_t from, std::size_t to) {
    return static_cast<int>(character_count(text.substr(from, to - from)));
}

std::string delimiter_name(char delimiter) {
    return delimiter == '\t' ? std::string("a tab") : std::string{'\'', delimiter, '\''};
}
std::string delimiter_name_vi(char delimiter) {
    return delimiter == '\t' ? std::string("dấu tab") : std::string{'\'', delimiter, '\''};
}

}  // namespace

CsvReader::CsvReader(std::string_view text, std::string file, Diagnostics& diagnostics, char delimiter)
    : text_(text), file_(file), diagnostics_(diagnostics) {
    start(delimiter);
    validate_whole();
}

// Validates the whole text once up front: the scanner then counts characters without decoding.
void CsvReader::validate_whole() {
    if (!clean_text(text_.substr(pos_))) {
        const std::size_t bad = pos_ + first_unclean(text_.substr(pos_));
        while (pos_ < bad) {
            if (is_line_break(text_[pos_]))
                take_line_break();
            else
                ++pos_;
        }
        fail(line_, column_at(bad), unclean_message(text_[bad]), unclean_message_vi(text_[bad]));
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
        throw UsageError("the CSV delimiter must be ',', ';' or a tab",
                         "dấu phân cách CSV phải là ',', ';' hoặc dấu tab");
    if (text_.substr(0, kByteOrderMark.size()) == kByteOrderMark)
        pos_ = column_pos_ = line_start_ = kByteOrderMark.size();
    delimiter_ = delimiter != 0 ? delimiter : detect_delimiter(text_.substr(pos_));
    for (char c : {delimiter_, '"', '\n', '\r', '\0'}) stops_[static_cast<unsigned char>(c)] = true;
}

// Streaming: keeps at least kMaxCsvRecordBytes of the input ahead of pos_ (or all that is left).
// Called only between records, when no field points into the window: the bytes before pos_ are
// dropped, the rest moves to the front, and the window is filled up from the input.
void CsvReader::refill_window() {
    constexpr std::size_t kAhead = limits::kMaxCsvRecordBytes;
    constexpr std::size_t kWindow = 4 * kAhead;
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
        // A character the window cuts short waits for the next block, lead byte and all.
        while (i > 0 && end - i < 3 && is_utf8_continuation(window[i - 1])) --i;
        if (i > 0 && utf8_sequence_length(window[i - 1]) > end - (i - 1)) end = i - 1;
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
        fail(line_, column_at(pos_), unclean_message(window_[text_.size()]),
             unclean_message_vi(window_[text_.size()]));  // the byte after text_
    else
        fail(record.line, 1,
             "this row runs on for more than " + std::to_string(limits::kMaxCsvRecordBytes >> 20) +
                 " MiB, more than chitieu reads as one row; a quote opened in it is probably never "
                 "closed: close it, and double any quote inside a field",
             "dòng này dài hơn " + std::to_string(limits::kMaxCsvRecordBytes >> 20) +
                 " MiB, quá mức chitieu đọc cho một dòng; có lẽ một dấu ngoặc kép mở trong dòng không bao "
                 "giờ được đóng: hãy đóng nó, và nhân đôi mọi dấu ngoặc kép bên trong một trường");
    done_ = true;
}

void CsvReader::fail(int line, int column, std::string message, std::string message_vi) {
    diagnostics_.error(where(line, column), std::move(message), std::move(message_vi));
}

// A NUL byte ends the reading: what follows is binary or UTF-16, and would only add noise.
void CsvReader::fail_nul() {
    fail(line_, column_at(pos_), "a NUL byte: this is not a text file, or it is UTF-16; save it as UTF-8 CSV",
         "một byte NUL: đây không phải tệp văn bản, hoặc là UTF-16; hãy lưu lại thành CSV UTF-8");
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
        column_ += characters_between(text_, column_pos_, pos);
        column_pos_ = pos;
    }
    return column_;
}

int CsvReader::column(const CsvField& field) const {
    return 1 + characters_between(text_, field.line_start, field.offset);
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
                                  "the header line is malformed, so the rest of the file was not read",
                                  "dòng tiêu đề sai cấu trúc, nên phần còn lại của tệp không được đọc");
                break;
            }
            header_fields_ = record.fields.size();
            return true;
        }
        if (outcome == Outcome::malformed) continue;
        if (!ragged_ && record.fields.size() != header_fields_) {
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
    const std::string counts_vi = "dòng này có " + std::to_string(record.fields.size()) +
                                  " trường nhưng dòng tiêu đề có " + std::to_string(header_fields_);
    if (record.fields.size() > header_fields_) {
        const CsvField& extra = record.fields[header_fields_];
        fail(extra.line, column(extra),
             counts + "; quote a field that contains " + delimiter_name(delimiter_) +
                 ", or add the missing column to the header",
             counts_vi + "; hãy đặt trong dấu ngoặc kép trường có chứa " + delimiter_name_vi(delimiter_) +
                 ", hoặc thêm cột còn thiếu vào dòng tiêu đề");
    } else {
        fail(record.line, 1, counts + "; add the missing cells (an empty cell is fine)",
             counts_vi + "; hãy thêm các ô còn thiếu (ô trống cũng được)");
    }
}

// `ran_out` tells that the record ended at the end of the text rather than at a line break.
// The common record, read sixteen bytes at a time: on one line, ended by a line feed, with no
// quote, carriage return or NUL. Anything else (or the text ending first) returns false having
// changed nothing but `record.fields`, and read_record takes the general way from the start.
bool CsvReader::read_plain_record(CsvRecord& record) {
#if defined(__SSE2__)
    if (!fast_rows_) return false;
    const __m128i delimiter16 = _mm_set1_epi8(delimiter_);
    const __m128i newline16 = _mm_set1_epi8('\n');
    const __m128i quote16 = _mm_set1_epi8('"');
    const __m128i carriage16 = _mm_set1_epi8('\r');
    const __m128i zero16 = _mm_setzero_si128();
    const char* const data = text_.data();
    std::size_t start = pos_;
    for (std::size_t block = pos_; block + 16 <= text_.size(); block += 16) {
        const __m128i bytes = _mm_loadu_si128(reinterpret_cast<const __m128i*>(data + block));
        const auto newlines = static_cast<unsigned>(_mm_movemask_epi8(_mm_cmpeq_epi8(bytes, newline16)));
        auto ends = newlines | static_cast<unsigned>(_mm_movemask_epi8(_mm_cmpeq_epi8(bytes, delimiter16)));
        const auto others = static_cast<unsigned>(_mm_movemask_epi8(
            _mm_or_si128(_mm_or_si128(_mm_cmpeq_epi8(bytes, quote16), _mm_cmpeq_epi8(bytes, carriage16)),
                         _mm_cmpeq_epi8(bytes, zero16))));
        const unsigned first_other = others != 0 ? static_cast<unsigned>(std::countr_zero(others)) : 16U;
        for (; ends != 0; ends &= ends - 1) {
            const auto at = static_cast<unsigned>(std::countr_zero(ends));
            if (at > first_other) break;
            const std::size_t end = block + at;
            record.fields.push_back(
                {std::string_view(data + start, end - start), line_, false, start, line_start_});
            start = end + 1;
            if ((newlines >> at) & 1U) {  // take_line_break for a lone LF
                pos_ = start;
                ++line_;
                line_start_ = column_pos_ = pos_;
                column_ = 1;
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
                 "quotes inside it (\"5\"\" pipe\")",
                 "dấu ngoặc kép ở giữa một trường không đặt trong ngoặc kép; hãy đặt cả trường trong "
                 "ngoặc kép và nhân đôi các dấu ngoặc kép bên trong (\"5\"\" pipe\")");
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
                 "any quote inside the field",
                 "trường mở ngoặc kép ở đây không bao giờ được đóng; hãy thêm dấu ngoặc kép đóng, và nhân "
                 "đôi mọi dấu ngoặc kép bên trong trường");
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
             "double any quote inside it",
             "có văn bản sau dấu ngoặc kép đóng của một trường; hãy đặt cả trường trong dấu ngoặc kép, "
             "và nhân đôi mọi dấu ngoặc kép bên trong");
        malformed = true;
        return skip_to_field_end(false, malformed);  // so that the record's end is still found
    }
    return true;
}

}  // namespace chitieu
