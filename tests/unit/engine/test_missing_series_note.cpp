// The no_observation note names the series a target needs that the area lacks (engine/evaluate.cpp).
#include <doctest/doctest.h>

#include "engine_fixtures.hpp"

using namespace chitieu;
using namespace chitieu::test;

namespace {

const Note* no_observation(const TargetResult& result) {
    for (const Note& note : result.notes)
        if (note.code == NoteCode::no_observation) return &note;
    return nullptr;
}

Target share(const std::string& numerator, const std::string& denominator) {
    Target target = make_target(TargetKind::share, Op::gt, 25.0);
    target.numerator = numerator;
    target.denominator = denominator;
    return target;
}

}  // namespace

TEST_CASE("a level or growth target's no_observation note names the missing series") {
    const AreaData area = make_area({make_series("y", {{2020, 1.0}})});
    for (const Target& target : {level_target(Op::gt, 10.0), growth_target(Op::gt, 5.0)}) {
        const TargetResult result = evaluate_target(target, area, 2024, Assessment{});
        CHECK(result.status == Status::insufficient_data);
        const Note* note = no_observation(result);
        REQUIRE(note != nullptr);
        CHECK(note->names == std::vector<std::string>{"x"});
        CHECK(note->count == 0);
    }
}

TEST_CASE("a series present without a year up to as-of leaves the note without names") {
    const AreaData area = make_area({make_series("x", {{2025, 1.0}})});
    const TargetResult result = evaluate_target(level_target(Op::gt, 10.0), area, 2024, Assessment{});
    const Note* note = no_observation(result);
    REQUIRE(note != nullptr);
    CHECK(note->names.empty());
}

TEST_CASE("a share target's note says which of its two series are missing") {
    const AreaData area =
        make_area({make_series("whole", {{2020, 100.0}}), make_series("part", {{2020, 20.0}})});
    struct Case {
        Target target;
        std::vector<std::string> names;
        long count;
    };
    const std::vector<Case> cases = {{share("parts", "whole"), {"parts"}, 1},
                                     {share("part", "wholes"), {"wholes"}, 2},
                                     {share("parts", "wholes"), {"parts", "wholes"}, 3}};
    for (const Case& one : cases) {
        const TargetResult result = evaluate_target(one.target, area, 2024, Assessment{});
        const Note* note = no_observation(result);
        REQUIRE(note != nullptr);
        CHECK(note->names == one.names);
        CHECK(note->count == one.count);
    }
}
