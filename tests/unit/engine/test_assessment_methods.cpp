// The unsd and dns assessment methods: hand-checked P and s, their categories and statuses, and
// how a target set's method changes the engine's answer for the same data.
#include <doctest/doctest.h>

#include "engine/assessment_methods.hpp"
#include "engine_fixtures.hpp"

using namespace chitieu;
using namespace chitieu::test;

namespace {

Assessment method(AssessmentMethod which, DnsChanges changes = DnsChanges::relative) {
    Assessment assessment;
    assessment.method = which;
    assessment.dns_changes = changes;
    return assessment;
}

const Note* category_note(const TargetResult& result) {
    return find_note(result, NoteCode::method_category);
}

}  // namespace

TEST_CASE("unsd: P and its three categories") {
    // x_0 = 100 (2020), x_t = 121 (2022): r_a = 10 %; x̂_2025 = 121 * 1.1^3 = 161.051.
    const std::optional<MethodVerdict> acceleration = unsd_verdict(Op::gt, 100, 161.051, 200);
    REQUIRE(acceleration);
    CHECK(near(acceleration->ratio, 0.61051, 1e-12));  // 61.051 / 100
    CHECK(acceleration->status == Status::at_risk);
    CHECK(std::string(acceleration->category) == "acceleration_needed");

    const std::optional<MethodVerdict> on_track = unsd_verdict(Op::gt, 100, 161.051, 160);
    REQUIRE(on_track);
    CHECK(near(on_track->ratio, 61.051 / 60, 1e-12));  // 1.0175
    CHECK(on_track->status == Status::on_track);
    CHECK(std::string(on_track->category) == "on_track");

    const std::optional<MethodVerdict> stagnation = unsd_verdict(Op::gt, 100, 161.051, 1000);
    REQUIRE(stagnation);
    CHECK(near(stagnation->ratio, 0.0678344, 1e-7));  // 61.051 / 900
    CHECK(stagnation->status == Status::off_track);
    CHECK(std::string(stagnation->category) == "stagnation_or_regression");

    // Boundaries are inclusive from below: exactly 0.95 is on track, exactly 0.10 needs acceleration.
    CHECK(unsd_verdict(Op::gt, 0, 95, 100)->status == Status::on_track);
    CHECK(unsd_verdict(Op::gt, 0, 10, 100)->status == Status::at_risk);
    CHECK(unsd_verdict(Op::gt, 0, 9.99, 100)->status == Status::off_track);
    // Moving away from the target: P < 0.
    CHECK(near(unsd_verdict(Op::gt, 100, 90, 200)->ratio, -0.1));
    // X = x_0: P is undefined.
    CHECK_FALSE(unsd_verdict(Op::gt, 100, 120, 100).has_value());
}

TEST_CASE("unsd: a lower-is-better target needs no sign handling") {
    // Poverty 10 % -> 8.1 % in two years (-10 %/yr); x̂_2025 = 8.1 * 0.9^3 = 5.9049; X = 5.
    // P = (5.9049 - 10) / (5 - 10) = 0.81902.
    const std::optional<MethodVerdict> verdict = unsd_verdict(Op::lt, 10, 5.9049, 5);
    REQUIRE(verdict);
    CHECK(near(verdict->ratio, 0.81902, 1e-12));
    CHECK(verdict->status == Status::at_risk);
}

TEST_CASE("unsd: the engine judges level targets with P") {
    Target target = level_target(Op::gt, 200);
    TargetResult result = judge_x(target, {{2020, 100}, {2022, 121}}, 2022, method(AssessmentMethod::unsd));
    CHECK(result.status == Status::at_risk);
    CHECK(near(result.projected_value, 161.051, 1e-9));
    CHECK(near(result.progress_ratio, 0.61051, 1e-9));
    const Note* note = category_note(result);
    REQUIRE(note != nullptr);
    CHECK(note->names == std::vector<std::string>{"unsd", "acceleration_needed"});

    // The same data with X = 1000: eurostat's ratio is 0.1 / (10^(1/5) - 1) = 0.172, off track;
    // unsd agrees through P = 61.051 / 900.
    TargetResult far =
        judge_x(level_target(Op::gt, 1000), {{2020, 100}, {2022, 121}}, 2022, method(AssessmentMethod::unsd));
    CHECK(far.status == Status::off_track);
    CHECK(near(far.progress_ratio, 61.051 / 900, 1e-9));
}

