// PX and JSON-stat readers, and a cube into series through a LabelMap built here. The figures
// are the files' own: each check reads a value back as written.
#include <doctest/doctest.h>

#include <string>

#include "chitieu/load/cube.hpp"
#include "chitieu/load/input_file.hpp"
#include "chitieu/load/label_map.hpp"

using namespace chitieu;

namespace {

std::string place(const Diagnostic& diagnostic) {
    return format_diagnostic(diagnostic);
}

std::string messages(const Diagnostics& diagnostics) {
    std::string all;
    for (const Diagnostic& diagnostic : diagnostics.items()) all += place(diagnostic) + "\n";
    return all;
}

LabelMap tuyen_quang_map() {
    LabelMap map;
    map.indicators.push_back({"industrial_output",
                              {"Giá trị sản xuất công nghiệp (giá so sánh 2010)"},
                              0.001,
                              "trillion VND",
                              {}});
    map.indicators.push_back({"electricity_output", {"Sản lượng điện sản xuất"}, std::nullopt, "", {}});
    map.areas["Tuyên Quang"] = {"Tỉnh Tuyên Quang"};
    map.areas["Hà Giang"] = {"Tỉnh Hà Giang"};
    return map;
}

constexpr const char* kSmallPx =
    "CHARSET=\"ANSI\";\n"
    "CODEPAGE=\"utf-8\";\n"
    "LANGUAGE=\"vi\";\n"
    "CONTENTS=\"Giá trị sản xuất công nghiệp (giá so sánh 2010)\";\n"
    "CONTENTS[en]=\"Industrial output\";\n"
    "UNITS=\"Tỷ đồng\";\n"
    "STUB=\"Địa phương\";\n"
    "HEADING=\"Năm\";\n"
    "VALUES(\"Địa phương\")=\"Tỉnh Tuyên Quang\",\"Tỉnh Hà Giang\";\n"
    "VALUES[en](\"Địa phương\")=\"Tuyen Quang\",\"Ha Giang\";\n"
    "VALUES(\"Năm\")=\"2022\",\"2023\",\"Sơ bộ 2024\";\n"
    "DATA=\n"
    "17680 \"..\" 23730\n"
    "- ...... 1.5;\n";

}  // namespace

TEST_CASE("px: keywords, the default language, dot codes and '-' for zero") {
    Diagnostics diagnostics;
    const Cube cube = read_px(kSmallPx, "t.px", diagnostics);
    CHECK(messages(diagnostics).empty());
    CHECK(cube.title == "Giá trị sản xuất công nghiệp (giá so sánh 2010)");  // not CONTENTS[en]
    CHECK(cube.unit == "Tỷ đồng");
    REQUIRE(cube.dimensions.size() == 2);
    CHECK(cube.dimensions[0].labels == std::vector<std::string>{"Tỉnh Tuyên Quang", "Tỉnh Hà Giang"});
    CHECK(cube.dimensions[1].labels.size() == 3);
    REQUIRE(cube.cells.size() == 6);  // 2 areas x 3 years
    CHECK(*cube.cells[0].value == 17680);
    CHECK_FALSE(cube.cells[1].value);  // ".."
    CHECK(*cube.cells[2].value == 23730);
    CHECK(*cube.cells[3].value == 0);  // "-"
    CHECK_FALSE(cube.cells[4].value);  // "......"
    CHECK(*cube.cells[5].value == 1.5);
    // "1.5" is the 14th character of line 14 ("- ...... " is 9 characters before it)
    CHECK(place({Severity::error, cube.cells[5].where, "x"}) == "t.px:14:10: error: x");
}

TEST_CASE("px into series through the map: the only indicator from CONTENTS, areas and years inferred") {
    Diagnostics diagnostics;
    const LabelMap map = tuyen_quang_map();
    const Dataset data = cube_dataset(read_px(kSmallPx, "t.px", diagnostics), &map, diagnostics);
    CHECK(messages(diagnostics).empty());
    REQUIRE(data.areas.size() == 2);
    CHECK(data.areas[0].name == "Tuyên Quang");  // the map's name for "Tỉnh Tuyên Quang"
    const Series* output = data.areas[0].find_series("industrial_output");
    REQUIRE(output != nullptr);
    CHECK(output->unit == "trillion VND");                             // the map's unit
    CHECK(output->values.at(2022).value == 17.68);                     // 17680 x 0.001, the map's scale
    CHECK(output->values.find(2023) == output->values.end());          // ".." is missing
    CHECK(output->values.at(2024).standing == Standing::preliminary);  // "Sơ bộ 2024"
    CHECK(data.areas[1].find_series("industrial_output")->values.at(2022).value == 0);
}

