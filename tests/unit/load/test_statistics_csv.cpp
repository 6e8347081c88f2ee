#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "chitieu/load/statistics_csv.hpp"
#include "support/messages.hpp"

using namespace chitieu;

namespace {

struct Loaded {
    Dataset dataset;
    std::vector<std::string> messages;
};

Loaded load(std::string_view text, CsvOptions options = {}) {
    Diagnostics diagnostics;
    Loaded result;
    result.dataset = load_statistics_csv(text, "s.csv", options, diagnostics);
    result.messages = test::formatted(diagnostics);
    return result;
}

CsvOptions decimal_comma() {
    CsvOptions options;
    options.numbers = NumberConvention::decimal_comma;
    return options;
}

double value_of(const Dataset& dataset, const std::string& area, const std::string& indicator, int year) {
    const AreaData* found = dataset.find_area(area);
    REQUIRE(found != nullptr);
    const Series* series = found->find_series(indicator);
    REQUIRE(series != nullptr);
    const auto it = series->values.find(year);
    REQUIRE(it != series->values.end());
    return it->second.value;
}

}  // namespace

TEST_CASE("statistics csv: long format with two areas") {
    const Loaded loaded = load(
        "area,indicator,year,value,unit,source\n"
        "Tuyên Quang,industrial_output,2020,14386.6,\"billion VND, 2010 prices\",NGTK 2023\n"
        "Tuyên Quang,industrial_output,2021,16143,,NGTK 2023\n"
        "Hà Giang,industrial_output,2020,6200.5,\"billion VND, 2010 prices\",NGTK Hà Giang\n"
        "Tuyên Quang,employment_total,2020, 523100 ,persons,NGTK 2024\n");
    CHECK(loaded.messages.empty());
    const Dataset& data = loaded.dataset;
    REQUIRE(data.areas.size() == 2);
    CHECK(data.areas[0].name == "Tuyên Quang");
    CHECK(data.areas[1].name == "Hà Giang");
    CHECK(data.areas[0].source == "NGTK 2023; NGTK 2024");
    CHECK(data.areas[1].source == "NGTK Hà Giang");

    const Series& output = data.areas[0].series.at("industrial_output");
    CHECK(output.indicator == "industrial_output");
    CHECK(output.unit == "billion VND, 2010 prices");
    CHECK(output.values.size() == 2);
    CHECK(value_of(data, "Tuyên Quang", "industrial_output", 2020) == 14386.6);
    CHECK(value_of(data, "Tuyên Quang", "industrial_output", 2021) == 16143.0);
    CHECK(value_of(data, "Tuyên Quang", "employment_total", 2020) == 523100.0);
    CHECK(value_of(data, "Hà Giang", "industrial_output", 2020) == 6200.5);
    CHECK(data.areas[0].series.at("employment_total").unit == "persons");
    // Places: the series where its indicator was first named, an observation at its value cell.
    CHECK(output.where.file == "s.csv");
    CHECK(output.where.line == 2);
    CHECK(output.where.column == 13);
    const Observation& second = output.values.at(2021);
    CHECK(second.where.line == 3);
    CHECK(second.where.column == 36);
}

TEST_CASE("statistics csv: SDMX column names, spaces around names, columns in any order") {
    const Loaded loaded = load(
        " OBS_VALUE ,TIME_PERIOD, INDICATOR,REF_AREA,UNIT_MEASURE\n"
        "14386.6,2020,industrial_output,Tuyên Quang,billion VND\n");
    CHECK(loaded.messages.empty());
    CHECK(value_of(loaded.dataset, "Tuyên Quang", "industrial_output", 2020) == 14386.6);
    CHECK(loaded.dataset.areas[0].series.at("industrial_output").unit == "billion VND");
}

TEST_CASE("statistics csv: without an area column the area is unnamed") {
    const Loaded loaded = load("indicator,year,value\nindustrial_output,2020,14386.6\n");
    CHECK(loaded.messages.empty());
    REQUIRE(loaded.dataset.areas.size() == 1);
    CHECK(loaded.dataset.areas[0].name.empty());
    CHECK(value_of(loaded.dataset, "", "industrial_output", 2020) == 14386.6);
}