TEST_CASE("unsd: where the methods disagree") {
    // 100 growing 2 %/yr to 104.04 in 2022, against X = 100 * 1.1^5 = 161.051 in 2025 (r_r = 10 %).
    // eurostat: ratio 0.02 / 0.10 = 0.2, off track. unsd: x̂_2025 = 104.04 * 1.02^3 = 110.40808032,
    // P = 10.40808032 / 61.051 = 0.1704817, acceleration needed (at risk).
    const std::map<int, double> values{{2020, 100}, {2022, 104.04}};
    const Target target = level_target(Op::gt, 161.051);
    TargetResult eurostat = judge_x(target, values, 2022);
    TargetResult unsd = judge_x(target, values, 2022, method(AssessmentMethod::unsd));
    CHECK(eurostat.status == Status::off_track);
    CHECK(near(eurostat.progress_ratio, 0.2, 1e-9));
    CHECK_FALSE(has_note(eurostat, NoteCode::method_category));
    CHECK(unsd.status == Status::at_risk);
    CHECK(near(unsd.progress_ratio, 0.1704817, 1e-7));
}

TEST_CASE("unsd: growth targets compare levels, counts project a straight line") {
    // 100 -> 121 over 2020-2022 against > 14 %/yr to 2025: X_level = 100 * 1.14^5 = 192.5415;
    // x̂_2025 = 161.051; P = 61.051 / 92.5415 = 0.65972.
    TargetResult growth = judge_x(growth_target(Op::gt, 14), {{2020, 100}, {2021, 110}, {2022, 121}}, 2022,
                                  method(AssessmentMethod::unsd));
    CHECK(growth.status == Status::at_risk);
    CHECK(near(growth.progress_ratio, 61.051 / (100 * std::pow(1.14, 5) - 100), 1e-9));

    // Clusters: 2 of >= 5 established by 2022 from 0 in 2020; the line reaches 2 + 1 * 3 = 5 by
    // 2025: P = 5 / 5 = 1, on track (eurostat's pace ratio is (2/5) / (2/5) = 1 as well).
    Target count = make_target(TargetKind::count, Op::ge, 5);
    count.zone_kind = ZoneKind::cluster;
    count.established_from = 2021;
    count.established_to = 2025;
    AreaData area =
        make_area({}, {make_zone("A", ZoneKind::cluster, 2021), make_zone("B", ZoneKind::cluster, 2022)});
    TargetResult counted = evaluate_target(count, area, 2022, method(AssessmentMethod::unsd));
    CHECK(counted.status == Status::on_track);
    CHECK(near(counted.progress_ratio, 1.0));
    CHECK(category_note(counted)->names[1] == "on_track");
}

TEST_CASE("dns: s and the four weather symbols") {
    // x_t = 60, x̂_T = 72.
    const MethodVerdict cloudy = dns_verdict(Op::gt, 60, 72, 80);  // s = 8 / 20
    CHECK(near(cloudy.ratio, 0.4));
    CHECK(cloudy.status == Status::off_track);
    CHECK(std::string(cloudy.category) == "cloudy");
    const MethodVerdict partly = dns_verdict(Op::gt, 60, 72, 74);  // s = 2 / 14
    CHECK(near(partly.ratio, 2.0 / 14.0));
    CHECK(partly.status == Status::at_risk);
    CHECK(std::string(partly.category) == "partly_cloudy");
    const MethodVerdict sunny = dns_verdict(Op::gt, 60, 72, 72.5);  // s = 0.5 / 12.5 = 4 %
    CHECK(near(sunny.ratio, 0.04));
    CHECK(sunny.status == Status::on_track);
    CHECK(std::string(sunny.category) == "sunny");
    const MethodVerdict reached = dns_verdict(Op::gt, 60, 72, 70);  // s = -2 / 10
    CHECK(near(reached.ratio, -0.2));
    CHECK(std::string(reached.category) == "sunny");
    const MethodVerdict away = dns_verdict(Op::gt, 60, 55, 70);  // s = 15 / 10
    CHECK(near(away.ratio, 1.5));
    CHECK(away.status == Status::off_track);
    CHECK(std::string(away.category) == "thunderstorm");
    const MethodVerdict still = dns_verdict(Op::gt, 60, 60, 70);  // the distance stays: s = 1
    CHECK(std::string(still.category) == "thunderstorm");
    // Boundaries: 5 % is partly cloudy, 20 % still is, above is cloudy.
    CHECK(std::string(dns_verdict(Op::gt, 0, 95, 100).category) == "partly_cloudy");
    CHECK(std::string(dns_verdict(Op::gt, 0, 80, 100).category) == "partly_cloudy");
    CHECK(std::string(dns_verdict(Op::gt, 0, 79.9, 100).category) == "cloudy");
    // Lower is better: 10 -> 8 projected, target 7: s = (7 - 8) / (7 - 10) = 1/3, cloudy.
    const MethodVerdict lower = dns_verdict(Op::lt, 10, 8, 7);
    CHECK(near(lower.ratio, 1.0 / 3.0));
    CHECK(std::string(lower.category) == "cloudy");
    // X = x_t with a strict target and no move: s undefined, thunderstorm.
    CHECK_FALSE(dns_verdict(Op::gt, 70, 70, 70).ratio.has_value());
}

