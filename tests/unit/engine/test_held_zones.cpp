// A roll-up parent's zones held compactly (engine/held_zones.cpp).
#include <doctest/doctest.h>

#include "chitieu/engine/held_zones.hpp"
#include "engine_fixtures.hpp"

using namespace chitieu;
using namespace chitieu::test;

namespace {

std::vector<Zone> two_zones() {
    Zone park = make_zone("Khu công nghiệp Long Bình An mở rộng", ZoneKind::park, 2008, 2023, 170.5, 0.0);
    park.expanded = 2021;
    park.district = "Yên Sơn";
    park.where = {"zones.csv", 2, 1};
    Zone cluster = make_zone("CCN Phú Lâm", ZoneKind::cluster, std::nullopt);  // not yet established
    cluster.where = {"zones.csv", 3, 1};
    return {park, cluster};
}

}  // namespace

TEST_CASE("held zones: every fact a judge reads comes back, in order; the district does not") {
    HeldZones held(ZoneNeed::whole());
    std::vector<Zone> zones = two_zones();
    held.add(zones);
    CHECK(zones.empty());  // taken
    std::vector<Zone> more = {make_zone("KCN Sơn Nam", ZoneKind::park, 2010, 2024, 100.0, 80.0)};
    held.add(more);
    const std::vector<Zone> back = held.take({"roll-up.csv", 7, 1});
    REQUIRE(back.size() == 3);
    CHECK(back[0].name == "Khu công nghiệp Long Bình An mở rộng");
    CHECK(back[0].kind == ZoneKind::park);
    CHECK(back[0].established == 2008);
    CHECK(back[0].expanded == 2021);
    CHECK(back[0].year == 2023);
    CHECK(back[0].leasable_ha == 170.5);
    CHECK(back[0].leased_ha == 0.0);  // a zero is kept, not taken for absent
    CHECK(back[0].district.empty());
    CHECK(back[0].where.line == 2);  // places kept (a crosswalk's)
    CHECK(back[1].name == "CCN Phú Lâm");
    CHECK(back[1].kind == ZoneKind::cluster);
    CHECK_FALSE(back[1].established);
    CHECK_FALSE(back[1].expanded);
    CHECK_FALSE(back[1].year);
    CHECK_FALSE(back[1].leasable_ha);
    CHECK_FALSE(back[1].leased_ha);
    CHECK(back[2].name == "KCN Sơn Nam");
    CHECK(held.empty());  // take empties it
}

TEST_CASE("held zones: what the target set's zone targets read") {
    TargetSet set;
    set.targets = {level_target(Op::gt, 1)};
    CHECK_FALSE(ZoneNeed::of(set).zones);
    set.targets.push_back(make_target(TargetKind::milestones, Op::ge, 1));
    CHECK(ZoneNeed::of(set).zones);
    CHECK_FALSE(ZoneNeed::of(set).land);
    set.targets.push_back(make_target(TargetKind::occupancy, Op::gt, 60));
    CHECK(ZoneNeed::of(set).land);
    CHECK_FALSE(ZoneNeed::of(set).places);

    // No zone target: nothing is held.
    HeldZones none(ZoneNeed{});
    std::vector<Zone> zones = two_zones();
    none.add(zones);
    CHECK(zones.empty());
    CHECK(none.empty());
    // Zones without land: the snapshot year and land figures are not kept; the place is the
    // parent's.
    HeldZones facts(ZoneNeed{true, false, false});
    zones = two_zones();
    facts.add(zones);
    const std::vector<Zone> back = facts.take({"roll-up.csv", 7, 1});
    REQUIRE(back.size() == 2);
    CHECK(back[0].established == 2008);
    CHECK(back[0].expanded == 2021);
    CHECK_FALSE(back[0].year);
    CHECK_FALSE(back[0].leasable_ha);
    CHECK(back[0].where.line == 7);
}
