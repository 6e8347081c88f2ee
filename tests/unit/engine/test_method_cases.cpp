// Issue 12's cases 6 and 7, each as it was found: lower-is-better achievement, whole counts under
// every method, growth targets whose rate points against their direction, occupancy snapshots
// without land figures, data only from before the base year. Numbers worked by hand (or with a
// calculator) in the comments.
#include <doctest/doctest.h>

#include "engine_fixtures.hpp"

using namespace chitieu;
using namespace chitieu::test;

namespace {

Assessment method(AssessmentMethod which) {
    Assessment assessment;
    assessment.method = which;
    return assessment;
}

// "> 4 new clusters by 2030" (base 2020); clusters established in 2021 and 2023.
Target clusters_over_four() {
    Target target = make_target(TargetKind::count, Op::gt, 4, 2020, 2030);
    target.zone_kind = ZoneKind::cluster;
    target.established_from = 2021;
    target.established_to = 2030;
    return target;
}

AreaData two_clusters() {
    return make_area(
        {}, {make_zone("CCN Một", ZoneKind::cluster, 2021), make_zone("CCN Hai", ZoneKind::cluster, 2023)});
}

}  // namespace

TEST_CASE("achievement: a missed ceiling is never above 100 %") {
    // Poverty 5 % (2020) -> 3.1 % (2024) against "< 1 %": the inverse ratio 1 / 3.1 * 100 =
    // 32.258 %, not 3.1 / 1 * 100 = 310 %.
    Target poverty = level_target(Op::lt, 1);
    TargetResult missed = judge_x(poverty, {{2020, 5.0}, {2022, 4.0}, {2024, 3.1}}, 2024);
    CHECK(near(missed.achievement_pct, 100.0 / 3.1, 1e-9));
    CHECK(near(missed.gap, 2.1, 1e-12));  // the gap stays actual - target
    // Beaten: 0.5 % against "<= 1 %" is 1 / 0.5 * 100 = 200 %; at the ceiling exactly, 100 %.
    CHECK(near(judge_x(level_target(Op::le, 1), {{2020, 5.0}, {2024, 0.5}}, 2024).achievement_pct, 200.0));
    CHECK(near(judge_x(level_target(Op::le, 1), {{2020, 5.0}, {2024, 1.0}}, 2024).achievement_pct, 100.0));
    // 0 % against "< 1 %": beaten outright, 1 / 0 is no percentage: empty, never inf.
    TargetResult zero = judge_x(level_target(Op::lt, 1), {{2020, 5.0}, {2024, 0.0}}, 2024);
    CHECK(zero.status == Status::met);
    CHECK_FALSE(zero.achievement_pct);
    // Higher-is-better is unchanged: 20,000 against "> 27,700" is 72.2 %.
    CHECK(near(judge_x(level_target(Op::gt, 27700), {{2020, 14000}, {2024, 20000}}, 2024).achievement_pct,
               20000.0 / 27700.0 * 100.0, 1e-9));
}

TEST_CASE("achievement: negative targets and rates") {
    // "> -2 %/yr" (a decline of at most 2 %): -1 %/yr is -2 / -1 * 100 = 200 % (met), -4 %/yr is
    // -2 / -4 * 100 = 50 % (missed; actual / X would say 200 %); growing at all beats the bound
    // outright (empty).
    Target decline_at_most = growth_target(Op::gt, -2);
    CHECK(near(judge_x(decline_at_most, {{2020, 100}, {2021, 99}}, 2021).achievement_pct, 200.0, 1e-9));
    CHECK(near(judge_x(decline_at_most, {{2020, 100}, {2021, 96}}, 2021).achievement_pct, 50.0, 1e-9));
    CHECK_FALSE(judge_x(decline_at_most, {{2020, 100}, {2021, 101}}, 2021).achievement_pct);
    // "< -2 %/yr" (a decline of at least 2 %): a larger decline is better, actual / X: -1 %/yr is
    // 50 %, -4 %/yr is 200 %.
    Target decline_at_least = growth_target(Op::lt, -2);
    CHECK(near(judge_x(decline_at_least, {{2020, 100}, {2021, 99}}, 2021).achievement_pct, 50.0, 1e-9));
    CHECK(near(judge_x(decline_at_least, {{2020, 100}, {2021, 96}}, 2021).achievement_pct, 200.0, 1e-9));
    // "< 3 %/yr" at 1 %/yr: 3 / 1 * 100 = 300 % (within the bound), at 6 %/yr 50 %.
    CHECK(near(judge_x(growth_target(Op::lt, 3), {{2020, 100}, {2021, 101}}, 2021).achievement_pct, 300.0,
               1e-9));
    CHECK(near(judge_x(growth_target(Op::lt, 3), {{2020, 100}, {2021, 106}}, 2021).achievement_pct, 50.0,
               1e-9));
}

