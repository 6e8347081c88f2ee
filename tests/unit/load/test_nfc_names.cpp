// Names are kept in NFC by every loader: a name typed with combining accents (macOS, some web
// forms) is the same name as its precomposed spelling.
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "chitieu/load/input_file.hpp"
#include "chitieu/load/statistics_csv.hpp"
#include "chitieu/load/statistics_yaml.hpp"
#include "chitieu/load/targets_yaml.hpp"
#include "support/messages.hpp"
#include "support/scratch.hpp"

using namespace chitieu;

namespace {

// "Chiêm Hóa" precomposed (ê C3 AA, ó C3 B3) and decomposed (e CC 82, o CC 81).
const std::string kNfc =
    "Chi\xC3\xAAm H\xC3\xB3"
    "a";
const std::string kNfd =
    "Chie\xCC\x82m Ho\xCC\x81"
    "a";
// "người" precomposed and decomposed (ư = u CC 9B, ờ = o CC 9B CC 80).
const std::string kUnitNfc = "ng\xC6\xB0\xE1\xBB\x9Di";
const std::string kUnitNfd = "ngu\xCC\x9Bo\xCC\x9B\xCC\x80i";

std::string series_rows() {
    return "area,indicator,year,value,unit,source\n" +                    //
           kNfc + ",employment_total,2020,100," + kUnitNfc + ",NGTK\n" +  //
           kNfc + ",employment_total,2021,110," + kUnitNfc + ",NGTK\n" +  //
           kNfd + ",employment_total,2022,120," + kUnitNfd + ",NGTK\n" +  //
           kNfd + ",employment_total,2023,130," + kUnitNfd + ",NGTK\n" +  //
           "Yên Sơn,employment_total,2020,5,,\n";
}

}  // namespace

TEST_CASE("series csv: areas differing only by normalisation are one area, kept in NFC") {
    Diagnostics diagnostics;
    const Dataset dataset = load_statistics_csv(series_rows(), "s.csv", {}, diagnostics);
    CHECK(test::formatted(diagnostics).empty());  // the unit is one unit too: no "differs" error
    REQUIRE(dataset.areas.size() == 2);
    CHECK(dataset.areas[0].name == kNfc);
    const Series* series = dataset.areas[0].find_series("employment_total");
    REQUIRE(series != nullptr);
    CHECK(series->values.size() == 4);  // 2020-2023, two rows of each spelling
    CHECK(series->unit == kUnitNfc);
    CHECK(dataset.areas[0].source == "NGTK");
}

TEST_CASE("series csv streamed: the area does not change with its spelling") {
    test::ScratchDir dir;
    test::spill(dir.path / "s.csv", series_rows());
    InputStream input((dir.path / "s.csv").string());
    Diagnostics diagnostics;
    std::vector<std::string> names;
    std::vector<std::size_t> years;
    stream_statistics_csv(input, "s.csv", {}, diagnostics, [&](AreaData&& area) {
        names.push_back(area.name);
        years.push_back(area.series.begin()->second.values.size());
    });
    CHECK(test::formatted(diagnostics).empty());
    CHECK(names == std::vector<std::string>{kNfc, "Yên Sơn"});
    CHECK(years == std::vector<std::size_t>{4, 1});
}

TEST_CASE("series csv: the value's column is counted for each spelling") {
    // "Huệ" three ways: ệ precomposed (E1 BB 87); ẹ (E1 BA B9) + combining circumflex (CC 82),
    // 5 bytes, 2 characters; e + combining dot below (CC A3) + circumflex, 5 bytes, 3 characters.
    // The last two put the value at the same byte and at different columns: "Huệ," is 5
    // characters and "Huệ," in NFD 6, then "employment_total,2021," 22: columns 28 and 29.
    Diagnostics diagnostics;
    const Dataset dataset = load_statistics_csv(
        "area,indicator,year,value\n"
        "Hu\xE1\xBB\x87,employment_total,2020,1\n"
        "Hu\xE1\xBA\xB9\xCC\x82,employment_total,2021,2\n"
        "Hue\xCC\xA3\xCC\x82,employment_total,2022,3\n",
        "s.csv", {}, diagnostics);
    REQUIRE(dataset.areas.size() == 1);
    const auto& values = dataset.areas[0].series.at("employment_total").values;
    CHECK(values.at(2020).where.column == 27);
    CHECK(values.at(2021).where.column == 28);
    CHECK(values.at(2022).where.column == 29);
}

