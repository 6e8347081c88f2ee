// SDMX-CSV as agencies publish it, read by the series table (src/load/statistics_csv.cpp): the
// 1.0 and 2.0 columns of their own, FREQ, ACTION, UNIT_MULT and OBS_STATUS.
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

Loaded load(std::string_view text, bool ignore_extra = false) {
    Diagnostics diagnostics;
    CsvOptions options;
    options.ignore_extra_columns = ignore_extra;
    Loaded result;
    result.dataset = load_statistics_csv(text, "s.csv", options, diagnostics);
    result.messages = test::formatted(diagnostics);
    return result;
}

const Observation& observation(const Dataset& dataset, const std::string& indicator, int year) {
    REQUIRE(dataset.areas.size() == 1);
    const Series* series = dataset.areas[0].find_series(indicator);
    REQUIRE(series != nullptr);
    const auto it = series->values.find(year);
    REQUIRE(it != series->values.end());
    return it->second;
}

constexpr const char* kHeader10 =
    "DATAFLOW,FREQ,REF_AREA,INDICATOR,TIME_PERIOD,OBS_VALUE,UNIT_MEASURE,UNIT_MULT,OBS_STATUS\n";

}  // namespace

TEST_CASE("sdmx csv 1.0: read as published, UNIT_MULT applied once with a note") {
    const Loaded loaded =
        load(std::string(kHeader10) +
             "VN_GSO:DF_IND(1.0),A,Tuyên Quang,industrial_output,2023,20.4569,billion VND,3,A\n"
             "VN_GSO:DF_IND(1.0),A,Tuyên Quang,industrial_output,2024,23.73,billion VND,3,P\n"
             "VN_GSO:DF_IND(1.0),A,Tuyên Quang,employment_total,2024,533900,persons,0,E\n"
             "VN_GSO:DF_IND(1.0),A,Tuyên Quang,grdp_total,2024,448,billion VND,2,\n");
    // One note, at the first row whose UNIT_MULT is not 0: line 2, its UNIT_MULT cell after 76
    // characters ("VN_GSO:DF_IND(1.0),A,Tuyên Quang,industrial_output,2023,20.4569,billion VND,").
    CHECK(loaded.messages == std::vector<std::string>{"s.csv:2:77: note: UNIT_MULT is applied as this file "
                                                      "is read: each value is OBS_VALUE × 10 to the "
                                                      "power of its row's UNIT_MULT (here 20.4569 × 10^3)"});
    // 23.73 × 10³ = 23,730; 20.4569 × 10³ = 20,456.9; 448 × 10² = 44,800 (to a double's rounding).
    CHECK(observation(loaded.dataset, "industrial_output", 2024).value ==
          doctest::Approx(23730.0).epsilon(1e-15));
    CHECK(observation(loaded.dataset, "industrial_output", 2023).value ==
          doctest::Approx(20456.9).epsilon(1e-15));
    CHECK(observation(loaded.dataset, "grdp_total", 2024).value == 44800.0);
    CHECK(observation(loaded.dataset, "employment_total", 2024).value == 533900.0);
    // OBS_STATUS: A (and none) normal, P preliminary, E estimated.
    CHECK(observation(loaded.dataset, "industrial_output", 2023).standing == Standing::normal);
    CHECK(observation(loaded.dataset, "industrial_output", 2024).standing == Standing::preliminary);
    CHECK(observation(loaded.dataset, "employment_total", 2024).standing == Standing::estimated);
    CHECK(observation(loaded.dataset, "grdp_total", 2024).standing == Standing::normal);
    // "20.4569" is no thousands group, but "23.73" scaled is not one either: no slip flag.
    CHECK(observation(loaded.dataset, "industrial_output", 2024).written == Written::plain);
}

