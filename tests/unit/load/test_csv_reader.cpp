#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "load/csv_reader.hpp"
#include "support/messages.hpp"

using namespace chitieu;
using namespace std::string_literals;

namespace {

struct Field {
    std::string text;
    int line = 0;
    int column = 0;
    bool quoted = false;
};

struct Record {
    int line = 0;
    std::vector<Field> fields;
};

// Everything a reader yields, copied out (its views die at the next call).
struct Read {
    char delimiter = 0;
    std::vector<Record> records;
    std::vector<std::string> messages;

    std::vector<std::vector<std::string>> texts() const {
        std::vector<std::vector<std::string>> out;
        for (const Record& record : records) {
            out.emplace_back();
            for (const Field& field : record.fields) out.back().push_back(field.text);
        }
        return out;
    }
};

Read read_all(std::string_view text, char delimiter = 0) {
    Diagnostics diagnostics;
    CsvReader reader(text, "t.csv", diagnostics, delimiter);
    Read result;
    result.delimiter = reader.delimiter();
    CsvRecord record;
    while (reader.next(record)) {
        result.records.push_back({record.line, {}});
        for (const CsvField& f : record.fields)
            result.records.back().fields.push_back({std::string(f.text), f.line, reader.column(f), f.quoted});
    }
    CHECK_FALSE(reader.next(record));  // stays at the end
    result.messages = test::formatted(diagnostics);
    return result;
}

using Rows = std::vector<std::vector<std::string>>;

}  // namespace

TEST_CASE("csv reader: plain records with lines and columns") {
    const Read read = read_all("a,b,c\n1,22,333\n");
    CHECK(read.messages.empty());
    CHECK(read.delimiter == ',');
    CHECK(read.texts() == Rows{{"a", "b", "c"}, {"1", "22", "333"}});
    const Record& row = read.records[1];
    CHECK(row.line == 2);
    CHECK(row.fields[0].column == 1);
    CHECK(row.fields[1].column == 3);
    CHECK(row.fields[2].column == 6);
    CHECK(row.fields[2].line == 2);
    CHECK_FALSE(row.fields[2].quoted);
}

TEST_CASE("csv reader: quoted fields, doubled quotes and embedded delimiters") {
    const Read read = read_all("name,note\n\"Long Bình An\",\"say \"\"hi\"\", ok\"\n\"\",x\n");
    CHECK(read.messages.empty());
    CHECK(read.texts() == Rows{{"name", "note"}, {"Long Bình An", "say \"hi\", ok"}, {"", "x"}});
    CHECK(read.records[1].fields[0].quoted);
    CHECK(read.records[2].fields[0].quoted);
    CHECK(read.records[2].fields[0].text.empty());
}

TEST_CASE("csv reader: columns count characters, not bytes, on Vietnamese text") {
    // "Long Bình An" is 12 characters (13 bytes): the quoted field spans columns 1-14.
    const Read read = read_all("name,kind,district\n\"Long Bình An\",park,Thành phố Tuyên Quang\n");
    REQUIRE(read.records.size() == 2);
    CHECK(read.records[1].fields[1].column == 16);
    CHECK(read.records[1].fields[2].column == 21);
    const Read unquoted = read_all("a,b,c\nSơn Dương,Yên Sơn,x\n");
    CHECK(unquoted.records[1].fields[1].column == 11);
    CHECK(unquoted.records[1].fields[2].column == 19);
}

TEST_CASE("csv reader: several undoubled fields in one record keep their own text") {
    // Long values make the shared buffer grow while the record is read.
    const std::string long_a(300, 'a'), long_b(500, 'b');
    const std::string text = "x,y,z\n\"" + long_a + "\"\"\",plain,\"\"\"" + long_b + "\"\"\"\n";
    const Read read = read_all(text);
    CHECK(read.messages.empty());
    REQUIRE(read.records.size() == 2);
    CHECK(read.records[1].fields[0].text == long_a + "\"");
    CHECK(read.records[1].fields[1].text == "plain");
    CHECK(read.records[1].fields[2].text == "\"" + long_b + "\"");
}

