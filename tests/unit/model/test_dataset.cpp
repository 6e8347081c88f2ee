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
    CHECK(format_diagnostic(diagnostics.items()[0]) ==
          "b.csv:2:7: error: indicator 'grdp_total' of area 'Xã A' has a value for 2021 twice; keep one of "
          "them");
    CHECK(format_diagnostic(diagnostics.items()[1]) == "a.csv:3:7: note: the first value for 2021 is here");
    CHECK(into.find_area("Xã C") == &into.areas[2]);
}
