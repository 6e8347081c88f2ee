#include <doctest/doctest.h>

#include <string>
#include <string_view>

#include "chitieu/diagnostic.hpp"
#include "chitieu/util/file_name.hpp"

using namespace chitieu;

TEST_CASE("FileName reads as the string it was made from") {
    const std::string path = "data/series-with-a-long-name.csv";
    const FileName name(path);
    CHECK(name == path);
    CHECK(name == "data/series-with-a-long-name.csv");
    CHECK(name == std::string_view("data/series-with-a-long-name.csv"));
    CHECK_FALSE(name == "data/other.csv");
    CHECK(name.str() == path);
    CHECK(name.size() == path.size());
    const std::string& as_string = name;
    CHECK(as_string == path);
    CHECK_FALSE(name.empty());
}

TEST_CASE("FileName interns: the same name is the same entry, and the empty name is 'not known'") {
    CHECK(FileName("a.csv") == FileName(std::string("a.csv")));
    CHECK(&FileName("a.csv").str() == &FileName("a.csv").str());  // one copy for the process
    CHECK_FALSE(FileName("a.csv") == FileName("b.csv"));
    CHECK(FileName().empty());
    CHECK(FileName("").empty());
    CHECK(FileName() == FileName(""));
    CHECK(FileName().str().empty());
}

TEST_CASE("A SourceLocation stays small: the file is an index, not a string") {
    const SourceLocation where{"series.csv", 3, 7};
    CHECK(where.file == "series.csv");
    CHECK(sizeof(SourceLocation) == 12);
}

TEST_CASE("a sheet is interned apart from a file of the same name, and its places print as cells") {
    const FileName sheet = FileName::sheet("book.xlsx:Sheet1");
    const FileName file("book.xlsx:Sheet1");
    CHECK(sheet.is_sheet());
    CHECK_FALSE(file.is_sheet());
    CHECK_FALSE(sheet == file);
    CHECK(sheet == "book.xlsx:Sheet1");
    CHECK(FileName::sheet("book.xlsx:Sheet1") == sheet);
    // column 3 is C, 28 is AB (26 + 2), 16384 is XFD (24*676 + 6*26 + 4)
    CHECK(format_diagnostic({Severity::error, {sheet, 7, 3}, "x"}) == "book.xlsx:Sheet1!C7: error: x");
    CHECK(format_diagnostic({Severity::error, {sheet, 2, 28}, "x"}) == "book.xlsx:Sheet1!AB2: error: x");
    CHECK(format_diagnostic({Severity::error, {sheet, 1, 16384}, "x"}) == "book.xlsx:Sheet1!XFD1: error: x");
    CHECK(format_diagnostic({Severity::error, {sheet, 4, 0}, "x"}) == "book.xlsx:Sheet1!4:4: error: x");
    CHECK(format_diagnostic({Severity::error, {sheet, 0, 0}, "x"}) == "book.xlsx:Sheet1: error: x");
    CHECK(format_diagnostic({Severity::error, {file, 7, 3}, "x"}) == "book.xlsx:Sheet1:7:3: error: x");
    static_assert(sizeof(SourceLocation) == 12);
}
