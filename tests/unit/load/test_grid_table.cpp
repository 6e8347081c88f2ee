// Grids read as series tables (load/grid_table.cpp), from CSV text (load/csv_grid) and from cells
// made by hand as the XLSX reader makes them.
#include <doctest/doctest.h>

#include <random>
#include <string>
#include <vector>

#include "chitieu/load/cell_grid.hpp"
#include "chitieu/load/label_map.hpp"
#include "chitieu/load/statistics_csv.hpp"
#include "load/csv_grid.hpp"

using namespace chitieu;

namespace {

Dataset read_csv(std::string_view text, Diagnostics& diagnostics, const CsvOptions& options = {}) {
    return load_statistics_csv(text, "t.csv", options, diagnostics);
}

std::string messages(const Diagnostics& diagnostics) {
    std::string out;
    for (const Diagnostic& d : diagnostics.items()) out += format_diagnostic(d) + "\n";
    return out;
}

}  // namespace

TEST_CASE("grid routing: the standard long header streams; other headers are grids") {
    const CsvOptions options;
    CHECK_FALSE(is_grid_csv("area,indicator,year,value\n", options));
    CHECK_FALSE(is_grid_csv("REF_AREA,INDICATOR,TIME_PERIOD,OBS_VALUE,UNIT_MULT\n", options));
    CHECK_FALSE(is_grid_csv("name,kind,area\n", options));  // zones
    CHECK(is_grid_csv("Địa bàn,Chỉ tiêu,Năm,Giá trị\n", options));
    CHECK(is_grid_csv("area,indicator,year,value,\n", options));  // trailing empty column
    CHECK(is_grid_csv("indicator,2020,2021\n", options));
    CHECK(is_grid_csv("\"Bảng 1\"\n\nChỉ tiêu;2020\n", options));
}

TEST_CASE("grid delimiter: the one every line shares, not the decimal comma") {
    // Hand-checked: ';' appears 3 times on the header and both rows; ',' only in the figures.
    CHECK(csv_grid::detect_delimiter("\"Title\"\n\nChỉ tiêu;2020;2021;2022\na;1,5;2,5;3\nb;1,5;2;3\n") ==
          ';');
    CHECK(csv_grid::detect_delimiter("Chỉ tiêu,2020,2021\na,1,2\n") == ',');
    CHECK(csv_grid::detect_delimiter("title only\n") == ',');
}

TEST_CASE("wide table: years across, a title line, a note line, missing marks, preliminary year") {
    Diagnostics diagnostics;
    CsvOptions options;
    options.numbers = NumberConvention::decimal_comma;
    const Dataset dataset = read_csv(
        "\"Bảng 5. Một số chỉ tiêu\"\n\n"
        "Chỉ tiêu;2020;Năm 2021;Sơ bộ 2024\n"
        "industrial_output;1.112,80;..;…\n"
        "employment_total;x;2.000;3.000\n"
        ";;;\n"
        "\"Nguồn: Cục Thống kê\"\n",
        diagnostics, options);
    INFO(messages(diagnostics));
    CHECK_FALSE(diagnostics.has_errors());
    REQUIRE(dataset.areas.size() == 1);
    const Series& output = dataset.areas[0].series.at("industrial_output");
    REQUIRE(output.values.size() == 1);
    CHECK(output.values.at(2020).value == doctest::Approx(1112.80));  // "1.112,80" under the comma
    const Series& employment = dataset.areas[0].series.at("employment_total");
    REQUIRE(employment.values.size() == 2);
    CHECK(employment.values.at(2021).standing == Standing::normal);
    CHECK(employment.values.at(2024).standing == Standing::preliminary);
    CHECK(employment.values.at(2024).value == 3000.0);
    const std::string said = messages(diagnostics);
    CHECK(said.find("t.csv:1:1: note: 1 line above the header read as the table's title and skipped") !=
          std::string::npos);
    CHECK(said.find("t.csv:7:1: note: 1 line below the table read as notes and skipped") !=
          std::string::npos);
}

