#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "chitieu/load/statistics_csv.hpp"
#include "support/messages.hpp"

using namespace chitieu;

namespace {

struct Loaded {
    Dataset dataset;
    std::vector<std::string> messages;
};

Loaded load(std::string_view text, CsvOptions options = {}) {
    Diagnostics diagnostics;
    Loaded result;
    result.dataset = load_statistics_csv(text, "z.csv", options, diagnostics);
    result.messages = test::formatted(diagnostics);
    return result;
}

const char* const kHeader = "area,name,kind,district,established,expanded,year,leasable_ha,leased_ha\n";

// One zone row under kHeader, with the rest of the row given.
Loaded load_row(const std::string& row) {
    return load(kHeader + std::string("Tuyên Quang,Long Bình An,") + row);
}

}  // namespace

TEST_CASE("zones csv: every field, snapshots of the same zone, areas in order") {
    const Loaded loaded = load(
        "area,name,kind,district,established,expanded,year,leasable_ha,leased_ha,note,source\n"
        "Tuyên Quang,Long Bình An,park,Thành phố Tuyên Quang,2008,2023,2023,290.0,201.3,,BQL KCN\n"
        "Tuyên Quang,Long Bình An,park,Thành phố Tuyên Quang,2008,2023,2022,290,190,,BQL KCN\n"
        "Tuyên Quang,Nam Sơn Dương,park,Huyện Sơn Dương,,,,,,chưa thành lập,\n"
        "Hà Giang,Bình Vàng,cluster,,2012,,2023,NA,NA,,\n");
    CHECK(loaded.messages.empty());
    const Dataset& data = loaded.dataset;
    REQUIRE(data.areas.size() == 2);
    CHECK(data.areas[0].name == "Tuyên Quang");
    CHECK(data.areas[0].source == "BQL KCN");
    REQUIRE(data.areas[0].zones.size() == 3);
    const Zone& lba = data.areas[0].zones[0];
    CHECK(lba.name == "Long Bình An");
    CHECK(lba.kind == ZoneKind::park);
    CHECK(lba.district == "Thành phố Tuyên Quang");
    CHECK(lba.established == 2008);
    CHECK(lba.expanded == 2023);
    CHECK(lba.year == 2023);
    CHECK(lba.leasable_ha == 290.0);
    CHECK(lba.leased_ha == 201.3);
    CHECK(lba.where.line == 2);
    CHECK(lba.where.column == 1);
    CHECK(data.areas[0].zones[1].year == 2022);
    CHECK(data.areas[0].zones[1].leased_ha == 190.0);
    const Zone& nsd = data.areas[0].zones[2];
    CHECK_FALSE(nsd.established.has_value());
    CHECK_FALSE(nsd.year.has_value());
    CHECK_FALSE(nsd.leasable_ha.has_value());
    const Zone& bv = data.areas[1].zones.at(0);
    CHECK(bv.kind == ZoneKind::cluster);
    CHECK(bv.district.empty());
    CHECK_FALSE(bv.leased_ha.has_value());
    CHECK(bv.where.line == 5);
}

TEST_CASE("zones csv: decimal commas in land figures") {
    CsvOptions options;
    options.numbers = NumberConvention::decimal_comma;
    const Loaded loaded = load(
        "name;kind;established;year;leasable_ha;leased_ha\nTân Thành;cluster;2019;2023;"
        "1.050,5;\"75,25\"\n",
        options);
    CHECK(loaded.messages.empty());
    const Zone& zone = loaded.dataset.areas.at(0).zones.at(0);
    CHECK(loaded.dataset.areas[0].name.empty());
    CHECK(zone.leasable_ha == 1050.5);
    CHECK(zone.leased_ha == 75.25);
}

TEST_CASE("zones csv: the YAML loader's rules, each at its cell") {
    SUBCASE("kind") {
        const Loaded loaded = load_row("khu,Thành phố Tuyên Quang,2008,,2023,290,201.3\n");
        REQUIRE(loaded.messages.size() == 1);
        CHECK(loaded.messages[0] == "z.csv:2:26: error: kind 'khu' is not a zone kind; use park or cluster");
        CHECK(loaded.dataset.areas.empty());
    }
    SUBCASE("name and kind missing") {
        const Loaded loaded = load(std::string(kHeader) + "Tuyên Quang,,,,,,,,\n");
        REQUIRE(loaded.messages.size() == 2);
        CHECK(loaded.messages[0] ==
              "z.csv:2:13: error: the zone name is missing; every zone row needs a name");
        CHECK(loaded.messages[1] == "z.csv:2:14: error: the zone kind is missing; use park or cluster");
    }
    SUBCASE("leased above leasable") {
        const Loaded loaded = load_row("park,,2008,,2023,290.0,301.3\n");
        REQUIRE(loaded.messages.size() == 1);
        CHECK(loaded.messages[0] ==
              "z.csv:2:49: error: leased_ha (301.3) is more than leasable_ha (290.0) in zone 'Long Bình An'; "
              "leased land is part of the leasable land: check both figures");
    }
    SUBCASE("land figures without a year") {
        const Loaded loaded = load_row("park,,2008,,,,201.3\n");
        REQUIRE(loaded.messages.size() == 1);
        CHECK(loaded.messages[0] ==
              "z.csv:2:40: error: zone 'Long Bình An' has land figures but no `year`; give `year`, the year "
              "these land figures describe");
    }
    SUBCASE("negative land and bad numbers") {
        const Loaded loaded = load_row("park,,2008,,2023,-290,abc\n");
        REQUIRE(loaded.messages.size() == 2);
        CHECK(loaded.messages[0] ==
              "z.csv:2:43: error: leasable_ha '-290' is negative; land areas are hectares, 0 or more");
        CHECK(loaded.messages[1] ==
              "z.csv:2:48: error: leased_ha 'abc' is not a number; write plain decimals like "
              "1234.5");
    }
    SUBCASE("years") {
        const Loaded loaded = load_row("park,,2O08,2005,1899,,\n");
        REQUIRE(loaded.messages.size() == 2);
        CHECK(
            loaded.messages[0] ==
            "z.csv:2:32: error: established '2O08' is not a year; years are whole numbers from 1900 to 2100");
        CHECK(loaded.messages[1] ==
              "z.csv:2:42: error: year '1899' is not a year; years are whole numbers from 1900 to 2100");
    }
    SUBCASE("expanded before established") {
        const Loaded loaded = load_row("park,,2008,2005,,,\n");
        REQUIRE(loaded.messages.size() == 1);
        CHECK(loaded.messages[0] ==
              "z.csv:2:37: error: expanded (2005) is before established (2008) in zone 'Long Bình An'; an "
              "expansion comes after the establishment: check both years");
    }
}