TEST_CASE("px: windows-1258, with its tones as combining marks, reads as the UTF-8 file") {
    const std::string root = std::string(CHITIEU_SOURCE_DIR) + "/tests/data/cubes/";
    Diagnostics diagnostics;
    const Cube utf8 = read_px(read_input_file(root + "tuyen-quang.px"), "u.px", diagnostics);
    const Cube legacy = read_px(read_input_file(root + "tuyen-quang-1258.px"), "w.px", diagnostics);
    CHECK(messages(diagnostics).empty());
    REQUIRE(utf8.dimensions.size() == 3);
    REQUIRE(legacy.dimensions.size() == 3);
    CHECK(legacy.dimensions[0].labels == utf8.dimensions[0].labels);
    CHECK(legacy.dimensions[0].labels[0] == "Giá trị sản xuất công nghiệp (giá so sánh 2010)");
    CHECK(legacy.dimensions[0].role == CubeDimension::Role::metric);  // CONTVARIABLE
    CHECK(legacy.dimensions[0].units[0] == "billion VND, 2010 prices");
    CHECK(legacy.dimensions[1].role == CubeDimension::Role::geo);   // MAP
    CHECK(legacy.dimensions[2].role == CubeDimension::Role::time);  // TIMEVAL
    CHECK(legacy.cells.size() == 50);                               // 10 indicators x 5 years
    CHECK(*legacy.cells[3].value == 20456.9);
}

TEST_CASE("px: errors at line and column") {
    Diagnostics unclosed;
    read_px("CODEPAGE=\"utf-8\";\nSTUB=\"Năm;\n", "e.px", unclosed);
    CHECK(messages(unclosed) == "e.px:2:6: error: this string is not closed with \"\n");
    Diagnostics short_data;
    read_px("STUB=\"Năm\";\nVALUES(\"Năm\")=\"2020\",\"2021\";\nDATA=\n1;\n", "s.px", short_data);
    CHECK(messages(short_data) ==
          "s.px:3:6: error: DATA holds 1 values, and the dimensions make 2: the table is cut short or "
          "damaged\n");
    Diagnostics word;
    read_px("STUB=\"Năm\";\nVALUES(\"Năm\")=\"2020\";\nDATA=\n  x;\n", "w.px", word);
    REQUIRE(word.items().size() == 1);
    CHECK(place(word.items()[0]).starts_with("w.px:4:3: error: 'x' in DATA is not a number"));
    Diagnostics codepage;
    read_px("CODEPAGE=\"big5\";\n", "c.px", codepage);
    CHECK(messages(codepage).find("CODEPAGE \"big5\" is not one chitieu reads") != std::string::npos);
    Diagnostics missing;
    read_px("STUB=\"Năm\";\n", "m.px", missing);
    CHECK(messages(missing).find("m.px:2:1: error: the file ends before DATA=") == 0);
}

TEST_CASE("json-stat 2.0: sparse value, status marks, roles") {
    const std::string json = R"json({"version":"2.0","class":"dataset","label":"GTSX",
      "id":["dia_ban","chi_tieu","nam"],"size":[1,2,2],
      "role":{"time":["nam"],"geo":["dia_ban"]},
      "dimension":{
        "dia_ban":{"label":"Địa bàn","category":{"label":{"TQ":"Tỉnh Tuyên Quang"}}},
        "chi_tieu":{"category":{"index":["a","b"],"label":{"a":"Giá trị sản xuất công nghiệp (giá so sánh 2010)",
                                                            "b":"Sản lượng điện sản xuất"}}},
        "nam":{"category":{"index":{"2023":0,"2024":1}}}},
      "value":{"0":20456.9,"1":23730,"3":3120},
      "status":{"1":"p","3":"r"}})json";
    Diagnostics diagnostics;
    const std::vector<Cube> cubes = read_json_stat(json, "s.json", diagnostics);
    CHECK(messages(diagnostics).empty());
    REQUIRE(cubes.size() == 1);
    const Cube& cube = cubes[0];
    REQUIRE(cube.cells.size() == 4);  // 1 x 2 x 2
    CHECK(*cube.cells[0].value == 20456.9);
    CHECK_FALSE(cube.cells[2].value);  // absent from the sparse value
    CHECK(cube.cells[1].standing == Standing::preliminary);
    CHECK(cube.cells[3].status == "r");
    const LabelMap map = tuyen_quang_map();
    const Dataset data = cube_dataset(cube, &map, diagnostics);
    REQUIRE(data.areas.size() == 1);
    CHECK(data.areas[0].name == "Tuyên Quang");
    CHECK(data.areas[0].find_series("industrial_output")->values.at(2024).standing == Standing::preliminary);
    CHECK(data.areas[0].find_series("electricity_output")->values.at(2024).value == 3120);
    REQUIRE(diagnostics.items().size() == 1);  // the 'r' mark, noted once
    CHECK(diagnostics.items()[0].severity == Severity::note);
    CHECK(diagnostics.items()[0].message.find("'r'") != std::string::npos);
}

