// The plan forms of issue 19: ratio (with a scale), cumulative (a period total), a band
// (op between), change (points a year) and every_year, each under the three assessment methods.
// Every figure is worked by hand in the comment beside it (python3 for the powers).
#include <doctest/doctest.h>

#include "chitieu/model/units.hpp"
#include "engine_fixtures.hpp"

using namespace chitieu;
using namespace chitieu::test;

namespace {

const Assessment kEurostat{};
const Assessment kUnsd{0.95, 0.60, AssessmentMethod::unsd, DnsChanges::relative};
const Assessment kDns{0.95, 0.60, AssessmentMethod::dns, DnsChanges::relative};

// The 2026–2030 plan's period: base 2025, target year 2030.
Target plan_target(TargetKind kind, Op op, double value) {
    Target target = make_target(kind, op, value, 2025, 2030);
    target.series = "x";
    return target;
}

Series with_unit(Series series, const std::string& unit) {
    series.unit = unit;
    return series;
}

// GRDP (tỷ đồng) per person (người) in triệu đồng/người: 95,000 / 1,900,000 × 1000 = 50 in 2025,
// 110,000 / 2,000,000 × 1000 = 55 in 2026.
Target per_person(bool scale_given, double scale) {
    Target target = make_target(TargetKind::ratio, Op::ge, 95, 2025, 2030);
    target.numerator = "grdp";
    target.denominator = "population";
    target.unit = "triệu đồng/người";
    target.measure = UnitVocabulary::builtin().read(target.unit).unit;
    target.scale = scale;
    target.scale_given = scale_given;
    return target;
}

AreaData per_person_area() {
    return make_area({with_unit(make_series("grdp", {{2025, 95000}, {2026, 110000}}), "tỷ đồng"),
                      with_unit(make_series("population", {{2025, 1900000}, {2026, 2000000}}), "người")});
}

}  // namespace

TEST_CASE("ratio: numerator / denominator × scale, judged like a level under each method") {
    REQUIRE(per_person(true, 1000).measure);
    const AreaData area = per_person_area();
    TargetResult eu = evaluate_target(per_person(true, 1000), area, 2026, kEurostat);
    REQUIRE(eu.trajectory.size() == 2);
    CHECK(eu.trajectory[0].value == doctest::Approx(50.0));
    CHECK(near(eu.actual_value, 55.0));
    CHECK(near(eu.gap, -40.0));
    // r_a = 55/50 - 1 = 10 %; r_r = 1.9^(1/5) - 1 = 13.697448881 %; ratio 0.730062955: at risk.
    CHECK(near(eu.actual_rate_pct, 10.0));
    CHECK(near(eu.required_rate_pct, 13.697448881013807, 1e-9));
    CHECK(near(eu.progress_ratio, 0.730062954559452, 1e-9));
    CHECK(eu.status == Status::at_risk);
    CHECK_FALSE(has_note(eu, NoteCode::ratio_scale_from_units));

    // unsd: x̂_T = 55 × 1.1^4 = 80.5255; P = (80.5255 - 50) / (95 - 50) = 0.678344: acceleration needed.
    TargetResult unsd = evaluate_target(per_person(true, 1000), area, 2026, kUnsd);
    CHECK(near(unsd.projected_value, 80.5255, 1e-9));
    CHECK(near(unsd.progress_ratio, 0.678344444444445, 1e-9));
    CHECK(unsd.status == Status::at_risk);
    // dns: the same projection from 2025; s = (95 - 80.5255) / (95 - 55) = 0.361862: cloudy.
    TargetResult dns = evaluate_target(per_person(true, 1000), area, 2026, kDns);
    CHECK(near(dns.progress_ratio, 0.3618625, 1e-9));
    CHECK(dns.status == Status::off_track);
}

