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
        CHECK(loaded.messages[0] ==
              "z.csv:2:26: error: kind 'khu' is not a zone kind; use park or cluster (or KCN, khu công "
              "nghiệp, CCN, "
              "cụm công nghiệp)");
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
        "describe; add one, or pass --year YEAR");
    CHECK(no_year.dataset.areas.empty());
    const Loaded unknown = load("name,kind,indicatorx\n");
    REQUIRE(unknown.messages.size() == 1);
    CHECK(unknown.messages[0] ==
          "z.csv:1:11: error: unknown column 'indicatorx'; known columns: name, kind, area, district, year, "
          "established, expanded, leasable_ha, leased_ha, source, note, occupancy_pct, number; or pass "
          "--ignore-extra-columns");
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

TEST_CASE("zones csv: a blank area cell is an error, or under --fill-down the area above") {
    const std::string text = std::string(kHeader) +
                             "Tuyên Quang,Long Bình An,park,,2008,,,,\n"
                             ",Sơn Nam,park,,2012,,,,\n";
    const Loaded refused = load(text);
    REQUIRE(refused.messages.size() == 1);
    CHECK(refused.messages[0] ==
          "z.csv:3:1: error: area is empty; if it means 'as above', pass --fill-down; else write the area in "
          "this row");
    CHECK(refused.dataset.areas.size() == 1);

    CsvOptions options;
    options.fill_down = true;
    const Loaded filled = load(text, options);
    REQUIRE(filled.messages.size() == 1);
    CHECK(filled.messages[0] ==
          "z.csv:3:1: note: --fill-down: this blank area cell, and each blank area cell below, takes the row "
          "above's");
    REQUIRE(filled.dataset.areas.size() == 1);
    CHECK(filled.dataset.areas[0].zones.size() == 2);
}

namespace {

// The management board's list of issue 18, as Excel saves it (BOM, CRLF, ';', decimal comma).
std::string board_list(const std::string& rows) {
    std::string text =
        "\xEF\xBB\xBF"
        "DANH SÁCH KHU CÔNG NGHIỆP, CỤM CÔNG NGHIỆP;;;;;;;\r\n"
        "(Số liệu đến 31/12/2024);;;;;;;\r\n"
        "STT;Tên khu, cụm công nghiệp;Địa điểm;Quyết định thành lập;Diện tích đất CN cho thuê (ha);"
        "Đã cho thuê (ha);Tỷ lệ lấp đầy (%);Ghi chú\r\n";
    for (char c : rows) text += c == '\n' ? std::string("\r\n") : std::string(1, c);
    return text;
}

const char* const kBoardRows =
    "I;KHU CÔNG NGHIỆP;;;;;;\n"
    "1;KCN An Phú;Huyện X;Số 123/QĐ-TTg ngày 05/3/2009;150,0;96,5;64,3;\n"
    "2;KCN Bình Minh;Huyện Y;;;;;Đang lập quy hoạch\n"
    "II;CỤM CÔNG NGHIỆP;;;;;;\n"
    "1;CCN Đồng Lạc;Huyện X;Số 45/QĐ-UBND ngày 18/11/2021;32,0;12,0;37,5;\n"
    ";Tổng cộng;;;182,0;108,5;59,6;\n";

}  // namespace

