// The CSV loader's fast paths (16 bytes at a time, quick numbers and years) must give exactly
// the answers of the plain ones: these cases put each interesting byte at every offset of a
// sixteen-byte block, and compare with the general functions or with hand-counted positions.
#include <doctest/doctest.h>

#include <algorithm>
#include <charconv>
#include <random>

#include <string>
#include <vector>

#include "chitieu/load/statistics_csv.hpp"
#include "chitieu/util/utf8.hpp"
#include "load/csv_reader.hpp"
#include "support/csv_transcript.hpp"
#include "support/dataset_transcript.hpp"
#include "support/messages.hpp"

using namespace chitieu;
using namespace std::string_literals;

namespace {

struct Read {
    std::vector<std::vector<int>> columns;  // each field's column
    std::vector<std::string> messages;
    std::vector<std::vector<std::string>> texts;
};

Read read_all(std::string_view text) {
    Diagnostics diagnostics;
    CsvReader reader(text, "t.csv", diagnostics);
    Read read;
    CsvRecord record;
    while (reader.next(record)) {
        read.columns.emplace_back();
        read.texts.emplace_back();
        for (const CsvField& field : record.fields) {
            read.columns.back().push_back(reader.column(field));
            read.texts.back().emplace_back(field.text);
        }
    }
    read.messages = test::formatted(diagnostics);
    return read;
}

}  // namespace

TEST_CASE("csv fast paths: UTF-8 validation agrees with is_valid_utf8 at every offset") {
    const std::vector<std::string> sequences = {
        "ồ",
        "€",
        "\xF0\x9D\x84\x9E",
        "\xC2\x80",
        "\xF4\x8F\xBF\xBF",
        "\xEF\xBF\xBD",
        "\xE1\x80\x80",
        "\xEC\xBF\xBF",
        "ịấỨ",  // valid
        "\xE1\xC0\x80",
        "\xEC\xBF\x7F",
        "\xE1\x80\xC0",  // a three-byte lead without its continuations
        "\xC0\xAF",
        "\xC1\xBF",
        "\xE0\x80\xAF",
        "\xED\xA0\x80",
        "\xF0\x80\x80\xAF",  // overlong, surrogate
        "\xF4\x90\x80\x80",
        "\xF5\x80\x80\x80",
        "\xFF",
        "\x80",
        "\xBF\xBF",  // too high, stray
        "\xE1\x80",
        "\xEC\xBF",
        "\xF0\x9D\x84",
        "\xC3"};  // cut short
    for (const std::string& sequence : sequences) {
        for (std::size_t offset = 0; offset < 40; ++offset) {  // every place in a 16-byte block
            CAPTURE(sequence);
            CAPTURE(offset);
            // Followed by an ASCII byte, and (without the trailer) last in the text.
            for (const std::string& trailer : {"x\n"s, ""s}) {
                const std::string text = "a\n" + std::string(offset, 'v') + sequence + trailer;
                const Read read = read_all(text);
                const bool valid = is_valid_utf8(sequence);
                CHECK(read.messages.empty() == valid);
                if (!valid) {
                    REQUIRE(read.messages.size() == 1);
                    // The first bad byte is the sequence's first: column offset + 1 on line 2.
                    CHECK(read.messages[0].rfind("t.csv:2:" + std::to_string(offset + 1) +
                                                     ": error: the text is not valid UTF-8",
                                                 0) == 0);
                }
            }
        }
    }
}

TEST_CASE("csv fast paths: columns count characters wherever a field ends in the word") {
    // "Xã Thượng Lâm" is 13 characters in 18 bytes; "Sơn Dương" 9 characters in 12 bytes.
    for (std::size_t pad = 0; pad < 17; ++pad) {
        CAPTURE(pad);
        const std::string text = "a,b,c\n" + std::string(pad, 'x') + "Xã Thượng Lâm,Sơn Dương,z\n";
        const Read read = read_all(text);
        REQUIRE(read.columns.size() == 2);
        CHECK(read.columns[1][1] == static_cast<int>(pad) + 15);
        CHECK(read.columns[1][2] == static_cast<int>(pad) + 25);
        CHECK(read.texts[1][2] == "z");
    }
}