TEST_CASE("count: > 4 is reached at 5 under every method") {
    // As of 2025, 2 clusters; the straight line from (2020, 0) through (2025, 2) reaches 4 in
    // 2030: one cluster short of "> 4".
    const AreaData area = two_clusters();
    const Target target = clusters_over_four();
    // eurostat: (2 / 5) / (5 / 10) = 0.8.
    TargetResult eurostat = evaluate_target(target, area, 2025, {});
    CHECK(near(eurostat.progress_ratio, 0.8, 1e-12));
    CHECK(eurostat.status == Status::at_risk);
    // unsd: P = (4 - 0) / (5 - 0) = 0.8, acceleration needed (X = 4 gave P = 1: on track).
    TargetResult unsd = evaluate_target(target, area, 2025, method(AssessmentMethod::unsd));
    CHECK(near(unsd.progress_ratio, 0.8, 1e-12));
    CHECK(unsd.status == Status::at_risk);
    // dns: the mean change 2020-2025 is 2 / 5 = 0.4 a year, x̂_2030 = 2 + 0.4 * 5 = 4 < 5;
    // s = (5 - 4) / (5 - 2) = 1/3, cloudy (X = 4 gave s = 0: sunny, on track).
    TargetResult dns = evaluate_target(target, area, 2025, method(AssessmentMethod::dns));
    CHECK(near(dns.progress_ratio, 1.0 / 3.0, 1e-12));
    CHECK(dns.status == Status::off_track);
    // ">= 4.5" also needs 5: eurostat (2 / 5) / (1 / 2) = 0.8 (4.5 gave 0.889).
    Target half = clusters_over_four();
    half.op = Op::ge;
    half.value = 4.5;
    CHECK(near(evaluate_target(half, area, 2025, {}).progress_ratio, 0.8, 1e-12));
}

TEST_CASE("growth: a target rate against the direction is a bound, judged the same before and at T") {
    // "< 3 %/yr" growing 1 %/yr every year (100, 101, 102.01, ..., 105.101005 in 2025): met at
    // T, and before T ratio = 2 + d r_a / |r_g| = 2 - 1 / 3 = 1.667, on track (it was -1/3, off
    // track, flipping to met with the trend unchanged).
    const std::map<int, double> one_percent = {{2020, 100.0},    {2021, 101.0},      {2022, 102.01},
                                               {2023, 103.0301}, {2024, 104.060401}, {2025, 105.10100501}};
    Target ceiling = growth_target(Op::lt, 3);
    TargetResult early = judge_x(ceiling, one_percent, 2022);
    CHECK(near(early.progress_ratio, 2.0 - 1.0 / 3.0, 1e-9));
    CHECK(early.status == Status::on_track);
    CHECK(judge_x(ceiling, one_percent, 2024).status == Status::on_track);
    CHECK(judge_x(ceiling, one_percent, 2025).status == Status::met);
    // "> -2 %/yr" shrinking 1 %/yr: 2 + (-1) / 2 = 1.5, on track; met at T.
    const std::map<int, double> minus_one = {{2020, 100.0}, {2021, 99.0}, {2022, 98.01}, {2025, 95.09900499}};
    Target floor = growth_target(Op::gt, -2);
    TargetResult shrinking = judge_x(floor, minus_one, 2022);
    CHECK(near(shrinking.progress_ratio, 1.5, 1e-9));
    CHECK(shrinking.status == Status::on_track);
    CHECK(judge_x(floor, minus_one, 2025).status == Status::met);
    // Past the bound: "< 3 %/yr" at 4 %/yr (100, 104, 108.16): 2 - 4 / 3 = 0.667, at risk.
    TargetResult over = judge_x(ceiling, {{2020, 100.0}, {2021, 104.0}, {2022, 108.16}}, 2022);
    CHECK(near(over.progress_ratio, 2.0 / 3.0, 1e-9));
    CHECK(over.status == Status::at_risk);
    // A rate pointing the way of the direction keeps Eurostat's d r_a / |r_g|: 1 / 3 for "> 3".
    CHECK(near(judge_x(growth_target(Op::gt, 3), one_percent, 2022).progress_ratio, 1.0 / 3.0, 1e-9));
}