TEST_CASE("statistics csv: decimal comma reads 27.700,5 as 27700.5") {
    const Loaded semicolons =
        load("area;indicator;year;value\nTuyên Quang;industrial_output;2025;27.700,5\n", decimal_comma());
    CHECK(semicolons.messages.empty());
    CHECK(value_of(semicolons.dataset, "Tuyên Quang", "industrial_output", 2025) == 27700.5);
    const Loaded quoted =
        load("area,indicator,year,value\nTuyên Quang,industrial_output,2025,\"27.700,5\"\n", decimal_comma());
    CHECK(quoted.messages.empty());
    CHECK(value_of(quoted.dataset, "Tuyên Quang", "industrial_output", 2025) == 27700.5);
}

// How a value written like a thousands group is marked for the unit-slip rule (model/rules.hpp),
// which warns about a ';' file and refuses a slip once it sees the series; the loader says nothing.
Written written_of(const Dataset& data, const std::string& indicator, int year) {
    REQUIRE(data.areas.size() == 1);
    return data.areas[0].series.at(indicator).values.at(year).written;
}

TEST_CASE("statistics csv: a value written like a thousands group is marked by delimiter and convention") {
    // The common row (same series as the row before) and the general one (its first row) alike.
    const Loaded semicolons = load("indicator;year;value\ngrdp_total;2020;16.143\ngrdp_total;2021;27.700\n");
    CHECK(semicolons.messages.empty());
    CHECK(value_of(semicolons.dataset, "", "grdp_total", 2020) == 16.143);
    CHECK(written_of(semicolons.dataset, "grdp_total", 2020) == Written::dot_group_semicolon);
    CHECK(written_of(semicolons.dataset, "grdp_total", 2021) == Written::dot_group_semicolon);
    const Loaded commas = load("indicator,year,value\ngrdp_total,2020,16.143\ngrdp_total,2021,-1.500\n");
    CHECK(commas.messages.empty());
    CHECK(written_of(commas.dataset, "grdp_total", 2020) == Written::dot_group_csv);
    CHECK(written_of(commas.dataset, "grdp_total", 2021) == Written::dot_group_csv);
    const Loaded tabs = load("indicator\tyear\tvalue\ngrdp_total\t2020\t23.730\n");
    CHECK(written_of(tabs.dataset, "grdp_total", 2020) == Written::dot_group_csv);
    // Not a group: two or four decimals, four digits before the dot, a leading zero, an exponent.
    const Loaded plain = load(
        "indicator,year,value\ngrdp_total,2020,16.14\ngrdp_total,2021,1.2345\ngrdp_total,2022,1234.567\n"
        "grdp_total,2023,0.125\ngrdp_total,2024,1.250e3\n");
    CHECK(plain.messages.empty());
    for (int year = 2020; year <= 2024; ++year)
        CHECK(written_of(plain.dataset, "grdp_total", year) == Written::plain);
    // Under --decimal-comma the dot groups thousands already (23.730 is 23730); "23,730" is 23.73.
    const Loaded comma =
        load("indicator;year;value\ngrdp_total;2020;23.730\ngrdp_total;2021;23,730\n", decimal_comma());
    CHECK(value_of(comma.dataset, "", "grdp_total", 2020) == 23730.0);
    CHECK(written_of(comma.dataset, "grdp_total", 2020) == Written::plain);
    CHECK(value_of(comma.dataset, "", "grdp_total", 2021) == 23.73);
    CHECK(written_of(comma.dataset, "grdp_total", 2021) == Written::comma_group);
}

TEST_CASE("statistics csv: a thousands separator without --decimal-comma is refused at its cell") {
    const Loaded comma = load("area,indicator,year,value\nTuyên Quang,industrial_output,2021,\"27,700\"\n");
    CHECK(comma.dataset.areas.empty());
    REQUIRE(comma.messages.size() == 1);
    CHECK(
        comma.messages[0] ==
        "s.csv:2:36: error: value '27,700' is not a number; numbers use a dot for decimals and no thousands "
        "separator (27700.5); for Vietnamese-style numbers like 27.700,5 use --decimal-comma");
    const Loaded grouped = load("area;indicator;year;value\nTuyên Quang;industrial_output;2025;27.700,5\n");
    REQUIRE(grouped.messages.size() == 1);
    CHECK(grouped.messages[0].rfind("s.csv:2:36: error: value '27.700,5' is not a number; ", 0) == 0);
    CHECK(grouped.messages[0].find("use --decimal-comma") != std::string::npos);
}