TEST_CASE("csv reader: a line break inside quotes keeps the positions after it right") {
    const Read read = read_all("a,b,c\n\"line one\nline two\",Yên,3\n4,5,6\n");
    CHECK(read.messages.empty());
    CHECK(read.texts() == Rows{{"a", "b", "c"}, {"line one\nline two", "Yên", "3"}, {"4", "5", "6"}});
    const Record& spanning = read.records[1];
    CHECK(spanning.line == 2);
    CHECK(spanning.fields[0].line == 2);
    CHECK(spanning.fields[0].column == 1);
    CHECK(spanning.fields[1].line == 3);
    CHECK(spanning.fields[1].column == 11);
    CHECK(spanning.fields[2].column == 15);
    CHECK(read.records[2].line == 4);
}

TEST_CASE("csv reader: CRLF, LF and lone CR line ends, mixed") {
    const Read read = read_all("a,b\r\n1,2\n3,4\r5,\"6\r\n7\"\r\n8,9");
    CHECK(read.messages.empty());
    CHECK(read.texts() == Rows{{"a", "b"}, {"1", "2"}, {"3", "4"}, {"5", "6\r\n7"}, {"8", "9"}});
    CHECK(read.records[1].line == 2);
    CHECK(read.records[2].line == 3);
    CHECK(read.records[3].line == 4);
    CHECK(read.records[4].line == 6);
}

TEST_CASE("csv reader: a byte order mark is skipped and not counted") {
    const Read read = read_all(
        "\xEF\xBB\xBF"
        "a;b\r\n1;2\r\n");
    CHECK(read.messages.empty());
    CHECK(read.delimiter == ';');
    CHECK(read.texts() == Rows{{"a", "b"}, {"1", "2"}});
    CHECK(read.records[0].fields[0].column == 1);
    CHECK(read.records[0].fields[1].column == 3);
}

TEST_CASE("csv reader: the delimiter is detected from the header line") {
    CHECK(read_all("a;b;c\n1,5;2;3\n").texts() == Rows{{"a", "b", "c"}, {"1,5", "2", "3"}});
    const Read tabs = read_all("area\tindicator\tvalue\nTuyên Quang\tx\t1,5\n");
    CHECK(tabs.delimiter == '\t');
    CHECK(tabs.texts() == Rows{{"area", "indicator", "value"}, {"Tuyên Quang", "x", "1,5"}});
    CHECK(read_all("a,b;c\n").delimiter == ',');  // a tie
    CHECK(read_all("a;b\tc,d;e\n").delimiter == ';');
    CHECK(read_all("only\n1\n").delimiter == ',');        // none
    CHECK(read_all("\"a,b,c\";d;e\n").delimiter == ';');  // quoted commas do not count
    CHECK(read_all("a;b\n1,2,3,4\n").delimiter == ';');   // the header line only
}

TEST_CASE("csv reader: a forced delimiter overrides detection") {
    const Read read = read_all("a,b;c\n1,2;3\n", ';');
    CHECK(read.delimiter == ';');
    CHECK(read.texts() == Rows{{"a,b", "c"}, {"1,2", "3"}});
    CHECK_THROWS_AS(read_all("a|b\n", '|'), UsageError);
}

TEST_CASE("csv reader: empty fields, empty lines and the trailing line") {
    CHECK(read_all("a,b,c\n,,\n").texts() == Rows{{"a", "b", "c"}, {"", "", ""}});
    CHECK(read_all("a,b\n1,").texts() == Rows{{"a", "b"}, {"1", ""}});
    const Read blank = read_all("a,b\n\n1,2\r\n\r\n\n");
    CHECK(blank.messages.empty());
    CHECK(blank.texts() == Rows{{"a", "b"}, {"1", "2"}});
    CHECK(blank.records[1].line == 3);
    const Read empty = read_all("");
    CHECK(empty.records.empty());
    CHECK(empty.messages.empty());
    CHECK(read_all("\xEF\xBB\xBF\r\n").records.empty());
}

TEST_CASE("csv reader: a ragged row names both counts and is skipped") {
    const Read read = read_all("a,b,c\n1,2\n1,2,3,4\n5,6,7\n");
    CHECK(read.texts() == Rows{{"a", "b", "c"}, {"5", "6", "7"}});
    REQUIRE(read.messages.size() == 2);
    CHECK(read.messages[0] ==
          "t.csv:2:1: error: this row has 2 fields but the header has 3; add the missing cells (an empty "
          "cell is fine)");
    CHECK(read.messages[1] ==
          "t.csv:3:7: error: this row has 4 fields but the header has 3; quote a field that contains ',', or "
          "add the missing column to the header");
    const Read semicolons = read_all("a;b\n1;2;3\n");
    CHECK(semicolons.messages[0] ==
          "t.csv:2:5: error: this row has 3 fields but the header has 2; quote a field that contains ';', or "
          "add the missing column to the header");
}

