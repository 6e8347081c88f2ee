// Growth targets: compound, arithmetic and every-year readings.
#include <doctest/doctest.h>

#include "engine_fixtures.hpp"

using namespace chitieu;
using namespace chitieu::test;

TEST_CASE("growth: compound rate against the target rate") {
    Target target = growth_target(Op::gt, 10);
    TargetResult r = judge_x(target, {{2020, 100}, {2021, 104}, {2022, 121}}, 2022);
    CHECK(near(r.actual_value, 10.0, 1e-9));  // (121/100)^(1/2) - 1
    CHECK(near(r.actual_rate_pct, 10.0, 1e-9));
    CHECK(r.actual_year == 2022);
    CHECK(r.base_year == 2020);
    CHECK(near(r.gap, 0.0, 1e-9));
    CHECK(near(r.achievement_pct, 100.0, 1e-9));
    CHECK(near(r.required_rate_pct, 10.0));
    // The level needed at 2025 is 100 * 1.1^5 = 161.051; from 121 it needs 10 % a year still.
    CHECK(near(r.remaining_rate_pct, 10.0, 1e-9));
    CHECK(near(r.projected_value, 161.051, 1e-9));
    CHECK(near(r.progress_ratio, 1.0, 1e-9));
    CHECK(r.status == Status::on_track);
    CHECK(r.trajectory.size() == 3);
    CHECK(r.notes.empty());

    TargetResult risk = judge_x(growth_target(Op::gt, 14), {{2020, 100}, {2022, 121}}, 2022);
    CHECK(near(risk.progress_ratio, 10.0 / 14.0, 1e-9));
    CHECK(risk.status == Status::at_risk);
}

TEST_CASE("growth: never met early, met or not met from the rate to the target year") {
    Target target = growth_target(Op::gt, 14);
    TargetResult fast = judge_x(target, {{2020, 100}, {2022, 144}}, 2022);  // 20 %
    CHECK(fast.status == Status::on_track);
    CHECK(near(fast.progress_ratio, 20.0 / 14.0, 1e-9));

    // 100 -> 200 in five years: 2^(1/5) - 1 = 14.87 %.
    std::map<int, double> done{{2020, 100}, {2023, 180}, {2025, 200}, {2026, 100}};
    TargetResult met = judge_x(target, done, 2026);
    CHECK(met.status == Status::met);
    CHECK(met.actual_year == 2025);
    CHECK(near(met.actual_value, 14.86983549970351, 1e-9));
    CHECK(has_note(met, NoteCode::after_target_year));
    CHECK(judge_x(growth_target(Op::gt, 15), done, 2025).status == Status::not_met);

    TargetResult missing = judge_x(target, {{2020, 100}, {2024, 190}}, 2025);
    CHECK(missing.status == Status::insufficient_data);
    REQUIRE(find_note(missing, NoteCode::target_year_missing));
    CHECK(find_note(missing, NoteCode::target_year_missing)->year_a == 2025);
}

TEST_CASE("growth: too few or unusable values") {
    Target target = growth_target(Op::gt, 14);
    TargetResult none = judge_x(target, {}, 2022);
    CHECK(none.status == Status::insufficient_data);
    CHECK(has_note(none, NoteCode::no_observation));
    CHECK(near(none.required_rate_pct, 14.0));

    TargetResult single = judge_x(target, {{2021, 100}}, 2022);
    CHECK(single.status == Status::insufficient_data);
    REQUIRE(find_note(single, NoteCode::single_observation));
    CHECK(find_note(single, NoteCode::single_observation)->year_a == 2021);
    CHECK(has_note(single, NoteCode::base_year_fallback));

    TargetResult zero = judge_x(target, {{2020, 0}, {2022, 10}}, 2022);
    CHECK(zero.status == Status::insufficient_data);
    CHECK(has_note(zero, NoteCode::nonpositive_values));
    CHECK_FALSE(zero.actual_value);
    CHECK_FALSE(has_note(zero, NoteCode::linear_pace));  // no linear fallback for growth

    TargetResult opposite = judge_x(target, {{2020, -10}, {2022, 10}}, 2022);
    CHECK(opposite.status == Status::insufficient_data);
    CHECK(has_note(opposite, NoteCode::opposite_signs));
}

TEST_CASE("growth: lower-is-better and a zero target rate") {
    // At least a 5 % decline a year: 100 -> 81 in two years is -10 %, ratio 0.1 / 0.05 = 2.
    TargetResult decline = judge_x(growth_target(Op::lt, -5), {{2020, 100}, {2022, 81}}, 2022);
    CHECK(near(decline.actual_rate_pct, -10.0, 1e-9));
    CHECK(near(decline.progress_ratio, 2.0, 1e-9));
    CHECK(decline.status == Status::on_track);
    TargetResult rising = judge_x(growth_target(Op::lt, -5), {{2020, 100}, {2022, 121}}, 2022);
    CHECK(rising.status == Status::off_track);

    TargetResult flat_target = judge_x(growth_target(Op::gt, 0), {{2020, 100}, {2022, 121}}, 2022);
    CHECK(flat_target.status == Status::on_track);
    CHECK(has_note(flat_target, NoteCode::target_at_base));
    CHECK_FALSE(flat_target.progress_ratio);
    CHECK_FALSE(flat_target.achievement_pct);
}

