// Each area's own target values (model/area_targets.cpp).
#include <doctest/doctest.h>

#include "chitieu/model/area_targets.hpp"

using namespace chitieu;

namespace {

Target make_target(const std::string& id, double value, bool has_value = true) {
    Target target;
    target.id = id;
    target.value = value;
    target.has_value = has_value;
    return target;
}

}  // namespace

TEST_CASE("area targets: --target-values over by_area over value; none of the three: left out") {
    TargetSet set;
    set.targets = {make_target("output", 27700), make_target("growth", 0, false), make_target("jobs", 50)};
    set.by_area.targets["output"]["Sơn Dương"] = AreaValue{5200, 0, {"set.yaml", 9, 5}};
    set.by_area.targets["output"]["Yên Sơn"] = AreaValue{4100, 0, {"set.yaml", 9, 20}};
    set.by_area.targets["growth"]["Sơn Dương"] = AreaValue{12, 0, {"set.yaml", 12, 5}};
    AreaValues overrides;
    overrides.targets["output"]["Yên Sơn"] = AreaValue{4300, 0, {"t.csv", 2, 19}};
    AreaTargets areas(set, overrides);
    REQUIRE(areas.per_area());
    std::vector<const Target*> left_out;

    const TargetSet& son_duong = areas.for_area("Sơn Dương", left_out);
    REQUIRE(son_duong.targets.size() == 3);
    CHECK(son_duong.targets[0].value == 5200);
    CHECK(son_duong.targets[0].value_source == ValueSource::by_area);
    CHECK(son_duong.targets[0].value_area == "Sơn Dương");
    CHECK(son_duong.targets[0].value_where.line == 9);
    CHECK(son_duong.targets[1].value == 12);
    CHECK(son_duong.targets[2].value_source == ValueSource::set);  // no area has its own "jobs"
    CHECK(left_out.empty());

    const TargetSet& yen_son = areas.for_area("Yên Sơn", left_out);
    REQUIRE(yen_son.targets.size() == 2);     // growth has no value for Yên Sơn
    CHECK(yen_son.targets[0].value == 4300);  // the table's row wins over by_area's 4100
    CHECK(yen_son.targets[0].value_source == ValueSource::target_values);
    CHECK(yen_son.targets[1].id == "jobs");
    REQUIRE(left_out.size() == 1);
    CHECK(left_out[0] == &set.targets[1]);

    const TargetSet& ham_yen = areas.for_area("Hàm Yên", left_out);
    REQUIRE(ham_yen.targets.size() == 2);
    CHECK(ham_yen.targets[0].value == 27700);  // the target's value, said to be the set's
    CHECK(ham_yen.targets[0].value_source == ValueSource::set_default);
    CHECK(left_out.size() == 1);
}

TEST_CASE("area targets: without per-area values the set itself") {
    TargetSet set;
    set.targets = {make_target("output", 27700)};
    const AreaValues none;
    AreaTargets areas(set, none);
    CHECK_FALSE(areas.per_area());
    std::vector<const Target*> left_out;
    CHECK(&areas.for_area("Sơn Dương", left_out) == &set);
}
