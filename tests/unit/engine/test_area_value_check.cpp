// Per-area values for areas the inputs do not hold (engine/area_value_check.cpp).
#include <doctest/doctest.h>

#include "chitieu/engine/area_value_check.hpp"
#include "support/messages.hpp"

using namespace chitieu;
using test::Messages;

// In the file's order (line 3 before 4, whatever the names' order); the table's before the set's.
TEST_CASE("area value check: an unknown area, with did you mean, else the areas held") {
    TargetSet set;
    set.by_area.targets["output"]["Sơn Dươg"] = AreaValue{5200, 0, {"set.yaml", 9, 24}};
    AreaValues overrides;
    overrides.targets["output"]["Yên Sơn"] = AreaValue{1, 0, {"t.csv", 2, 11}};
    overrides.targets["output"]["Na Hang"] = AreaValue{1, 0, {"t.csv", 4, 11}};
    overrides.targets["output"]["Chiêm Hoá"] = AreaValue{1, 0, {"t.csv", 3, 11}};
    const std::set<std::string> areas = {"Hàm Yên", "Sơn Dương", "Yên Sơn"};
    Diagnostics diagnostics;
    check_area_value_names(set, overrides, areas, Severity::error, diagnostics);
    CHECK(Messages(diagnostics) ==
          Messages{
              "t.csv:3:11: error: a target value for 'Chiêm Hoá' (target 'output'), an area the statistics "
              "do not hold; the statistics hold 'Hàm Yên', 'Sơn Dương' and 'Yên Sơn'",
              "t.csv:4:11: error: a target value for 'Na Hang' (target 'output'), an area the statistics "
              "do not hold; the statistics hold 'Hàm Yên', 'Sơn Dương' and 'Yên Sơn'",
              "set.yaml:9:24: error: a target value for 'Sơn Dươg' (target 'output'), an area the "
              "statistics do not hold; did you mean 'Sơn Dương'?"});
}