TEST_CASE("long table under people's headers: area × indicator × year, a unit column, a ;;; row") {
    Diagnostics diagnostics;
    const Dataset dataset = read_csv(
        "ĐỊA BÀN;Chỉ tiêu;Năm;Giá trị;ĐVT;Nguồn;\n"
        "Yên Sơn;grdp_total;2020;10;billion VND;Cục Thống kê;\n"
        ";;;;;;\n"
        "Yên Sơn;grdp_total;2021;11;billion VND;Cục Thống kê;\n",
        diagnostics);
    INFO(messages(diagnostics));
    CHECK_FALSE(diagnostics.has_errors());
    REQUIRE(dataset.areas.size() == 1);
    CHECK(dataset.areas[0].name == "Yên Sơn");
    CHECK(dataset.areas[0].source == "Cục Thống kê");
    const Series& grdp = dataset.areas[0].series.at("grdp_total");
    CHECK(grdp.unit == "billion VND");
    CHECK(grdp.values.size() == 2);
}

TEST_CASE("a units row under the header gives the unit") {
    Diagnostics diagnostics;
    const Dataset dataset =
        read_csv("Chỉ tiêu,2020,2021\nĐVT,Tỷ đồng,Tỷ đồng\ngrdp_total,5,6\n", diagnostics);
    INFO(messages(diagnostics));
    CHECK_FALSE(diagnostics.has_errors());
    CHECK(dataset.areas.at(0).series.at("grdp_total").unit == "Tỷ đồng");
}

TEST_CASE("grid refusals are located: a label that is no id, a bad figure, a table of no known shape") {
    Diagnostics diagnostics;
    read_csv("Chỉ tiêu,2020\nGiá trị sản xuất,1\ngrdp_total,abc\n", diagnostics);
    const std::string said = messages(diagnostics);
    CHECK(said.find("t.csv:2:1: error:") != std::string::npos);
    CHECK(said.find("--map") != std::string::npos);
    CHECK(said.find("t.csv:3:12: error: value") != std::string::npos);

    Diagnostics unknown;
    read_csv("Mã số,Số\na,1\n", unknown);
    CHECK(messages(unknown).find("t.csv:1:1: error: cannot tell what this table holds") != std::string::npos);
}

TEST_CASE("cells from a sheet: numbers, merged key cells, dates refused at their place") {
    CellGrid grid;
    grid.name = "book.xlsx#Sheet1";
    const auto text = [](std::string t, int row, int column) {
        GridCell cell;
        cell.kind = t.empty() ? GridCell::Kind::empty : GridCell::Kind::text;
        cell.text = std::move(t);
        cell.where = {"book.xlsx", row, column};
        return cell;
    };
    const auto number = [](double v, int row, int column) {
        GridCell cell;
        cell.kind = GridCell::Kind::number;
        cell.number = v;
        cell.where = {"book.xlsx", row, column};
        return cell;
    };
    grid.rows.push_back(
        {text("Địa phương", 1, 1), text("Chỉ tiêu", 1, 2), number(2020, 1, 3), number(2021, 1, 4)});
    grid.rows.push_back({text("Hàm Yên", 2, 1), text("grdp_total", 2, 2), number(7, 2, 3), number(8, 2, 4)});
    grid.rows.push_back({text("", 3, 1), text("grdp_industry", 3, 2), number(1, 3, 3), {}});
    grid.rows.back().back().kind = GridCell::Kind::date;
    grid.rows.back().back().where = {"book.xlsx", 3, 4};
    grid.merges.push_back({1, 0, 2, 0});  // "Hàm Yên" spans rows 2 and 3
    Diagnostics diagnostics;
    const Dataset dataset = read_grid_table(grid, {}, nullptr, diagnostics);
    REQUIRE(dataset.areas.size() == 1);
    CHECK(dataset.areas[0].name == "Hàm Yên");
    CHECK(dataset.areas[0].series.at("grdp_total").values.at(2021).value == 8.0);
    CHECK(dataset.areas[0].series.at("grdp_industry").values.size() == 1);
    REQUIRE(diagnostics.error_count() == 1);
    CHECK(messages(diagnostics).find("book.xlsx:3:4: error: this cell holds a date") != std::string::npos);
}

