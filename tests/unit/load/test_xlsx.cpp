// The XLSX reader's grids, read from workbooks that openpyxl wrote (tests/xlsx/make_workbook.py)
// and from ones written by hand with Python's zipfile (tests/data/hostile/make_xlsx.py).
#include <doctest/doctest.h>

#include <string>

#include "chitieu/load/input_file.hpp"
#include "chitieu/load/xlsx.hpp"
#include "load/xlsx_parts.hpp"

using namespace chitieu;

namespace {

std::string fixture(const std::string& relative) {
    return read_input_file(std::string(CHITIEU_SOURCE_DIR) + "/tests/data/" + relative);
}

const GridCell& cell(const CellGrid& grid, std::size_t row, std::size_t column) {
    REQUIRE(row < grid.rows.size());
    REQUIRE(column < grid.rows[row].size());
    return grid.rows[row][column];
}

std::string place(const SourceLocation& where) {
    return format_diagnostic({Severity::error, where, "x"});
}

}  // namespace

TEST_CASE("xlsx: each cell's kind, text, number and place (openpyxl)") {
    const std::string bytes = fixture("xlsx/kinds.xlsx");
    Diagnostics diagnostics;
    const std::vector<CellGrid> grids = read_xlsx(bytes, "kinds.xlsx", "", diagnostics);
    CHECK_FALSE(diagnostics.has_errors());
    REQUIRE(grids.size() == 2);
    const CellGrid& grid = grids[0];
    CHECK(grid.name == "kinds.xlsx#Kinds");
    CHECK(place(grid.where) == "kinds.xlsx:Kinds: error: x");
    CHECK(cell(grid, 0, 0).kind == GridCell::Kind::text);
    CHECK(cell(grid, 0, 0).text == "Chỉ tiêu");
    CHECK(cell(grid, 0, 1).kind == GridCell::Kind::number);
    CHECK(cell(grid, 0, 1).number == 23730);
    CHECK(cell(grid, 0, 1).text == "23730");
    CHECK(cell(grid, 0, 2).kind == GridCell::Kind::text);  // a number stored as text stays text
    CHECK(cell(grid, 0, 2).text == "1.112,80");
    CHECK(cell(grid, 0, 3).kind == GridCell::Kind::boolean);
    CHECK(cell(grid, 0, 3).text == "TRUE");
    // openpyxl stores 2021-03-01 as day 44256 with a yyyy-mm-dd style: 44197 is 2021-01-01
    // (18628 days after 1970-01-01, plus 25569), and 59 days later is 1 March
    CHECK(cell(grid, 0, 4).kind == GridCell::Kind::date);
    CHECK(cell(grid, 0, 4).text == "2021-03-01");
    CHECK(cell(grid, 0, 5).kind == GridCell::Kind::error);
    CHECK(cell(grid, 0, 5).text == "#DIV/0!");
    CHECK(cell(grid, 0, 6).number == 20456.9);
    CHECK(place(cell(grid, 0, 6).where) == "kinds.xlsx:Kinds!G1: error: x");
    // Row 2 holds nothing; row 7 holds C7, with A7 and B7 empty before it
    CHECK(grid.rows.size() == 7);
    CHECK(grid.rows[1].empty());
    CHECK(cell(grid, 6, 2).text == "here");
    CHECK(place(cell(grid, 6, 2).where) == "kinds.xlsx:Kinds!C7: error: x");
    CHECK(cell(grid, 6, 0).kind == GridCell::Kind::empty);
    CHECK(place(cell(grid, 6, 0).where) == "kinds.xlsx:Kinds!A7: error: x");
    REQUIRE(grid.merges.size() == 1);  // A3:B4, 0-based rows 2-3, columns 0-1
    CHECK(grid.merges[0].first_row == 2);
    CHECK(grid.merges[0].first_column == 0);
    CHECK(grid.merges[0].last_row == 3);
    CHECK(grid.merges[0].last_column == 1);
    CHECK(cell(grid, 2, 0).text == "merged");
    CHECK(grids[1].name == "kinds.xlsx#Sheet 2");
    CHECK(place(cell(grids[1], 0, 0).where) == "kinds.xlsx:Sheet 2!A1: error: x");
}