TEST_CASE("json-stat 1.0 bundle: dense value with nulls, roles inside dimension") {
    const std::string json = R"json({"ds":{"label":"x","value":[1.5,null],
      "dimension":{"id":["Year","Indicator"],"size":[1,2],"role":{"time":["Year"]},
        "Year":{"category":{"index":{"2021":0}}},
        "Indicator":{"category":{"index":{"electricity_output":0,"villages_total":1}}}}}})json";
    Diagnostics diagnostics;
    const std::vector<Cube> cubes = read_json_stat(json, "b.json", diagnostics);
    REQUIRE(cubes.size() == 1);
    const Dataset data = cube_dataset(cubes[0], nullptr, diagnostics);  // ids need no map
    CHECK(messages(diagnostics).empty());
    REQUIRE(data.areas.size() == 1);
    CHECK(data.areas[0].name.empty());
    CHECK(data.areas[0].find_series("electricity_output")->values.at(2021).value == 1.5);
    CHECK(data.areas[0].find_series("villages_total") == nullptr);  // its one value is null
}

TEST_CASE("json-stat: malformed JSON located, a size that does not fit refused") {
    Diagnostics broken;
    read_json_stat("{\n  \"a\": [1,\n  }", "m.json", broken);
    REQUIRE(broken.items().size() == 1);
    CHECK(place(broken.items()[0]).starts_with("m.json:3:3: error: the JSON is malformed"));
    Diagnostics misfit;
    read_json_stat(
        R"json({"class":"dataset","id":["y"],"size":[2],"dimension":{"y":{"category":{"index":["2020"]}}},
                      "value":[1,2]})json",
        "f.json", misfit);
    CHECK(messages(misfit).find("has 1 categories, and its size says 2") != std::string::npos);
}

TEST_CASE("cube: the map's dimensions override; a dimension that is none of the three is refused") {
    Cube cube;
    cube.where = {"c.px"};
    cube.dimensions.push_back(
        {"X", "X", CubeDimension::Role::none, {"2020", "2021"}, {"2020", "2021"}, {}, {}});
    cube.dimensions.push_back(
        {"Y", "Y", CubeDimension::Role::none, {"a", "b"}, {"Tỉnh Tuyên Quang", "Tỉnh Hà Giang"}, {}, {}});
    cube.dimensions.push_back({"Z", "Z", CubeDimension::Role::none, {"m", "f"}, {"Nam", "Nữ"}, {}, {}});
    cube.cells.resize(8);
    cube.cells[0].value = 1;
    Diagnostics unknown;
    cube_dataset(cube, nullptr, unknown);  // X is the years; without a map, Y and Z are neither
    REQUIRE(unknown.items().size() == 2);
    CHECK(unknown.items()[1].message.find("'Z' has 2 values ('Nam', …)") != std::string::npos);

    LabelMap map = tuyen_quang_map();
    Diagnostics diagnostics;
    cube_dataset(cube, &map, diagnostics);  // Y is the areas (mapped names), Z the indicator left
    REQUIRE(diagnostics.items().size() == 2);
    CHECK(diagnostics.items()[0].message.find("the indicator 'Nam' is not in the map") != std::string::npos);

    map.dimensions.indicator = "z";  // compared folded: names the dimension Z
    map.indicators.push_back({"men", {"Nam"}, std::nullopt, "", {}});
    map.indicators.push_back({"women", {"Nữ"}, std::nullopt, "", {}});
    Diagnostics overridden;
    const Dataset data = cube_dataset(cube, &map, overridden);
    CHECK(messages(overridden).empty());
    REQUIRE(data.areas.size() == 1);  // only cell 0 (2020, Tuyên Quang, men) holds a value
    CHECK(data.areas[0].find_series("men")->values.at(2020).value == 1);

    map.dimensions.area = "W";
    Diagnostics wrong;
    cube_dataset(cube, &map, wrong);
    CHECK(messages(wrong).find("the map names 'W' as the area dimension") != std::string::npos);
}
