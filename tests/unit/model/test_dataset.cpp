// merge_dataset: areas found by name (an index, not a linear search), new areas moved over whole,
// and duplicates across inputs still named at both places.
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "chitieu/model/statistics.hpp"

using namespace chitieu;

namespace {

AreaData area(const std::string& name, const std::string& source, const std::string& indicator,
              std::vector<std::pair<int, double>> values, const std::string& file) {
    AreaData data;
    data.name = name;
    data.source = source;
    Series& series = data.series[indicator];
    series.indicator = indicator;
    series.where = {file, 1, 1};
    int line = 2;
    for (const auto& [year, value] : values) series.values[year] = Observation{value, {file, line++, 7}};
    return data;
}

}  // namespace

TEST_CASE("merge dataset: new areas keep their order, known ones merge, duplicates name both places") {
    Dataset into;
    Diagnostics diagnostics;
    Dataset first;
    first.areas.push_back(area("Xã A", "office 1", "grdp_total", {{2020, 1.0}, {2021, 2.0}}, "a.csv"));
    first.areas.push_back(area("Xã B", "", "grdp_total", {{2020, 3.0}}, "a.csv"));
    merge_dataset(into, std::move(first), diagnostics);

    Dataset second;
    second.areas.push_back(area("Xã C", "office 3", "grdp_total", {{2022, 9.0}}, "b.csv"));
    second.areas.push_back(area("Xã A", "office 2", "grdp_total", {{2021, 5.0}, {2022, 6.0}}, "b.csv"));
    Zone zone;
    zone.name = "Tam Đa";
    second.areas.back().zones.push_back(zone);
    merge_dataset(into, std::move(second), diagnostics);

    REQUIRE(into.areas.size() == 3);
    CHECK(into.areas[0].name == "Xã A");
    CHECK(into.areas[1].name == "Xã B");
    CHECK(into.areas[2].name == "Xã C");
    const AreaData& a = into.areas[0];
    CHECK(a.source == "office 1; office 2");
    const Series& series = a.series.at("grdp_total");
    CHECK(series.values.size() == 3);
    CHECK(series.values.at(2021).value == 2.0);  // the first value stays
    CHECK(series.values.at(2022).value == 6.0);
    REQUIRE(a.zones.size() == 1);
    CHECK(a.zones[0].name == "Tam Đa");
    CHECK(into.areas[2].source == "office 3");
    CHECK(into.areas[2].series.at("grdp_total").values.at(2022).value == 9.0);

    REQUIRE(diagnostics.items().size() == 2);
    CHECK(
        format_diagnostic(diagnostics.items()[0]) ==
        "b.csv:2:7: error: indicator 'grdp_total' of area 'Xã A' has a value for 2021 given twice; keep one "
        "of them");
    CHECK(format_diagnostic(diagnostics.items()[1]) == "a.csv:3:7: note: the first value for 2021 is here");
    CHECK(into.find_area("Xã C") == &into.areas[2]);
}

// Zones merged into an area are checked against every zone before them: by looking through a
// few, through a map of names past 16. Both ways find the same duplicates, at the same places.
TEST_CASE("merge area: duplicate zones are found among a few and among many") {
    for (const int count : {5, 40}) {
        CAPTURE(count);
        const auto zone = [](const std::string& name, std::optional<int> year, int line) {
            Zone made;
            made.name = name;
            made.year = year;
            made.where = {"z.csv", line, 1};
            return made;
        };
        AreaData into;
        into.name = "Xã Đồng Quý";
        for (int i = 0; i < count; ++i) into.zones.push_back(zone("KCN " + std::to_string(i), 2021, i + 2));
        AreaData from;
        from.name = into.name;
        from.zones.push_back(zone("KCN 1", 2022, 100));  // another year: a snapshot of its own
        from.zones.push_back(zone("KCN 3", 2021, 101));  // described twice
        from.zones.push_back(zone("KCN Mới", {}, 102));  // new
        from.zones.push_back(zone("KCN Mới", {}, 103));  // twice within the merged zones
        Diagnostics diagnostics;
        merge_area(into, std::move(from), diagnostics);
        REQUIRE(into.zones.size() == static_cast<std::size_t>(count) + 2);
        CHECK(into.zones[static_cast<std::size_t>(count)].name == "KCN 1");
        CHECK(into.zones.back().name == "KCN Mới");
        REQUIRE(diagnostics.items().size() == 4);
        CHECK(format_diagnostic(diagnostics.items()[0]) ==
              "z.csv:101:1: error: zone 'KCN 3' of area 'Xã Đồng Quý' is described twice for 2021; keep one "
              "description per zone and year");
        CHECK(format_diagnostic(diagnostics.items()[1]) == "z.csv:5:1: note: the first description is here");
        CHECK(format_diagnostic(diagnostics.items()[2]) ==
              "z.csv:103:1: error: zone 'KCN Mới' of area 'Xã Đồng Quý' is described twice without a year; "
              "keep "
              "one, or give each its year");
        CHECK(format_diagnostic(diagnostics.items()[3]) ==
              "z.csv:102:1: note: the first description is here");
    }
}
