// The data rules read the same whatever the input: the YAML loader, the CSV loaders and the merge
// of several inputs report each one in the same words (model/rules.hpp), only the place differs.
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "chitieu/load/statistics_csv.hpp"
#include "chitieu/load/statistics_yaml.hpp"

using namespace chitieu;

namespace {

// "severity: message" of each diagnostic: what a user reads after the place.
std::vector<std::string> texts(const Diagnostics& diagnostics) {
    std::vector<std::string> out;
    for (const Diagnostic& diagnostic : diagnostics.items())
        out.push_back(std::string(severity_name(diagnostic.severity)) + ": " + diagnostic.message);
    return out;
}

std::vector<std::string> from_yaml(const std::string& text) {
    Diagnostics diagnostics;
    load_statistics_yaml(text, "s.yaml", diagnostics);
    return texts(diagnostics);
}

std::vector<std::string> from_csv(const std::string& text) {
    Diagnostics diagnostics;
    load_statistics_csv(text, "s.csv", CsvOptions{}, diagnostics);
    return texts(diagnostics);
}

}  // namespace

TEST_CASE("an invalid indicator name: the same message from YAML and from CSV") {
    for (const std::string name : {"Industrial Output", "industrial output", "industrial-output",
                                   "Industrial_output", "2020_output", "sản_xuất"}) {
        CAPTURE(name);
        const std::vector<std::string> yaml = from_yaml("series:\n  " + name + ": {values: {2020: 1}}\n");
        const std::vector<std::string> csv = from_csv("indicator,year,value\n" + name + ",2020,1\n");
        REQUIRE(yaml.size() == 1);
        CHECK(yaml == csv);
        CHECK(yaml.front().starts_with("error: indicator name '" + name + "' must be lower-case letters"));
    }
    // The typo's fix, as both suggest it.
    CHECK(from_csv("indicator,year,value\nIndustrial Output,2020,1\n") ==
          std::vector<std::string>{
              "error: indicator name 'Industrial Output' must be lower-case letters, digits "
              "and '_', starting with a letter, such as 'industrial_output'"});
}

TEST_CASE("zone rules: the same messages from a YAML file and a zones table") {
    const std::vector<std::string> yaml = from_yaml(
        "area: Tuyên Quang\n"
        "zones:\n"
        "  - {name: Long Bình An, kind: park, year: 2023, established: 2008, expanded: 2007,\n"
        "     leasable_ha: 290.0, leased_ha: 301.3}\n"
        "  - {name: Tam Đa, kind: park, year: 2023}\n"
        "  - {name: Tam Đa, kind: park, year: 2023}\n"
        "  - {name: Nhữ Khê, kind: park, leased_ha: 10}\n");
    const std::vector<std::string> csv = from_csv(
        "area,name,kind,year,established,expanded,leasable_ha,leased_ha\n"
        "Tuyên Quang,Long Bình An,park,2023,2008,2007,290.0,301.3\n"
        "Tuyên Quang,Tam Đa,park,2023,,,,\n"
        "Tuyên Quang,Tam Đa,park,2023,,,,\n"
        "Tuyên Quang,Nhữ Khê,park,,,,,10\n");
    CHECK(
        yaml ==
        std::vector<std::string>{
            "error: leased_ha (301.3) is more than leasable_ha (290.0) in zone 'Long Bình An'; leased land "
            "is part of the leasable land: check both figures",
            "error: expanded (2007) is before established (2008) in zone 'Long Bình An'; an expansion comes "
            "after the establishment: check both years",
            "error: zone 'Tam Đa' of area 'Tuyên Quang' is described twice for 2023; keep one description "
            "per zone and year",
            "note: the first description is here",
            "error: zone 'Nhữ Khê' has land figures but no `year`; give `year`, the year these land figures "
            "describe"});
    CHECK(csv == yaml);
}

TEST_CASE("a value given twice: the same message within a CSV file and across two inputs") {
    const std::vector<std::string> within = from_csv(
        "area,indicator,year,value,unit\n"
        "Xã A,grdp_total,2020,1,billion VND\n"
        "Xã A,grdp_total,2020,2,million VND\n"
        "Xã A,grdp_total,2020,2,\n");

    Diagnostics diagnostics;
    Dataset merged = load_statistics_yaml(
        "area: Xã A\nseries:\n  grdp_total: {unit: billion VND, values: {2020: 1}}\n", "a.yaml", diagnostics);
    merge_dataset(merged,
                  load_statistics_csv("area,indicator,year,value,unit\nXã A,grdp_total,2020,2,million VND\n",
                                      "b.csv", CsvOptions{}, diagnostics),
                  diagnostics);
    merge_dataset(merged,
                  load_statistics_yaml("area: Xã A\nseries:\n  grdp_total: {values: {2020: 2}}\n", "c.yaml",
                                       diagnostics),
                  diagnostics);
    const std::vector<std::string> across = texts(diagnostics);

    CHECK(within ==
          std::vector<std::string>{
              "error: indicator 'grdp_total' of area 'Xã A' has unit 'million VND' here but 'billion VND' "
              "elsewhere; use one unit per indicator",
              "note: the unit was first given here",
              "error: indicator 'grdp_total' of area 'Xã A' has a value for 2020 given twice; keep one of "
              "them",
              "note: the first value for 2020 is here"});
    // Across inputs the conflicting unit does not stop the value: merging reports both for b.csv.
    CHECK(across ==
          std::vector<std::string>{within[0], within[1], within[2], within[3], within[2], within[3]});
}