TEST_CASE("xlsx: one sheet by name; an unknown name lists the sheets") {
    const std::string bytes = fixture("xlsx/kinds.xlsx");
    Diagnostics diagnostics;
    const std::vector<CellGrid> one = read_xlsx(bytes, "kinds.xlsx", "Sheet 2", diagnostics);
    REQUIRE(one.size() == 1);
    CHECK(one[0].rows[0][0].text == "second");
    const std::vector<CellGrid> none = read_xlsx(bytes, "kinds.xlsx", "Sheet 3", diagnostics);
    CHECK(none.empty());
    REQUIRE(diagnostics.items().size() == 1);
    CHECK(diagnostics.items()[0].message.find("its sheets: 'Kinds', 'Sheet 2'") != std::string::npos);
}

TEST_CASE("xlsx: shared strings with runs and phonetic guides, formula results, damaged cells") {
    const std::string bytes = fixture("xlsx/shared-strings.xlsx");
    Diagnostics diagnostics;
    const std::vector<CellGrid> grids = read_xlsx(bytes, "s.xlsx", "", diagnostics);
    REQUIRE(grids.size() == 1);
    const CellGrid& grid = grids[0];
    CHECK(cell(grid, 0, 0).text == "Địa phương");
    CHECK(cell(grid, 0, 1).text == "Tuyên Quang");  // runs joined, the phonetic guide left out
    CHECK(cell(grid, 0, 2).kind == GridCell::Kind::text);
    CHECK(cell(grid, 0, 2).text == "ab");                  // a formula's string result
    CHECK(cell(grid, 0, 3).kind == GridCell::Kind::date);  // t="d"
    CHECK(cell(grid, 0, 3).text == "2021-03-01");
    CHECK(cell(grid, 0, 4).kind == GridCell::Kind::error);  // a formula without its result
    CHECK(cell(grid, 0, 4).text.starts_with("=1/0 "));
    // Row 2 (no r attributes): A2 names shared string 7 of 3, B2 holds "12,5" as a number
    REQUIRE(diagnostics.items().size() == 2);
    CHECK(place(diagnostics.items()[0].where) == "s.xlsx:Sheet1!A2: error: x");
    CHECK(place(diagnostics.items()[1].where) == "s.xlsx:Sheet1!B2: error: x");
}

TEST_CASE("xlsx: the limits, each a clear error") {
    Diagnostics diagnostics;
    const std::string book = fixture("xlsx/kinds.xlsx");
    XlsxLimits small;
    small.max_uncompressed_bytes = 1000;  // the workbook's parts unpack to some 10 KB
    CHECK(read_xlsx(book, "k.xlsx", "", diagnostics, small).empty());
    REQUIRE(diagnostics.items().size() == 1);
    CHECK(diagnostics.items()[0].message.find("unpacks to") != std::string::npos);

    Diagnostics cells;
    XlsxLimits few;
    // Row 1 and its 7 cells count 8, rows 2 and 3 two more: A3 is the 11th
    few.max_cells = 10;
    CHECK(read_xlsx(book, "k.xlsx", "", cells, few).empty());
    REQUIRE(cells.items().size() == 1);
    CHECK(place(cells.items()[0].where) == "k.xlsx:Kinds!A3: error: x");

    Diagnostics depth;
    XlsxLimits shallow;
    shallow.max_xml_depth = 3;  // worksheet > sheetData > row > c
    CHECK(read_xlsx(book, "k.xlsx", "", depth, shallow).empty());
    REQUIRE(depth.items().size() == 1);
    CHECK(depth.items()[0].message.find("nest more than 3 deep") != std::string::npos);

    for (const char* name :
         {"zip-bomb.xlsx", "billion-laughs.xlsx", "truncated.xlsx", "too-many-cells.xlsx"}) {
        Diagnostics hostile;
        CHECK(read_xlsx(fixture(std::string("hostile/") + name), name, "", hostile).empty());
        CHECK(hostile.error_count() == 1);
    }
}