TEST_CASE("csv reader: an unterminated quote is reported where it opens and ends the reading") {
    const Read read = read_all("a,b\n1,2\nTuyên,\"open\n3,4\n5,6\n");
    CHECK(read.texts() == Rows{{"a", "b"}, {"1", "2"}});
    REQUIRE(read.messages.size() == 1);
    CHECK(read.messages[0] ==
          "t.csv:3:7: error: the quoted field opened here is never closed; add the closing quote, and double "
          "any quote inside the field");
}

TEST_CASE("csv reader: a quote inside an unquoted field") {
    const Read read = read_all("a,b\n1,5\" pipe\"\n3,4\n");
    CHECK(read.texts() == Rows{{"a", "b"}, {"3", "4"}});
    REQUIRE(read.messages.size() == 1);
    CHECK(
        read.messages[0] ==
        "t.csv:2:4: error: a quote in the middle of an unquoted field; quote the whole field and double the "
        "quotes inside it (\"5\"\" pipe\")");
}

TEST_CASE("csv reader: text after a closing quote") {
    const Read read = read_all("a,b\n\"Tân\" Trào,2\n3,4\n");
    CHECK(read.texts() == Rows{{"a", "b"}, {"3", "4"}});
    REQUIRE(read.messages.size() == 1);
    CHECK(read.messages[0] ==
          "t.csv:2:6: error: text after the closing quote of a field; put the whole field inside the quotes, "
          "and double any quote inside it");
}

TEST_CASE("csv reader: a NUL byte ends the reading") {
    const Read read = read_all("a,b\n1,2\n3,x\0y\n5,6\n"s);
    CHECK(read.texts() == Rows{{"a", "b"}, {"1", "2"}});
    REQUIRE(read.messages.size() == 1);
    CHECK(read.messages[0] ==
          "t.csv:3:4: error: a NUL byte: this is not a text file, or it is UTF-16; save it as UTF-8 CSV");
    CHECK(read_all("a,\"b\0\"\n"s).messages.size() == 1);
}

TEST_CASE("csv reader: invalid UTF-8 is located and nothing is read") {
    const Read read = read_all("a,b\r\n1,2\nTuyên,Qu\xE1ng\n");  // a Windows-1258 byte
    CHECK(read.records.empty());
    REQUIRE(read.messages.size() == 1);
    CHECK(read.messages[0] ==
          "t.csv:3:9: error: the text is not valid UTF-8 (byte 0xE1 here); save the file as UTF-8 (in Excel: "
          "\"CSV UTF-8\"), not in a legacy encoding");
    const Read utf16 = read_all(
        "\xFF\xFE"
        "a\0,\0"s);
    REQUIRE(utf16.messages.size() == 1);
    CHECK(utf16.messages[0].rfind("t.csv:1:1: error: the text is not valid UTF-8 (byte 0xFF here)", 0) == 0);
}

TEST_CASE("csv reader: a malformed header stops the reading with a note") {
    const Read read = read_all("a\"b,c\n1,2\n");
    CHECK(read.records.empty());
    REQUIRE(read.messages.size() == 2);
    CHECK(read.messages[0].rfind("t.csv:1:2: error: a quote in the middle of an unquoted field", 0) == 0);
    CHECK(read.messages[1] ==
          "t.csv:1:1: note: the header line is malformed, so the rest of the file was not read");
}

TEST_CASE("csv reader: control characters other than tab and line breaks are refused where they are") {
    CHECK(read_all("a,b\n1,x\x1b[31my\n").messages ==
          std::vector<std::string>{
              "t.csv:2:4: error: the text holds a control character (byte 0x1B here); delete "
              "it (it often comes with text pasted from another program)"});
    CHECK(read_all("a,b\n\"Long Bình\",An\x7f\n")
              .messages.at(0)
              .rfind("t.csv:2:15: error: the text holds a control "
                     "character (byte 0x7F here)",
                     0) == 0);
    CHECK(read_all("a,b\n\"x\x0by\",1\n")
              .messages.at(0)
              .rfind("t.csv:2:3: error: the text holds a control", 0) == 0);
    // Tab, CR, LF inside a quoted field are text; a tab may be the delimiter.
    CHECK(read_all("a,b\n\"x\ty\r\nz\",1\n").messages.empty());
    CHECK(read_all("a\tb\n1\t2\n").messages.empty());
}