TEST_CASE("growth: arithmetic mean of yearly rates") {
    Target target = growth_target(Op::gt, 12, GrowthMean::arithmetic);
    // 2021: +10 %, 2022: +20 %; 2024 follows a gap year and is skipped. Mean 15 %.
    TargetResult r = judge_x(target, {{2020, 100}, {2021, 110}, {2022, 132}, {2024, 150}}, 2024);
    const Note* mean = find_note(r, NoteCode::growth_mean);
    REQUIRE(mean);
    CHECK(mean->names == std::vector<std::string>{"arithmetic"});
    CHECK(near(r.actual_rate_pct, 15.0, 1e-9));
    CHECK(near(r.progress_ratio, 15.0 / 12.0, 1e-9));
    CHECK(r.status == Status::on_track);
    CHECK(r.actual_year == 2024);

    TargetResult gaps = judge_x(target, {{2020, 100}, {2022, 130}}, 2022);
    CHECK(gaps.status == Status::insufficient_data);
    REQUIRE(find_note(gaps, NoteCode::years_missing));
    CHECK(find_note(gaps, NoteCode::years_missing)->names == std::vector<std::string>{"2021"});
}

TEST_CASE("growth: every year must meet the rate") {
    Target target = growth_target(Op::gt, 12, GrowthMean::every_year);
    // 2021 +15 %, 2022 +10 %: 2022 fails; the worst year is the actual.
    TargetResult failing = judge_x(target, {{2020, 100}, {2021, 115}, {2022, 126.5}}, 2022);
    CHECK(failing.status == Status::off_track);
    REQUIRE(find_note(failing, NoteCode::years_failing));
    CHECK(find_note(failing, NoteCode::years_failing)->names == std::vector<std::string>{"2022"});
    CHECK(find_note(failing, NoteCode::growth_mean)->names == std::vector<std::string>{"every_year"});
    CHECK(near(failing.actual_value, 10.0, 1e-9));
    CHECK(failing.actual_year == 2022);
    CHECK(near(failing.gap, -2.0, 1e-9));

    TargetResult good = judge_x(target, {{2020, 100}, {2021, 115}, {2022, 132.25}}, 2022);
    CHECK(good.status == Status::on_track);
    CHECK(near(good.actual_value, 15.0, 1e-9));

    // As of the target year: every year 2021..2025 observed and +15 % -> met.
    std::map<int, double> all{{2020, 100}};
    for (int year = 2021; year <= 2025; ++year) all[year] = all[year - 1] * 1.15;
    CHECK(judge_x(target, all, 2025).status == Status::met);
    std::map<int, double> one_bad = all;
    one_bad[2025] = one_bad[2024] * 1.05;
    CHECK(judge_x(target, one_bad, 2025).status == Status::not_met);
    std::map<int, double> hole = all;
    hole.erase(2023);
    TargetResult holed = judge_x(target, hole, 2025);
    CHECK(holed.status == Status::insufficient_data);
    REQUIRE(find_note(holed, NoteCode::years_missing));
    CHECK(find_note(holed, NoteCode::years_missing)->names == std::vector<std::string>{"2023"});

    // Lower-is-better: must fall every year; the worst year is the highest rate.
    TargetResult lower = judge_x(growth_target(Op::lt, 0, GrowthMean::every_year),
                                 {{2020, 100}, {2021, 90}, {2022, 95}}, 2022);
    CHECK(lower.status == Status::off_track);
    CHECK(near(lower.actual_value, 100.0 * (95.0 / 90.0 - 1.0), 1e-9));
    CHECK(lower.actual_year == 2022);
}

TEST_CASE("growth: the levels' unit is the series', the rate's is the target's") {
    Target target = growth_target(Op::gt, 10);
    target.unit = "%/yr";
    Series series = make_series("x", {{2020, 100}, {2022, 121}});
    series.unit = "tỷ đồng, giá 2010";
    const TargetResult result = evaluate_target(target, make_area({series}), 2022, Assessment{});
    CHECK(result.level_unit == "tỷ đồng, giá 2010");
    CHECK(near(result.base_value, 100.0));
    // Without a series there is no level, and no unit for one.
    CHECK(evaluate_target(target, make_area({}), 2022, Assessment{}).level_unit.empty());
}
