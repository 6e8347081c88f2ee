// The sample files under tests/data/csv and one file per defect under tests/data/bad (also used
// by end-to-end cases): each bad file gives exactly these diagnostics.
#include <doctest/doctest.h>

#include <string>
#include <utility>
#include <vector>

#include "chitieu/load/input_file.hpp"
#include "chitieu/load/statistics_csv.hpp"

using namespace chitieu;

namespace {

// Loads tests/data/RELATIVE, naming it RELATIVE in messages.
std::pair<Dataset, std::vector<std::string>> load_file(const std::string& relative, CsvOptions options = {}) {
    const std::string text = read_input_file(std::string(CHITIEU_SOURCE_DIR) + "/tests/data/" + relative);
    Diagnostics diagnostics;
    Dataset dataset = load_statistics_csv(text, relative, options, diagnostics);
    std::vector<std::string> messages;
    for (const Diagnostic& d : diagnostics.items()) messages.push_back(format_diagnostic(d));
    return {std::move(dataset), std::move(messages)};
}

double value_of(const Dataset& dataset, const std::string& area, const std::string& indicator, int year) {
    const AreaData* found = dataset.find_area(area);
    REQUIRE(found != nullptr);
    const Series* series = found->find_series(indicator);
    REQUIRE(series != nullptr);
    REQUIRE(series->values.count(year) == 1);
    return series->values.at(year).value;
}

}  // namespace

TEST_CASE("csv files: the Tuyen Quang series sample") {
    const auto [data, messages] = load_file("csv/tuyen-quang-series.csv");
    CHECK(messages.empty());
    REQUIRE(data.areas.size() == 1);
    const AreaData& area = data.areas[0];
    CHECK(area.name == "Tuyên Quang");
    CHECK(area.source == "Niên giám thống kê 2023");
    CHECK(area.series.size() == 3);
    CHECK(area.series.at("industrial_output").unit == "billion VND, 2010 prices");
    CHECK(value_of(data, "Tuyên Quang", "industrial_output", 2020) == 14386.6);
    CHECK(value_of(data, "Tuyên Quang", "industrial_output", 2021) == 16143.0);
    CHECK(value_of(data, "Tuyên Quang", "industrial_output", 2022) == 18095.0);
    CHECK(value_of(data, "Tuyên Quang", "employment_total", 2021) == 526900.0);
    CHECK(value_of(data, "Tuyên Quang", "employment_industry", 2021) == 118500.0);
    CHECK(area.series.at("employment_total").unit.empty());
    CHECK(data.latest_year() == 2022);
}

TEST_CASE("csv files: the Tuyen Quang zones sample") {
    const auto [data, messages] = load_file("csv/tuyen-quang-zones.csv");
    CHECK(messages.empty());
    REQUIRE(data.areas.size() == 1);
    REQUIRE(data.areas[0].zones.size() == 2);
    const Zone& lba = data.areas[0].zones[0];
    CHECK(lba.name == "Long Bình An");
    CHECK(lba.leasable_ha == 290.0);
    CHECK(lba.leased_ha == 201.3);
    CHECK(lba.expanded == 2023);
    CHECK_FALSE(data.areas[0].zones[1].established.has_value());
}