TEST_CASE("ratio: the scale the units imply is used, or must agree with the one given") {
    const AreaData area = per_person_area();
    // No scale given: 10^9 / 1 / 10^6 = 1000 from the units, said in a note.
    TargetResult implied = evaluate_target(per_person(false, 1.0), area, 2026, kEurostat);
    CHECK(near(implied.actual_value, 55.0));
    REQUIRE(find_note(implied, NoteCode::ratio_scale_from_units));
    CHECK(find_note(implied, NoteCode::ratio_scale_from_units)->names == std::vector<std::string>{"1000"});
    // scale: 1 against the units' 1000: a misreading, not a figure 1000 times too small.
    TargetResult wrong = evaluate_target(per_person(true, 1.0), area, 2026, kEurostat);
    CHECK(wrong.status == Status::insufficient_data);
    CHECK_FALSE(wrong.actual_value);
    REQUIRE(find_note(wrong, NoteCode::ratio_scale_mismatch));
    CHECK(find_note(wrong, NoteCode::ratio_scale_mismatch)->names == std::vector<std::string>{"1000", "1"});
    // Without units the given scale stands as it is: 95,000 / 1,900,000 × 1000 = 50.
    AreaData bare =
        make_area({make_series("grdp", {{2025, 95000}}), make_series("population", {{2025, 1900000}})});
    TargetResult plain = evaluate_target(per_person(true, 1000), bare, 2025, kEurostat);
    CHECK(near(plain.actual_value, 50.0));
}

TEST_CASE("cumulative: the total from the year after the base, and what each year left needs") {
    Target target = plan_target(TargetKind::cumulative, Op::gt, 75000);
    target.sum_from = 2026;
    // 16,000 + 12,000 = 28,000 by 2027; (75,000 - 28,000) / 3 = 15,666.67 a year still;
    // projected 28,000 + 14,000 × 3 = 70,000; the even plan 75,000 / 5 = 15,000 a year, and 2027's
    // 12,000 is 80 % of it.
    const std::map<int, double> values{{2025, 9000}, {2026, 16000}, {2027, 12000}};
    TargetResult eu = judge_x(target, values, 2027, kEurostat);
    CHECK(near(eu.actual_value, 28000));
    CHECK(eu.actual_year == 2027);
    CHECK(near(eu.required_per_year, 15666.666666666666, 1e-6));
    CHECK(near(eu.recent_yearly_value, 12000));
    CHECK(near(eu.yearly_plan_value, 15000));
    CHECK(near(eu.yearly_plan_pct, 80.0));
    CHECK(near(eu.projected_value, 70000));
    CHECK(near(eu.gap, -47000));
    // eurostat: (28,000 / 75,000) / (2 / 5) = 0.93333: at risk.
    CHECK(near(eu.progress_ratio, 0.9333333333333333, 1e-12));
    CHECK(eu.status == Status::at_risk);
    // The 2025 value (before the window) is not summed: the running total starts at (2025, 0).
    REQUIRE(eu.trajectory.size() == 3);
    CHECK(eu.trajectory[0].value == 0.0);
    CHECK(eu.trajectory[2].value == 28000.0);
    // unsd: P = (70,000 - 0) / (75,000 - 0) = 0.93333: acceleration needed.
    TargetResult unsd = judge_x(target, values, 2027, kUnsd);
    CHECK(near(unsd.progress_ratio, 0.9333333333333333, 1e-12));
    CHECK(unsd.status == Status::at_risk);
    // dns: 14,000 a year (absolute, from (2025, 0)); s = (75,000 - 70,000) / (75,000 - 28,000)
    // = 0.106383: partly cloudy.
    TargetResult dns = judge_x(target, values, 2027, kDns);
    CHECK(near(dns.progress_ratio, 0.10638297872340426, 1e-12));
    CHECK(dns.status == Status::at_risk);
}