TEST_CASE("a zones list in a sheet goes to the zones loader, its places the sheet's cells") {
    CellGrid grid;
    grid.name = "book.xlsx#KCN";
    int row = 0;
    const auto add_row = [&](std::vector<std::string> cells, std::vector<double> numbers = {}) {
        ++row;
        std::vector<GridCell>& out = grid.rows.emplace_back();
        int column = 0;
        for (std::string& text : cells) {
            GridCell& cell = out.emplace_back();
            cell.kind = text.empty() ? GridCell::Kind::empty : GridCell::Kind::text;
            cell.text = std::move(text);
            cell.where = {"book.xlsx", row, ++column};
        }
        for (double value : numbers) {
            GridCell& cell = out.emplace_back();
            cell.kind = GridCell::Kind::number;
            cell.number = value;
            cell.where = {"book.xlsx", row, ++column};
        }
    };
    add_row({"DANH SÁCH KHU CÔNG NGHIỆP", "", "", "", ""});
    add_row({"(Số liệu đến 31/12/2024)", "", "", "", ""});
    add_row({"STT", "Tên khu, cụm công nghiệp", "Địa điểm", "Diện tích đất CN cho thuê (ha)",
             "Đã cho thuê (ha)"});
    add_row({"1", "KCN An Phú", "Huyện X"}, {150.5, 96.5});
    add_row({"2", "KCN Bình Minh", "Huyện Y"}, {40, 50});  // leased above leasable: refused at its cell
    Diagnostics diagnostics;
    const Dataset dataset = read_grid_table(grid, {}, nullptr, diagnostics);
    INFO(messages(diagnostics));
    REQUIRE(dataset.areas.size() == 1);
    REQUIRE(dataset.areas[0].zones.size() == 1);
    const Zone& zone = dataset.areas[0].zones[0];
    CHECK(zone.name == "An Phú");
    CHECK(zone.kind == ZoneKind::park);
    CHECK(zone.year == 2024);  // the title's date
    CHECK(zone.leasable_ha == 150.5);
    CHECK(zone.where.line == 4);
    REQUIRE(diagnostics.error_count() == 1);
    // Row 5, the leased land's cell (column 5), as the sheet numbers them.
    CHECK(messages(diagnostics).find("book.xlsx:5:5: error:") != std::string::npos);
}

TEST_CASE("the long table's stream skips a row of delimiters only") {
    Diagnostics diagnostics;
    const Dataset dataset =
        read_csv("area,indicator,year,value\nX,grdp_total,2020,1\n,,,\nX,grdp_total,2021,2\n", diagnostics);
    CHECK(diagnostics.items().empty());
    CHECK(dataset.areas.at(0).series.at("grdp_total").values.size() == 2);
}

TEST_CASE("grid: a cell right of the header and a figure without a label are refused, not dropped") {
    Diagnostics beyond;
    read_csv("Chỉ tiêu,2020\ngrdp_total,1,2\n", beyond);
    CHECK(messages(beyond).find("t.csv:2:14: error: this cell is right of the header's last column") !=
          std::string::npos);
    Diagnostics unlabelled;
    read_csv("Chỉ tiêu,2020\ngrdp_total,1\n,5\n", unlabelled);
    CHECK(messages(unlabelled).find("t.csv:3:1: error: indicator is empty") != std::string::npos);
}

