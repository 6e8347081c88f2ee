// The unit-slip rule (model/rules.hpp, unit_slips.cpp): a value written like a thousands group
// among values about 1000 times larger is an error; a hundred- or thousandfold jump from one
// year to the next is a warning. Ratios in the comments are worked out by hand.
#include <doctest/doctest.h>

#include <string>
#include <tuple>
#include <vector>

#include "chitieu/model/rules.hpp"
#include "support/messages.hpp"

using namespace chitieu;
using test::Messages;

namespace {

using Point = std::tuple<int, double, Written>;

// One series `g` in area `area`; the value of year Y is on line Y - 2000 of f.csv, column 9.
AreaData area_with(const std::vector<Point>& points, const std::string& area = "",
                   const std::string& file = "f.csv") {
    AreaData data;
    data.name = area;
    Series& series = data.series["g"];
    series.indicator = "g";
    for (const auto& [year, value, written] : points)
        series.values[year] = Observation{value, {file, year - 2000, 9}, written};
    return data;
}

Messages judged(const AreaData& area) {
    Diagnostics diagnostics;
    UnitSlipRule().check(area, diagnostics);
    return Messages(diagnostics);
}

constexpr Written kPlain = Written::plain;
constexpr Written kCsv = Written::dot_group_csv;

}  // namespace

TEST_CASE("unit slips: 23.730 among values about 1000 times larger is an error with both readings") {
    // 20456.9 / 23.73 = 862.1 and 27700 / 23.73 = 1167.3: both within 300 to 3000.
    CHECK(judged(area_with({{2023, 20456.9, kPlain}, {2024, 23.73, kCsv}, {2025, 27700, kPlain}},
                           "Tuyên Quang")) ==
          Messages{
              "f.csv:24:9: error: g 2024 in area 'Tuyên Quang' is written 23.730, which reads as 23.73, but "
              "the years around it are about 1000 times larger (20456.9 in 2023, 27700 in 2025): if it "
              "means 23730, write 23730 (no thousands separator), or pass --decimal-comma for a file "
              "written like 23.730,5"});
    // YAML has no --decimal-comma; a negative value keeps its sign in both readings.
    CHECK(
        judged(area_with({{2023, -1480, kPlain}, {2024, -1.5, Written::dot_group}})) ==
        Messages{"f.csv:24:9: error: g 2024 is written -1.500, which reads as -1.5, but the years around it "
                 "are about 1000 times larger (-1480 in 2023): if it means -1500, write -1500 (no thousands "
                 "separator)"});
    // Under --decimal-comma the comma is the mark that may group thousands.
    CHECK(judged(area_with({{2023, 20456.9, kPlain}, {2024, 23.73, Written::comma_group}})) ==
          Messages{
              "f.csv:24:9: error: g 2024 is written 23,730, which reads as 23.73 under --decimal-comma, but "
              "the years around it are about 1000 times larger (20456.9 in 2023): if the comma groups "
              "thousands there, write 23730 (no thousands separator)"});
}

TEST_CASE("unit slips: the ratio's edges are 300 and 3000, both included") {
    // 1.5 is written 1.500; 450 / 1.5 = 300 and 4500 / 1.5 = 3000 exactly (1.5 is exact in binary).
    for (const double neighbour : {450.0, 4500.0, 1500.0}) {
        CAPTURE(neighbour);
        const Messages messages = judged(area_with({{2020, neighbour, kPlain}, {2021, 1.5, kCsv}}));
        REQUIRE(messages.size() == 1);
        CHECK(messages.front().rfind("f.csv:21:9: error: g 2021 is written 1.500", 0) == 0);
    }
    // 449.85 / 1.5 = 299.9: no error, but a jump of 299.9 (below 316.2: "about 100") is warned.
    CHECK(judged(area_with({{2020, 449.85, kPlain}, {2021, 1.5, kCsv}})) ==
          Messages{
              "f.csv:21:9: warning: g goes from 449.85 in 2020 to 1.5 in 2021, about 100 times less: check "
              "that both years are in the same unit (a percentage vs a fraction, 25 vs 0.25, are 100 "
              "apart)"});
    // 4500.15 / 1.5 = 3000.1: neither (above both bands).
    CHECK(judged(area_with({{2020, 4500.15, kPlain}, {2021, 1.5, kCsv}})).empty());
    // The value above its neighbours never is a slip: 1.125 after 0.14 (ratio 0.124).
    CHECK(judged(area_with({{2020, 0.14, kPlain}, {2021, 1.125, kCsv}})).empty());
}

