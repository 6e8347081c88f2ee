// --map files (load/label_map.cpp) and their use by the grid reader.
#include <doctest/doctest.h>

#include <cstdio>
#include <fstream>
#include <string>

#include "chitieu/load/label_map.hpp"
#include "chitieu/load/statistics_csv.hpp"

using namespace chitieu;

namespace {

LabelMap map_from(const std::string& yaml, Diagnostics& diagnostics) {
    const std::string path = "/tmp/chitieu-unit-label-map.yaml";
    std::ofstream(path) << yaml;
    LabelMap map = load_label_map(path, diagnostics);
    std::remove(path.c_str());
    return map;
}

std::string messages(const Diagnostics& diagnostics) {
    std::string out;
    for (const Diagnostic& d : diagnostics.items()) out += format_diagnostic(d) + "\n";
    return out;
}

const char* kMap =
    "indicators:\n"
    "  industrial_output:\n"
    "    labels: [\"Giá trị sản xuất công nghiệp (giá so sánh 2010)\", \"GTSX công nghiệp\"]\n"
    "    scale: 0.001\n"
    "    unit: billion VND\n"
    "areas:\n"
    "  Tuyên Quang: [\"Tỉnh Tuyên Quang\", \"TUYÊN QUANG\"]\n";

}  // namespace

TEST_CASE("label map: labels match after NFC, case folding and collapsing spaces") {
    Diagnostics diagnostics;
    const LabelMap map = map_from(kMap, diagnostics);
    INFO(messages(diagnostics));
    CHECK_FALSE(diagnostics.has_errors());
    const IndicatorLabels* found = map.indicator_for("GIÁ TRỊ  SẢN XUẤT CÔNG NGHIỆP (giá so sánh 2010)");
    REQUIRE(found != nullptr);
    CHECK(found->id == "industrial_output");
    CHECK(found->scale == 0.001);
    CHECK(found->unit == "billion VND");
    CHECK(map.indicator_for("industrial_output") == found);   // an id is its own label
    CHECK(map.indicator_for("gtsx cong nghiep") == nullptr);  // diacritics are not ignored in matching
    CHECK(map.closest_label("gtsx cong nghiep") == std::optional<std::string>("GTSX công nghiệp"));
    CHECK(map.area_for("tỉnh tuyên quang") == std::optional<std::string>("Tuyên Quang"));
    CHECK_FALSE(map.area_for("Hà Giang"));
}

TEST_CASE("label map: problems located in the file") {
    Diagnostics diagnostics;
    map_from("indicators:\n  Bad-Id:\n    labels: [a]\n  x_y:\n    scale: -1\n    lables: [b]\n",
             diagnostics);
    const std::string said = messages(diagnostics);
    CHECK(said.find(":2:3: error:") != std::string::npos);  // not an indicator id
    CHECK(said.find(":5:12: error: scale must be") != std::string::npos);
    CHECK(said.find(":6:5: error:") != std::string::npos);  // unknown key, did you mean labels
}

TEST_CASE("a grid through the map: scale and unit applied, areas renamed, unmapped labels") {
    Diagnostics diagnostics;
    const LabelMap map = map_from(kMap, diagnostics);
    CsvOptions options;
    options.map = &map;
    // 12.982.000 triệu đồng × 0.001 = 12.982 tỷ đồng (hand-checked).
    const Dataset dataset = load_statistics_csv(
        "Địa phương,Chỉ tiêu,2020\nTỉnh Tuyên Quang,GTSX  công nghiệp,12982000\nTỉnh Tuyên Quang,Số doanh "
        "nghiep,5\n",
        "t.csv", options, diagnostics);
    REQUIRE(dataset.areas.size() == 1);
    CHECK(dataset.areas[0].name == "Tuyên Quang");
    const Series& output = dataset.areas[0].series.at("industrial_output");
    CHECK(output.values.at(2020).value == doctest::Approx(12982.0));
    CHECK(output.unit == "billion VND");
    REQUIRE(diagnostics.error_count() == 1);
    CHECK(messages(diagnostics).find("t.csv:3:18: error: label 'Số doanh nghiep' is not in the map") !=
          std::string::npos);

    Diagnostics ignoring;
    options.ignore_unmapped = true;
    load_statistics_csv("Chỉ tiêu,2020\nSố doanh nghiep,5\nSố doanh nghiep,6\n", "t.csv", options, ignoring);
    CHECK_FALSE(ignoring.has_errors());
    REQUIRE(ignoring.items().size() == 1);
    CHECK(ignoring.items()[0].message.find("skipped the rows of 1 label") != std::string::npos);
}
