// Shares, and evaluate() / evaluate_area(): every target of every area, in order.
#include <doctest/doctest.h>

#include "engine_fixtures.hpp"

using namespace chitieu;
using namespace chitieu::test;

TEST_CASE("share: per year where both parts exist; a zero denominator skips the year") {
    Target target = make_target(TargetKind::share, Op::gt, 25.8);
    target.numerator = "employment_industry";
    target.denominator = "employment_total";
    AreaData area =
        make_area({make_series("employment_industry", {{2020, 112000}, {2021, 118500}, {2022, 1}, {2023, 5}}),
                   make_series("employment_total", {{2020, 523100}, {2021, 526900}, {2022, 0}})});
    TargetResult r = evaluate_target(target, area, 2022, {});
    REQUIRE(r.trajectory.size() == 2);
    CHECK(near(r.trajectory[0].value, 21.410820110877463, 1e-9));
    CHECK(near(r.actual_value, 22.490036059973427, 1e-9));
    CHECK(r.actual_year == 2021);
    CHECK(near(r.gap, 22.490036059973427 - 25.8, 1e-9));  // percentage points
    const Note* zero = find_note(r, NoteCode::denominator_zero);
    REQUIRE(zero);
    CHECK(zero->year_a == 2022);
    // r_a = 5.04 % in one year against r_r = 3.80 % a year: ratio 1.3265.
    CHECK(near(r.progress_ratio, 1.3264578234508573, 1e-9));
    CHECK(r.status == Status::on_track);

    target.denominator = "no_such_series";
    CHECK(has_note(evaluate_target(target, area, 2022, {}), NoteCode::no_observation));
}

namespace {

TargetSet two_targets() {
    TargetSet set;
    set.id = "test";
    set.assessment = Assessment{0.9, 0.7};
    set.targets.push_back(level_target(Op::gt, 200));
    set.targets.push_back(growth_target(Op::gt, 10));
    return set;
}

Dataset two_areas() {
    Dataset data;
    AreaData& north = data.area("Na Hang");
    north.source = "Niên giám 2023";
    north.series["x"] = make_series("x", {{2020, 100}, {2022, 121}});
    AreaData& south = data.area("Sơn Dương");
    south.series["x"] = make_series("x", {{2020, 100}, {2023, 150}});
    return data;
}

}  // namespace

TEST_CASE("evaluate: every area in order, the set's thresholds") {
    TargetSet set = two_targets();
    Dataset data = two_areas();
    Evaluation evaluation = evaluate(set, data, 2023);
    CHECK(evaluation.targets == &set);
    CHECK(evaluation.as_of == 2023);
    REQUIRE(evaluation.areas.size() == 2);
    CHECK(evaluation.areas[0].area == "Na Hang");
    CHECK(evaluation.areas[0].source == "Niên giám 2023");
    REQUIRE(evaluation.areas[0].results.size() == 2);
    CHECK(evaluation.areas[0].results[0].target == &set.targets[0]);
    CHECK(evaluation.areas[0].results[1].target == &set.targets[1]);
    // Na Hang, level: ratio 0.6725 is at risk by default, off track under the set's 0.7.
    CHECK(near(evaluation.areas[0].results[0].progress_ratio, 0.6725023958872571, 1e-9));
    CHECK(evaluation.areas[0].results[0].status == Status::off_track);
    // Na Hang, growth: 10 % against 10 %: ratio 1.
    CHECK(evaluation.areas[0].results[1].status == Status::on_track);
}

TEST_CASE("evaluate_area: as of an earlier year; an area without data") {
    TargetSet set = two_targets();
    Dataset data = two_areas();
    const AreaEvaluation south = evaluate_area(set, data.areas[1], 2021);
    CHECK(south.area == "Sơn Dương");
    CHECK(south.results[0].actual_year == 2020);

    Dataset empty;
    empty.area("Tuyên Quang");
    const AreaEvaluation nothing = evaluate_area(set, empty.areas[0], 2023);
    REQUIRE(nothing.results.size() == 2);
    CHECK(nothing.results[0].status == Status::insufficient_data);
}

TEST_CASE("evaluate: a preliminary or estimated figure judged is said beside the status") {
    // level_target judges series "x"; the 2023 value is the one judged as of 2023.
    const Target level = level_target(Op::gt, 200);
    AreaData area = make_area({make_series("x", {{2020, 100}, {2023, 150}})});
    area.series["x"].values[2023].standing = Standing::preliminary;
    const TargetResult preliminary = evaluate_target(level, area, 2023, {});
    const Note* note = find_note(preliminary, NoteCode::figure_standing);
    REQUIRE(note);
    CHECK(note->year_a == 2023);
    CHECK(note->names == std::vector<std::string>{"preliminary"});
    // As of 2022 the figure judged is 2020's, which is final: no note.
    CHECK_FALSE(has_note(evaluate_target(level, area, 2022, {}), NoteCode::figure_standing));

    // A share: its denominator's estimate counts as much as its numerator's.
    Target share = make_target(TargetKind::share, Op::gt, 25.8);
    share.numerator = "employment_industry";
    share.denominator = "employment_total";
    AreaData parts = make_area({make_series("employment_industry", {{2020, 112000}, {2021, 118500}}),
                                make_series("employment_total", {{2020, 523100}, {2021, 526900}})});
    parts.series["employment_total"].values[2021].standing = Standing::estimated;
    const TargetResult judged = evaluate_target(share, parts, 2021, {});
    const Note* estimated = find_note(judged, NoteCode::figure_standing);
    REQUIRE(estimated);
    CHECK(estimated->names == std::vector<std::string>{"estimated"});
}