TEST_CASE("cumulative: a missing year inside the window is insufficient data, never a partial sum") {
    Target target = plan_target(TargetKind::cumulative, Op::gt, 75000);
    target.sum_from = 2026;
    const std::map<int, double> gap{{2026, 16000}, {2028, 15000}};
    for (const Assessment& method : {kEurostat, kUnsd, kDns}) {
        TargetResult r = judge_x(target, gap, 2028, method);
        CHECK(r.status == Status::insufficient_data);
        CHECK_FALSE(r.actual_value);
        CHECK_FALSE(r.required_per_year);
        REQUIRE(find_note(r, NoteCode::years_missing));
        CHECK(find_note(r, NoteCode::years_missing)->names == std::vector<std::string>{"2027"});
    }
    // Five years of 16,000: 80,000 > 75,000, met at 2030; without 2029 it cannot be judged.
    std::map<int, double> full{{2026, 16000}, {2027, 16000}, {2028, 16000}, {2029, 16000}, {2030, 16000}};
    CHECK(judge_x(target, full, 2030).status == Status::met);
    CHECK(near(judge_x(target, full, 2030).actual_value, 80000));
    CHECK_FALSE(judge_x(target, full, 2030).required_per_year);  // no year left
    full.erase(2029);
    CHECK(judge_x(target, full, 2030).status == Status::insufficient_data);
    // 4 × 16,000 = 64,000 by 2029 is not over 75,000 yet; 11,000 is needed in 2030.
    std::map<int, double> four{{2026, 16000}, {2027, 16000}, {2028, 16000}, {2029, 16000}};
    CHECK(near(judge_x(target, four, 2029).required_per_year, 11000));
    // Over the total before the target year: met early.
    CHECK(judge_x(target, {{2026, 40000}, {2027, 40000}}, 2027).status == Status::met);
}

TEST_CASE("between: below, inside and above a growth band, under each method") {
    Target target = plan_target(TargetKind::growth, Op::between, 6.5);
    target.value_high = 7;
    // Below: 6 %/yr; eurostat 6 / 6.5 = 0.923077: at risk.
    TargetResult below = judge_x(target, {{2025, 100}, {2026, 106}}, 2026, kEurostat);
    CHECK(near(below.progress_ratio, 0.9230769230769231, 1e-12));
    CHECK(below.status == Status::at_risk);
    CHECK(near(below.gap, -0.5, 1e-9));
    CHECK_FALSE(has_note(below, NoteCode::band_exceeded));
    // unsd: X = 100 × 1.065^5 = 137.008666; x̂_T = 106 × 1.06^4 = 133.822558;
    // P = 33.822558 / 37.008666 = 0.913909: acceleration needed.
    TargetResult below_unsd = judge_x(target, {{2025, 100}, {2026, 106}}, 2026, kUnsd);
    CHECK(near(below_unsd.progress_ratio, 0.9139091219295229, 1e-9));
    CHECK(below_unsd.status == Status::at_risk);
    // dns: s = (137.008666 - 133.822558) / (137.008666 - 106) = 0.102749: partly cloudy.
    TargetResult below_dns = judge_x(target, {{2025, 100}, {2026, 106}}, 2026, kDns);
    CHECK(near(below_dns.progress_ratio, 0.10274897173800486, 1e-9));
    CHECK(below_dns.status == Status::at_risk);

    // Inside: 6.8 %/yr, ratio 6.8 / 6.5 = 1.046154: on track, nothing exceeded.
    TargetResult inside = judge_x(target, {{2025, 100}, {2026, 106.8}}, 2026);
    CHECK(near(inside.progress_ratio, 1.0461538461538462, 1e-9));
    CHECK(inside.status == Status::on_track);
    CHECK_FALSE(has_note(inside, NoteCode::band_exceeded));
    // Above: 8 %/yr, past 7: on track under every method, and the band exceeded is said.
    for (const Assessment& method : {kEurostat, kUnsd, kDns}) {
        TargetResult above = judge_x(target, {{2025, 100}, {2026, 108}}, 2026, method);
        CHECK(above.status == Status::on_track);
        CHECK(has_note(above, NoteCode::band_exceeded));
    }
}