TEST_CASE("zones csv: the list as a management board saves it") {
    const Loaded loaded = load(board_list(kBoardRows));
    // The title and the decimal comma said once each; totals and rates agree (see below).
    REQUIRE(loaded.messages.size() == 2);
    CHECK(
        loaded.messages[0] ==
        "z.csv:1:1: note: 2 lines above the header (line 3) read as the table's title and skipped; its date "
        "gives the land figures' year, 2024");
    CHECK(loaded.messages[1] ==
          "z.csv:5:51: note: '150,0' is read with a decimal comma, as every such number in this zones table "
          "split at ';' (a comma before three digits would be ambiguous: pass --decimal-comma for those)");
    REQUIRE(loaded.dataset.areas.size() == 1);
    const std::vector<Zone>& zones = loaded.dataset.areas[0].zones;
    CHECK(loaded.dataset.areas[0].name.empty());  // no area column: placed by district later
    REQUIRE(zones.size() == 3);                   // group rows and the totals row are no zones
    CHECK(zones[0].name == "An Phú");             // the prefix KCN dropped
    CHECK(zones[0].kind == ZoneKind::park);
    CHECK(zones[0].district == "Huyện X");
    CHECK(zones[0].established == 2009);
    CHECK(zones[0].year == 2024);
    CHECK(zones[0].leasable_ha == 150.0);
    CHECK(zones[0].leased_ha == 96.5);
    CHECK(zones[1].name == "Bình Minh");
    CHECK_FALSE(zones[1].established);
    CHECK_FALSE(zones[1].leasable_ha);
    CHECK(zones[2].name == "Đồng Lạc");
    CHECK(zones[2].kind == ZoneKind::cluster);
    CHECK(zones[2].established == 2021);
}

TEST_CASE("zones csv: a board's list with a Loại column, names without prefixes, --year") {
    const std::string text =
        "STT;Tên KCN, CCN;Loại;Huyện, thành phố;Quyết định thành lập;Diện tích đất công nghiệp có thể cho "
        "thuê "
        "(ha);Diện tích đã cho thuê (ha);Tỷ lệ lấp đầy (%)\n"
        "1;An Phú;KCN;Huyện X;5/3/2009;150,0;96,5;64,3\n"
        "2;Đồng Lạc;cụm công nghiệp;Huyện X;2021-11-18;32,0;12,0;37,5\n";
    // No title, no year column: the land figures' year is asked for.
    const Loaded no_year = load(text);
    REQUIRE(no_year.messages.size() == 1);
    CHECK(no_year.messages[0] ==
          "z.csv:1:61: error: the list's land figures need the year they describe, and its title gives none "
          "(such as 'Số liệu đến 31/12/2024'); pass --year YEAR");
    CsvOptions options;
    options.year = 2024;
    const Loaded loaded = load(text, options);
    REQUIRE(loaded.messages.size() == 1);  // the decimal comma
    REQUIRE(loaded.dataset.areas.size() == 1);
    const std::vector<Zone>& zones = loaded.dataset.areas[0].zones;
    REQUIRE(zones.size() == 2);
    CHECK(zones[0].name == "An Phú");
    CHECK(zones[0].kind == ZoneKind::park);
    CHECK(zones[0].year == 2024);
    CHECK(zones[1].kind == ZoneKind::cluster);
    CHECK(zones[1].established == 2021);
}

TEST_CASE("zones csv: a board's list whose kinds are missing or disagree") {
    const Loaded loaded =
        load(board_list("1;An Phú;Huyện X;2009;;;;\n"
                        "II;CỤM CÔNG NGHIỆP;;;;;;\n"
                        "1;KCN Bình Minh;Huyện Y;;;;;\n"));
    REQUIRE(loaded.messages.size() == 3);
    CHECK(loaded.messages[1] ==
          "z.csv:4:3: error: the kind of 'An Phú' is not given: put the zone under a group row (I; KHU CÔNG "
          "NGHIỆP), give it in a Loại column, or start its name with KCN or CCN");
    CHECK(loaded.messages[2] ==
          "z.csv:6:3: error: 'KCN Bình Minh' is a park by its name and a cluster by the group row above; "
          "correct "
          "one of them");
}

