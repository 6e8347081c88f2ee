// The unit rule (model/unit_conversion.hpp): series brought to their targets' units, or refused.
#include <doctest/doctest.h>

#include <string>

#include "chitieu/engine/evaluate.hpp"
#include "chitieu/model/unit_conversion.hpp"
#include "support/messages.hpp"

using namespace chitieu;

namespace {

Target level(const std::string& series, const std::string& unit, double value) {
    Target target;
    target.id = series;
    target.kind = TargetKind::level;
    target.series = series;
    target.value = value;
    target.unit = unit;
    target.measure = UnitVocabulary::builtin().read(unit).unit;
    target.base_year = 2020;
    target.year = 2025;
    REQUIRE(target.measure);
    return target;
}

Target share(const std::string& numerator, const std::string& denominator) {
    Target target;
    target.id = "share";
    target.kind = TargetKind::share;
    target.numerator = numerator;
    target.denominator = denominator;
    target.unit = "%";
    target.value = 25.8;
    target.base_year = 2020;
    target.year = 2025;
    return target;
}

void add_series(AreaData& area, const std::string& indicator, const std::string& unit,
                std::initializer_list<std::pair<int, double>> values, int line) {
    Series& series = area.series[indicator];
    series.indicator = indicator;
    series.unit = unit;
    series.unit_where = {FileName("s.yaml"), line, 11};
    for (const auto& [year, value] : values) series.values.try_emplace(year, Observation{value, {}});
}

double value_at(const AreaData& area, const std::string& indicator, int year) {
    return area.find_series(indicator)->values.find(year)->second.value;
}

}  // namespace

TEST_CASE("unit rule: a level series in another scale is converted to the target's") {
    TargetSet set;
    set.targets = {level("industrial_output", "billion VND, 2010 prices", 27700),
                   level("employment_industry", "workers", 138700)};
    AreaData area;
    add_series(area, "industrial_output", "triệu đồng", {{2020, 12982000}, {2024, 23730000}}, 4);
    add_series(area, "employment_industry", "Nghìn người", {{2024, 129.6}}, 7);
    UnitCache cache;
    Diagnostics diagnostics;
    convert_units(set, area, cache, diagnostics);
    CHECK(test::Messages(diagnostics) == test::Messages{});
    // ÷ 1000 (10^6 → 10^9 đồng) and × 1000 (10^3 → 1 person), exactly.
    CHECK(value_at(area, "industrial_output", 2024) == 23730.0);
    CHECK(value_at(area, "industrial_output", 2020) == 12982.0);
    CHECK(value_at(area, "employment_industry", 2024) == 129600.0);
    CHECK(area.find_series("industrial_output")->converted_from == "triệu đồng");
    CHECK(area.find_series("industrial_output")->unit == "billion VND, 2010 prices");
}

TEST_CASE("unit rule: a share of mixed scales is computed in one scale") {
    TargetSet set;
    set.targets = {share("employment_industry", "employment_total")};
    AreaData area;
    add_series(area, "employment_industry", "nghìn người", {{2020, 105.6}, {2024, 129.6}}, 4);
    add_series(area, "employment_total", "người", {{2020, 521300}, {2024, 533900}}, 7);
    UnitCache cache;
    Diagnostics diagnostics;
    convert_units(set, area, cache, diagnostics);
    CHECK(test::Messages(diagnostics) == test::Messages{});
    CHECK(value_at(area, "employment_industry", 2024) == 129600.0);
    const AreaEvaluation evaluation = evaluate_area(set, area, 2024, false);
    // 129,600 / 533,900 × 100 = 24.2742...% (533,900 × 0.2427 = 129,577.5, and 22.5 / 533,900 =
    // 0.0000421): not the 0.0243 % that 129.6 / 533,900 would give.
    REQUIRE(evaluation.results.front().actual_value);
    CHECK(*evaluation.results.front().actual_value == doctest::Approx(24.2742).epsilon(1e-5));
    // The conversion is said once, naming both units.
    const std::vector<Note>& notes = evaluation.results.front().notes;
    const auto note = std::find_if(notes.begin(), notes.end(),
                                   [](const Note& n) { return n.code == NoteCode::unit_converted; });
    REQUIRE(note != notes.end());
    CHECK(note->names == std::vector<std::string>{"employment_industry", "nghìn người", "người"});
}