TEST_CASE("sdmx csv 1.0: a scaled value written like a thousands group is not marked as one") {
    // "23.730" alone would be marked (a thousands dot?); with UNIT_MULT 3 it means 23,730 as written.
    const Loaded loaded =
        load(std::string(kHeader10) + "DF,A,Tuyên Quang,industrial_output,2024,23.730,billion VND,3,A\n");
    CHECK(observation(loaded.dataset, "industrial_output", 2024).value ==
          doctest::Approx(23730.0).epsilon(1e-15));
    CHECK(observation(loaded.dataset, "industrial_output", 2024).written == Written::plain);
}

TEST_CASE("sdmx csv 1.0: a negative UNIT_MULT divides") {
    // 1234 × 10⁻² = 12.34, computed as 1234 / 100 (exact to the double nearest 12.34).
    const Loaded loaded = load(std::string(kHeader10) + "DF,A,X,online_procedures_pct,2024,6170,%,-2,A\n");
    CHECK(observation(loaded.dataset, "online_procedures_pct", 2024).value == 61.7);
}

TEST_CASE("sdmx csv 2.0: STRUCTURE, STRUCTURE_ID, ACTION and the attributes for people") {
    const Loaded loaded = load(
        "STRUCTURE,STRUCTURE_ID,ACTION,FREQ,REF_AREA,INDICATOR,TIME_PERIOD,OBS_VALUE,UNIT_MULT,DECIMALS,OBS_"
        "CONF,"
        "COMMENT\n"
        "dataflow,VN_GSO:DF_IND(1.0),I,A,Tuyên Quang,employment_total,2022,523.1,3,1,F,\n"
        "dataflow,VN_GSO:DF_IND(1.0),R,A,Tuyên Quang,employment_total,2023,528.4,3,1,F,niên giám\n"
        "dataflow,VN_GSO:DF_IND(1.0),M,A,Tuyên Quang,employment_total,2024,533.9,3,1,F,\n"
        "dataflow,VN_GSO:DF_IND(1.0),,A,Tuyên Quang,employment_total,2021,520,3,1,F,\n");
    REQUIRE(loaded.messages.size() == 1);  // the UNIT_MULT note
    CHECK(observation(loaded.dataset, "employment_total", 2022).value ==
          doctest::Approx(523100.0).epsilon(1e-15));
    CHECK(observation(loaded.dataset, "employment_total", 2024).value ==
          doctest::Approx(533900.0).epsilon(1e-15));
    CHECK(observation(loaded.dataset, "employment_total", 2021).value == 520000.0);
}

TEST_CASE("sdmx csv: FREQ other than A is refused at its cell, and the row alone") {
    const Loaded loaded =
        load(std::string(kHeader10) + "DF,Q,Tuyên Quang,industrial_output,2024-Q1,5.21,,3,A\n");
    CHECK(loaded.messages ==
          std::vector<std::string>{
              "s.csv:2:4: error: FREQ 'Q' (quarterly) is not annual: chitieu judges yearly "
              "figures only; keep the rows with FREQ A, or export the annual series"});
    CHECK(loaded.dataset.areas.empty());
}

TEST_CASE("sdmx csv: ACTION D is refused; an unknown action too") {
    const Loaded loaded = load(
        "STRUCTURE,STRUCTURE_ID,ACTION,REF_AREA,INDICATOR,TIME_PERIOD,OBS_VALUE\n"
        "dataflow,DF,D,X,industrial_output,2023,\n"
        "dataflow,DF,U,X,industrial_output,2024,1\n");
    CHECK(
        loaded.messages ==
        std::vector<std::string>{
            "s.csv:2:13: error: ACTION 'D' deletes this observation from a data set kept elsewhere: chitieu "
            "reads whole data sets, not updates to them; apply the deletion to your copy, or export the "
            "whole "
            "data set again",
            "s.csv:3:13: error: ACTION 'U' is not an SDMX-CSV action: I, R and M (information, replace, "
            "merge) "
            "are read as they are, D (delete) is refused"});
}