TEST_CASE("csv files: a statistics office export (BOM, CRLF, semicolons, decimal commas)") {
    CsvOptions options;
    options.numbers = NumberConvention::decimal_comma;
    const auto [data, messages] = load_file("csv/statistics-office-export.csv", options);
    CHECK(messages.empty());
    REQUIRE(data.areas.size() == 2);
    CHECK(data.areas[0].name == "Tuyên Quang");
    CHECK(data.areas[1].name == "Huyện Sơn Dương");
    CHECK(data.areas[0].source == "Cục Thống kê Tuyên Quang; Sở Thông tin và Truyền thông");
    CHECK(data.areas[0].series.at("industrial_output").unit == "tỷ đồng, giá so sánh 2010");
    CHECK(value_of(data, "Tuyên Quang", "industrial_output", 2021) == 16143.0);
    CHECK(value_of(data, "Tuyên Quang", "industrial_output", 2022) == 18095.0);
    CHECK(value_of(data, "Tuyên Quang", "online_procedures_pct", 2023) == 57.8);
    CHECK(value_of(data, "Huyện Sơn Dương", "industrial_output", 2022) == 5210.4);
    CHECK(value_of(data, "Huyện Sơn Dương", "employment_industry", 2022) == 21350.0);
    CHECK(data.areas[1].series.at("employment_industry").values.size() == 1);  // 2023 is NA
    const Observation& quoted = data.areas[1].series.at("industrial_output").values.at(2022);
    CHECK(quoted.where.line == 5);
    CHECK(quoted.where.column == 42);  // the BOM is not a character
}

TEST_CASE("csv files: the export without --decimal-comma marks the dotted groups, refuses decimal commas") {
    const auto [data, messages] = load_file("csv/statistics-office-export.csv");
    // The warning about '16.143' is the unit-slip rule's, once the series is whole (test_unit_slips).
    REQUIRE(messages.size() == 2);
    CHECK(messages[0].rfind("csv/statistics-office-export.csv:4:42: error: value '57,8' is not a number",
                            0) == 0);
    CHECK(messages[1].rfind("csv/statistics-office-export.csv:5:42: error: value '5.210,4'", 0) == 0);
    CHECK(data.areas.at(0).series.at("industrial_output").values.at(2021).written ==
          Written::dot_group_semicolon);
}

