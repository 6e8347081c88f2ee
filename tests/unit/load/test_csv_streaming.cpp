// The streamed CSV reader against the whole-text one: the same records, places and messages,
// across window boundaries; and the streamed series table, area by area.
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "chitieu/load/input_file.hpp"
#include "chitieu/load/statistics_csv.hpp"
#include "load/csv_reader.hpp"
#include "support/csv_transcript.hpp"
#include "support/scratch.hpp"

using namespace chitieu;
using chitieu::test::ScratchDir;
using chitieu::test::spill;
using chitieu::test::transcript;

namespace {

std::string read_whole(const std::string& text) {
    Diagnostics diagnostics;
    CsvReader reader(text, "t.csv", diagnostics);
    return transcript(reader, diagnostics);
}

std::string read_streamed(const ScratchDir& dir, const std::string& text) {
    const auto path = dir.path / "t.csv";
    spill(path, text);
    InputStream input(path.string());
    Diagnostics diagnostics;
    CsvReader reader(input, "t.csv", diagnostics);
    return transcript(reader, diagnostics);
}

// About `bytes` of rows with Vietnamese names, quoted fields (some over two lines, some with
// doubled quotes), CRLF and LF, blank lines: every kind of byte lands on a window boundary.
std::string big_table(std::size_t bytes) {
    std::string text =
        "\xEF\xBB\xBF"
        "area,indicator,year,value\n";
    for (int i = 0; text.size() < bytes; ++i) {
        switch (i % 5) {
            case 0:
                text += "Long Bình An " + std::to_string(i) + ",industrial_output,2021,1.5\n";
                break;
            case 1:
                text += "\"Xã \"\"Tân\"\" Trào\",x,2022,\"2,5\"\r\n";
                break;
            case 2:
                text += "\"Phường\nHai dòng\",y,2023,3\n\n";
                break;
            case 3:
                text += "Ứng Hòa,z,2024,\n";
                break;
            default:
                text += "a,b,c,d\r";
                break;
        }
    }
    return text;
}

}  // namespace

TEST_CASE("streamed csv reader: the same records, places and messages as the whole text") {
    ScratchDir dir("csv-stream");
    for (const std::size_t size : {std::size_t{0}, std::size_t{100}, std::size_t{9} << 20}) {
        CAPTURE(size);
        const std::string text = big_table(size);
        CHECK(read_streamed(dir, text) == read_whole(text));
    }
    // Ragged rows, a quote in an unquoted field, text after a closing quote, far into the file.
    std::string text = big_table(5 << 20);
    text += "a,b\nx,y\"z,1,2\n\"q\"r,1,2,3\n";
    CHECK(read_streamed(dir, text) == read_whole(text));
    // A quote never closed, near the end: the rest of the file is shorter than the window.
    CHECK(read_streamed(dir, text + "\"open,1,2,3\n") == read_whole(text + "\"open,1,2,3\n"));
}

TEST_CASE("streamed csv reader: an invalid byte far into the file, after the rows before it") {
    ScratchDir dir("csv-stream-utf8");
    std::string text = big_table(6 << 20);
    const std::string head = text;
    text += "Xã B\xC0ng,x,2021,1\n";
    const std::string whole = read_whole(text);  // up front: only the byte's error
    const std::string streamed = read_streamed(dir, text);
    const std::size_t message = whole.find("t.csv:");
    REQUIRE(message != std::string::npos);
    CHECK(whole.find("not valid UTF-8 (byte 0xC0 here)") != std::string::npos);
    // Streamed: the rows before it, then the same message at the same place.
    const std::string rows_before = read_whole(head);
    CHECK(streamed == rows_before + whole.substr(message));
}

TEST_CASE("streamed csv reader: a row longer than the limit is refused where it starts") {
    ScratchDir dir("csv-stream-long");
    // Longer than the window, so that the reader cannot see the end of the file from the row.
    const std::string text = "a,b\n1,\"open quote\n" + std::string(6 << 20, 'x') + "\n";
    const std::string streamed = read_streamed(dir, text);
    CHECK(streamed ==
          "1: [a]1.1 [b]1.3\nt.csv:2:1: error: this row runs on for more than 1 MiB, more than chitieu "
          "reads as one "
          "row; a quote opened in it is probably never closed: close it, and double any quote "
          "inside a field\n");
}