TEST_CASE("zones csv: the same zone and year twice") {
    const Loaded loaded = load(std::string(kHeader) +
                               "Tuyên Quang,Long Bình An,park,,2008,,2023,290,201.3\n"
                               "Tuyên Quang,Nhữ Khê,park,,,,,,\n"
                               "Hà Giang,Long Bình An,park,,2008,,2023,290,201.3\n"
                               "Tuyên Quang,Nhữ Khê,park,,,,,,\n"
                               "Tuyên Quang,Long Bình An,park,,2008,,2023,290,205\n");
    REQUIRE(loaded.messages.size() == 4);
    CHECK(loaded.messages[0] ==
          "z.csv:5:1: error: zone 'Nhữ Khê' of area 'Tuyên Quang' is described twice without a year; keep "
          "one, or give each its year");
    CHECK(loaded.messages[1] == "z.csv:3:1: note: the first description is here");
    CHECK(loaded.messages[2] ==
          "z.csv:6:1: error: zone 'Long Bình An' of area 'Tuyên Quang' is described twice for 2023; keep one "
          "description per zone and year");
    CHECK(loaded.messages[3] == "z.csv:2:1: note: the first description is here");
    CHECK(loaded.dataset.areas.at(0).zones.size() == 2);
    CHECK(loaded.dataset.areas.at(1).zones.size() == 1);
}

TEST_CASE("zones csv: the same zone twice in an area with many zones (looked up, not scanned)") {
    std::string text = kHeader;
    for (int i = 1; i <= 40; ++i)  // lines 2 to 41
        text += "Tuyên Quang,CCN " + std::to_string(i) + ",cluster,,2020,,2023,10,5\n";
    text += "Tuyên Quang,CCN 3,cluster,,2020,,2023,10,5\n";   // line 42: the 3rd, scanned, then mapped
    text += "Tuyên Quang,CCN 30,cluster,,2020,,2023,10,5\n";  // line 43: the 30th, mapped at once
    text += "Tuyên Quang,CCN 30,cluster,,2020,,2024,10,5\n";  // another year: not a duplicate
    const Loaded loaded = load(text);
    REQUIRE(loaded.messages.size() == 4);
    CHECK(loaded.messages[0] ==
          "z.csv:42:1: error: zone 'CCN 3' of area 'Tuyên Quang' is described twice for 2023; keep one "
          "description per zone and year");
    CHECK(loaded.messages[1] == "z.csv:4:1: note: the first description is here");
    CHECK(loaded.messages[2] ==
          "z.csv:43:1: error: zone 'CCN 30' of area 'Tuyên Quang' is described twice for 2023; keep one "
          "description per zone and year");
    CHECK(loaded.messages[3] == "z.csv:31:1: note: the first description is here");
    CHECK(loaded.dataset.areas.at(0).zones.size() == 41);
}

TEST_CASE("zones csv: header problems") {
    const Loaded no_year = load("name,kind,leasable_ha,leased_ha\nTam Đa,park,100,50\n");
    REQUIRE(no_year.messages.size() == 1);
    CHECK(
        no_year.messages[0] ==
        "z.csv:1:11: error: column 'leasable_ha' needs a 'year' column beside it, the year the land figures "
        "describe; add one");
    CHECK(no_year.dataset.areas.empty());
    const Loaded unknown = load("name,kind,indicatorx\n");
    REQUIRE(unknown.messages.size() == 1);
    CHECK(unknown.messages[0] ==
          "z.csv:1:11: error: unknown column 'indicatorx'; known columns: name, kind, area, district, year, "
          "established, expanded, leasable_ha, leased_ha, source, note; or pass --ignore-extra-columns");
}

TEST_CASE("zones csv: a land figure written like a thousands group warns once, in a file split at ';' only") {
    // The same words as the unit-slip rule's warning for series values (model/rules.hpp).
    const Loaded semicolons = load(
        "name;kind;year;leasable_ha;leased_ha\nLong Bình An;park;2024;290.500;214.5\nSơn "
        "Nam;park;2024;180.250;58.3\n");
    CHECK(semicolons.messages ==
          std::vector<std::string>{
              "z.csv:2:24: warning: leasable_ha is written 290.500, which reads as 290.5, but this file is "
              "split "
              "at ';' like spreadsheets where the dot groups thousands: if it means 290500, write 290500 (no "
              "thousands separator), or pass --decimal-comma for a file written like 290.500,5"});
    CHECK(load("name,kind,year,leasable_ha,leased_ha\nLong Bình An,park,2024,290.500,214.5\n")
              .messages.empty());
}