TEST_CASE("csv files: each bad file gives exactly its diagnostics") {
    const std::vector<std::pair<std::string, std::vector<std::string>>> cases = {
        {"bad/bad-indicator.csv",
         {"bad/bad-indicator.csv:2:13: error: indicator name 'Industrial Output' must be lower-case "
          "letters, digits and '_', starting with a letter, such as 'industrial_output'"}},
        {"bad/bad-year.csv",
         {"bad/bad-year.csv:2:31: error: year '20x1' is not a year; years are whole numbers from 1900 to "
          "2100"}},
        {"bad/decimal-comma-without-option.csv",
         {"bad/decimal-comma-without-option.csv:2:36: error: value '27.700,5' is not a number; numbers use a "
          "dot for decimals and no thousands separator (27700.5); for Vietnamese-style numbers like 27.700,5 "
          "use --decimal-comma"}},
        {"bad/duplicate-column.csv",
         {"bad/duplicate-column.csv:1:27: error: column 'REF_AREA' is the same column as 'area'; keep one",
          "bad/duplicate-column.csv:1:1: note: the first 'area' column is here"}},
        {"bad/duplicate-observation.csv",
         {"bad/duplicate-observation.csv:4:36: error: indicator 'industrial_output' of area 'Tuyên Quang' "
          "has a value for 2020 given twice; keep one of them",
          "bad/duplicate-observation.csv:2:36: note: the first value for 2020 is here"}},
        {"bad/empty.csv",
         {"bad/empty.csv: error: the file is empty; a statistics CSV needs a header line, such as "
          "area,indicator,year,value"}},
        {"bad/invalid-utf8.csv",
         {"bad/invalid-utf8.csv:2:4: error: the text is not valid UTF-8 (byte 0xEA here); save the file as "
          "UTF-8 (in Excel: \"CSV UTF-8\"), not in a legacy encoding"}},
        {"bad/missing-column.csv",
         {"bad/missing-column.csv:1:1: error: the header has no 'value' column (SDMX: OBS_VALUE); a series "
          "table needs indicator, year and value"}},
        {"bad/nan-value.csv",
         {"bad/nan-value.csv:2:36: error: value 'nan' is not a number; write plain decimals like 1234.5"}},
        {"bad/nul-byte.csv",
         {"bad/nul-byte.csv:2:55: error: a NUL byte: this is not a text file, or it is UTF-16; save it as "
          "UTF-8 CSV"}},
        {"bad/quote-in-field.csv",
         {"bad/quote-in-field.csv:2:52: error: a quote in the middle of an unquoted field; quote the whole "
          "field and double the quotes inside it (\"5\"\" pipe\")"}},
        {"bad/ragged-row.csv",
         {"bad/ragged-row.csv:3:54: error: this row has 6 fields but the header has 5; quote a field that "
          "contains ',', or add the missing column to the header"}},
        {"bad/text-after-quote.csv",
         {"bad/text-after-quote.csv:2:14: error: text after the closing quote of a field; put the whole "
          "field inside the quotes, and double any quote inside it"}},
        {"bad/thousands-separator.csv",
         {"bad/thousands-separator.csv:2:36: error: value '16,143' is not a number; numbers use a dot for "
          "decimals and no thousands separator (27700.5); for Vietnamese-style numbers like 27.700,5 use "
          "--decimal-comma"}},
        {"bad/unit-mismatch.csv",
         {"bad/unit-mismatch.csv:3:42: error: indicator 'industrial_output' of area 'Tuyên Quang' has unit "
          "'tỷ đồng' here but 'billion VND' elsewhere; use one unit per indicator",
          "bad/unit-mismatch.csv:2:44: note: the unit was first given here"}},
        {"bad/unknown-column.csv",
         {"bad/unknown-column.csv:1:27: error: unknown column 'remarks'; known columns: area, indicator, "
          "year, value, unit, source, measure, note (SDMX names: REF_AREA, INDICATOR, TIME_PERIOD, "
          "OBS_VALUE, "
          "UNIT_MEASURE); or pass --ignore-extra-columns"}},
        {"bad/unknown-table.csv",
         {"bad/unknown-table.csv:1:1: error: cannot tell what this table holds: a series table needs a "
          "header "
          "with an indicator column (indicator, Chỉ tiêu) and a year and value column (Năm, Giá trị) or one "
          "column per year (2020, Năm 2021, Sơ bộ 2024), a zones table needs name and kind; its first line "
          "has 'tinh', 'chi_tieu', 'nam', 'gia_tri'"}},
        {"bad/unterminated-quote.csv",
         {"bad/unterminated-quote.csv:2:44: error: the quoted field opened here is never closed; add the "
          "closing quote, and double any quote inside the field"}},
        {"bad/zone-duplicate.csv",
         {"bad/zone-duplicate.csv:4:1: error: zone 'Long Bình An' of area 'Tuyên Quang' is described twice "
          "for 2023; keep one description per zone and year",
          "bad/zone-duplicate.csv:2:1: note: the first description is here"}},
        {"bad/zone-expanded-before-established.csv",
         {"bad/zone-expanded-before-established.csv:2:58: error: expanded (2005) is before established "
          "(2008) in zone 'Long Bình An'; an expansion comes after the establishment: check both years"}},
        {"bad/zone-kind.csv",
         {"bad/zone-kind.csv:2:26: error: kind 'khu chế xuất' is not a zone kind; use park or cluster (or "
          "KCN, khu "
          "công nghiệp, CCN, cụm công nghiệp)"}},
        {"bad/zone-land-without-year.csv",
         {"bad/zone-land-without-year.csv:2:60: error: zone 'Long Bình An' has land figures but no `year`; "
          "give `year`, the year these land figures describe"}},
        {"bad/zone-leased-above-leasable.csv",
         {"bad/zone-leased-above-leasable.csv:2:70: error: leased_ha (301.3) is more than leasable_ha "
          "(290.0) in zone 'Long Bình An'; leased land is part of the leasable land: check both figures"}},
        {"bad/zone-negative-area.csv",
         {"bad/zone-negative-area.csv:2:64: error: leasable_ha '-290.0' is negative; land areas are "
          "hectares, 0 or more"}},
    };
    for (const auto& [file, expected] : cases) {
        CAPTURE(file);
        CHECK(load_file(file).second == expected);
    }
}
