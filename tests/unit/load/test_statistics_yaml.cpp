#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "chitieu/load/input_file.hpp"
#include "chitieu/load/statistics_yaml.hpp"
#include "support/messages.hpp"

using namespace chitieu;

namespace {

using test::Messages;

struct Loaded {
    Dataset dataset;
    Messages messages;
};

Loaded load(std::string_view text, const std::string& file = "s.yaml") {
    Diagnostics diagnostics;
    Loaded result;
    result.dataset = load_statistics_yaml(text, file, diagnostics);
    result.messages = Messages(diagnostics);
    return result;
}

const AreaData& only_area(const Loaded& loaded) {
    REQUIRE(loaded.dataset.areas.size() == 1);
    return loaded.dataset.areas.front();
}

}  // namespace

TEST_CASE("statistics yaml: every field of the interface's example is read") {
    const Loaded loaded = load(R"(area: Tuyên Quang
source: Niên giám thống kê 2023
series:
  industrial_output:
    unit: billion VND, 2010 prices
    values: {2020: 14386.6, 2021: 16143, 2022: null, 2023: ~, 2024: }
  employment_total: {values: {2020: 523100, 2021: 526900}}
  villages_total: {values: {}}
zones:
  - name: Long Bình An
    kind: park
    district: Thành phố Tuyên Quang
    established: 2008
    expanded: 2023
    year: 2023
    leasable_ha: 290.0
    leased_ha: 201.3
  - {name: Sơn Nam, kind: cluster, established: 2021, year: 2019}
)");
    CHECK(loaded.messages == Messages{});
    const AreaData& area = only_area(loaded);
    CHECK(area.name == "Tuyên Quang");
    CHECK(area.source == "Niên giám thống kê 2023");
    REQUIRE(area.series.size() == 3);

    const Series* output = area.find_series("industrial_output");
    REQUIRE(output != nullptr);
    CHECK(output->indicator == "industrial_output");
    CHECK(output->unit == "billion VND, 2010 prices");
    CHECK(output->where.line == 4);
    CHECK(output->where.column == 3);
    REQUIRE(output->values.size() == 2);  // null, ~ and nothing are missing years
    CHECK(output->values.at(2020).value == doctest::Approx(14386.6));
    CHECK(output->values.at(2021).value == 16143.0);
    // "    values: {2020: 14386.6, 2021: " is 34 characters.
    CHECK(output->values.at(2021).where.file == "s.yaml");
    CHECK(output->values.at(2021).where.line == 6);
    CHECK(output->values.at(2021).where.column == 35);
    CHECK(area.find_series("employment_total")->values.at(2021).value == 526900.0);
    CHECK(area.find_series("villages_total")->values.empty());  // no values yet is fine

    REQUIRE(area.zones.size() == 2);
    const Zone& park = area.zones[0];
    CHECK(park.name == "Long Bình An");
    CHECK(park.kind == ZoneKind::park);
    CHECK(park.district == "Thành phố Tuyên Quang");
    CHECK(park.established == 2008);
    CHECK(park.expanded == 2023);
    CHECK(park.year == 2023);
    CHECK(*park.leasable_ha == 290.0);
    CHECK(*park.leased_ha == doctest::Approx(201.3));
    CHECK(park.where.line == 10);
    CHECK(park.where.column == 5);
    const Zone& cluster = area.zones[1];  // a snapshot year before establishment is allowed
    CHECK(cluster.kind == ZoneKind::cluster);
    CHECK(cluster.year == 2019);
    CHECK_FALSE(cluster.leasable_ha.has_value());
    CHECK(cluster.where.line == 18);
    CHECK(cluster.where.column == 5);
}

TEST_CASE("statistics yaml: a value written like a thousands group is marked from the scalar's text") {
    // yaml-cpp gives the text as written: 23.730 and 23.73 are the same double, not the same text.
    const Loaded loaded = load(
        "series:\n  industrial_output:\n    values: {2022: 23.73, 2023: 20456.9, 2024: 23.730, 2025: "
        "\"1.500\"}\n");
    REQUIRE(loaded.messages.empty());
    const auto& values = only_area(loaded).series.at("industrial_output").values;
    CHECK(values.at(2022).written == Written::plain);
    CHECK(values.at(2023).written == Written::plain);
    CHECK(values.at(2024).value == 23.73);
    CHECK(values.at(2024).written == Written::dot_group);
    CHECK(values.at(2025).written == Written::dot_group);
}