// The streamed reading (GridRowReader, for XLSX sheets) against its plain twin, read_grid_table on
// the whole grid: random grids of title lines, headers (long, wide, zones), units rows, rows of
// figures, bad cells, note lines and empty rows, with rows left out as a sheet leaves out empty
// ones. The data set and every message, in order, must be the same.
namespace {

std::string dump(const Dataset& dataset) {
    std::string out;
    for (const AreaData& area : dataset.areas) {
        out += "area '" + area.name + "' source '" + area.source + "' zones " +
               std::to_string(area.zones.size()) + "\n";
        for (const auto& [id, series] : area.series) {
            out += "  " + id + " unit '" + series.unit + "' at " + std::to_string(series.where.line) + ":" +
                   std::to_string(series.where.column) + "\n";
            for (const auto* figures : {&series.values, &series.indices})
                for (const auto& [year, observation] : *figures)
                    out += "    " + std::to_string(year) + " " + std::to_string(observation.value) + " " +
                           std::to_string(static_cast<int>(observation.standing)) + " " +
                           std::to_string(static_cast<int>(observation.written)) + " " +
                           std::to_string(observation.where.line) + ":" +
                           std::to_string(observation.where.column) + "\n";
        }
    }
    return out;
}

GridCell random_cell(std::mt19937& random, const std::vector<std::string>& words) {
    GridCell cell;
    switch (random() % 8) {
        case 0:
            return cell;  // empty
        case 1:
        case 2:
            cell.kind = GridCell::Kind::number;
            cell.number = static_cast<double>(random() % 2000) / 4.0 + 1.0;
            cell.text = std::to_string(cell.number);
            return cell;
        case 3:
            cell.kind = GridCell::Kind::number;  // a year
            cell.number = 2019 + static_cast<double>(random() % 5);
            cell.text = std::to_string(static_cast<int>(cell.number));
            return cell;
        case 4:
            cell.kind = GridCell::Kind::boolean;
            cell.text = "TRUE";
            cell.number = 1;
            return cell;
        default:
            cell.kind = GridCell::Kind::text;
            cell.text = words[random() % words.size()];
            return cell;
    }
}

CellGrid random_grid(std::mt19937& random) {
    static const std::vector<std::vector<std::string>> headers = {
        {"area", "indicator", "year", "value"},
        {"Địa bàn", "Chỉ tiêu", "Năm", "Giá trị", "ĐVT"},
        {"Địa bàn", "Chỉ tiêu", "2020", "Năm 2021", "Sơ bộ 2022", "Ước 2023"},
        {"", "2020", "2021"},
        {"Chỉ tiêu", "2020", "2021", "Nguồn"},
        {"name", "kind", "area"},
        {"area", "indicator", "year", "value", "measure"},
        {"area", "Chỉ tiêu", "bogus", "2021"},
    };
    static const std::vector<std::string> words = {"Xã Tân Thành",
                                                   "Phường 1",
                                                   "industrial_output",
                                                   "grdp_total",
                                                   "Bad label",
                                                   "..",
                                                   "x",
                                                   "1.5",
                                                   "2.000",
                                                   "abc",
                                                   "Tỷ đồng",
                                                   "%",
                                                   "ĐVT",
                                                   "  ",
                                                   "Nguồn: Cục Thống kê",
                                                   "2021",
                                                   "index",
                                                   "level",
                                                   "Năm 2021",
                                                   "",
                                                   "(*) Số liệu sơ bộ"};
    CellGrid grid;
    grid.name = "t.xlsx#S";
    grid.where = {FileName::sheet("t.xlsx:S")};
    const std::size_t titles = random() % 4 == 0 ? random() % 13 : random() % 3;
    for (std::size_t i = 0; i < titles; ++i) {
        std::vector<GridCell> row(1 + random() % 2);
        row[0].kind = GridCell::Kind::text;
        row[0].text = random() % 3 == 0 ? "" : "Bảng " + std::to_string(i);
        grid.rows.push_back(std::move(row));
    }
    const std::vector<std::string>& header = headers[random() % headers.size()];
    if (random() % 10 != 0) {
        std::vector<GridCell> row;
        for (const std::string& word : header) {
            GridCell cell;
            cell.kind = word.empty() ? GridCell::Kind::empty : GridCell::Kind::text;
            cell.text = word;
            row.push_back(cell);
        }
        grid.rows.push_back(std::move(row));
    }
    const std::size_t rows = random() % 5 == 0 ? 60 + random() % 60 : random() % 14;
    for (std::size_t r = 0; r < rows; ++r) {
        std::vector<GridCell> row;
        const unsigned shape = random() % 10;
        if (shape == 0) {
            // empty, or a note line
        } else if (shape == 1) {
            row.push_back(random_cell(random, words));
        } else if (shape == 2) {
            row.resize(2);
            row[1] = random_cell(random, words);
        } else {
            // a row of the table: mostly good cells under the header
            const std::size_t width = header.size() + (random() % 12 == 0 ? 1 : 0);
            for (std::size_t c = 0; c < width; ++c) {
                GridCell cell;
                const std::string& name = c < header.size() ? header[c] : header[0];
                if (random() % 6 == 0) {
                    cell = random_cell(random, words);
                } else if (name == "area" || name == "Địa bàn") {
                    cell.kind = GridCell::Kind::text;
                    cell.text = random() % 2 ? "Xã Tân Thành" : "Phường 1";
                } else if (name == "indicator" || name == "Chỉ tiêu" || name.empty()) {
                    cell.kind = GridCell::Kind::text;
                    cell.text = random() % 2 ? "industrial_output" : "grdp_total";
                } else if (name == "year" || name == "Năm") {
                    cell.kind = GridCell::Kind::number;
                    cell.number = 2018 + static_cast<double>(random() % 6);
                } else {
                    cell.kind = GridCell::Kind::number;
                    cell.number = static_cast<double>(random() % 400) / 2.0 + 1.0;
                }
                row.push_back(cell);
            }
        }
        grid.rows.push_back(std::move(row));
    }
    const std::size_t notes = random() % 3;
    for (std::size_t i = 0; i < notes; ++i) {
        std::vector<GridCell> row(1);
        row[0].kind = GridCell::Kind::text;
        row[0].text = i == 0 ? "Nguồn: Cục Thống kê" : "(*) Số liệu sơ bộ";
        grid.rows.push_back(std::move(row));
    }
    // Places as the XLSX reader gives them: every cell of a row up to its last, 1-based.
    for (std::size_t r = 0; r < grid.rows.size(); ++r)
        for (std::size_t c = 0; c < grid.rows[r].size(); ++c)
            grid.rows[r][c].where = {FileName::sheet("t.xlsx:S"), static_cast<int>(r + 1),
                                     static_cast<int>(c + 1)};
    return grid;
}

}  // namespace

