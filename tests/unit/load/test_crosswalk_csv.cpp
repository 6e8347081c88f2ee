// --crosswalk's file (load/crosswalk_csv.cpp).
#include <doctest/doctest.h>

#include "chitieu/load/crosswalk_csv.hpp"
#include "support/messages.hpp"

using namespace chitieu;

TEST_CASE("crosswalk csv: Vietnamese headers, a share, no share means 1, names in NFC") {
    Diagnostics diagnostics;
    // "Hà Giang" written decomposed (a + combining grave): kept as NFC.
    const std::vector<CrosswalkLink> links =
        read_crosswalk_csv("Đơn vị cũ,Đơn vị mới,Tỷ lệ\nHa\xcc\x80 Giang,Tuyên Quang,\nXã A , Xã C,0.6\n\n",
                           "cw.csv", diagnostics);
    CHECK(diagnostics.items().empty());
    REQUIRE(links.size() == 2);
    CHECK(links[0].from == "Hà Giang");
    CHECK(links[0].to == "Tuyên Quang");
    CHECK(links[0].share == 1.0);
    CHECK(links[1].from == "Xã A");
    CHECK(links[1].share == 0.6);
    CHECK(links[1].where.line == 3);
}

TEST_CASE("crosswalk csv: a header without new, a share that is not a number") {
    Diagnostics header;
    read_crosswalk_csv("old,district\nA,B\n", "cw.csv", header);
    CHECK(test::Messages(header) ==
          test::Messages{
              "cw.csv:1:1: error: a crosswalk file needs the columns old and new (or Đơn vị cũ and Đơn "
              "vị mới), and share (Tỷ lệ) where an old unit is split; this header lacks new"});
    Diagnostics share;
    CHECK(read_crosswalk_csv("old,new,share\nA,B,sixty\n", "cw.csv", share).empty());
    REQUIRE(share.items().size() == 1);
    CHECK(share.items()[0].where.line == 2);
    CHECK(share.items()[0].where.column == 3);
}