TEST_CASE("statistics csv: an empty or NA value is missing, not an error") {
    const Loaded loaded = load(
        "indicator,year,value\n"
        "grdp_total,2020,NA\n"
        "grdp_total,2021,\n"
        "grdp_total,2022, NA \n"
        "grdp_total,2023,31000\n");
    CHECK(loaded.messages.empty());
    const Series& series = loaded.dataset.areas.at(0).series.at("grdp_total");
    CHECK(series.values.size() == 1);
    CHECK(series.values.count(2023) == 1);
    // A series whose values are all missing is still known (the engine says "no observation").
    const Loaded none = load("indicator,year,value\nvillages_total,2020,NA\n");
    CHECK(none.dataset.areas.at(0).series.at("villages_total").values.empty());
}

TEST_CASE("statistics csv: a duplicate observation names both lines") {
    const Loaded loaded = load(
        "area,indicator,year,value\n"
        "Tuyên Quang,industrial_output,2020,14386.6\n"
        "Tuyên Quang,industrial_output,2021,16143\n"
        "Hà Giang,industrial_output,2020,6200\n"
        "Tuyên Quang,industrial_output,2020,14390\n");
    REQUIRE(loaded.messages.size() == 2);
    CHECK(loaded.messages[0] ==
          "s.csv:5:36: error: indicator 'industrial_output' of area 'Tuyên Quang' has a value for 2020 given "
          "twice; keep one of them");
    CHECK(loaded.messages[1] == "s.csv:2:36: note: the first value for 2020 is here");
    CHECK(value_of(loaded.dataset, "Tuyên Quang", "industrial_output", 2020) == 14386.6);
}

TEST_CASE("statistics csv: one unit per area and indicator") {
    const Loaded loaded = load(
        "area,indicator,year,value,unit\n"
        "Tuyên Quang,industrial_output,2020,14386.6,\n"
        "Tuyên Quang,industrial_output,2021,16143,billion VND\n"
        "Hà Giang,industrial_output,2021,7000,tỷ đồng\n"
        "Tuyên Quang,industrial_output,2022,18095,billion VND\n"
        "Tuyên Quang,industrial_output,2023,20000,tỷ đồng\n");
    REQUIRE(loaded.messages.size() == 2);
    CHECK(
        loaded.messages[0] ==
        "s.csv:6:42: error: indicator 'industrial_output' of area 'Tuyên Quang' has unit 'tỷ đồng' here but "
        "'billion VND' elsewhere; use one unit per indicator");
    CHECK(loaded.messages[1] == "s.csv:3:42: note: the unit was first given here");
    CHECK(loaded.dataset.areas[0].series.at("industrial_output").values.size() == 3);
}