TEST_CASE("unit rule: another quantity or price basis is refused at the series' unit") {
    TargetSet set;
    set.targets = {level("electricity_output", "million kWh", 3000),
                   level("industrial_output", "billion VND, 2010 prices", 27700),
                   level("employment_industry", "workers", 138700)};
    AreaData area;
    area.name = "Tuyên Quang";
    add_series(area, "electricity_output", "nghìn tấn", {{2024, 2450}}, 3);
    add_series(area, "industrial_output", "tỷ đồng, giá hiện hành", {{2024, 40100}}, 5);
    add_series(area, "employment_industry", "%", {{2024, 24.3}}, 8);
    UnitCache cache;
    Diagnostics diagnostics;
    convert_units(set, area, cache, diagnostics);
    CHECK(
        test::Messages(diagnostics) ==
        test::Messages{
            "s.yaml:3:11: error: electricity_output in area 'Tuyên Quang' is in 'nghìn tấn' (tonnes), but "
            "target 'electricity_output' is in 'million kWh' (kWh): another quantity cannot be converted; "
            "give "
            "the series in kWh",
            "s.yaml:5:11: error: industrial_output in area 'Tuyên Quang' is in 'tỷ đồng, giá hiện hành' "
            "(money in "
            "VND, current prices), but target 'industrial_output' is in 'billion VND, 2010 prices' (money in "
            "VND, 2010 prices): figures at another price basis cannot be compared; give the series at 2010 "
            "prices",
            "s.yaml:8:11: error: employment_industry in area 'Tuyên Quang' is in '%' (percent), but target "
            "'employment_industry' is in 'workers' (persons): another quantity cannot be converted; give the "
            "series in persons"});
    CHECK(value_at(area, "electricity_output", 2024) == 2450.0);  // tonnes are never made kWh
    CHECK(area.find_series("electricity_output")->converted_from.empty());
}

TEST_CASE("unit rule: an unknown unit is an error with the nearest reading; no unit is left alone") {
    TargetSet set;
    set.targets = {level("industrial_output", "billion VND", 27700),
                   level("employment_industry", "workers", 1)};
    AreaData area;
    add_series(area, "industrial_output", "ty dong", {{2024, 23730}}, 4);
    add_series(area, "employment_industry", "", {{2024, 129600}}, 6);
    UnitCache cache;
    Diagnostics diagnostics;
    convert_units(set, area, cache, diagnostics);
    CHECK(test::Messages(diagnostics) ==
          test::Messages{
              "s.yaml:4:11: error: unknown unit 'ty dong' for industrial_output: 'ty' is not a word of "
              "chitieu's units; did you mean 'tỷ đồng'? (`chitieu units` lists the units)"});
    CHECK(value_at(area, "employment_industry", 2024) == 129600.0);
    CHECK(area.find_series("employment_industry")->converted_from.empty());
}

TEST_CASE("unit rule: a value that would overflow in the conversion is an error, left as given") {
    TargetSet set;
    set.targets = {level("industrial_output", "đồng", 1)};
    AreaData area;
    add_series(area, "industrial_output", "nghìn tỷ đồng", {{2024, 1e300}}, 4);  // 10^312 đồng
    UnitCache cache;
    Diagnostics diagnostics;
    convert_units(set, area, cache, diagnostics);
    CHECK(diagnostics.error_count() == 1);
    CHECK(value_at(area, "industrial_output", 2024) == 1e300);
    CHECK(area.find_series("industrial_output")->converted_from.empty());
}

TEST_CASE("unit rule: a series without a unit is read in its target's, said once per input") {
    TargetSet set;
    set.targets = {level("industrial_output", "billion VND, 2010 prices", 27700),
                   level("employment_industry", "workers", 138700)};
    const auto area_of = [](const std::string& name, const std::string& file) {
        AreaData area;
        area.name = name;
        for (const char* indicator : {"industrial_output", "employment_industry"}) {
            Series& series = area.series[indicator];
            series.indicator = indicator;
            series.where = {FileName(file), indicator[0] == 'i' ? 2 : 4, 1};
            series.values.try_emplace(2024, Observation{100.0, {}});
        }
        return area;
    };
    AssumedUnitNotes said;
    Diagnostics diagnostics;
    note_assumed_units(set, area_of("A", "a.csv"), said, diagnostics);
    note_assumed_units(set, area_of("B", "a.csv"), said, diagnostics);  // the same input: said already
    note_assumed_units(set, area_of("C", "c.csv"), said, diagnostics);
    CHECK(test::Messages(diagnostics) ==
          test::Messages{"a.csv:2:1: note: no unit given: read in the targets' units: industrial_output in "
                         "billion VND, 2010 prices; employment_industry in workers. Give the unit (a unit "
                         "column, or unit:) if the figures are in another",
                         "c.csv:2:1: note: no unit given: read in the targets' units: industrial_output in "
                         "billion VND, 2010 prices; employment_industry in workers. Give the unit (a unit "
                         "column, or unit:) if the figures are in another"});
    // A series that gives its unit is not assumed.
    AreaData given = area_of("D", "d.csv");
    for (auto& [name, series] : given.series) series.unit = "tỷ đồng";
    Diagnostics none;
    note_assumed_units(set, given, said, none);
    CHECK(test::Messages(none) == test::Messages{});
}