TEST_CASE("between: a level band at the target year") {
    Target target = plan_target(TargetKind::level, Op::between, 60);
    target.value_high = 65;
    TargetResult above = judge_x(target, {{2025, 55}, {2030, 67}}, 2030);
    CHECK(above.status == Status::met);
    REQUIRE(find_note(above, NoteCode::band_exceeded));
    CHECK(find_note(above, NoteCode::band_exceeded)->year_a == 2030);
    TargetResult inside = judge_x(target, {{2025, 55}, {2030, 62}}, 2030);
    CHECK(inside.status == Status::met);
    CHECK_FALSE(has_note(inside, NoteCode::band_exceeded));
    CHECK(judge_x(target, {{2025, 55}, {2030, 59}}, 2030).status == Status::not_met);
    CHECK(judge_x(target, {{2025, 55}, {2030, 60}}, 2030).status == Status::met);  // at lo: met
}

TEST_CASE("change: the average yearly change in points, down and up, under each method") {
    Target target = plan_target(TargetKind::change, Op::le, -1.5);
    // Down: 10 -> 6.8 in two years, -1.6 points a year; achievement -1.6 / -1.5 = 106.67 %.
    const std::map<int, double> down{{2025, 10}, {2026, 8.6}, {2027, 6.8}};
    TargetResult eu = judge_x(target, down, 2027, kEurostat);
    CHECK(near(eu.actual_value, -1.6, 1e-12));
    CHECK(near(eu.gap, -0.1, 1e-12));
    CHECK(near(eu.achievement_pct, 106.66666666666667, 1e-9));
    CHECK_FALSE(eu.actual_rate_pct);              // no compound rate
    CHECK(near(eu.projected_value, 2.0, 1e-12));  // 6.8 - 1.6 × 3
    // eurostat: -1 × -1.6 / 1.5 = 1.066667: on track.
    CHECK(near(eu.progress_ratio, 1.0666666666666667, 1e-12));
    CHECK(eu.status == Status::on_track);
    // unsd: X level 10 - 1.5 × 5 = 2.5; P = (2.0 - 10) / (2.5 - 10) = 1.066667: on track.
    TargetResult unsd = judge_x(target, down, 2027, kUnsd);
    CHECK(near(unsd.progress_ratio, 1.0666666666666667, 1e-12));
    CHECK(unsd.status == Status::on_track);
    // dns: absolute change from 2025, -1.6 a year, x̂_T = 2.0 <= 2.5: sunny.
    TargetResult dns = judge_x(target, down, 2027, kDns);
    CHECK(near(dns.projected_value, 2.0, 1e-12));
    CHECK(dns.status == Status::on_track);

    // Up: 10 -> 10.4, +0.2 a year: eurostat -0.2 / 1.5 = -0.133333, off track.
    const std::map<int, double> up{{2025, 10}, {2026, 10.1}, {2027, 10.4}};
    TargetResult rise = judge_x(target, up, 2027, kEurostat);
    CHECK(near(rise.actual_value, 0.2, 1e-12));
    CHECK(near(rise.progress_ratio, -0.13333333333333333, 1e-12));
    CHECK(rise.status == Status::off_track);
    // unsd: x̂_T = 10.4 + 0.6 = 11; P = (11 - 10) / (2.5 - 10) = -0.133333: stagnation or regression.
    TargetResult rise_unsd = judge_x(target, up, 2027, kUnsd);
    CHECK(near(rise_unsd.progress_ratio, -0.13333333333333333, 1e-12));
    CHECK(rise_unsd.status == Status::off_track);
    // dns: moving away from the target: thunderstorm.
    TargetResult rise_dns = judge_x(target, up, 2027, kDns);
    CHECK(rise_dns.status == Status::off_track);
    REQUIRE(find_note(rise_dns, NoteCode::method_category));
    CHECK(find_note(rise_dns, NoteCode::method_category)->names[1] == std::string(kDnsThunderstormCategory));

    // At the target year: 10 -> 2 is -1.6 a year, met; 10 -> 4 is -1.2, not met. Never met early.
    CHECK(judge_x(target, {{2025, 10}, {2030, 2}}, 2030).status == Status::met);
    CHECK(judge_x(target, {{2025, 10}, {2030, 4}}, 2030).status == Status::not_met);
    CHECK(judge_x(target, {{2025, 10}, {2026, 5}}, 2026).status == Status::on_track);
}