TEST_CASE("csv fast paths: every stop byte is found at every offset") {
    // Up to 35: every offset of a 16-byte block, and the tail byte by byte.
    for (std::size_t length = 0; length < 36; ++length) {
        CAPTURE(length);
        const std::string cell(length, 'k');
        // delimiter, LF, CRLF and lone CR after a field of each length
        const Read plain = read_all("h1,h2\n" + cell + "," + cell + "\r\n" + cell + ",y\r" + cell + ",z");
        CHECK(plain.messages.empty());
        CHECK(plain.texts ==
              std::vector<std::vector<std::string>>{{"h1", "h2"}, {cell, cell}, {cell, "y"}, {cell, "z"}});
        // a quote inside an unquoted field, and a NUL byte, located at their own column
        const std::string column = std::to_string(length + 2);
        const Read quote = read_all("h\nk" + cell + "\"q\n");
        REQUIRE(quote.messages.size() == 1);
        CHECK(quote.messages[0].rfind("t.csv:2:" + column + ": error: a quote in the middle", 0) == 0);
        const Read nul = read_all("h\nk" + cell + "\0"s + "n\n");
        REQUIRE(nul.messages.size() == 1);
        CHECK(nul.messages[0].rfind("t.csv:2:" + column + ": error: a NUL byte", 0) == 0);
    }
}

TEST_CASE("csv fast paths: quick numbers and years read as the general parser does") {
    Diagnostics diagnostics;
    const Dataset dataset = load_statistics_csv(
        "indicator,year,value\n"
        "a,2014,1234\n"
        "a,2015,0.5\n"
        "a,2016,16143.25\n"
        "a,2017,007\n"
        "a,2018,1e3\n"  // the general way: an exponent
        "a,2019,+5\n"   // a sign
        "a,2020,5.\n"   // a point last
        "a,2021,.25\n"  // a point first
        "a,2022,-2.5\n"
        "a, 2023 ,0.1\n"  // spaces around the year
        "a,1900,00000000000000000000000000000001\n"
        "b,2101,1\n"       // out of range: the general message
        "b,2020,1.2.3\n",  // two points: the general message
        "s.csv", CsvOptions{}, diagnostics);
    REQUIRE(diagnostics.items().size() == 2);
    CHECK(format_diagnostic(diagnostics.items()[0]) ==
          "s.csv:13:3: error: year '2101' is not a year; years are whole numbers from 1900 to 2100");
    CHECK(format_diagnostic(diagnostics.items()[1]) ==
          "s.csv:14:8: error: value '1.2.3' is not a number; write plain decimals like 1234.5");
    const Series* series = dataset.areas.at(0).find_series("a");
    REQUIRE(series != nullptr);
    const std::vector<std::pair<int, double>> expected = {
        {1900, 1.0}, {2014, 1234.0}, {2015, 0.5},  {2016, 16143.25}, {2017, 7.0}, {2018, 1000.0},
        {2019, 5.0}, {2020, 5.0},    {2021, 0.25}, {2022, -2.5},     {2023, 0.1}};
    REQUIRE(series->values.size() == expected.size());
    for (const auto& [year, value] : expected) {
        CAPTURE(year);
        CHECK(series->values.at(year).value == value);
    }
    CHECK(series->values.at(2016).where.line == 4);
    CHECK(series->values.at(2016).where.column == 8);
}

TEST_CASE("csv fast paths: short decimals divide exactly as std::from_chars rounds") {
    std::mt19937_64 random(7);
    std::string text = "indicator,year,value\n";
    std::vector<double> expected;
    for (int i = 0; i < 2000; ++i) {
        // 1 to 17 digits, the point anywhere inside (or none): both sides of the 15-digit switch.
        const int length = 1 + static_cast<int>(random() % 17);
        std::string number;
        for (int d = 0; d < length; ++d) number += static_cast<char>('0' + random() % 10);
        const int point = static_cast<int>(random() % static_cast<unsigned>(length + 1));
        if (point > 0 && point < length) number.insert(static_cast<std::size_t>(point), ".");
        double value = 0;
        std::from_chars(number.data(), number.data() + number.size(), value);
        expected.push_back(value);
        text += "x" + std::to_string(i) + ",2020," + number + "\n";
    }
    Diagnostics diagnostics;
    const Dataset dataset = load_statistics_csv(text, "n.csv", CsvOptions{}, diagnostics);
    REQUIRE(diagnostics.items().empty());
    for (int i = 0; i < 2000; ++i) {
        CAPTURE(i);
        CHECK(dataset.areas.at(0).find_series("x" + std::to_string(i))->values.at(2020).value == expected[i]);
    }
}

namespace {

// Every record (with each field's line, column and quoting) and every message.
std::string transcript(std::string_view text, bool fast) {
    Diagnostics diagnostics;
    CsvReader reader(text, "t.csv", diagnostics);
    reader.use_fast_rows(fast);
    return test::transcript(reader, diagnostics);
}

}  // namespace