TEST_CASE("streamed series table: areas one at a time, or not grouped") {
    ScratchDir dir("csv-stream-series");
    const auto stream = [&dir](const std::string& text, std::vector<std::string>& areas,
                               Diagnostics& diagnostics) {
        spill(dir.path / "s.csv", text);
        InputStream input((dir.path / "s.csv").string());
        return stream_statistics_csv(input, "s.csv", {}, diagnostics, [&areas](AreaData&& area) {
            std::string line = area.name + ":";
            for (const auto& [name, series] : area.series)
                line += " " + name + "=" + std::to_string(series.values.size());
            line += " (" + area.source + ")";
            areas.push_back(line);
        });
    };
    std::vector<std::string> areas;
    Diagnostics diagnostics;
    CHECK(
        stream("area,indicator,year,value,source\nA,x,2020,1,s1\nA,y,2020,2,s2\nA,x,2021,3,s1\nB,x,2020,4,\n",
               areas, diagnostics) == StreamOutcome::streamed);
    CHECK(areas == std::vector<std::string>{"A: x=2 y=1 (s1; s2)", "B: x=1 ()"});
    CHECK(diagnostics.items().empty());

    areas.clear();
    CHECK(stream("area,indicator,year,value\nA,x,2020,1\nB,x,2020,2\nA,x,2021,3\n", areas, diagnostics) ==
          StreamOutcome::not_grouped);
    CHECK(stream("area,name,kind\nA,KCN,park\n", areas, diagnostics) == StreamOutcome::not_series);

    // Errors are reported as the whole-file loader reports them, and every area still passes.
    areas.clear();
    Diagnostics errors;
    CHECK(stream("area,indicator,year,value\nA,x,2020,1\nA,x,2020,2\nB,x,20x0,1\n", areas, errors) ==
          StreamOutcome::streamed);
    CHECK(errors.error_count() == 2);
    CHECK(format_diagnostic(errors.items()[0])
              .rfind("s.csv:3:10: error: indicator 'x' of area 'A' has a value for 2020 given twice", 0) ==
          0);
}

TEST_CASE("streamed and filtered series tables fill blank keys as the whole reading does") {
    ScratchDir dir("csv-stream-fill-down");
    // Rows by year: Sơn Dương's area cell is written once per year, its second row blank.
    const std::string text =
        "area,indicator,year,value\n"
        "A,x,2020,1\n,y,2020,2\nB,x,2020,3\n,y,2020,4\n"
        "A,x,2021,5\n,y,2021,6\n";
    spill(dir.path / "s.csv", text);
    CsvOptions options;
    options.fill_down = true;
    // Filtered (the ungrouped source's passes): the filter sees the filled name, and rows of the
    // areas skipped still fill the rows below them.
    std::vector<std::string> asked;
    InputStream input((dir.path / "s.csv").string());
    Diagnostics diagnostics;
    const std::optional<Dataset> part = load_series_csv(
        input, "s.csv", options,
        [&asked](std::string_view area) {
            asked.emplace_back(area);
            return area == "B";
        },
        diagnostics);
    REQUIRE(part);
    CHECK(asked == std::vector<std::string>{"A", "A", "B", "B", "A", "A"});
    REQUIRE(part->areas.size() == 1);
    CHECK(part->areas[0].series.at("y").values.at(2020).value == 4.0);
    REQUIRE(diagnostics.items().size() == 1);  // the note, in every reading alike
    CHECK(format_diagnostic(diagnostics.items()[0]).rfind("s.csv:3:1: note: --fill-down", 0) == 0);

    // Streamed, grouped by area: each area whole.
    spill(dir.path / "g.csv",
          "area,indicator,year,value\nA,x,2020,1\n,x,2021,2\n,y,2020,3\nB,x,2020,4\n,,2021,5\n");
    InputStream grouped((dir.path / "g.csv").string());
    std::vector<std::string> areas;
    Diagnostics streamed;
    CHECK(stream_statistics_csv(grouped, "g.csv", options, streamed, [&areas](AreaData&& area) {
              std::string line = area.name + ":";
              for (const auto& [name, series] : area.series)
                  line += " " + name + "=" + std::to_string(series.values.size());
              areas.push_back(line);
          }) == StreamOutcome::streamed);
    CHECK(areas == std::vector<std::string>{"A: x=2 y=1", "B: x=2"});
    CHECK(streamed.error_count() == 0);
}
