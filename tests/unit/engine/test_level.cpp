// Level targets judged on a yearly series: every branch of the semantics, hand-checked.
#include <doctest/doctest.h>

#include "engine_fixtures.hpp"

using namespace chitieu;
using namespace chitieu::test;

TEST_CASE("level: industrial output on the 14 % path is on track") {
    // 14386.6 growing at exactly 14 %: 2022 = 14386.6 * 1.14^2 = 18696.82536.
    Target target = level_target(Op::gt, 27700);
    TargetResult r =
        judge_x(target, {{2020, 14386.6}, {2021, 14386.6 * 1.14}, {2022, 14386.6 * 1.14 * 1.14}}, 2022);
    CHECK(r.target == &target);
    CHECK(r.status == Status::on_track);
    CHECK(near(r.actual_value, 18696.82536, 1e-6));
    CHECK(r.actual_year == 2022);
    CHECK(r.base_year == 2020);
    CHECK(near(r.base_value, 14386.6));
    CHECK(near(r.gap, -9003.17464, 1e-6));
    CHECK(near(r.achievement_pct, 67.4975644765343, 1e-9));
    CHECK(near(r.actual_rate_pct, 14.0, 1e-9));
    CHECK(near(r.required_rate_pct, 14.0, 0.01));
    CHECK(near(r.remaining_rate_pct, 13.99977, 0.00001));
    CHECK(near(r.projected_value, 27700.169, 0.001));
    CHECK(near(r.progress_ratio, 14.0 / 13.99986, 0.0001));
    CHECK(r.trajectory.size() == 3);
    CHECK(r.trajectory[0].year == 2020);
    CHECK(r.notes.empty());
}

TEST_CASE("level: at risk and off track, compound") {
    Target target = level_target(Op::gt, 200);
    // r_r = 2^(1/5) - 1 = 14.87 %.
    TargetResult at_risk = judge_x(target, {{2020, 100}, {2022, 121}}, 2022);  // r_a = 10 %
    CHECK(at_risk.status == Status::at_risk);
    CHECK(near(at_risk.progress_ratio, 0.6725023958872571, 1e-9));
    TargetResult slow = judge_x(target, {{2020, 100}, {2022, 105}}, 2022);  // r_a = 2.47 %
    CHECK(slow.status == Status::off_track);
    CHECK(near(slow.progress_ratio, 0.16607498177402383, 1e-9));
    TargetResult away = judge_x(target, {{2020, 100}, {2022, 90}}, 2022);  // moving away
    CHECK(away.status == Status::off_track);
    CHECK(*away.progress_ratio < 0);
}

TEST_CASE("level: exact boundaries 0.95 and 0.60 on a linear pace") {
    // Base 0 forces the linear case: need = 500 / 5 = 100 a year.
    Target target = level_target(Op::gt, 500);
    TargetResult edge_on = judge_x(target, {{2020, 0}, {2021, 95}}, 2021);
    CHECK(edge_on.progress_ratio == 0.95);
    CHECK(edge_on.status == Status::on_track);
    CHECK(has_note(edge_on, NoteCode::linear_pace));
    CHECK_FALSE(edge_on.actual_rate_pct);
    CHECK_FALSE(edge_on.required_rate_pct);
    CHECK_FALSE(edge_on.remaining_rate_pct);
    CHECK(near(edge_on.projected_value, 475.0));  // 95 + 95 * 4

    TargetResult edge_risk = judge_x(target, {{2020, 0}, {2021, 60}}, 2021);
    CHECK(edge_risk.progress_ratio == 0.6);
    CHECK(edge_risk.status == Status::at_risk);
    TargetResult below = judge_x(target, {{2020, 0}, {2021, 59}}, 2021);
    CHECK(below.status == Status::off_track);
}

TEST_CASE("level: lower-is-better targets in each status") {
    // Compound: from 10 to below 5 by 2025, r_r = 0.5^(1/5) - 1 = -12.94 %.
    Target lower = level_target(Op::lt, 5);
    CHECK(judge_x(lower, {{2020, 10}, {2022, 4.9}}, 2022).status == Status::met);  // early
    TargetResult risk = judge_x(lower, {{2020, 10}, {2022, 8.5}}, 2022);           // r_a = -7.80 %
    CHECK(risk.status == Status::at_risk);
    CHECK(near(risk.progress_ratio, 0.6029037766247342, 1e-9));
    TargetResult off = judge_x(lower, {{2020, 10}, {2022, 9.5}}, 2022);
    CHECK(off.status == Status::off_track);
    CHECK(near(off.progress_ratio, 0.1956019752872786, 1e-9));
    CHECK(judge_x(lower, {{2020, 10}, {2022, 11}}, 2022).status == Status::off_track);  // rising
    CHECK(judge_x(lower, {{2020, 10}, {2025, 5}}, 2025).status == Status::not_met);     // 5 is not < 5

    // Linear and exact: from 0 down to -100 (op <=), need = -20 a year.
    Target net = level_target(Op::le, -100);
    TargetResult on = judge_x(net, {{2020, 0}, {2021, -19}}, 2021);
    CHECK(on.progress_ratio == 0.95);
    CHECK(on.status == Status::on_track);
    TargetResult at = judge_x(net, {{2020, 0}, {2021, -12}}, 2021);
    CHECK(at.progress_ratio == 0.6);
    CHECK(at.status == Status::at_risk);
    TargetResult away = judge_x(net, {{2020, 0}, {2021, 5}}, 2021);
    CHECK(away.progress_ratio == -0.25);
    CHECK(away.status == Status::off_track);
    CHECK(judge_x(net, {{2020, 0}, {2025, -100}}, 2025).status == Status::met);
}