TEST_CASE("csv fast paths: plain records read sixteen bytes at a time as the general way reads them") {
    // Random texts over the bytes that matter: plain rows (the fast path), and quotes, CR, CRLF,
    // NUL, blank lines, ragged rows and Vietnamese letters at every place a block can cut them.
    const std::vector<std::string> pieces = {"a",  "bc", "1234.5",      "Long Bình An", "ồ",  " ",
                                             ",",  ",",  ",",           "\n",           "\n", "\r\n",
                                             "\r", "\"", "\"q,\"\"x\"", "\n\n"};
    std::mt19937_64 random(20261126);
    for (int round = 0; round < 3000; ++round) {
        std::string text = "h1,h2,h3\n";
        const int count = 1 + static_cast<int>(random() % 60);
        for (int i = 0; i < count; ++i) text += pieces[random() % pieces.size()];
        if (round % 50 == 0) text += std::string(1, '\0') + "tail\n";
        CAPTURE(text);
        CHECK(transcript(text, true) == transcript(text, false));
    }
}

TEST_CASE("csv fast paths: a control character is found at every offset of a block") {
    for (const char control : {'\x1b', '\x7f', '\x01', '\x0b'}) {
        for (std::size_t offset = 0; offset < 40; ++offset) {
            CAPTURE(static_cast<int>(control));
            CAPTURE(offset);
            const std::string text = "a\n" + std::string(offset, 'v') + control + std::string(40, 'w') + "\n";
            const Read read = read_all(text);
            REQUIRE(read.messages.size() == 1);
            CHECK(read.messages[0].rfind(
                      "t.csv:2:" + std::to_string(offset + 1) + ": error: the text holds a control character",
                      0) == 0);
        }
    }
}

TEST_CASE("csv fast paths: the common series row loads as the general way loads it") {
    // Split at ';' the loader takes the general way for every row (it watches for grouped
    // thousands there); split at ',' it takes the common-row way where it can. Values never look
    // grouped, so both must load the same rows, at the same places, with the same messages. The
    // columns come in a random order, with a note column sometimes, and units and sources of
    // equal bytes but unequal characters ("tỷ"/"ty1", "Cục"/"Cucx1"), so that a value's column
    // counted once per series would show if it were reused where it should not be.
    const std::vector<std::string> areas = {"Xã An Khánh", "Phường Hưng Thành", ""};
    const std::vector<std::string> indicators = {"industrial_output", "labour", "Bad Name"};
    const std::vector<std::string> units = {"", "tỷ", "ty1", "NA"};
    const std::vector<std::string> sources = {"", "Cục", "Cucx1", "NA"};
    const std::vector<std::string> measures = {"", "level", "index", "NA"};
    const std::vector<std::string> notes = {"", "ghi chú", "x"};
    const std::vector<std::string> values = {"1", "12.5", "", "NA", "7.25", "x1", "0.5", "100"};
    std::mt19937_64 random(11);
    for (int round = 0; round < 1500; ++round) {
        std::vector<std::string> header = {"area", "indicator", "year", "value", "unit", "source", "measure"};
        if (round % 3 == 0) header.push_back("note");
        std::shuffle(header.begin(), header.end(), random);
        std::string comma, semicolon;
        for (std::size_t c = 0; c < header.size(); ++c) {
            comma += (c ? "," : "") + header[c];
            semicolon += (c ? ";" : "") + header[c];
        }
        comma += "\n";
        semicolon += "\n";
        std::size_t area = 0, indicator = 0;
        int year = 2010;
        for (int i = 0; i < 40; ++i) {
            // Mostly runs of one series with rising years, sometimes a jump, a repeat, a step back.
            if (random() % 6 == 0) area = random() % areas.size();
            if (random() % 5 == 0) indicator = random() % indicators.size();
            const unsigned step = random() % 10;
            year += step < 7 ? 1 : step == 7 ? 0 : step == 8 ? -2 : 3;
            for (std::size_t c = 0; c < header.size(); ++c) {
                const std::string& name = header[c];
                const std::string cell =
                    name == "area"        ? areas[area]
                    : name == "indicator" ? indicators[indicator]
                    : name == "year"      ? (random() % 20 == 0 ? "20x1" : std::to_string(year))
                    : name == "value"     ? values[random() % values.size()]
                    : name == "unit"      ? units[random() % 4 == 0 ? random() % units.size() : 1]
                    : name == "source"    ? sources[random() % 4 == 0 ? random() % sources.size() : 1]
                    : name == "measure"   ? measures[random() % 8 == 0 ? random() % measures.size() : 0]
                                          : notes[random() % notes.size()];
                comma += (c ? "," : "") + cell;
                semicolon += (c ? ";" : "") + cell;
            }
            comma += "\n";
            semicolon += "\n";
        }
        Diagnostics by_comma, by_semicolon;
        const Dataset fast = load_statistics_csv(comma, "s.csv", CsvOptions{}, by_comma);
        const Dataset general = load_statistics_csv(semicolon, "s.csv", CsvOptions{}, by_semicolon);
        CAPTURE(comma);
        CHECK(test::transcript(fast, by_comma) == test::transcript(general, by_semicolon));
    }
}