TEST_CASE("statistics yaml: an absent area is the empty name; zones alone are enough") {
    const Loaded loaded = load("zones:\n  - {name: Tam Đa, kind: park}\n");
    CHECK(loaded.messages == Messages{});
    CHECK(only_area(loaded).name == "");
    CHECK_FALSE(only_area(loaded).zones[0].established.has_value());
}

TEST_CASE("statistics yaml: CRLF line ends and a byte order mark change nothing") {
    const Loaded loaded = load(
        "\xEF\xBB\xBF"
        "area: Bình Xa\r\nseries:\r\n  Bad Name: {values: {}}\r\n  ok: {values: {2020: 1}}\r\n");
    CHECK(loaded.messages ==
          Messages{"s.yaml:3:3: error: indicator name 'Bad Name' must be lower-case letters, "
                   "digits and '_', starting with a letter, such as 'bad_name'"});
    CHECK(only_area(loaded).name == "Bình Xa");
    CHECK(only_area(loaded).find_series("ok")->values.at(2020).where.column == 23);
}

TEST_CASE("statistics yaml: empty files and files of the wrong shape") {
    const std::string empty =
        "s.yaml: error: the file is empty; a statistics file needs at least `series:` or `zones:`";
    CHECK(load("").messages == Messages{empty});
    CHECK(load("# only a comment\n\n").messages == Messages{empty});
    CHECK(load("---\n# only a comment\n...\n").messages == Messages{empty});
    CHECK(load("series: {}\n---\n").messages == Messages{});  // an empty second document is harmless
    // yaml-cpp reads a stray ',' as an empty document (and its LoadAll would loop forever on it).
    CHECK(load("# a comment\n, series: {}\n").messages ==
          Messages{"s.yaml:2:1: error: a statistics file is a map with `series:` and/or `zones:` at the top; "
                   "found nothing"});
    CHECK(load("- a\n- b\n").messages ==
          Messages{"s.yaml:1:1: error: a statistics file is a map with `series:` and/or `zones:` at the top; "
                   "found a list"});
    CHECK(load("area: Tuyên Quang\n").messages ==
          Messages{
              "s.yaml:1:1: error: a statistics file needs at least `series:` or `zones:`; neither is here"});
    CHECK(load("area: X\nseries: {}\n---\nzones: []\n").messages ==
          Messages{
              "s.yaml:3:1: error: a second YAML document starts here; a file holds one document: remove the "
              "`---` line or split the file"});
}

TEST_CASE("statistics yaml: unknown keys get a suggestion or the list of keys") {
    CHECK(
        load("serie: {}\n").messages ==
        Messages{
            "s.yaml:1:1: error: unknown key 'serie' at the top of a statistics file; did you mean 'series'?",
            "s.yaml:1:1: error: a statistics file needs at least `series:` or `zones:`; neither is here"});
    CHECK(
        load("series: {}\nremarks: x\n").messages ==
        Messages{"s.yaml:2:1: error: unknown key 'remarks' at the top of a statistics file; allowed keys are "
                 "area, source, series and zones"});
    CHECK(load("series:\n  x: {unit: t, vaules: {2020: 1}}\n").messages ==
          Messages{"s.yaml:2:16: error: unknown key 'vaules' in a series; did you mean 'values'?"});
    CHECK(load("zones:\n  - {name: Long Bình An, kind: park, leasedha: 5}\n").messages ==
          Messages{"s.yaml:2:38: error: unknown key 'leasedha' in a zone; did you mean 'leased_ha'?"});
}