TEST_CASE("xlsx: cell references, date formats, the input name's sheet") {
    std::size_t row = 0, column = 0;
    CHECK(parse_cell_reference("C7", row, column));
    CHECK((row == 7 && column == 3));
    CHECK(parse_cell_reference("XFD1048576", row, column));
    CHECK((row == 1048576 && column == 16384));
    CHECK_FALSE(parse_cell_reference("XFE1", row, column));
    CHECK_FALSE(parse_cell_reference("A0", row, column));
    CHECK_FALSE(parse_cell_reference("A1048577", row, column));
    CHECK_FALSE(parse_cell_reference("7", row, column));
    CHECK_FALSE(parse_cell_reference("A+1", row, column));
    CHECK(is_date_format_code("dd/mm/yyyy"));
    CHECK(is_date_format_code("[$-42A]d mmmm yyyy"));
    CHECK(is_date_format_code("[h]:mm"));
    CHECK_FALSE(is_date_format_code("#,##0.00"));
    CHECK_FALSE(is_date_format_code("General"));
    CHECK_FALSE(is_date_format_code("0.0 \"tỷ đồng\""));
    CHECK_FALSE(is_date_format_code("[Red]#,##0"));
    CHECK(split_xlsx_input("a#b.xlsx#Sheet 2").file == "a#b.xlsx");
    CHECK(split_xlsx_input("a#b.xlsx#Sheet 2").sheet == "Sheet 2");
    CHECK(split_xlsx_input("book.XLSX").sheet.empty());
    CHECK(is_xlsx_name("Book.XLSX#Sheet1"));
    CHECK_FALSE(is_xlsx_name("book.csv"));
    CHECK(xlsx_serial_date(1) == "1900-01-01");
    CHECK(xlsx_serial_date(61) == "1900-03-01");  // after Excel's 29 February 1900 (day 60)
}

// read_xlsx_tables streams a sheet where it can; read_xlsx and read_grid_table, the plain twin,
// read it whole. Every workbook of the test data, hostile ones too, gives the same data set and
// the same messages in the same order both ways.
namespace {

std::string dump_dataset(const Dataset& dataset) {
    std::string out;
    for (const AreaData& area : dataset.areas) {
        out += "area '" + area.name + "' source '" + area.source + "' zones " +
               std::to_string(area.zones.size()) + "\n";
        for (const auto& [id, series] : area.series) {
            out += "  " + id + " unit '" + series.unit + "'\n";
            for (const auto& [year, observation] : series.values)
                out += "    " + std::to_string(year) + " " + std::to_string(observation.value) + " " +
                       place(observation.where) + "\n";
        }
    }
    return out;
}

std::string said(const Diagnostics& diagnostics) {
    std::string out;
    for (const Diagnostic& d : diagnostics.items()) out += format_diagnostic(d) + "\n";
    return out;
}

}  // namespace

TEST_CASE("xlsx streamed: the same data sets and messages as the grids read whole (differential)") {
    for (const char* name :
         {"xlsx/department.xlsx", "xlsx/kinds.xlsx", "xlsx/shared-strings.xlsx",
          "hostile/billion-laughs.xlsx", "hostile/huge-merge.xlsx", "hostile/too-many-cells.xlsx",
          "hostile/truncated.xlsx", "hostile/zip-bomb.xlsx"}) {
        INFO(name);
        const std::string bytes = fixture(name);
        for (const char* sheet : {"", "Kinds", "Điện", "nope"}) {
            const GridOptions options;
            Diagnostics plain_said;
            Dataset plain;
            for (const CellGrid& grid : read_xlsx(bytes, "b.xlsx", sheet, plain_said))
                merge_dataset(plain, read_grid_table(grid, options, nullptr, plain_said), plain_said);
            Diagnostics streamed_said;
            Dataset streamed;
            for (XlsxTable& table :
                 read_xlsx_tables(bytes, "b.xlsx", sheet, options, nullptr, streamed_said)) {
                if (table.grid) {
                    merge_dataset(streamed, read_grid_table(*table.grid, options, nullptr, streamed_said),
                                  streamed_said);
                    continue;
                }
                for (const Diagnostic& diagnostic : table.said) streamed_said.add(diagnostic);
                merge_dataset(streamed, std::move(table.dataset), streamed_said);
            }
            CHECK(said(streamed_said) == said(plain_said));
            CHECK(dump_dataset(streamed) == dump_dataset(plain));
        }
    }
}