TEST_CASE("series csv filtered: the filter is asked with the NFC name") {
    test::ScratchDir dir;
    test::spill(dir.path / "s.csv", "area,indicator,year,value\n" + kNfd + ",employment_total,2020,1\n" +
                                        kNfc + ",employment_industry,2020,1\n");
    InputStream input((dir.path / "s.csv").string());
    Diagnostics diagnostics;
    std::vector<std::string> asked;
    const AreaFilter keep = [&asked](std::string_view area) {
        asked.emplace_back(area);
        return true;
    };
    const auto dataset = load_series_csv(input, "s.csv", {}, keep, diagnostics);
    REQUIRE(dataset);
    CHECK(dataset->areas.size() == 1);
    CHECK(asked == std::vector<std::string>{kNfc, kNfc});
}

TEST_CASE("zones csv: area, zone names, districts and sources in NFC") {
    Diagnostics diagnostics;
    const Dataset dataset =
        load_statistics_csv("area,name,kind,district,established,source\n" + kNfd + "," + kNfd + ",park," +
                                kNfd + ",2021," + kNfd + "\n" + kNfc + ",Tam Đa,park,,2022,\n",
                            "z.csv", {}, diagnostics);
    CHECK(test::formatted(diagnostics).empty());
    REQUIRE(dataset.areas.size() == 1);
    const AreaData& area = dataset.areas[0];
    CHECK(area.name == kNfc);
    CHECK(area.source == kNfc);
    REQUIRE(area.zones.size() == 2);
    CHECK(area.zones[0].name == kNfc);
    CHECK(area.zones[0].district == kNfc);
}

TEST_CASE("statistics yaml: every text in NFC") {
    Diagnostics diagnostics;
    const Dataset dataset = load_statistics_yaml(
        "area: " + kNfd + "\nsource: " + kNfd + "\nseries:\n  employment_total:\n    unit: " + kUnitNfd +
            "\n    values: {2020: 1}\nzones:\n  - {name: " + kNfd + ", kind: park, district: " + kNfd + "}\n",
        "s.yaml", diagnostics);
    CHECK(test::formatted(diagnostics).empty());
    REQUIRE(dataset.areas.size() == 1);
    const AreaData& area = dataset.areas[0];
    CHECK(area.name == kNfc);
    CHECK(area.source == kNfc);
    CHECK(area.series.at("employment_total").unit == kUnitNfc);
    REQUIRE(area.zones.size() == 1);
    CHECK(area.zones[0].name == kNfc);
    CHECK(area.zones[0].district == kNfc);
}

TEST_CASE("targets yaml: milestone zones and titles in NFC") {
    Diagnostics diagnostics;
    const TargetSet set =
        load_targets_yaml("id: t\ntitle: " + kNfd +
                              "\nperiod: {base: 2020, end: 2025}\ntargets:\n"
                              "  - {id: parks, kind: milestones, zones: [" +
                              kNfd + ", Tam Đa], require: established, title: " + kNfd + "}\n",
                          "t.yaml", diagnostics);
    CHECK(test::formatted(diagnostics).empty());
    REQUIRE(set.targets.size() == 1);
    CHECK(set.targets[0].zones == std::vector<std::string>{kNfc, "Tam Đa"});
    CHECK(set.targets[0].title.vi == kNfc);
    CHECK(set.title.en == kNfc);
}