TEST_CASE("statistics yaml: a key given twice is an error at the second with a note at the first") {
    const Loaded loaded = load("series:\n  x:\n    values: {2020: 1}\n    values: {2021: 2}\n  x: {}\n");
    // The indicators' mapping is checked before each series is read.
    CHECK(loaded.messages == Messages{"s.yaml:5:3: error: 'x' is given twice in this mapping; keep one",
                                      "s.yaml:2:3: note: 'x' is first given here",
                                      "s.yaml:4:5: error: 'values' is given twice in this mapping; keep one",
                                      "s.yaml:3:5: note: 'values' is first given here"});
    CHECK(only_area(loaded).find_series("x")->values.count(2020) == 1);  // the first is kept
    CHECK(load("series:\n  x: {values: {2020: 1, 2020: 2}}\n").messages ==
          Messages{"s.yaml:2:25: error: '2020' is given twice in this mapping; keep one",
                   "s.yaml:2:16: note: '2020' is first given here"});
}

TEST_CASE("statistics yaml: indicator names") {
    CHECK(load("series:\n  Industrial Output: {values: {}}\n").messages ==
          Messages{
              "s.yaml:2:3: error: indicator name 'Industrial Output' must be lower-case letters, digits and "
              "'_', starting with a letter, such as 'industrial_output'"});
    // No ASCII spelling is guessed for Vietnamese names.
    CHECK(load("series:\n  Giá trị: {values: {}}\n").messages ==
          Messages{"s.yaml:2:3: error: indicator name 'Giá trị' must be lower-case letters, digits and '_', "
                   "starting with a letter"});
    CHECK(load("series:\n  2nd_output: {values: }\n").messages.size() == 1);
}

TEST_CASE("statistics yaml: years are strict") {
    const auto year_error = [](const std::string& key) {
        return load("series:\n  x: {values: {" + key + ": 1}}\n").messages;
    };
    CHECK(
        year_error("20x1") ==
        Messages{"s.yaml:2:16: error: year '20x1' is not a year; years are whole numbers from 1900 to 2100"});
    CHECK(year_error("0x7E4") ==
          Messages{
              "s.yaml:2:16: error: year '0x7E4' is not a year; years are whole numbers from 1900 to 2100"});
    CHECK(year_error("+2020").size() == 1);
    CHECK(year_error("2020.0").size() == 1);
    CHECK(year_error("1899").size() == 1);
    CHECK(year_error("2101").size() == 1);
    CHECK(year_error("1900") == Messages{});
    CHECK(year_error("2100") == Messages{});
    CHECK(
        load("series:\n  x:\n    2020: 5\n").messages ==
        Messages{
            "s.yaml:3:5: error: '2020' is a year, not a key of a series; put yearly values under `values:`, "
            "as in values: {2020: 14386.6}"});
}

TEST_CASE("statistics yaml: values are finite numbers or null") {
    const auto value_error = [](const std::string& value) {
        return load("series:\n  x: {values: {2020: " + value + "}}\n").messages;
    };
    CHECK(value_error(".nan") ==
          Messages{
              "s.yaml:2:22: error: value for 2020 '.nan' is not a number; write null for a missing value"});
    CHECK(value_error(".inf") ==
          Messages{
              "s.yaml:2:22: error: value for 2020 '.inf' is not a number; write plain decimals like 1234.5"});
    CHECK(value_error("1e400") ==
          Messages{"s.yaml:2:22: error: value for 2020 '1e400' is out of range for a number; check the "
                   "digits and the exponent (numbers run from about 5e-324 to 1.8e308 in size)"});
    CHECK(value_error("\"14.386,6\"") ==
          Messages{
              "s.yaml:2:22: error: value for 2020 '14.386,6' is not a number; numbers in YAML use a dot for "
              "decimals and no thousands separator, like 27700.5"});
    CHECK(value_error("[1, 2]") ==
          Messages{"s.yaml:2:22: error: value for 2020 must be a number, found a list"});
    CHECK(value_error("-0.5") == Messages{});  // negative values are data; the engine judges them
    CHECK(load("series:\n  x: {values: [1, 2]}\n").messages ==
          Messages{"s.yaml:2:15: error: values must be a map from year to number, like {2020: 14386.6, 2021: "
                   "16143}; found a list"});
    CHECK(load("series:\n  x: [1, 2]\n").messages ==
          Messages{
              "s.yaml:2:6: error: series 'x' must be a map with `values:` (and optionally `unit:`); found a "
              "list"});
    CHECK(
        load("series:\n  x: {unit: t}\n").messages ==
        Messages{"s.yaml:2:3: error: series 'x' needs `values:`, like values: {2020: 14386.6} (or values: {} "
                 "when there are none yet)"});
    CHECK(
        load("series:\n  x:\n  y: {values: }\n").messages ==
        Messages{"s.yaml:2:3: error: series 'x' must be a map with `values:` (and optionally `unit:`); found "
                 "nothing"});
    CHECK(
        load("series: [x]\n").messages ==
        Messages{
            "s.yaml:1:9: error: series must be a map from indicator name to series, like industrial_output: "
            "{values: {2020: 14386.6}}; found a list"});
}

