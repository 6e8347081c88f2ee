// The data rules (model/rules.hpp): each predicate on hand-checked cases and its edges, and each
// message whole, as a user reads it.
#include <doctest/doctest.h>

#include <string>

#include "chitieu/model/rules.hpp"
#include "support/messages.hpp"

using namespace chitieu;
using test::Messages;

namespace {

Zone zone_named(const std::string& name, std::optional<int> year = std::nullopt) {
    Zone zone;
    zone.name = name;
    zone.year = year;
    zone.where = {"z.yaml", 7, 5};
    return zone;
}

Zone with_land(std::optional<double> leased, std::optional<double> leasable) {
    Zone zone = zone_named("Long Bình An", 2023);
    zone.leased_ha = leased;
    zone.leasable_ha = leasable;
    return zone;
}

Zone with_years(std::optional<int> established, std::optional<int> expanded) {
    Zone zone = zone_named("Long Bình An");
    zone.established = established;
    zone.expanded = expanded;
    return zone;
}

const SourceLocation kHere{"z.yaml", 9, 16};
const SourceLocation kFirst{"a.csv", 3, 1};

}  // namespace

TEST_CASE("indicator names: a lower-case letter, then lower-case letters, digits and '_'") {
    for (const char* name : {"industrial_output", "a", "x9", "grdp_2010_", "a__b"}) {
        CAPTURE(name);
        CHECK(is_indicator_name(name));
    }
    for (const char* name : {"", "9x", "_a", "Industrial_output", "industrial-output", "industrial output",
                             "sản_xuất", "a.b", "a\tb"}) {
        CAPTURE(name);
        CHECK_FALSE(is_indicator_name(name));
    }
}

TEST_CASE("indicator name error: the rule, and the ASCII spelling when one follows from the name") {
    const std::string rule = " must be lower-case letters, digits and '_', starting with a letter";
    CHECK(indicator_name_error("Industrial Output") ==
          "indicator name 'Industrial Output'" + rule + ", such as 'industrial_output'");
    // Each run of other characters is one '_', and none is left at either end.
    CHECK(indicator_name_error("GRDP (total)") ==
          "indicator name 'GRDP (total)'" + rule + ", such as 'grdp_total'");
    CHECK(indicator_name_error("-grdp.total-") ==
          "indicator name '-grdp.total-'" + rule + ", such as 'grdp_total'");
    // No suggestion: a digit first stays first; letters outside ASCII would be lost; nothing left.
    CHECK(indicator_name_error("2020_output") == "indicator name '2020_output'" + rule);
    CHECK(indicator_name_error("Giá trị") == "indicator name 'Giá trị'" + rule);
    CHECK(indicator_name_error("--") == "indicator name '--'" + rule);
    CHECK(indicator_name_error("") == "indicator name ''" + rule);
}

TEST_CASE("same zone snapshot: the same name and the same year, or both without a year") {
    CHECK(same_zone_snapshot(zone_named("Tam Đa", 2023), zone_named("Tam Đa", 2023)));
    CHECK(same_zone_snapshot(zone_named("Tam Đa"), zone_named("Tam Đa")));
    CHECK_FALSE(same_zone_snapshot(zone_named("Tam Đa", 2023), zone_named("Tam Đa", 2024)));
    CHECK_FALSE(same_zone_snapshot(zone_named("Tam Đa", 2023), zone_named("Tam Đa")));
    CHECK_FALSE(same_zone_snapshot(zone_named("Tam Đa", 2023), zone_named("Tam  Đa", 2023)));
}

TEST_CASE("zone described twice: error at the second description, note at the first") {
    Diagnostics dated;
    report_zone_twice(dated, zone_named("Tam Đa", 2023), "Tuyên Quang", kFirst);
    CHECK(Messages(dated) ==
          Messages{
              "z.yaml:7:5: error: zone 'Tam Đa' of area 'Tuyên Quang' is described twice for 2023; keep one "
              "description per zone and year",
              "a.csv:3:1: note: the first description is here"});
    CHECK(dated.error_count() == 1);

    Diagnostics undated;  // and an unnamed area is not named
    report_zone_twice(undated, zone_named("Tam Đa"), "", kFirst);
    CHECK(
        Messages(undated) ==
        Messages{
            "z.yaml:7:5: error: zone 'Tam Đa' is described twice without a year; keep one, or give each its "
            "year",
            "a.csv:3:1: note: the first description is here"});
}

