// A boundary change's rules (model/crosswalk.cpp).
#include <doctest/doctest.h>

#include "chitieu/model/crosswalk.hpp"
#include "support/messages.hpp"

using namespace chitieu;

TEST_CASE("crosswalk: a split commune, a merge, a rename") {
    Diagnostics diagnostics;
    const Crosswalk crosswalk = build_crosswalk({{"Xã A", "Xã C", 0.6, {"cw.csv", 2, 1}},
                                                 {"Xã A", "Xã D", 0.4, {"cw.csv", 3, 1}},
                                                 {"Xã B", "Xã C", 1.0, {"cw.csv", 4, 1}},
                                                 {"Xã E", "Xã F", 1.0, {"cw.csv", 5, 1}}},
                                                "cw.csv", diagnostics);
    CHECK(diagnostics.items().empty());
    CHECK(crosswalk.new_units == std::vector<std::string>{"Xã C", "Xã D", "Xã F"});
    CHECK(crosswalk.formula("Xã C") == "Xã C = 0.6 × Xã A + Xã B");
    CHECK(crosswalk.formula("Xã D") == "Xã D = 0.4 × Xã A");
    CHECK_FALSE(crosswalk.is_rename("Xã C"));
    CHECK_FALSE(crosswalk.is_rename("Xã D"));  // a part of Xã A only
    CHECK(crosswalk.is_rename("Xã F"));
}

TEST_CASE("crosswalk: shares of an old unit that do not sum to 1 are an error naming it") {
    Diagnostics diagnostics;
    const Crosswalk crosswalk = build_crosswalk({{"Xã A", "Xã C", 0.6, {"cw.csv", 2, 1}},
                                                 {"Xã A", "Xã D", 0.3, {"cw.csv", 3, 1}},
                                                 // 0.333 + 0.333 + 0.334 = 1: within the tolerance.
                                                 {"Xã B", "Xã C", 0.333, {"cw.csv", 4, 1}},
                                                 {"Xã B", "Xã D", 0.333, {"cw.csv", 5, 1}},
                                                 {"Xã B", "Xã E", 0.334, {"cw.csv", 6, 1}}},
                                                "cw.csv", diagnostics);
    CHECK(
        test::Messages(diagnostics) ==
        test::Messages{"cw.csv:2:1: error: the shares of old unit 'Xã A' sum to 0.9 (0.6 to Xã C + 0.3 to Xã "
                       "D), not 1 (tolerance 0.001): every part of it must go to some new unit; correct the "
                       "shares in its rows"});
    // Xã A's rows are left out; Xã B's stand.
    CHECK(crosswalk.links.size() == 3);
}

TEST_CASE("crosswalk: a share above 1, a pair given twice") {
    Diagnostics diagnostics;
    build_crosswalk({{"Xã A", "Xã C", 1.5, {"cw.csv", 2, 1}},
                     {"Xã B", "Xã C", 1.0, {"cw.csv", 3, 1}},
                     {"Xã B", "Xã C", 1.0, {"cw.csv", 4, 1}}},
                    "cw.csv", diagnostics);
    CHECK(
        test::Messages(diagnostics) ==
        test::Messages{"cw.csv:2:1: error: the share of 'Xã A' that goes to 'Xã C' is 1.5; a share is a "
                       "fraction above 0 and at most 1",
                       "cw.csv:4:1: error: 'Xã B' -> 'Xã C' is given twice; give each old and new unit pair "
                       "once"});
}