TEST_CASE("statistics yaml: reading goes on after an error so every problem is listed") {
    const Loaded loaded = load(
        "series:\n  x: {values: {2020: .nan, 2021: 7, 20x2: 8}}\n  Y: {values: {}}\n"
        "zones:\n  - {name: Tam Đa, kind: parc}\n  - {name: Nhữ Khê, kind: park}\n");
    CHECK(loaded.messages.size() == 4);
    const AreaData& area = only_area(loaded);
    CHECK(area.find_series("x")->values.size() == 1);
    CHECK(area.find_series("x")->values.at(2021).value == 7.0);
    CHECK(area.find_series("Y") == nullptr);
    REQUIRE(area.zones.size() == 1);  // the zone of an unknown kind is skipped
    CHECK(area.zones[0].name == "Nhữ Khê");
}

TEST_CASE("statistics yaml: zones need a name and a kind") {
    CHECK(load("zones:\n  - {kind: park}\n").messages ==
          Messages{"s.yaml:2:5: error: a zone needs a name; give `name:`"});
    CHECK(load("zones:\n  - {name: \"  \", kind: park}\n").messages ==
          Messages{"s.yaml:2:12: error: a zone needs a name; give `name:`"});
    CHECK(load("zones:\n  - {name: Long Bình An}\n").messages ==
          Messages{"s.yaml:2:5: error: zone 'Long Bình An' needs `kind:` (park or cluster)"});
    // "  - {name: Long Bình An, kind: " is 31 characters (32 bytes).
    CHECK(load("zones:\n  - {name: Long Bình An, kind: parc}\n").messages ==
          Messages{"s.yaml:2:32: error: 'parc' is not a zone kind; use park or cluster"});
    CHECK(load("zones: {name: x}\n").messages ==
          Messages{"s.yaml:1:8: error: zones must be a list, one `- name: ...` item per zone; found a map"});
    CHECK(load("zones:\n  - Tam Đa\n").messages ==
          Messages{
              "s.yaml:2:5: error: each zone is a map with `name:`, `kind:` and its figures; found the value "
              "'Tam Đa'"});
}

TEST_CASE("statistics yaml: zone years and land figures") {
    CHECK(load("zones:\n  - {name: Tam Đa, kind: park, established: 20x1}\n").messages ==
          Messages{"s.yaml:2:45: error: established '20x1' is not a year; years are whole numbers from 1900 "
                   "to 2100"});
    const Loaded expanded =
        load("zones:\n  - {name: Long Bình An, kind: park, established: 2008, expanded: 2005}\n");
    CHECK(expanded.messages ==
          Messages{
              "s.yaml:2:67: error: expanded (2005) is before established (2008) in zone 'Long Bình An'; an "
              "expansion comes after the establishment: check both years"});
    CHECK_FALSE(only_area(expanded).zones[0].expanded.has_value());

    const Loaded leased = load(
        "zones:\n  - name: Long Bình An\n    kind: park\n    year: 2023\n"
        "    leasable_ha: 290.0\n    leased_ha: 301.3\n");
    CHECK(
        leased.messages ==
        Messages{
            "s.yaml:6:16: error: leased_ha (301.3) is more than leasable_ha (290.0) in zone 'Long Bình An'; "
            "leased land is part of the leasable land: check both figures"});
    CHECK_FALSE(only_area(leased).zones[0].leased_ha.has_value());

    CHECK(load("zones:\n  - {name: Tam Đa, kind: park, leased_ha: 3}\n").messages ==
          Messages{"s.yaml:2:43: error: zone 'Tam Đa' has land figures but no `year`; give `year`, the year "
                   "these land figures describe"});
    CHECK(load("zones:\n  - {name: Tam Đa, kind: park, year: 2023, leasable_ha: -5}\n").messages ==
          Messages{"s.yaml:2:57: error: leasable_ha (-5) is negative; land areas are 0 or more hectares"});
    CHECK(
        load("zones:\n  - {name: Tam Đa, kind: park, year: 2023, leasable_ha: 0, leased_ha: 0}\n").messages ==
        Messages{});
}