TEST_CASE("level: met at the base year, and a single observation that does not meet") {
    Target target = level_target(Op::gt, 27700);
    TargetResult early = judge_x(target, {{2020, 30000}}, 2020);
    CHECK(early.status == Status::met);
    CHECK(early.actual_year == 2020);
    CHECK(early.base_year == 2020);
    CHECK(near(early.gap, 2300.0));

    TargetResult single = judge_x(target, {{2020, 14386.6}}, 2022);
    CHECK(single.status == Status::insufficient_data);
    const Note* note = find_note(single, NoteCode::single_observation);
    REQUIRE(note);
    CHECK(note->year_a == 2020);
    // Required and remaining rates are still computable from the one value.
    CHECK(near(single.required_rate_pct, 14.0, 0.01));
    CHECK(near(single.remaining_rate_pct, 14.0, 0.01));
    CHECK_FALSE(single.actual_rate_pct);
    CHECK_FALSE(single.projected_value);
    CHECK_FALSE(single.progress_ratio);

    TargetResult none = judge_x(target, {}, 2022);
    CHECK(none.status == Status::insufficient_data);
    CHECK(has_note(none, NoteCode::no_observation));
    CHECK_FALSE(none.actual_value);
}

TEST_CASE("level: a missing base year falls back to the first later year") {
    Target target = level_target(Op::gt, 200);
    TargetResult r = judge_x(target, {{2019, 80}, {2021, 100}, {2023, 121}}, 2023);
    const Note* note = find_note(r, NoteCode::base_year_fallback);
    REQUIRE(note);
    CHECK(note->year_a == 2020);
    CHECK(note->year_b == 2021);
    CHECK(r.base_year == 2021);
    CHECK(near(r.base_value, 100.0));
    CHECK(near(r.actual_rate_pct, 10.0, 1e-9));                  // (121/100)^(1/2) - 1
    CHECK(near(r.required_rate_pct, 18.920711500272103, 1e-9));  // 2^(1/4) - 1
    CHECK(near(r.progress_ratio, 0.5285213507883246, 1e-9));
    CHECK(r.status == Status::off_track);
    CHECK(r.trajectory.size() == 3);  // 2019 stays in the trajectory

    // Values only before the base year: the base is never taken from earlier years.
    TargetResult before = judge_x(target, {{2018, 50}, {2019, 60}}, 2022);
    CHECK(before.status == Status::insufficient_data);
    CHECK_FALSE(before.base_year);
    const Note* missing = find_note(before, NoteCode::years_missing);
    REQUIRE(missing);
    CHECK(missing->names == std::vector<std::string>{"2020", "2021", "2022"});
}

TEST_CASE("level: zero and negative values") {
    Target target = level_target(Op::gt, 20);
    TargetResult opposite = judge_x(target, {{2020, -10}, {2022, 5}}, 2022);
    CHECK(opposite.status == Status::insufficient_data);
    CHECK(has_note(opposite, NoteCode::opposite_signs));
    CHECK_FALSE(opposite.projected_value);
    CHECK(near(opposite.gap, -15.0));

    // Both negative, target positive: linear pace a = 10, need = 60 / 5 = 12, ratio 0.8333.
    Target recover = level_target(Op::gt, 10);
    TargetResult linear = judge_x(recover, {{2020, -50}, {2022, -30}}, 2022);
    CHECK(has_note(linear, NoteCode::linear_pace));
    CHECK(near(linear.progress_ratio, 10.0 / 12.0, 1e-12));
    CHECK(linear.status == Status::at_risk);
    CHECK(near(linear.projected_value, 0.0));
    CHECK(near(linear.achievement_pct, -300.0));
    CHECK_FALSE(linear.actual_rate_pct);

    // A zero target: no achievement percentage.
    TargetResult zero = judge_x(level_target(Op::lt, 0), {{2020, 10}, {2022, 6}}, 2022);
    CHECK_FALSE(zero.achievement_pct);
    CHECK(near(zero.progress_ratio, 2.0 / 2.0, 1e-12));  // a = -2, need = -2
    CHECK(zero.status == Status::on_track);
}