TEST_CASE("grid streamed row by row: the same data set and messages as the whole grid (differential)") {
    std::mt19937 random(20261207);
    int streamed = 0, zones = 0;
    for (int round = 0; round < 3000; ++round) {
        const CellGrid grid = random_grid(random);
        GridOptions options;
        options.fill_down = random() % 3 == 0;
        options.ignore_extra_columns = random() % 3 == 0;
        Diagnostics plain_said;
        const Dataset plain = read_grid_table(grid, options, nullptr, plain_said);
        Diagnostics streamed_said;
        GridRowReader reader(grid.name, grid.where, options, nullptr, streamed_said);
        bool streams = true;
        for (std::size_t r = 0; r < grid.rows.size() && streams; ++r) {
            if (grid.rows[r].empty() && random() % 2 == 0) continue;  // a sheet leaves empty rows out
            reader.row(r, grid.rows[r]);
            streams = reader.streams();
        }
        const Dataset dataset = reader.finish();
        if (!streams || !reader.streams()) {
            ++zones;  // a zones table: read whole by the caller
            continue;
        }
        ++streamed;
        INFO("round " << round);
        CHECK(messages(streamed_said) == messages(plain_said));
        CHECK(dump(dataset) == dump(plain));
    }
    // Both kinds of grid were drawn (a zones header is one header in eight).
    CHECK(streamed > 2000);
    CHECK(zones > 100);
}

TEST_CASE("grid streamed: a table past the error limit stops where the whole grid's reading stops") {
    CellGrid grid;
    grid.name = "t.xlsx#S";
    grid.where = {FileName::sheet("t.xlsx:S")};
    grid.rows.push_back({});
    for (const char* word : {"area", "indicator", "year", "value"}) {
        GridCell cell;
        cell.kind = GridCell::Kind::text;
        cell.text = word;
        grid.rows.back().push_back(cell);
    }
    for (int r = 0; r < 80; ++r) {
        std::vector<GridCell> row(4);
        row[0].kind = row[1].kind = row[3].kind = GridCell::Kind::text;
        row[0].text = "Xã A";
        row[1].text = "Bad label";  // an error each row
        row[3].text = "1";
        row[2].kind = GridCell::Kind::number;
        row[2].number = 2020;
        grid.rows.push_back(row);
    }
    for (std::size_t r = 0; r < grid.rows.size(); ++r)
        for (std::size_t c = 0; c < grid.rows[r].size(); ++c)
            grid.rows[r][c].where = {FileName::sheet("t.xlsx:S"), static_cast<int>(r + 1),
                                     static_cast<int>(c + 1)};
    Diagnostics plain_said, streamed_said;
    read_grid_table(grid, {}, nullptr, plain_said);
    GridRowReader reader(grid.name, grid.where, {}, nullptr, streamed_said);
    for (std::size_t r = 0; r < grid.rows.size(); ++r) reader.row(r, grid.rows[r]);
    reader.finish();
    CHECK(plain_said.error_count() == 50);
    CHECK(messages(streamed_said) == messages(plain_said));
}