TEST_CASE("unsd: a bound on the far side of the base is not a distance to cover") {
    // "< 3 %/yr" at 1 %/yr, as of 2022: X = 100 * 1.03^5 = 115.927407, x̂ = 102.01 * 1.01^3 =
    // 105.101005. P = 1 + d (x̂ - X) / |X - x_0| = 1 + 10.826402 / 15.927407 = 1.679734, on track
    // (the share of the way, 5.101005 / 15.927407 = 0.32, called it acceleration needed).
    TargetResult growth = judge_x(growth_target(Op::lt, 3), {{2020, 100.0}, {2021, 101.0}, {2022, 102.01}},
                                  2022, method(AssessmentMethod::unsd));
    CHECK(near(growth.progress_ratio, 1.6797341292, 1e-9));
    CHECK(growth.status == Status::on_track);
    // "<= 120" from 100 (2020), 121 in 2024: r_a = 1.21^(1/4) - 1 = 4.8809 %, x̂_2025 =
    // 126.905871. P = 1 - (126.905871 - 120) / 20 = 0.654706, at risk: the projection is past the
    // ceiling (the share of the way, 26.9 / 20 = 1.35, called it on track).
    TargetResult level = judge_x(level_target(Op::le, 120), {{2020, 100.0}, {2024, 121.0}}, 2024,
                                 method(AssessmentMethod::unsd));
    CHECK(near(level.progress_ratio, 0.6547064686, 1e-9));
    CHECK(level.status == Status::at_risk);
}

TEST_CASE("occupancy: a snapshot without land figures is no observation year") {
    // KCN A: 50 of 100 ha leased in 2022. KCN B, established 2023, has a 2024 snapshot without
    // land figures. Occupancy is observed once (2022): insufficient data, not a flat trend
    // 2022-2024 (ratio 0, off track).
    Target target = make_target(TargetKind::occupancy, Op::gt, 60);
    target.method = OccupancyMethod::weighted;
    target.zone_kinds = {ZoneKind::park, ZoneKind::cluster};
    AreaData area = make_area({}, {make_zone("KCN A", ZoneKind::park, 2010, 2022, 100.0, 50.0),
                                   make_zone("KCN B", ZoneKind::park, 2023, 2024)});
    TargetResult result = evaluate_target(target, area, 2024, {});
    CHECK(result.status == Status::insufficient_data);
    CHECK(result.actual_year == 2022);
    CHECK(near(result.actual_value, 50.0));
    const Note* single = find_note(result, NoteCode::single_observation);
    REQUIRE(single != nullptr);
    CHECK(single->year_a == 2022);
    // As of the target year, a 2025 snapshot without land figures is no value for 2025: the
    // target year is missing (it said not met, from 2022's figures carried forward).
    area.zones.push_back(make_zone("KCN B", ZoneKind::park, 2023, 2025));
    TargetResult final_year = evaluate_target(target, area, 2025, {});
    CHECK(final_year.status == Status::insufficient_data);
    CHECK(has_note(final_year, NoteCode::target_year_missing));
    // A zone's figures from before its establishment are no observation either.
    AreaData early = make_area({}, {make_zone("KCN A", ZoneKind::park, 2010, 2022, 100.0, 50.0),
                                    make_zone("KCN C", ZoneKind::park, 2024, 2023, 10.0, 10.0)});
    CHECK(evaluate_target(target, early, 2023, {}).status == Status::insufficient_data);
}

