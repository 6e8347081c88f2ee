// The roll-up's links checked (model/hierarchy.cpp).
#include <doctest/doctest.h>

#include "chitieu/model/hierarchy.hpp"

using namespace chitieu;

TEST_CASE("hierarchy: depths and parents") {
    Diagnostics problems;
    const Hierarchy tree = build_hierarchy(
        {{"Xã A", "Sơn Dương", {}}, {"Sơn Dương", "Tuyên Quang", {}}, {"Tuyên Quang", "", {}}}, problems);
    CHECK(problems.items().empty());
    CHECK(tree.depth("Tuyên Quang") == 0);
    CHECK(tree.depth("Sơn Dương") == 1);
    CHECK(tree.depth("Xã A") == 2);
    CHECK(*tree.parent_of("Xã A") == "Sơn Dương");
    CHECK(tree.parent_of("Tuyên Quang") == nullptr);
    CHECK(tree.areas() == std::vector<std::string>{"Xã A", "Sơn Dương", "Tuyên Quang"});
}

TEST_CASE("hierarchy: a child with two parents, a cycle, its own parent") {
    Diagnostics problems;
    const FileName file("roll-up.csv");
    const Hierarchy tree = build_hierarchy({{"Xã A", "Sơn Dương", {file, 2, 1}},
                                            {"Xã A", "Yên Sơn", {file, 3, 1}},
                                            {"Sơn Dương", "Xã A", {file, 4, 1}},
                                            {"Hàm Yên", "Hàm Yên", {file, 5, 1}}},
                                           problems);
    REQUIRE(problems.items().size() == 4);
    CHECK(problems.items()[0].where.line == 3);
    CHECK(problems.items()[0].message.find("second parent, 'Yên Sơn'") != std::string::npos);
    CHECK(problems.items()[1].severity == Severity::note);
    CHECK(problems.items()[1].where.line == 2);
    CHECK(problems.items()[2].where.line == 4);
    CHECK(problems.items()[2].message.find("Sơn Dương in Xã A in Sơn Dương") != std::string::npos);
    CHECK(problems.items()[3].message.find("its own parent") != std::string::npos);
    CHECK(*tree.parent_of("Xã A") == "Sơn Dương");
    CHECK(tree.parent_of("Sơn Dương") == nullptr);
}