TEST_CASE("statistics csv: header problems") {
    SUBCASE("an unknown column, or ignored on request") {
        const char* text = "area,indicator,year,value,remarks\nTuyên Quang,industrial_output,2020,1\n";
        const Loaded refused = load(text);
        CHECK(refused.dataset.areas.empty());
        REQUIRE(refused.messages.size() == 1);
        CHECK(
            refused.messages[0] ==
            "s.csv:1:27: error: unknown column 'remarks'; known columns: area, indicator, year, value, unit, "
            "source, measure, note (SDMX names: REF_AREA, INDICATOR, TIME_PERIOD, OBS_VALUE, UNIT_MEASURE); "
            "or pass "
            "--ignore-extra-columns");
        CsvOptions options;
        options.ignore_extra_columns = true;
        const Loaded ignored =
            load("area,indicator,year,value,remarks\nTuyên Quang,industrial_output,2020,1,x\n", options);
        CHECK(ignored.messages.empty());
        CHECK(value_of(ignored.dataset, "Tuyên Quang", "industrial_output", 2020) == 1.0);
    }
    SUBCASE("names in another case are read (the grid reader's header words)") {
        const Loaded loaded = load("indicator,Year,value\nemployment_total,2024,5\n");
        CHECK(loaded.messages.empty());
        CHECK(value_of(loaded.dataset, "", "employment_total", 2024) == 5.0);
    }
    SUBCASE("a column given twice, also under its SDMX name") {
        const Loaded loaded = load("area,indicator,year,value,year,REF_AREA\n");
        REQUIRE(loaded.messages.size() == 4);
        CHECK(loaded.messages[0] == "s.csv:1:27: error: column 'year' is given twice; keep one");
        CHECK(loaded.messages[1] == "s.csv:1:16: note: the first 'year' column is here");
        CHECK(loaded.messages[2] ==
              "s.csv:1:32: error: column 'REF_AREA' is the same column as 'area'; keep one");
        CHECK(loaded.messages[3] == "s.csv:1:1: note: the first 'area' column is here");
    }
    SUBCASE("a table that is neither kind") {
        const Loaded loaded = load("tinh;nam;gia_tri\n");
        REQUIRE(loaded.messages.size() == 1);
        CHECK(
            loaded.messages[0] ==
            "s.csv:1:1: error: cannot tell what this table holds: a series table needs a header with an "
            "indicator column (indicator, Chỉ tiêu) and a year and value column (Năm, Giá trị) or one column "
            "per year (2020, Năm 2021, Sơ bộ 2024), a zones table needs name and kind; its first line has "
            "'tinh', 'nam', 'gia_tri'");
    }
    SUBCASE("an empty file; a header alone") {
        const Loaded empty = load("");
        REQUIRE(empty.messages.size() == 1);
        CHECK(empty.messages[0] ==
              "s.csv: error: the file is empty; a statistics CSV needs a header line, such as "
              "area,indicator,year,value");
        const Loaded header_only = load("indicator,year,value\r\n");
        REQUIRE(header_only.messages.size() == 1);
        CHECK(header_only.messages[0] ==
              "s.csv:1:1: warning: the table has a header and no rows: nothing is read from this file");
        CHECK(header_only.dataset.areas.empty());
    }
}

TEST_CASE("statistics csv: bad cells are each reported, and the row skipped") {
    const Loaded loaded = load(
        "area,indicator,year,value\n"
        "Tuyên Quang,Industrial Output,20x1,abc\n"
        "Tuyên Quang,,,5\n"
        "Tuyên Quang,grdp_total,2021,nan\n"
        "Tuyên Quang,grdp_total,2022,31000\n");
    REQUIRE(loaded.messages.size() == 6);
    CHECK(loaded.messages[0] ==
          "s.csv:2:13: error: indicator name 'Industrial Output' must be lower-case letters, digits and '_', "
          "starting with a letter, such as 'industrial_output'");
    CHECK(loaded.messages[1] ==
          "s.csv:2:31: error: year '20x1' is not a year; years are whole numbers from 1900 to 2100");
    CHECK(loaded.messages[2] ==
          "s.csv:2:36: error: value 'abc' is not a number; write plain decimals like 1234.5");
    CHECK(loaded.messages[3] ==
          "s.csv:3:13: error: indicator is empty; if it means 'as above', pass --fill-down; else write the "
          "indicator in this row");
    CHECK(loaded.messages[4] ==
          "s.csv:3:14: error: the year is missing; every row needs a year from 1900 to 2100");
    CHECK(loaded.messages[5] ==
          "s.csv:4:29: error: value 'nan' is not a number; write plain decimals like 1234.5");
    CHECK(value_of(loaded.dataset, "Tuyên Quang", "grdp_total", 2022) == 31000.0);
    CHECK(loaded.dataset.areas[0].series.size() == 1);
}

TEST_CASE("statistics csv: reading stops after 50 errors with a note") {
    std::string text = "indicator,year,value\n";
    for (int i = 0; i < 80; ++i) text += "grdp_total,2020,\"1,5\"\n";
    const Loaded loaded = load(text);
    REQUIRE(loaded.messages.size() == 51);
    CHECK(loaded.messages[49].rfind("s.csv:51:17: error: value '1,5' is not a number", 0) == 0);
    CHECK(loaded.messages[50] ==
          "s.csv: note: stopped reading after 50 errors in this file; fix these and run again");
}

