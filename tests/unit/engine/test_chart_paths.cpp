// The required path and the projection the engine hands to the chart writer, hand-checked.
#include <doctest/doctest.h>

#include "engine_fixtures.hpp"

using namespace chitieu;
using namespace chitieu::test;

TEST_CASE("chart paths: compound level target") {
    // 100 (2020) -> 121 (2022), X = 200 in 2025: r_r = 2^(1/5) - 1, r_a = 10 %.
    TargetResult r = judge_x(level_target(Op::gt, 200), {{2020, 100}, {2022, 121}}, 2022);
    REQUIRE(r.required_path.size() == 6);
    CHECK(r.required_path[0].year == 2020);
    CHECK(r.required_path[0].value == 100);
    CHECK(near(r.required_path[1].value, 114.8698355, 1e-7));  // 100 * 2^(1/5)
    CHECK(near(r.required_path[3].value, 151.5716567, 1e-7));  // 100 * 2^(3/5)
    CHECK(r.required_path[5].year == 2025);
    CHECK(r.required_path[5].value == 200);  // exactly the target
    REQUIRE(r.projection_path.size() == 4);
    CHECK(r.projection_path[0].year == 2022);
    CHECK(r.projection_path[0].value == 121);
    CHECK(near(r.projection_path[1].value, 133.1, 1e-9));
    CHECK(r.projection_path[3].value == *r.projected_value);  // 161.051
    CHECK(near(r.projection_path[3].value, 161.051, 1e-9));
}

TEST_CASE("chart paths: linear pace draws straight lines") {
    // -10 (2020) -> -5 (2022), X = 5: slopes 3/yr needed, 2.5/yr observed.
    TargetResult r = judge_x(level_target(Op::gt, 5), {{2020, -10}, {2022, -5}}, 2022);
    REQUIRE(has_note(r, NoteCode::linear_pace));
    REQUIRE(r.required_path.size() == 6);
    CHECK(near(r.required_path[1].value, -7));
    CHECK(near(r.required_path[4].value, 2));
    CHECK(r.required_path[5].value == 5);
    REQUIRE(r.projection_path.size() == 4);
    CHECK(near(r.projection_path[1].value, -2.5));
    CHECK(near(r.projection_path[3].value, 2.5));
}

TEST_CASE("chart paths: a growth target's levels") {
    // 100 -> 121 over 2020-2022 at > 14 %/yr: the path ends at 100 * 1.14^5 = 192.5414582.
    TargetResult r = judge_x(growth_target(Op::gt, 14), {{2020, 100}, {2021, 110}, {2022, 121}}, 2022);
    REQUIRE(r.required_path.size() == 6);
    CHECK(near(r.required_path[1].value, 114));
    CHECK(near(r.required_path[5].value, 192.5414582, 1e-7));
    REQUIRE(r.projection_path.size() == 4);
    CHECK(near(r.projection_path[3].value, 161.051, 1e-9));
}

TEST_CASE("chart paths: none for counts, no projection at or after the target year") {
    Target count = make_target(TargetKind::count, Op::ge, 5);
    count.established_from = 2021;
    count.established_to = 2025;
    TargetResult counted =
        evaluate_target(count, make_area({}, {make_zone("A", ZoneKind::cluster, 2021)}), 2022, {});
    CHECK(counted.required_path.empty());
    CHECK(counted.projection_path.empty());

    TargetResult late = judge_x(level_target(Op::gt, 200), {{2020, 100}, {2025, 150}}, 2025);
    // The target year observed (an outcome): neither line, the observations and the target say it.
    CHECK(late.required_path.empty());
    CHECK(late.projection_path.empty());

    TargetResult nothing = judge_x(level_target(Op::gt, 200), {}, 2022);
    CHECK(nothing.required_path.empty());
    CHECK(nothing.projection_path.empty());
}