TEST_CASE("every_year: a level that fails in one middle year, under each method") {
    Target target = plan_target(TargetKind::level, Op::ge, 65);
    target.every_year = true;
    // 2027's 64.8 misses 65; every other year from 2026 meets it.
    const std::map<int, double> values{{2025, 64}, {2026, 65.5}, {2027, 64.8},
                                       {2028, 66}, {2029, 66.5}, {2030, 67}};
    for (const Assessment& method : {kEurostat, kUnsd, kDns}) {
        TargetResult final_review = judge_x(target, values, 2030, method);
        CHECK(final_review.status == Status::not_met);  // 2030's 67 alone would be met
        REQUIRE(find_note(final_review, NoteCode::every_year_failing));
        CHECK(find_note(final_review, NoteCode::every_year_failing)->year_a == 2027);
        CHECK(find_note(final_review, NoteCode::every_year_failing)->names ==
              std::vector<std::string>{"2027"});
        CHECK(final_review.actual_year == 2027);
        CHECK(near(final_review.gap, -0.2, 1e-9));
        TargetResult midway = judge_x(target, values, 2028, method);
        CHECK(midway.status == Status::off_track);
        CHECK_FALSE(midway.progress_ratio);
        CHECK_FALSE(has_note(midway, NoteCode::method_category));
        // Before the failing year: every year so far held, on track (not met early).
        TargetResult early = judge_x(target, values, 2026, method);
        CHECK(early.status == Status::on_track);
        CHECK(has_note(early, NoteCode::every_year_held));
    }
    // Every year held: met at 2030; a year without a value leaves it unknown. The base year's own
    // 64 is no year of the plan.
    std::map<int, double> held{{2025, 64}, {2026, 65}, {2027, 66}, {2028, 66}, {2029, 67}, {2030, 67}};
    CHECK(judge_x(target, held, 2030).status == Status::met);
    held.erase(2028);
    TargetResult gap = judge_x(target, held, 2030);
    CHECK(gap.status == Status::insufficient_data);
    REQUIRE(find_note(gap, NoteCode::years_missing));
    CHECK(find_note(gap, NoteCode::years_missing)->names == std::vector<std::string>{"2028"});
}

TEST_CASE("every_year: a share and a ratio held every year") {
    Target share = make_target(TargetKind::share, Op::gt, 50, 2025, 2030);
    share.numerator = "a";
    share.denominator = "b";
    share.every_year = true;
    // 60 / 100, 40 / 100, 70 / 100: 2027's 40 % misses.
    AreaData area = make_area({make_series("a", {{2025, 60}, {2026, 60}, {2027, 40}, {2028, 70}}),
                               make_series("b", {{2025, 100}, {2026, 100}, {2027, 100}, {2028, 100}})});
    TargetResult r = evaluate_target(share, area, 2028, kEurostat);
    CHECK(r.status == Status::off_track);
    REQUIRE(find_note(r, NoteCode::every_year_failing));
    CHECK(find_note(r, NoteCode::every_year_failing)->year_a == 2027);
    Target ratio = share;
    ratio.kind = TargetKind::ratio;
    ratio.value = 0.5;
    CHECK(evaluate_target(ratio, area, 2028, kEurostat).status == Status::off_track);
}
