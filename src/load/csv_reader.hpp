// An RFC 4180 CSV record reader, over a text held whole in memory or streamed from an input in
// blocks (a window of a few MiB slides over the file, so memory stays flat whatever its size).
//
// Our own rather than a library: no CSV library among Debian's C++ -dev packages both reports the
// line and character column of every field (a record may span lines) and refuses malformed input
// with located errors instead of guessing. It must stream a 55 MB commune-level file with a
// million rows, so nothing is allocated per field: a field is a view into the text, or into one
// buffer reused for every record when its quotes had to be undoubled.
//
// Accepted: quoted fields with doubled quotes, delimiters and line breaks inside; CRLF, LF or a
// lone CR (mixed too); a UTF-8 byte order mark. Empty lines carry no record. Refused, with the
// place: a quote that is never closed, a quote inside an unquoted field, text after a closing
// quote, a record whose field count differs from the header's, NUL bytes, invalid UTF-8, control
// characters other than tab and line breaks (an ESC in a name would reach terminals), and
// (streamed) a record longer than limits::kMaxCsvRecordBytes.
#pragma once

#include <array>
#include <cstddef>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "chitieu/diagnostic.hpp"
#include "chitieu/load/limits.hpp"

namespace chitieu {

class InputStream;

struct CsvField {
    std::string_view text;  // the value: outer quotes removed, doubled quotes undoubled
    int line = 0;           // where the field starts (its opening quote when quoted), 1-based
    bool quoted = false;
    // Where the field and its line start in the reader's text. The column (in characters) is
    // counted only when asked for (CsvReader::column): a million rows need one column per row.
    std::size_t offset = 0;
    std::size_t line_start = 0;
};

struct CsvRecord {
    int line = 0;  // the line the record starts on
    std::vector<CsvField> fields;
};

class CsvReader {
public:
    // `delimiter` is ',', ';' or '\t', or 0 to take the most frequent of the three outside quotes
    // on the header line (',' on a tie or when there is none). Any other delimiter throws
    // UsageError. `text` must outlive the reader.
    CsvReader(std::string_view text, std::string file, Diagnostics& diagnostics, char delimiter = 0);
    // The same over `input`, read as the records are asked for. The whole text is validated as
    // UTF-8 up front in memory; streamed, block by block, so the rows before an invalid byte are
    // read (and their problems reported) before it is. `input` must outlive the reader.
    CsvReader(InputStream& input, std::string file, Diagnostics& diagnostics, char delimiter = 0);

    // Reads the next well-formed record into `record`; false at the end of the text. The first
    // record is the header, and every later one must have as many fields. A malformed record is
    // reported to the diagnostics and skipped; a malformed header, an unclosed quote, a NUL byte
    // and invalid UTF-8 end the reading. The fields stay valid until the next call.
    bool next(CsvRecord& record);

    char delimiter() const { return delimiter_; }
    const std::string& file() const { return file_.str(); }
    SourceLocation where(int line, int column) const { return {file_, line, column}; }
    SourceLocation where(const CsvField& field) const { return {file_, field.line, column(field)}; }
    // The field's column in characters, 1-based (valid, like the field, until the next call).
    int column(const CsvField& field) const;

    // Off, every record is read the general way, byte by byte: the reference the tests hold the
    // sixteen-bytes-at-a-time reading of plain records to (CsvOptions::fast_rows).
    void use_fast_rows(bool on) { fast_rows_ = on; }
    // On, records may have any number of fields: a grid (csv_grid.hpp) whose title and note
    // lines are shorter than its table, as exports write them.
    void accept_ragged(bool on) { ragged_ = on; }

private:
    enum class Outcome { record, malformed, end };
    struct Unescaped {  // a field whose text lives in buffer_, resolved once the record is whole
        std::size_t field = 0;
        std::size_t offset = 0;
        std::size_t length = 0;
    };

    Outcome read_record(CsvRecord& record, bool& ran_out);
    bool read_plain_record(CsvRecord& record);
    bool read_quoted(CsvField& field, std::size_t index, bool& malformed);
    bool skip_to_field_end(bool report_quotes, bool& malformed);
    void report_ragged(const CsvRecord& record);
    void take_line_break();
    void start(char delimiter);
    void validate_whole();
    // Streaming: keeps at least kMaxCsvRecordBytes ahead of pos_. Twice a record: the common
    // answer (nothing to do) inline, the work out of line.
    void refill() {
        if (input_ != nullptr && !input_done_ && text_.size() - pos_ < limits::kMaxCsvRecordBytes)
            refill_window();
    }
    void refill_window();
    void validate_window();
    bool at_cut() const;
    void report_cut(const CsvRecord& record);
    int column_at(std::size_t pos);
    void fail(int line, int column, std::string message, std::string message_vi);
    void fail_nul();

    std::string_view text_;           // the whole text, or the window's validated bytes
    InputStream* input_ = nullptr;    // streaming: where the window's bytes come from
    std::unique_ptr<char[]> window_;  // streaming: a few MiB of the input, refilled between records
    std::size_t window_size_ = 0;
    bool input_done_ = true;  // the input has given its last byte
    bool invalid_ = false;    // streaming: text_ ends before invalid UTF-8 or a control character
    FileName file_;           // interned once: every location of the file shares it
    Diagnostics& diagnostics_;
    char delimiter_ = ',';
    std::array<bool, 256> stops_{};  // bytes that end an unquoted run
    std::size_t pos_ = 0;
    int line_ = 1;
    std::size_t line_start_ = 0;  // where the current line starts
    std::size_t column_pos_ = 0;  // column_at's cache: the column of byte column_pos_
    int column_ = 1;
    std::size_t header_fields_ = 0;  // 0 until the header is read
    bool done_ = false;
    bool fast_rows_ = true;
    bool ragged_ = false;
    std::string buffer_;
    std::vector<Unescaped> unescaped_;
};

}  // namespace chitieu
