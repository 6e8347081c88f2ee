// The RFC 4180 reader: one pass over the text, positions tracked as it goes.
#include "chitieu/load/csv_reader.hpp"

#include <utility>

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

std::string hex_byte(char c) {
    static constexpr char kDigits[] = "0123456789ABCDEF";
    const auto byte = static_cast<unsigned char>(c);
    return std::string("0x") + kDigits[byte >> 4] + kDigits[byte & 0x0F];
}

}  // namespace

CsvReader::CsvReader(std::string_view text, std::string file, Diagnostics& diagnostics, char delimiter)
    : text_(text), file_(std::move(file)), diagnostics_(diagnostics) {
    if (delimiter != 0 && delimiter != ',' && delimiter != ';' && delimiter != '\t')
        throw UsageError("the CSV delimiter must be ',', ';' or a tab");
    if (text_.substr(0, kByteOrderMark.size()) == kByteOrderMark) pos_ = column_pos_ = kByteOrderMark.size();
    delimiter_ = delimiter != 0 ? delimiter : detect_delimiter(text_.substr(pos_));
    for (char c : {delimiter_, '"', '\n', '\r', '\0'}) stops_[static_cast<unsigned char>(c)] = true;

    // Validate once up front: the scanner then counts characters without decoding them.
    if (!is_valid_utf8(text_.substr(pos_))) {
        const std::size_t bad = pos_ + first_invalid_utf8(text_.substr(pos_));
        while (pos_ < bad) {
            if (is_line_break(text_[pos_]))
                take_line_break();
            else
                ++pos_;
        }
        fail(line_, column_at(bad),
             "the text is not valid UTF-8 (byte " + hex_byte(text_[bad]) +
                 " here); save the file as UTF-8 (in Excel: \"CSV UTF-8\"), not in a legacy encoding");
        done_ = true;
    }
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
    column_pos_ = pos_;
    column_ = 1;
}

// The character column of byte `pos` on the current line. Fields are asked for in order, so
// counting on from the last answer keeps the whole file linear.
int CsvReader::column_at(std::size_t pos) {
    for (; column_pos_ < pos; ++column_pos_)
        if (!is_continuation_byte(text_[column_pos_])) ++column_;
    return column_;
}

bool CsvReader::next(CsvRecord& record) {
    while (!done_) {
        while (pos_ < text_.size() && is_line_break(text_[pos_])) take_line_break();
        if (pos_ >= text_.size()) break;
        const Outcome outcome = read_record(record);
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
        fail(extra.line, extra.column,
             counts + "; quote a field that contains " + delimiter_name(delimiter_) +
                 ", or add the missing column to the header");
    } else {
        fail(record.line, 1, counts + "; add the missing cells (an empty cell is fine)");
    }
}

CsvReader::Outcome CsvReader::read_record(CsvRecord& record) {
    record.line = line_;
    record.fields.clear();
    buffer_.clear();
    unescaped_.clear();
    bool malformed = false;
    for (;;) {
        CsvField field;
        field.line = line_;
        field.column = column_at(pos_);
        if (pos_ < text_.size() && text_[pos_] == '"') {
            field.quoted = true;
            if (!read_quoted(field, record.fields.size(), malformed)) return Outcome::end;
        } else {
            const std::size_t begin = pos_;
            if (!skip_to_field_end(true, malformed)) return Outcome::end;
            field.text = text_.substr(begin, pos_ - begin);
        }
        record.fields.push_back(field);
        if (pos_ >= text_.size()) break;
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
        while (pos_ < text_.size() && !stops_[static_cast<unsigned char>(text_[pos_])]) ++pos_;
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
            fail(field.line, field.column,
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
