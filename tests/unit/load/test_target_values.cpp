// --target-values tables (load/target_values.cpp).
#include <doctest/doctest.h>

#include <string>

#include "chitieu/load/target_values.hpp"
#include "chitieu/load/targets_yaml.hpp"
#include "support/messages.hpp"

using namespace chitieu;
using test::Messages;

namespace {

TargetSet example_set() {
    Diagnostics diagnostics;
    TargetSet set = load_targets_yaml(
        "id: example\nperiod: {base: 2020, end: 2025}\ntargets:\n"
        "  - {id: industrial_output, kind: level, series: industrial_output, op: \">\", value: 27700}\n"
        "  - {id: output_growth, kind: growth, series: industrial_output, op: between, value: [6.5, 7]}\n"
        "  - {id: parks, kind: milestones, zones: [Tam Đa]}\n",
        "set.yaml", diagnostics);
    REQUIRE_FALSE(diagnostics.has_errors());
    return set;
}

struct Read {
    AreaValues values;
    Messages messages;
};

Read read(std::string_view text, NumberConvention numbers = NumberConvention::dot) {
    Diagnostics diagnostics;
    Read out;
    out.values = read_target_values(text, "t.csv", example_set(), numbers, diagnostics);
    out.messages = Messages(diagnostics);
    return out;
}

}  // namespace

TEST_CASE("target values: the interface's columns, a band's upper end, an empty year") {
    const Read got = read(
        "area,target_id,value,year,value_high\n"
        "Sơn Dương,industrial_output,5200,2025,\n"
        "Yên Sơn,output_growth,8,,9\n");
    REQUIRE(got.messages == Messages{});
    const AreaValue* son_duong = got.values.find("industrial_output", "Sơn Dương");
    REQUIRE(son_duong != nullptr);
    CHECK(son_duong->value == 5200);
    CHECK(son_duong->where.line ==
          2);  // the value's cell: "Sơn Dương," and "industrial_output," are 10 and 18 characters
    CHECK(son_duong->where.column == 29);
    const AreaValue* band = got.values.find("output_growth", "Yên Sơn");
    REQUIRE(band != nullptr);
    CHECK(band->value == 8);
    CHECK(band->value_high == 9);
}

TEST_CASE("target values: Vietnamese headers under a title line, ';' and decimal commas") {
    const Read got = read(
        "Chỉ tiêu giao các huyện\n"
        "Huyện;Mã chỉ tiêu;Kế hoạch;Năm\n"
        "Hàm Yên;industrial_output;2.600,5;2025\n",
        NumberConvention::decimal_comma);
    REQUIRE(got.messages == Messages{});
    REQUIRE(got.values.find("industrial_output", "Hàm Yên") != nullptr);
    CHECK(got.values.find("industrial_output", "Hàm Yên")->value == 2600.5);  // "2.600,5" under the comma
}

TEST_CASE("target values: every mistake located, with did you mean") {
    const Read got = read(
        "area,target_id,value,year\n"
        "Sơn Dương,industrial_outptu,5200,2025\n"
        "Sơn Dương,industrial_output,5200,2024\n"
        "Yên Sơn,parks,1,\n"
        "Yên Sơn,industrial_output,4100,\n"
        "Yên Sơn,industrial_output,4200,\n"
        "Hàm Yên,output_growth,8,\n"
        ",industrial_output,1,\n");
    CHECK(
        got.messages ==
        Messages{
            "t.csv:2:11: error: unknown target 'industrial_outptu' in target values; did you mean "
            "'industrial_output'? (`chitieu targets show` lists them)",
            "t.csv:3:34: error: this value is for 2024, but target 'industrial_output' is judged in 2025 "
            "(its "
            "year): give the 2025 value, or change the target's year in the target set",
            "t.csv:4:9: error: target 'parks' is a milestones target: its value is its list of zones, not a "
            "number per area",
            "t.csv:6:27: error: a second value for 'Yên Sơn' and target 'industrial_output'; give one value "
            "per area and target",
            "t.csv:5:27: note: the first value is here",
            "t.csv:7:23: error: target 'output_growth' is a band (op: between): give its upper end in a "
            "value_high column",
            "t.csv:8:1: error: this row of target values has no area; give area, target_id and value on "
            "every "
            "row",
        });
}

TEST_CASE("target values: a header it cannot read") {
    CHECK(read("area,target_id,value,remark\nA,industrial_output,1,x\n").messages ==
          Messages{"t.csv:1:22: error: unknown column 'remark' in target values; the columns are area, "
                   "target_id, value, and optionally year and value_high"});
    CHECK(read("district,target,amount\n")
              .messages.front()
              .find("t.csv: error: target values need a header with the columns area, target_id and value") ==
          0);
}