TEST_CASE("dns: the last five annual changes, relative or absolute") {
    // 2015 lies outside [2019, 2024] and must not count; 2019 = 100 and 2024 = 161.051 are
    // 10 %/yr relative (161.051 = 1.1^5 * 100) and 12.2102/yr absolute.
    const std::vector<YearValue> values{{2015, 1}, {2019, 100}, {2021, 130}, {2024, 161.051}};
    const std::optional<DnsProjection> relative = dns_project(values, 2024, 2026, DnsChanges::relative);
    REQUIRE(relative);
    CHECK(relative->from == 2019);
    CHECK(relative->to == 2024);
    CHECK(relative->changes == DnsChanges::relative);
    CHECK(near(relative->rate, 0.1, 1e-12));
    CHECK(near(relative->projected, 194.87171, 1e-9));  // 161.051 * 1.21
    const std::optional<DnsProjection> absolute = dns_project(values, 2024, 2026, DnsChanges::absolute);
    REQUIRE(absolute);
    CHECK(near(absolute->step, 12.2102, 1e-12));
    CHECK(near(absolute->projected, 185.4714, 1e-9));  // 161.051 + 2 * 12.2102
    // Target 200: relative s = 5.12829 / 38.949 = 13.2 % (partly cloudy); absolute s =
    // 14.5286 / 38.949 = 37.3 % (cloudy). The choice matters, which is why it is offered.
    CHECK(near(dns_verdict(Op::gt, 161.051, relative->projected, 200).ratio, 5.12829 / 38.949, 1e-9));
    CHECK(near(dns_verdict(Op::gt, 161.051, absolute->projected, 200).ratio, 14.5286 / 38.949, 1e-9));

    // A value at or below zero leaves no relative change: absolute, and said so.
    const std::optional<DnsProjection> fallback =
        dns_project({{2022, -2}, {2024, 2}}, 2024, 2025, DnsChanges::relative);
    REQUIRE(fallback);
    CHECK(fallback->changes == DnsChanges::absolute);
    CHECK(fallback->relative_impossible);
    CHECK(near(fallback->projected, 4));
    // Only observations older than five years: the latest of them.
    const std::optional<DnsProjection> old =
        dns_project({{2010, 50}, {2012, 60}, {2024, 120}}, 2024, 2025, DnsChanges::absolute);
    REQUIRE(old);
    CHECK(old->from == 2012);
    CHECK(near(old->projected, 125));
    CHECK_FALSE(dns_project({{2024, 1}}, 2024, 2025, DnsChanges::relative).has_value());
}

TEST_CASE("dns: the engine's projection and status follow the method") {
    Target target = level_target(Op::gt, 200, 2020, 2026);
    const std::map<int, double> values{{2019, 100}, {2020, 110}, {2024, 161.051}};
    TargetResult relative = judge_x(target, values, 2024, method(AssessmentMethod::dns));
    CHECK(relative.status == Status::at_risk);
    CHECK(near(relative.progress_ratio, 5.12829 / 38.949, 1e-9));
    CHECK(near(relative.projected_value, 194.87171, 1e-9));
    REQUIRE(relative.projection_path.size() == 3);
    CHECK(relative.projection_path[1].year == 2025);
    CHECK(near(relative.projection_path[1].value, 177.1561, 1e-9));
    const Note* how = find_note(relative, NoteCode::dns_extrapolation);
    REQUIRE(how != nullptr);
    CHECK(how->year_a == 2019);
    CHECK(how->year_b == 2024);
    CHECK(how->names == std::vector<std::string>{"relative"});
    CHECK(category_note(relative)->names == std::vector<std::string>{"dns", "partly_cloudy"});

    TargetResult absolute =
        judge_x(target, values, 2024, method(AssessmentMethod::dns, DnsChanges::absolute));
    CHECK(absolute.status == Status::off_track);
    CHECK(near(absolute.projected_value, 185.4714, 1e-9));
    CHECK(category_note(absolute)->names[1] == "cloudy");
}

TEST_CASE("methods leave facts alone") {
    // Met early, met or not met at T, and insufficient data are the same under every method.
    for (AssessmentMethod which : {AssessmentMethod::unsd, AssessmentMethod::dns}) {
        CHECK(judge_x(level_target(Op::gt, 50), {{2020, 40}, {2022, 60}}, 2022, method(which)).status ==
              Status::met);
        CHECK(judge_x(level_target(Op::gt, 50), {{2020, 40}, {2025, 45}}, 2025, method(which)).status ==
              Status::not_met);
        TargetResult single = judge_x(level_target(Op::gt, 50), {{2020, 40}}, 2022, method(which));
        CHECK(single.status == Status::insufficient_data);
        CHECK_FALSE(has_note(single, NoteCode::method_category));
    }
}