TEST_CASE("sdmx csv: OBS_STATUS other than A, P and E is refused where there is a value") {
    const Loaded loaded = load(std::string(kHeader10) +
                               "DF,A,X,industrial_output,2025,30,,0,F\n"
                               "DF,A,X,industrial_output,2023,,,0,M\n");  // missing, and said so: fine
    CHECK(
        loaded.messages ==
        std::vector<std::string>{
            "s.csv:2:37: error: OBS_STATUS 'F' (forecast) is not read: chitieu judges targets on A (normal), "
            "P "
            "(provisional) and E (estimated) values; drop the row, or leave the status empty if the value is "
            "final"});
}

TEST_CASE("sdmx csv: UNIT_MULT that is no whole exponent is refused") {
    const Loaded loaded = load(std::string(kHeader10) +
                               "DF,A,X,industrial_output,2024,1,,thousand,A\n"
                               "DF,A,X,industrial_output,2023,1,,16,A\n");
    REQUIRE(loaded.messages.size() == 2);
    CHECK(loaded.messages[0] ==
          "s.csv:2:34: error: UNIT_MULT 'thousand' is not a power of ten from -15 to 15: write the exponent "
          "as a "
          "whole number (3: the value is in thousands)");
    CHECK(loaded.messages[1].starts_with("s.csv:3:34: error: UNIT_MULT '16' is not a power of ten"));
}

TEST_CASE("sdmx csv: --ignore-extra-columns drops a column for people and still applies UNIT_MULT") {
    const Loaded loaded =
        load(std::string("DATAFLOW,FREQ,REF_AREA,INDICATOR,TIME_PERIOD,OBS_VALUE,UNIT_MULT,TITLE_VI\n") +
                 "DF,A,X,industrial_output,2024,23.73,3,Giá trị sản xuất\n",
             true);
    CHECK(loaded.messages.size() == 1);  // the UNIT_MULT note
    CHECK(observation(loaded.dataset, "industrial_output", 2024).value ==
          doctest::Approx(23730.0).epsilon(1e-15));
}

TEST_CASE("csv: a unit or multiplier column by another name is never dropped") {
    // Under --ignore-extra-columns, outside SDMX-CSV: ĐVT is read as the unit (a header word), a
    // multiplier refused.
    const Loaded ignored = load(
        "area,indicator,year,value,ĐVT,unit_multiplier\nX,employment_total,2024,533.9,nghìn người,3\n", true);
    CHECK(ignored.messages ==
          std::vector<std::string>{
              "s.csv:1:31: error: column 'unit_multiplier' says what the values mean (a multiplier or a "
              "status), "
              "and this table is not SDMX-CSV, which reads it: every value would be read wrongly; scale the "
              "values, or write the table as SDMX-CSV"});
    CHECK(ignored.dataset.areas.empty());
    // In SDMX-CSV, the long loader's refusal with the name to give it.
    const Loaded sdmx = load(
        "REF_AREA,INDICATOR,TIME_PERIOD,OBS_VALUE,ĐVT\nX,employment_total,2024,533.9,nghìn người\n", true);
    REQUIRE(sdmx.messages.size() == 1);
    CHECK(
        sdmx.messages[0].starts_with("s.csv:1:42: error: column 'ĐVT' gives the values' unit, so "
                                     "--ignore-extra-columns cannot drop it"));
    // Without it: Đơn vị tính is the unit column.
    const Loaded plain =
        load("area,indicator,year,value,Đơn vị tính\nX,employment_total,2024,533.9,nghìn người\n");
    CHECK(plain.messages.empty());
    REQUIRE(plain.dataset.areas.size() == 1);
    CHECK(plain.dataset.areas[0].series.at("employment_total").unit == "nghìn người");
}

TEST_CASE("csv: the plain format's list of known columns does not offer SDMX-CSV's own") {
    const Loaded loaded = load("area,indicator,year,value,colour\nX,industrial_output,2024,1,red\n");
    CHECK(
        loaded.messages ==
        std::vector<std::string>{
            "s.csv:1:27: error: unknown column 'colour'; known columns: area, indicator, year, value, unit, "
            "source, measure, note (SDMX names: REF_AREA, INDICATOR, TIME_PERIOD, OBS_VALUE, UNIT_MEASURE); "
            "or pass --ignore-extra-columns"});
}
