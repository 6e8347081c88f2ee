// Zones given without an area (a zones table without an `area` column) placed into the areas of
// the other inputs: by district, else into the only area, else an error at the zone.
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "chitieu/model/rules.hpp"
#include "support/messages.hpp"

using namespace chitieu;

namespace {

AreaData series_area(const std::string& name) {
    AreaData area;
    area.name = name;
    Series& series = area.series["employment_total"];
    series.indicator = "employment_total";
    series.values[2020] = Observation{100.0, {"s.csv", 2, 1}};
    return area;
}

Zone zone(const std::string& name, const std::string& district, int line) {
    Zone z;
    z.name = name;
    z.district = district;
    z.established = 2022;
    z.where = {"board.csv", line, 1};
    return z;
}

// The unnamed area a zones table without an `area` column loads into.
AreaData loose(std::vector<Zone> zones) {
    AreaData area;
    area.source = "BQL KCN";
    area.zones = std::move(zones);
    return area;
}

std::vector<std::string> zone_names(const AreaData& area) {
    std::vector<std::string> names;
    for (const Zone& z : area.zones) names.push_back(z.name);
    return names;
}

}  // namespace

TEST_CASE("zones without an area: placed by district, the unnamed area dropped") {
    Dataset data;
    data.areas = {series_area("Chiêm Hóa"), series_area("Yên Sơn"),
                  loose({zone("Nhữ Khê", "Yên Sơn", 2), zone("CCN Hòa Phú", "Chiêm Hóa", 3),
                         zone("Tam Đa", "Yên Sơn", 4)})};
    REQUIRE(has_zones_without_area(data));
    Diagnostics diagnostics;
    place_zones_without_area(data, diagnostics);
    CHECK(test::formatted(diagnostics).empty());
    REQUIRE(data.areas.size() == 2);
    CHECK(zone_names(data.areas[0]) == std::vector<std::string>{"CCN Hòa Phú"});
    CHECK(zone_names(data.areas[1]) == std::vector<std::string>{"Nhữ Khê", "Tam Đa"});
    CHECK(data.areas[1].source == "BQL KCN");  // the zones table's source goes with its zones
    CHECK_FALSE(has_zones_without_area(data));
}

TEST_CASE("zones without an area: the only area takes every zone, whatever the district") {
    Dataset data;
    data.areas = {loose({zone("Nhữ Khê", "Yên Sơn", 2), zone("Long Bình An", "", 3)}),
                  series_area("Tuyên Quang")};
    Diagnostics diagnostics;
    place_zones_without_area(data, diagnostics);
    CHECK(test::formatted(diagnostics).empty());
    REQUIRE(data.areas.size() == 1);
    CHECK(data.areas[0].name == "Tuyên Quang");
    CHECK(zone_names(data.areas[0]) == std::vector<std::string>{"Nhữ Khê", "Long Bình An"});
}

TEST_CASE("zones without an area: a district that is no area is refused, saying how to fix it") {
    Dataset data;
    data.areas = {series_area("Chiêm Hóa"), series_area("Yên Sơn"),
                  loose({zone("Nhữ Khê", "Yên Sơn", 2), zone("CCN Sơn Nam", "Sơn Dương", 3),
                         zone("CCN Kim Xuyên", "", 4)})};
    Diagnostics diagnostics;
    place_zones_without_area(data, diagnostics);
    CHECK(test::formatted(diagnostics) ==
          std::vector<std::string>{"board.csv:3:1: error: zone 'CCN Sơn Nam' is given without an area, and "
                                   "its district 'Sơn Dương' is "
                                   "none of the 2 areas of the other inputs ('Chiêm Hóa' and 'Yên Sơn'); add "
                                   "an `area` column to the "
                                   "zones table (`area:` in a YAML file) naming each zone's area, or write "
                                   "the area's name in `district`",
                                   "board.csv:4:1: error: zone 'CCN Kim Xuyên' is given without an area, and "
                                   "has no district to match "
                                   "with the 2 areas of the other inputs ('Chiêm Hóa' and 'Yên Sơn'); add an "
                                   "`area` column to the zones "
                                   "table (`area:` in a YAML file) naming each zone's area, or write the "
                                   "area's name in `district`"});
    CHECK(zone_names(data.areas[1]) == std::vector<std::string>{"Nhữ Khê"});
}

TEST_CASE(
    "zones without an area: left alone when nothing else names an area or the unnamed area has series") {
    Dataset alone;
    alone.areas = {loose({zone("Nhữ Khê", "Yên Sơn", 2)})};
    Diagnostics diagnostics;
    place_zones_without_area(alone, diagnostics);
    REQUIRE(alone.areas.size() == 1);  // one zones table on its own: the one area the inputs describe
    CHECK(alone.areas[0].zones.size() == 1);

    Dataset described;  // a YAML file without `area:` describes an area of its own, zones and series
    AreaData unnamed = series_area("");
    unnamed.zones = {zone("Nhữ Khê", "Yên Sơn", 2)};
    described.areas = {std::move(unnamed), series_area("Yên Sơn")};
    CHECK_FALSE(has_zones_without_area(described));
    place_zones_without_area(described, diagnostics);
    CHECK(described.areas.size() == 2);
    CHECK(test::formatted(diagnostics).empty());
}

TEST_CASE("zones without an area: a zone the area describes already is a duplicate") {
    Dataset data;
    AreaData yen_son = series_area("Yên Sơn");
    yen_son.zones = {zone("Nhữ Khê", "Yên Sơn", 9)};
    yen_son.zones[0].where = {"zones.csv", 2, 1};
    data.areas = {std::move(yen_son), loose({zone("Nhữ Khê", "Yên Sơn", 2)})};
    Diagnostics diagnostics;
    place_zones_without_area(data, diagnostics);
    const std::vector<std::string> messages = test::formatted(diagnostics);
    REQUIRE(messages.size() == 2);
    CHECK(
        messages[0].starts_with("board.csv:2:1: error: zone 'Nhữ Khê' of area 'Yên Sơn' is described twice"));
    CHECK(messages[1] == "zones.csv:2:1: note: the first description is here");
}
