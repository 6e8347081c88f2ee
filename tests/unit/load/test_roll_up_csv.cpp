// --roll-up's file (load/roll_up_csv.cpp).
#include <doctest/doctest.h>

#include "chitieu/load/roll_up_csv.hpp"
#include "support/messages.hpp"

using namespace chitieu;

TEST_CASE("roll-up csv: Vietnamese headers, a top area, names in NFC") {
    Diagnostics diagnostics;
    // "Hàm Yên" written decomposed (a + combining grave): kept as NFC.
    const std::vector<AreaLink> links = read_roll_up_csv(
        "Địa bàn,Trực thuộc\nTuyên Quang,\nSơn Dương,Tuyên Quang\nHa\xcc\x80m Yên , Tuyên Quang\n\n", "r.csv",
        diagnostics);
    CHECK(diagnostics.items().empty());
    REQUIRE(links.size() == 3);
    CHECK(links[0].parent.empty());
    CHECK(links[2].area == "Hàm Yên");
    CHECK(links[2].parent == "Tuyên Quang");
    CHECK(links[2].where.line == 4);
}

TEST_CASE("roll-up csv: a header without parent, an empty area") {
    Diagnostics diagnostics;
    read_roll_up_csv("area,district\nA,B\n", "r.csv", diagnostics);
    CHECK(test::Messages(diagnostics) ==
          test::Messages{
              "r.csv:1:1: error: a roll-up file needs the columns area and parent (or Địa bàn and Trực "
              "thuộc); this header lacks parent"});
    Diagnostics empty_area;
    read_roll_up_csv("area,parent\n,B\n", "r.csv", empty_area);
    CHECK(test::Messages(empty_area).front().find("r.csv:2:1: error: the area cell is empty") == 0);
}