TEST_CASE("statistics yaml: the same zone twice in one year is an error with a note") {
    const Loaded loaded = load(
        "zones:\n  - {name: Tam Đa, kind: park, year: 2023}\n"
        "  - {name: Tam Đa, kind: park, year: 2024}\n"
        "  - {name: Tam Đa, kind: park, year: 2023}\n");
    CHECK(
        loaded.messages ==
        Messages{
            "s.yaml:4:5: error: zone 'Tam Đa' is described twice for 2023; keep one description per zone and "
            "year",
            "s.yaml:2:5: note: the first description is here"});
    CHECK(only_area(loaded).zones.size() == 2);
    CHECK(
        load("zones:\n  - {name: A, kind: park}\n  - {name: A, kind: cluster}\n").messages ==
        Messages{
            "s.yaml:3:5: error: zone 'A' is described twice without a year; keep one, or give each its year",
            "s.yaml:2:5: note: the first description is here"});
}

TEST_CASE("statistics yaml: encoding and syntax errors are located") {
    // "  - {name: Long B" is 17 characters; the bad byte is the 18th.
    CHECK(load("area: Tuyên Quang\nzones:\n  - {name: Long B\xECnh An, kind: park}\n").messages ==
          Messages{"s.yaml:3:18: error: the text is not valid UTF-8 (byte 0xEC); save the file as UTF-8 (a "
                   "Windows-1258 or Latin-1 export needs converting)"});
    CHECK(
        load(std::string_view("area: Bình\0x\n", 13)).messages ==
        Messages{"s.yaml:1:11: error: the file contains a NUL byte; it is not a text file (or it is UTF-16): "
                 "save it as UTF-8 text"});
    CHECK(
        load("series:\n  x:\n\tvalues: {}\n").messages ==
        Messages{"s.yaml:3:1: error: a tab indents this line; YAML indents with spaces only: replace the tab "
                 "with spaces"});
    CHECK(
        load("area: Bình\n  zones: 1\n").messages ==
        Messages{
            "s.yaml:2:8: error: invalid YAML: illegal map value; check the indentation, the ': ' after each "
            "key and the quotes on this line and the one before"});
    // Runaway nesting is refused by yaml-cpp's depth guard, reported rather than crashing.
    CHECK(load(std::string(5000, '[')).messages.size() == 1);
}

