// An input's file name, interned: every SourceLocation names its file, and a statistics file of a
// million values made a million copies of the same path (a heap block each, beyond 15 bytes). A
// FileName is a 4-byte index into a process-wide table that keeps each distinct name once, for
// the life of the process (a run reads a handful of files).
//
// It reads as the std::string it stands for: `where.file.empty()`, `where.file == "s.csv"`,
// passing it where a `const std::string&` or a `std::string_view` is expected, and `.str()` where
// overloads make the conversion ambiguous (`cond ? std::string(...) : where.file`).
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

namespace chitieu {

class FileName {
public:
    FileName() = default;             // the empty name: "not known"
    FileName(std::string_view name);  // NOLINT(google-explicit-constructor): reads as a string
    FileName(const std::string& name) : FileName(std::string_view(name)) {}
    FileName(const char* name) : FileName(std::string_view(name)) {}

    // The name, valid for the rest of the process.
    const std::string& str() const;
    operator const std::string&() const { return str(); }  // NOLINT(google-explicit-constructor)
    operator std::string_view() const { return str(); }    // NOLINT(google-explicit-constructor)

    // A spreadsheet's sheet as a place: "book.xlsx:Sheet1", interned apart from a file that
    // happens to bear that name. A location in it prints as "book.xlsx:Sheet1!C7" (line = row,
    // column = column), as spreadsheets name cells (format_diagnostic).
    // `name` is the file's name, a colon and the sheet's name.
    static FileName sheet(std::string_view name);
    bool is_sheet() const;

    bool empty() const { return id_ == 0; }
    std::size_t size() const { return str().size(); }
    const char* c_str() const { return str().c_str(); }

    friend bool operator==(const FileName& a, const FileName& b) { return a.id_ == b.id_; }
    friend bool operator==(const FileName& a, std::string_view b) { return a.str() == b; }
    friend bool operator==(const FileName& a, const std::string& b) { return a.str() == b; }
    friend bool operator==(const FileName& a, const char* b) { return a.str() == b; }

private:
    std::uint32_t id_ = 0;
};

}  // namespace chitieu