TEST_CASE("unit slips: every plain neighbour must be about 1000 times larger; marked ones are skipped") {
    // 20456.9 before, 27.7 after (27.7 / 23.73 = 1.17): not a slip, but 2023 -> 2024 falls by
    // 20456.9 / 23.73 = 862.1, a thousandfold jump.
    CHECK(
        judged(area_with({{2023, 20456.9, kPlain}, {2024, 23.73, kCsv}, {2025, 27.7, kPlain}})) ==
        Messages{"f.csv:24:9: warning: g goes from 20456.9 in 2023 to 23.73 in 2024, about 1000 times less: "
                 "check that both years are in the same unit (tỷ vs triệu đồng, người vs nghìn người are "
                 "1000 apart)"});
    // Two marked years in a row are each judged against the plain 18095: 18095 / 20.457 = 884.5,
    // 18095 / 23.73 = 762.5. No jump is warned beside an error.
    const Messages both =
        judged(area_with({{2022, 18095, kPlain}, {2023, 20.457, kCsv}, {2024, 23.73, kCsv}}));
    REQUIRE(both.size() == 2);
    CHECK(both.lines[0].rfind("f.csv:23:9: error: g 2023 is written 20.457", 0) == 0);
    CHECK(both.lines[1].rfind("f.csv:24:9: error: g 2024 is written 23.730", 0) == 0);
    // Only marked values (a series in billion kWh written 2.450, 2.630): nothing to compare with.
    CHECK(judged(area_with({{2020, 2.45, kCsv}, {2021, 2.63, kCsv}, {2022, 3.01, kCsv}})).empty());
}

TEST_CASE("unit slips: a ';' file's dotted group with no slip is warned once per file") {
    constexpr Written kSemicolon = Written::dot_group_semicolon;
    Diagnostics diagnostics;
    UnitSlipRule rule;
    rule.check(area_with({{2020, 16.143, kSemicolon}, {2021, 18.095, kSemicolon}}, "A"), diagnostics);
    rule.check(area_with({{2020, 16.143, kSemicolon}}, "B"), diagnostics);
    rule.check(area_with({{2020, 5.21, kSemicolon}}, "C", "other.csv"), diagnostics);
    CHECK(
        Messages(diagnostics) ==
        Messages{"f.csv:20:9: warning: g 2020 in area 'A' is written 16.143, which reads as 16.143, but this "
                 "file is split at "
                 "';' like spreadsheets where the dot groups thousands: if it means 16143, write 16143 (no "
                 "thousands separator), or pass --decimal-comma for a file written like 16.143,5",
                 "other.csv:20:9: warning: g 2020 in area 'C' is written 5.210, which reads as 5.21, but "
                 "this file is split "
                 "at ';' like spreadsheets where the dot groups thousands: if it means 5210, write 5210 (no "
                 "thousands separator), or pass --decimal-comma for a file written like 5.210,5"});
    // A slip in a ';' file is the error alone (20456.9 / 23.73 = 862.1), with the same way out.
    const Messages slip = judged(area_with({{2023, 20456.9, kPlain}, {2024, 23.73, kSemicolon}}));
    REQUIRE(slip.size() == 1);
    CHECK(slip.front().find("error: g 2024 is written 23.730") != std::string::npos);
    CHECK(slip.front().ends_with("or pass --decimal-comma for a file written like 23.730,5"));
}

TEST_CASE("unit slips: a jump of about 100 or 1000 times is a warning; growth and tripling are not") {
    // ×1160: 20456.9 -> 23730000 (triệu đồng after tỷ đồng); 23730000 / 20456.9 = 1160.0.
    CHECK(judged(area_with({{2023, 20456.9, kPlain}, {2024, 23730000, kPlain}}, "Tuyên Quang")) ==
          Messages{
              "f.csv:24:9: warning: g in area 'Tuyên Quang' goes from 20456.9 in 2023 to 23730000 in 2024, "
              "about 1000 times more: check that both years are in the same unit (tỷ vs triệu đồng, người "
              "vs nghìn người are 1000 apart)"});
    // ÷100: 25 -> 0.25, a percentage then a fraction.
    CHECK(judged(area_with({{2020, 25, kPlain}, {2021, 0.25, kPlain}})) ==
          Messages{
              "f.csv:21:9: warning: g goes from 25 in 2020 to 0.25 in 2021, about 100 times less: check that "
              "both years are in the same unit (a percentage vs a fraction, 25 vs 0.25, are 100 apart)"});
    const auto warned = [](double from, double to) {
        return !judged(area_with({{2020, from, kPlain}, {2021, to, kPlain}})).empty();
    };
    CHECK_FALSE(warned(100, 300));    // a tripling
    CHECK_FALSE(warned(100, 1000));   // ×10
    CHECK_FALSE(warned(3, 99.99));    // 33.33: below 100 / 3 = 33.333…
    CHECK(warned(3, 100.02));         // 33.34
    CHECK(warned(1, 3000));           // the upper edge, included
    CHECK_FALSE(warned(1, 3001));     // beyond: no longer a unit's factor
    CHECK(warned(3000, 1));           // the same downwards
    CHECK_FALSE(warned(-20, 20000));  // opposite signs: a change, not a unit
    CHECK_FALSE(warned(0, 20000));    // from zero: no ratio
    CHECK(warned(-20, -20000));       // both negative: ×1000
    // The label is the nearer power of ten on a log scale: 316 -> 100, 317 -> 1000 (√100000 = 316.2).
    CHECK(judged(area_with({{2020, 1, kPlain}, {2021, 316, kPlain}})).front().find("about 100 times more") !=
          std::string::npos);
    CHECK(judged(area_with({{2020, 1, kPlain}, {2021, 317, kPlain}})).front().find("about 1000 times more") !=
          std::string::npos);
}