TEST_CASE("zones csv: a wrong total and a wrong rate are located warnings naming both figures") {
    const Loaded loaded =
        load(board_list("I;KHU CÔNG NGHIỆP;;;;;;\n"
                        "1;KCN An Phú;Huyện X;2009;150,0;96,5;70,1;\n"  // 96.5 / 150 = 64.33 %
                        "2;KCN Bình Minh;Huyện Y;;;;10,0;\n"            // a rate without land
                        ";Cộng;;;150,0;96,5;;\n"                        // the group's total: right
                        "II;CỤM CÔNG NGHIỆP;;;;;;\n"
                        "1;CCN Đồng Lạc;Huyện X;2021;32,0;12,0;37,5;\n"
                        ";Cộng;;;30,0;12,0;;\n"            // 32 is the group's
                        ";Tổng cộng;;;182,0;118,5;;\n"));  // 96.5 + 12 = 108.5
    REQUIRE(loaded.messages.size() == 6);
    CHECK(loaded.messages[2] ==
          "z.csv:5:38: warning: occupancy rate 70,1% of 'An Phú' is not leased ÷ leasable: 96,5 ÷ 150,0 is "
          "64.33% "
          "(rates agree within rounding to the decimals written); chitieu computes occupancy from the land "
          "figures: check which is right");
    CHECK(loaded.messages[3] ==
          "z.csv:6:28: note: 'Bình Minh' has an occupancy rate (10,0%) without both its leasable and leased "
          "land: "
          "a rate alone cannot be weighted, so the zone is left out of occupancy; give its land figures to "
          "count "
          "it");
    CHECK(loaded.messages[4] ==
          "z.csv:10:9: warning: leasable_ha total 30,0 is not the sum of its 1 rows, 32.00 (totals agree "
          "within "
          "half a unit of their last decimal); check the rows and the total");
    CHECK(loaded.messages[5] ==
          "z.csv:11:20: warning: leased_ha total 118,5 is not the sum of its 2 rows, 108.50 (totals agree "
          "within "
          "half a unit of their last decimal); check the rows and the total");
    CHECK(loaded.dataset.areas[0].zones.size() == 3);
}

TEST_CASE("zones csv: a decimal comma before three digits stays ambiguous in a ';' zones table") {
    const Loaded loaded = load("name;kind;year;leasable_ha\nAn Phú;park;2024;1,500\n");
    REQUIRE(loaded.messages.size() == 1);
    CHECK(loaded.messages[0].rfind("z.csv:2:18: error: leasable_ha '1,500' is not a number", 0) == 0);
}

TEST_CASE("zones csv: a group row with figures is still a group, never a zone") {
    const Loaded loaded =
        load(board_list("I;KHU CÔNG NGHIỆP;;;150,0;96,5;;\n"
                        "1;An Phú;Huyện X;2009;150,0;96,5;64,3;\n"));
    REQUIRE(loaded.messages.size() == 3);
    CHECK(loaded.messages[1] ==
          "z.csv:4:21: note: this is the group row of the parks below it: its figures are not read; a 'Cộng' "
          "row below the group is checked against its zones");
    REQUIRE(loaded.dataset.areas.size() == 1);
    REQUIRE(loaded.dataset.areas[0].zones.size() == 1);
    CHECK(loaded.dataset.areas[0].zones[0].name == "An Phú");
    CHECK(loaded.dataset.areas[0].zones[0].kind == ZoneKind::park);
}

TEST_CASE("zones csv: an unknown column in a board's list, with its known names in a note") {
    const Loaded loaded = load("STT;Tên KCN, CCN;Chủ đầu tư;Loại\n1;An Phú;Công ty X;KCN\n");
    REQUIRE(loaded.messages.size() == 2);
    CHECK(loaded.messages[0].rfind(
              "z.csv:1:18: error: unknown column 'Chủ đầu tư'; known columns: name, kind,", 0) == 0);
    CHECK(loaded.messages[1].rfind(
              "z.csv:1:1: note: a board's list may name its columns STT, Tên khu, cụm công "
              "nghiệp",
              0) == 0);
    CsvOptions options;
    options.ignore_extra_columns = true;
    const Loaded ignored = load("STT;Tên KCN, CCN;Chủ đầu tư;Loại\n1;An Phú;Công ty X;KCN\n", options);
    CHECK(ignored.messages.empty());
    REQUIRE(ignored.dataset.areas.size() == 1);
    CHECK(ignored.dataset.areas[0].zones.at(0).name == "An Phú");
}