TEST_CASE("level: a target equal to the base value") {
    Target target = level_target(Op::gt, 100);
    TargetResult flat = judge_x(target, {{2020, 100}, {2022, 100}}, 2022);
    CHECK(flat.status == Status::off_track);
    CHECK(has_note(flat, NoteCode::target_at_base));
    CHECK_FALSE(flat.progress_ratio);
    TargetResult down = judge_x(target, {{2020, 100}, {2022, 95}}, 2022);
    CHECK(down.status == Status::off_track);
    CHECK(has_note(down, NoteCode::target_at_base));
}

TEST_CASE("level: strict > versus >= when the actual equals the target") {
    std::map<int, double> values{{2020, 14386.6}, {2025, 27700}};
    TargetResult strict = judge_x(level_target(Op::gt, 27700), values, 2025);
    CHECK(strict.status == Status::not_met);
    CHECK(near(strict.gap, 0.0));
    CHECK(near(strict.achievement_pct, 100.0));
    CHECK(judge_x(level_target(Op::ge, 27700), values, 2025).status == Status::met);
    // Before the target year too: "over 27,700" is not yet reached by exactly 27,700.
    CHECK(judge_x(level_target(Op::gt, 27700, 2020, 2026), values, 2025).status != Status::met);
    CHECK(judge_x(level_target(Op::ge, 27700, 2020, 2026), values, 2025).status == Status::met);
}

TEST_CASE("level: as of after the target year, judged on the target year's value") {
    Target target = level_target(Op::gt, 27700);
    TargetResult r = judge_x(target, {{2020, 14386.6}, {2025, 27000}, {2026, 29000}}, 2027);
    CHECK(r.status == Status::not_met);  // 2026's 29000 does not count
    CHECK(r.actual_year == 2025);
    CHECK(near(r.actual_value, 27000.0));
    CHECK(near(r.gap, -700.0));
    const Note* note = find_note(r, NoteCode::after_target_year);
    REQUIRE(note);
    CHECK(note->year_a == 2027);
    CHECK_FALSE(r.remaining_rate_pct);
    CHECK_FALSE(r.projected_value);  // an outcome: the target year is observed, nothing to project
    CHECK(r.trajectory.size() == 3);
    // As of the target year itself: no after_target_year note.
    CHECK_FALSE(
        has_note(judge_x(target, {{2020, 14386.6}, {2025, 28000}}, 2025), NoteCode::after_target_year));
}

TEST_CASE("level: the target year has no value") {
    Target target = level_target(Op::gt, 27700);
    TargetResult r = judge_x(target, {{2020, 14386.6}, {2024, 25000}, {2026, 29000}}, 2026);
    CHECK(r.status == Status::insufficient_data);
    const Note* note = find_note(r, NoteCode::target_year_missing);
    REQUIRE(note);
    CHECK(note->year_a == 2025);
    CHECK(r.actual_year == 2026);  // figures from the latest observation
    CHECK(near(r.actual_value, 29000.0));
    CHECK(near(r.gap, 1300.0));
    CHECK(r.actual_rate_pct.has_value());
    CHECK_FALSE(r.projected_value);  // the latest year is past T
}

TEST_CASE("level: custom assessment thresholds") {
    // ratio 10/12 = 0.8333: at risk by default, on track with on_track = 0.8.
    Target target = level_target(Op::gt, 10);
    std::map<int, double> values{{2020, -50}, {2022, -30}};
    CHECK(judge_x(target, values, 2022).status == Status::at_risk);
    CHECK(judge_x(target, values, 2022, Assessment{0.8, 0.5}).status == Status::on_track);
    CHECK(judge_x(target, values, 2022, Assessment{0.9, 0.85}).status == Status::off_track);
}

TEST_CASE("level: extreme values never give inf or NaN") {
    auto finite_or_empty = [](const std::optional<double>& value) { return !value || std::isfinite(*value); };
    for (const auto& values : std::vector<std::map<int, double>>{{{2020, 1e-300}, {2021, 1e300}},
                                                                 {{2020, 1e300}, {2021, 1e-300}},
                                                                 {{2020, -1e300}, {2021, 1e300}}}) {
        for (Op op : {Op::gt, Op::lt}) {
            for (double x : {1e300, 1e-300, 0.0, -1e300}) {
                TargetResult r = judge_x(level_target(op, x), values, 2021);
                CHECK(finite_or_empty(r.gap));
                CHECK(finite_or_empty(r.achievement_pct));
                CHECK(finite_or_empty(r.actual_rate_pct));
                CHECK(finite_or_empty(r.required_rate_pct));
                CHECK(finite_or_empty(r.remaining_rate_pct));
                CHECK(finite_or_empty(r.projected_value));
                CHECK(finite_or_empty(r.progress_ratio));
            }
        }
    }
}