TEST_CASE("statistics csv: a forced delimiter") {
    CsvOptions options;
    options.delimiter = '\t';
    const Loaded loaded = load("indicator\tyear\tvalue;x\ngrdp_total\t2020\t5\n", options);
    REQUIRE(loaded.messages.size() == 2);
    CHECK(loaded.messages[0].rfind("s.csv:1:16: error: unknown column 'value;x'", 0) == 0);
    CHECK(loaded.messages[1].rfind("s.csv:1:1: error: the header has no 'value' column", 0) == 0);
}

TEST_CASE("a measure column puts yearly indices beside the levels") {
    Diagnostics diagnostics;
    const Dataset data = load_statistics_csv(
        "indicator,year,value,measure\nindustrial_output,2022,17680,level\nindustrial_output,2022,116.6,"
        "index\n"
        "industrial_output,2021,116.8,index\nindustrial_output,2021,116.8,index\n",
        "s.csv", {}, diagnostics);
    const Series& series = data.areas.at(0).series.at("industrial_output");
    CHECK(series.values.size() == 1);
    CHECK(series.indices.size() == 2);
    CHECK(series.indices.at(2021).value == doctest::Approx(116.8));
    REQUIRE(diagnostics.error_count() == 1);
    CHECK(format_diagnostic(diagnostics.items()[0]) ==
          "s.csv:5:24: error: indicator 'industrial_output' has an index for 2021 given twice; keep one of "
          "them");
}

TEST_CASE("statistics csv: a blank area cell is an error at its cell, not a nameless area") {
    // A one-area file whose area is written once, on the first row (the cells below a merged one).
    const char* const text =
        "area,indicator,year,value\n"
        "Sơn Dương,industrial_output,2020,4200\n"
        ",industrial_output,2021,4650\n"
        "  ,employment_total,2021,98200\n";
    const Loaded loaded = load(text);
    REQUIRE(loaded.messages.size() == 2);
    CHECK(loaded.messages[0] ==
          "s.csv:3:1: error: area is empty; if it means 'as above', pass --fill-down; else write the area "
          "in this row");
    CHECK(loaded.messages[1].rfind("s.csv:4:1: error: area is empty", 0) == 0);
    REQUIRE(loaded.dataset.areas.size() == 1);  // no "" area beside Sơn Dương
    CHECK(loaded.dataset.areas[0].name == "Sơn Dương");

    // Without an area column every row is the unnamed area's, as before.
    CHECK(load("indicator,year,value\nindustrial_output,2020,1\n").messages.empty());
}

TEST_CASE("statistics csv: --fill-down fills blank area and indicator cells from the row above") {
    CsvOptions options;
    options.fill_down = true;
    const Loaded loaded = load(
        "area,indicator,year,value\n"
        "Sơn Dương,industrial_output,2020,4200\n"
        ",,2021,4650\n"
        ",employment_total,2021,98200\n"
        "Yên Sơn,industrial_output,2020,3100\n"
        ",,2021,3350\n",
        options);
    // One note, at the first cell filled (line 3, column 1), for the whole file.
    REQUIRE(loaded.messages.size() == 1);
    CHECK(loaded.messages[0] ==
          "s.csv:3:1: note: --fill-down: this blank area cell, and each blank area or indicator cell below, "
          "takes the row above's");
    REQUIRE(loaded.dataset.areas.size() == 2);
    CHECK(value_of(loaded.dataset, "Sơn Dương", "industrial_output", 2021) == 4650.0);
    CHECK(value_of(loaded.dataset, "Sơn Dương", "employment_total", 2021) == 98200.0);
    CHECK(value_of(loaded.dataset, "Yên Sơn", "industrial_output", 2021) == 3350.0);

    // Nothing above the first row: an error there, under the option too.
    const Loaded first = load("area,indicator,year,value\n,industrial_output,2020,1\n", options);
    REQUIRE(first.messages.size() == 1);
    CHECK(first.messages[0] ==
          "s.csv:2:1: error: area is empty and no row above gives one to fill it with; write the area in "
          "this row");
}
