// The stage of a judged target (in progress, met early, outcome) and the figures a final review
// prints: margins and the change over the period, hand-checked.
#include <doctest/doctest.h>

#include "engine_fixtures.hpp"

using namespace chitieu;
using namespace chitieu::test;

TEST_CASE("outcome: as of the target year, observed: no projection, no remaining rate, no paths") {
    // 100 -> 210 over 2020-2025 against > 200: met, 210 / 200 = 105 % of the target.
    Target target = level_target(Op::gt, 200);
    AreaData area = make_area({make_series("x", {{2020, 100}, {2024, 190}, {2025, 210}})});
    TargetResult r = evaluate_target(target, area, 2025, {}, true);
    CHECK(r.status == Status::met);
    CHECK(r.stage == Stage::outcome);
    CHECK_FALSE(r.projected_value);
    CHECK_FALSE(r.remaining_rate_pct);
    CHECK(r.projection_path.empty());
    CHECK(r.required_path.empty());
    CHECK(near(r.margin_pct, 5.0, 1e-9));        // 105 - 100
    CHECK(near(r.margin_points, 10.0, 1e-9));    // d * (210 - 200)
    CHECK(near(r.period_multiple, 2.1, 1e-12));  // 210 / 100
    CHECK(near(r.period_change, 110.0, 1e-12));  // 210 - 100
    CHECK(r.required_rate_pct);                  // the plan's r_r stays a figure of the CSV
}

TEST_CASE("outcome: a target not met says its achievement as a negative margin") {
    // 96.8 % of the plan: 193.6 against > 200.
    Target target = level_target(Op::gt, 200);
    TargetResult r = judge_x(target, {{2020, 100}, {2025, 193.6}}, 2025);
    CHECK(r.status == Status::not_met);
    CHECK(r.stage == Stage::outcome);
    CHECK(near(r.achievement_pct, 96.8, 1e-9));
    CHECK(near(r.margin_pct, -3.2, 1e-9));
}

TEST_CASE("outcome: a lower-is-better target met has a positive margin in points") {
    // < 5 % met at 4 %: d * gap = -1 * (4 - 5) = +1 percentage point.
    Target target = level_target(Op::lt, 5);
    target.unit = "%";
    TargetResult r = judge_x(target, {{2020, 8}, {2025, 4}}, 2026);
    CHECK(r.status == Status::met);
    CHECK(r.stage == Stage::outcome);
    CHECK(near(r.margin_points, 1.0, 1e-12));
    CHECK(near(r.margin_pct, 25.0, 1e-9));  // achievement 5 / 4 * 100 = 125 %
}

TEST_CASE("outcome: a growth target's change is of its levels") {
    // 100 -> 200 in five years: 2 times, r_a = 2^(1/5) - 1 = 14.87 % > 14.
    Target target = growth_target(Op::gt, 14);
    TargetResult r = judge_x(target, {{2020, 100}, {2025, 200}}, 2025);
    CHECK(r.status == Status::met);
    CHECK(r.stage == Stage::outcome);
    CHECK(near(r.period_multiple, 2.0, 1e-12));
    CHECK_FALSE(r.projected_value);
}

TEST_CASE("outcome: the target year missing is no outcome, and keeps its projection") {
    Target target = level_target(Op::gt, 200);
    TargetResult r = judge_x(target, {{2020, 100}, {2024, 190}}, 2025);
    CHECK(r.status == Status::insufficient_data);
    CHECK(r.stage == Stage::in_progress);
    CHECK(r.projected_value);
}

TEST_CASE("met early: held since the first year of the last run that satisfies it") {
    // >= 50: 48 (2021), 51 (2022), 49 (2023), 55 (2024), 61.7 (2025 not yet): held since 2024.
    Target target = level_target(Op::ge, 50);
    TargetResult r = judge_x(target, {{2020, 31.5}, {2021, 48}, {2022, 51}, {2023, 49}, {2024, 55}}, 2024);
    CHECK(r.status == Status::met);
    CHECK(r.stage == Stage::met_early);
    CHECK(r.met_since == 2024);
    CHECK(near(r.remaining_rate_pct, -9.0909090909, 1e-6));  // (50 / 55) - 1: the interface's r_rem stays
    CHECK(r.projected_value);  // whether it holds at the pace is still worth saying
}

TEST_CASE("in progress: nothing changes before the target is met") {
    Target target = level_target(Op::gt, 200);
    TargetResult r = judge_x(target, {{2020, 100}, {2022, 121}}, 2022);
    CHECK(r.stage == Stage::in_progress);
    CHECK_FALSE(r.met_since);
    CHECK(r.remaining_rate_pct);
}