TEST_CASE("statistics yaml: each file in tests/data/bad gives its documented diagnostic") {
    const std::string dir = std::string(CHITIEU_SOURCE_DIR) + "/tests/data/bad/";
    const std::vector<std::pair<std::string, std::string>> cases = {
        {"duplicate-key.yaml", "6:5: error: 'values' is given twice in this mapping; keep one"},
        {"duplicate-zone.yaml",
         "4:5: error: zone 'Tam Đa' is described twice for 2023; keep one description per "
         "zone and year"},
        {"empty.yaml", " error: the file is empty; a statistics file needs at least `series:` or `zones:`"},
        {"expanded-before-established.yaml",
         "3:67: error: expanded (2005) is before established (2008) in zone "
         "'Long Bình An'; an expansion comes after the establishment: check "
         "both years"},
        {"hex-year.yaml",
         "4:14: error: year '0x7E4' is not a year; years are whole numbers from 1900 to 2100"},
        {"indicator-name.yaml",
         "3:3: error: indicator name 'Industrial Output' must be lower-case letters, digits "
         "and '_', starting with a letter, such as 'industrial_output'"},
        {"invalid-utf8.yaml",
         "4:18: error: the text is not valid UTF-8 (byte 0xEC); save the file as UTF-8 (a "
         "Windows-1258 or Latin-1 export needs converting)"},
        {"land-without-year.yaml",
         "6:18: error: zone 'Long Bình An' has land figures but no `year`; give "
         "`year`, the year these land figures describe"},
        {"leased-above-leasable.yaml",
         "8:16: error: leased_ha (301.3) is more than leasable_ha (290.0) in zone "
         "'Long Bình An'; leased land is part of the leasable land: check both "
         "figures"},
        {"nan-value.yaml",
         "6:13: error: value for 2021 '.nan' is not a number; write null for a missing value"},
        {"negative-area.yaml",
         "3:77: error: leasable_ha (-5) is negative; land areas are 0 or more hectares"},
        {"syntax-error.yaml",
         "5:19: error: invalid YAML: end of sequence flow not found; check the indentation, "
         "the ': ' after each key and the quotes on this line and the one before"},
        {"tab-indent.yaml",
         "4:1: error: a tab indents this line; YAML indents with spaces only: replace the tab "
         "with spaces"},
        {"thousands-separator.yaml",
         "4:20: error: value for 2020 '14.386,6' is not a number; numbers in YAML use "
         "a dot for decimals and no thousands separator, like 27700.5"},
        {"two-documents.yaml",
         "4:1: error: a second YAML document starts here; a file holds one document: remove "
         "the `---` line or split the file"},
        {"unknown-key.yaml", "5:5: error: unknown key 'vaules' in a series; did you mean 'values'?"},
        {"wrong-type.yaml",
         "4:13: error: values must be a map from year to number, like {2020: 14386.6, 2021: "
         "16143}; found a list"},
        {"year-out-of-range.yaml",
         "4:29: error: year '2210' is not a year; years are whole numbers from 1900 to "
         "2100"},
        {"zone-kind.yaml", "3:43: error: 'industrial' is not a zone kind; use park or cluster"},
        {"zone-without-name.yaml", "3:5: error: a zone needs a name; give `name:`"},
    };
    for (const auto& [name, expected] : cases) {
        CAPTURE(name);
        const std::string path = dir + name;
        const Loaded loaded = load(read_input_file(path), path);
        REQUIRE_FALSE(loaded.messages.empty());
        CHECK(loaded.messages.front() == path + ":" + expected);
    }
}

TEST_CASE("statistics yaml: every diagnostic has its Vietnamese form (issue 14 item 5)") {
    const std::string data = std::string(CHITIEU_SOURCE_DIR) + "/tests/data/";
    for (const char* name :
         {"vi-targets/statistics-errors.yaml", "bad/unknown-key.yaml", "bad/wrong-type.yaml",
          "bad/hex-year.yaml", "bad/thousands-separator.yaml", "bad/negative-area.yaml", "bad/zone-kind.yaml",
          "bad/zone-without-name.yaml", "bad/empty.yaml", "bad/syntax-error.yaml", "bad/tab-indent.yaml",
          "bad/duplicate-key.yaml", "bad/two-documents.yaml", "hostile/alias-cycle.yaml",
          "hostile/deep-nesting.yaml", "hostile/billion-laughs.yaml", "hostile/nul-byte.yaml",
          "hostile/control-character.yaml", "hostile/invalid-utf8.yaml"}) {
        CAPTURE(name);
        const std::string path = data + name;
        Diagnostics diagnostics;
        load_statistics_yaml(read_input_file(path), path, diagnostics);
        REQUIRE(!diagnostics.items().empty());
        for (const Diagnostic& diagnostic : diagnostics.items()) {
            CAPTURE(diagnostic.message);
            CHECK(!diagnostic.message_vi.empty());
        }
    }
}