TEST_CASE("land figures need their year: either figure without one is an error") {
    Diagnostics diagnostics;
    CHECK(check_land_dated(with_land(201.3, 290.0), kHere, diagnostics));  // dated 2023
    Zone bare = zone_named("Nhữ Khê");                                     // no figures, no year
    CHECK(check_land_dated(bare, kHere, diagnostics));
    CHECK(diagnostics.items().empty());

    Zone leasable_only = with_land(std::nullopt, 290.0);
    leasable_only.year.reset();
    Zone leased_only = with_land(0.0, std::nullopt);  // 0 ha is a figure too
    leased_only.year.reset();
    CHECK_FALSE(check_land_dated(leasable_only, kHere, diagnostics));
    CHECK_FALSE(check_land_dated(leased_only, kFirst, diagnostics));
    CHECK(Messages(diagnostics) ==
          Messages{
              "z.yaml:9:16: error: zone 'Long Bình An' has land figures but no `year`; give `year`, the year "
              "these land figures describe",
              "a.csv:3:1: error: zone 'Long Bình An' has land figures but no `year`; give `year`, the year "
              "these land figures describe"});
}

TEST_CASE("leased within leasable: equal is fine, more is an error quoting the figures as written") {
    Diagnostics diagnostics;
    CHECK(check_leased_within_leasable(with_land(290.0, 290.0), kHere, "290", "290.0", diagnostics));
    CHECK(check_leased_within_leasable(with_land(0.0, 0.0), kHere, "0", "0", diagnostics));
    CHECK(check_leased_within_leasable(with_land(201.3, 290.0), kHere, "201.3", "290", diagnostics));
    // One figure absent: nothing to compare (a park with no land handed over yet).
    CHECK(check_leased_within_leasable(with_land(301.3, std::nullopt), kHere, "301.3", "", diagnostics));
    CHECK(check_leased_within_leasable(with_land(std::nullopt, 290.0), kHere, "", "290", diagnostics));
    CHECK(diagnostics.items().empty());

    CHECK_FALSE(
        check_leased_within_leasable(with_land(290.0001, 290.0), kHere, "290.0001", "290.0", diagnostics));
    Zone unnamed = with_land(5.0, 4.0);
    unnamed.name.clear();
    CHECK_FALSE(check_leased_within_leasable(unnamed, kHere, "5", "4", diagnostics));
    CHECK(Messages(diagnostics) == Messages{"z.yaml:9:16: error: leased_ha (290.0001) is more than "
                                            "leasable_ha (290.0) in zone 'Long Bình An'; "
                                            "leased land is part of the leasable land: check both figures",
                                            "z.yaml:9:16: error: leased_ha (5) is more than leasable_ha (4) "
                                            "in a zone; leased land is part of "
                                            "the leasable land: check both figures"});
}

TEST_CASE("expanded after established: the same year is fine, an earlier one is an error") {
    Diagnostics diagnostics;
    CHECK(check_expanded_after_established(with_years(2008, 2008), kHere, diagnostics));
    CHECK(check_expanded_after_established(with_years(2008, 2023), kHere, diagnostics));
    CHECK(check_expanded_after_established(with_years(std::nullopt, 2023), kHere, diagnostics));
    CHECK(check_expanded_after_established(with_years(2008, std::nullopt), kHere, diagnostics));
    CHECK(diagnostics.items().empty());

    CHECK_FALSE(check_expanded_after_established(with_years(2008, 2007), kHere, diagnostics));
    CHECK(Messages(diagnostics) ==
          Messages{
              "z.yaml:9:16: error: expanded (2007) is before established (2008) in zone 'Long Bình An'; an "
              "expansion comes after the establishment: check both years"});
}

TEST_CASE("a value or an index given twice: error at the second place, note at the first") {
    Diagnostics diagnostics;
    report_given_twice(diagnostics, YearlyFigure::value, "grdp_total", "Xã A", 2020, kHere, kFirst);
    report_given_twice(diagnostics, YearlyFigure::index, "industrial_output", "", 2021, kHere, kFirst);
    CHECK(Messages(diagnostics) == Messages{"z.yaml:9:16: error: indicator 'grdp_total' of area 'Xã A' has a "
                                            "value for 2020 given twice; keep "
                                            "one of them",
                                            "a.csv:3:1: note: the first value for 2020 is here",
                                            "z.yaml:9:16: error: indicator 'industrial_output' has an index "
                                            "for 2021 given twice; keep one of "
                                            "them",
                                            "a.csv:3:1: note: the first index for 2021 is here"});
    CHECK(diagnostics.error_count() == 2);
}

TEST_CASE("a unit that differs from the one given first: error here, note there") {
    Diagnostics diagnostics;
    report_unit_differs(diagnostics, "grdp_total", "Xã A", "million VND", "billion VND", kHere, kFirst);
    CHECK(
        Messages(diagnostics) ==
        Messages{"z.yaml:9:16: error: indicator 'grdp_total' of area 'Xã A' has unit 'million VND' here but "
                 "'billion VND' elsewhere; use one unit per indicator",
                 "a.csv:3:1: note: the unit was first given here"});
}