TEST_CASE("data only from before the base year judge nothing") {
    // 28,000 (2018) and 29,000 (2019) against "> 27,700" with base 2020: no value in the plan
    // period, so not met early (it was met, without a note).
    Target output = level_target(Op::gt, 27700);
    const std::map<int, double> before = {{2018, 28000.0}, {2019, 29000.0}};
    TargetResult as_of_2019 = judge_x(output, before, 2019);
    CHECK(as_of_2019.status == Status::insufficient_data);
    const Note* note = find_note(as_of_2019, NoteCode::before_base_year);
    REQUIRE(note != nullptr);
    CHECK(note->year_a == 2020);
    CHECK(note->year_b == 2019);
    CHECK(near(as_of_2019.actual_value, 29000.0));  // the figures stay, for the reader
    // As of 2022 (other series reach it): the years from the base on are missing.
    TargetResult as_of_2022 = judge_x(output, before, 2022);
    CHECK(as_of_2022.status == Status::insufficient_data);
    const Note* missing = find_note(as_of_2022, NoteCode::years_missing);
    REQUIRE(missing != nullptr);
    CHECK(missing->names == std::vector<std::string>{"2020", "2021", "2022"});
    // A count cap as of 2019, before its period: not met early either (0 <= 3 said met).
    Target cap = clusters_over_four();
    cap.op = Op::le;
    cap.value = 3;
    TargetResult count = evaluate_target(cap, two_clusters(), 2019, {});
    CHECK(count.status == Status::insufficient_data);
    CHECK(has_note(count, NoteCode::before_base_year));
}

TEST_CASE("unsd and dns: milestones are judged against the zones named") {
    // Three parks named; A established 2019 (before the base), B 2022, C not yet. As of 2023 the
    // straight line from (2020, 1) through (2023, 2) reaches 2 + 2/3 in 2025: P = (2.667 - 1) /
    // (3 - 1) = 0.8333, at risk. (X was read as the target's value, 0, which a milestones
    // target has not: P = (2.667 - 1) / (0 - 1) = -1.67, off track.)
    Target target = make_target(TargetKind::milestones, Op::ge, 0);
    target.zones = {"KCN A", "KCN B", "KCN C"};
    target.require = MilestoneRequire::established;
    AreaData area =
        make_area({}, {make_zone("KCN A", ZoneKind::park, 2019), make_zone("KCN B", ZoneKind::park, 2022),
                       make_zone("KCN C", ZoneKind::park, std::nullopt)});
    TargetResult unsd = evaluate_target(target, area, 2023, method(AssessmentMethod::unsd));
    CHECK(near(unsd.progress_ratio, (2.0 + 2.0 / 3.0 - 1.0) / 2.0, 1e-12));
    CHECK(unsd.status == Status::at_risk);
    // dns: the mean change 2020-2023 is 1/3 a year, x̂_2025 = 2.667 < 3; s = (3 - 2.667) / (3 -
    // 2) = 1/3, cloudy.
    TargetResult dns = evaluate_target(target, area, 2023, method(AssessmentMethod::dns));
    CHECK(near(dns.progress_ratio, 1.0 / 3.0, 1e-12));
    CHECK(dns.status == Status::off_track);
}

TEST_CASE("dns: a bound is room the projection may use, not a distance to cover") {
    // "< 3 %/yr": X = 100 * 1.03^5 = 115.927407. At 1 %/yr as of 2022, x̂_2025 = 102.01 * 1.01^3 =
    // 105.101005, inside: s = -(115.927407 - 105.101005) / (115.927407 - 102.01) = -0.7779, sunny
    // (s was +0.7779, "77.8 %" beside sunny).
    Target ceiling = growth_target(Op::lt, 3);
    TargetResult inside =
        judge_x(ceiling, {{2020, 100.0}, {2021, 101.0}, {2022, 102.01}}, 2022, method(AssessmentMethod::dns));
    CHECK(near(inside.progress_ratio, -0.7779036774, 1e-9));
    CHECK(inside.status == Status::on_track);
    // At 4 %/yr, x̂_2025 = 108.16 * 1.04^3 = 121.66529, past the bound by 5.738 of the 7.767 of
    // room: s = 0.7387, cloudy (a thunderstorm before: it "moved away" by growing).
    TargetResult past =
        judge_x(ceiling, {{2020, 100.0}, {2021, 104.0}, {2022, 108.16}}, 2022, method(AssessmentMethod::dns));
    CHECK(near(past.progress_ratio, 0.7387127380, 1e-9));
    CHECK(past.status == Status::off_track);
    const Note* category = find_note(past, NoteCode::method_category);
    REQUIRE(category != nullptr);
    CHECK(category->names.at(1) == "cloudy");
}
