// Zone cells as offices write them: Vietnamese kinds, decision dates, and the list's rounding.
#include <doctest/doctest.h>

#include <string>

#include "chitieu/model/rules.hpp"
#include "support/messages.hpp"

using namespace chitieu;

TEST_CASE("zone kinds in English and Vietnamese, in any case") {
    CHECK(zone_kind_from_text("park") == ZoneKind::park);
    CHECK(zone_kind_from_text("KCN") == ZoneKind::park);
    CHECK(zone_kind_from_text("Khu công nghiệp") == ZoneKind::park);
    CHECK(zone_kind_from_text("KHU  CÔNG NGHIỆP") == ZoneKind::park);  // spaces collapsed
    // Decomposed accents (o + U+0302, e + U+0323 U+0302) are the same word in NFC.
    CHECK(zone_kind_from_text("khu co\xCC\x82ng nghie\xCC\xA3\xCC\x82p") == ZoneKind::park);
    CHECK(zone_kind_from_text("cluster") == ZoneKind::cluster);
    CHECK(zone_kind_from_text("ccn") == ZoneKind::cluster);
    CHECK(zone_kind_from_text("CỤM CÔNG NGHIỆP") == ZoneKind::cluster);
    // Not a kind: another word, or the words without their diacritics (never guessed).
    CHECK_FALSE(zone_kind_from_text("khu chế xuất"));
    CHECK_FALSE(zone_kind_from_text("khu cong nghiep"));
    CHECK_FALSE(zone_kind_from_text(""));
}

TEST_CASE("a decision's year from a year, a date or the decision as written") {
    CHECK(decision_year("2009").value == 2009);
    CHECK(decision_year("05/03/2009").value == 2009);
    CHECK(decision_year("5/3/2009").value == 2009);
    CHECK(decision_year("2009-03-05").value == 2009);
    CHECK(decision_year("05-03-2009").value == 2009);
    CHECK(decision_year("Số 123/QĐ-TTg ngày 05/3/2009").value == 2009);  // 123/QĐ is no date
    CHECK(decision_year("Quyết định số 12/2009/QĐ-UBND ngày 18/11/2021.").value == 2021);
    CHECK(decision_year("ngày 5 tháng 3 năm 2009").value == 2009);
    // Refused, with what to write.
    CHECK(decision_year("2O08").error == "'2O08' is not a year; years are whole numbers from 1900 to 2100");
    CHECK(decision_year("Số 123/QĐ-TTg").error ==
          "'Số 123/QĐ-TTg' gives no year; write 2009, 05/03/2009, 2009-03-05, or the decision with its date, "
          "such as 'Số 123/QĐ-TTg ngày 05/03/2009'");
    CHECK(decision_year("32/13/2009").error.find("gives no year") != std::string::npos);  // no such day
    CHECK(decision_year("ngày 05/3/2009, mở rộng ngày 01/02/2015").error ==
          "'ngày 05/3/2009, mở rộng ngày 01/02/2015' gives dates in 2009 and 2015; write the one year meant");
    CHECK(decision_year("05/03/1850").error == "'05/03/1850' is dated 1850; years are from 1900 to 2100");
}

TEST_CASE("a list's title gives its year; rounding tolerances follow the decimals written") {
    CHECK(title_year("(Số liệu đến 31/12/2024)") == 2024);
    CHECK(title_year("Số liệu đến ngày 31/12/2024") == 2024);
    CHECK(title_year("TÍNH ĐẾN HẾT NĂM 2024") == 2024);
    CHECK_FALSE(title_year("DANH SÁCH KHU CÔNG NGHIỆP, CỤM CÔNG NGHIỆP"));
    // The report's own date is not the figures' year.
    CHECK_FALSE(title_year("(Kèm theo Báo cáo số 12/BC-BQL ngày 10/01/2025)"));
    // Half a unit of the last decimal: 0.05 for "64,3", 0.5 for "64", 0.005 for "64.33".
    CHECK(rounding_tolerance("64,3") == doctest::Approx(0.05));
    CHECK(rounding_tolerance("64") == doctest::Approx(0.5));
    CHECK(rounding_tolerance("64.33") == doctest::Approx(0.005));
}

TEST_CASE("a reported rate and a totals row against the figures") {
    Zone zone;
    zone.name = "An Phú";
    zone.leasable_ha = 150.0;
    zone.leased_ha = 96.5;
    Diagnostics diagnostics;
    const SourceLocation at{"z.csv", 5, 40};
    // 96.5 / 150 = 64.333…%: 64,3 agrees (0.033 < 0.05), 64,4 does not (0.067).
    check_reported_occupancy(zone, 64.3, "64,3", "96,5", "150,0", at, diagnostics);
    CHECK(diagnostics.items().empty());
    check_reported_occupancy(zone, 64.4, "64,4", "96,5", "150,0", at, diagnostics);
    REQUIRE(test::formatted(diagnostics).size() == 1);
    CHECK(test::formatted(diagnostics)[0] ==
          "z.csv:5:40: warning: occupancy rate 64,4% of 'An Phú' is not leased ÷ leasable: 96,5 ÷ 150,0 is "
          "64.33% "
          "(rates agree within rounding to the decimals written); chitieu computes occupancy from the land "
          "figures: check which is right");

    // 150 + 32 = 182: 182,0 agrees, 182,1 does not (0.1 > 0.05); 182 agrees with 182.4 (0.4 < 0.5).
    Diagnostics totals;
    check_list_total("leasable_ha", 182.0, "182,0", 182.0, 2, at, totals);
    check_list_total("leasable_ha", 182.0, "182", 182.4, 2, at, totals);
    CHECK(totals.items().empty());
    check_list_total("leasable_ha", 182.1, "182,1", 182.0, 2, at, totals);
    REQUIRE(test::formatted(totals).size() == 1);
    CHECK(test::formatted(totals)[0] ==
          "z.csv:5:40: warning: leasable_ha total 182,1 is not the sum of its 2 rows, 182.00 (totals agree "
          "within "
          "half a unit of their last decimal); check the rows and the total");
}
