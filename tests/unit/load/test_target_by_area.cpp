// A target's `by_area:` values in a target-set YAML file (load/target_entry.cpp).
#include <doctest/doctest.h>

#include <string>

#include "chitieu/load/targets_yaml.hpp"
#include "support/messages.hpp"

using namespace chitieu;
using test::Messages;

namespace {

struct Loaded {
    TargetSet set;
    Messages messages;
};

// A set around one target (its first line is line 4 of the text).
Loaded load_target(const std::string& target) {
    Diagnostics diagnostics;
    Loaded loaded;
    loaded.set =
        load_targets_yaml("id: example\nperiod: {base: 2020, end: 2025}\ntargets:\n  - " + target + "\n",
                          "t.yaml", diagnostics);
    loaded.messages = Messages(diagnostics);
    return loaded;
}

}  // namespace

TEST_CASE("by_area: each area's own value, names in NFC, beside the target's value") {
    // "Sơn Dương" written decomposed (o + U+031B + U+0300...) is kept as the NFC name.
    const Loaded loaded = load_target(
        "{id: output, kind: level, series: output, op: \">\", value: 27700,\n"
        "     by_area: {\"So\xCC\x9Bn Du\xCC\x9Bo\xCC\x9Bng\": 5200, Yên Sơn: 4100.5}}");
    REQUIRE(loaded.messages == Messages{});
    REQUIRE(loaded.set.targets.size() == 1);
    const Target& target = loaded.set.targets[0];
    CHECK(target.has_value);
    CHECK(target.value == 27700);
    const AreaValue* son_duong = loaded.set.by_area.find("output", "Sơn Dương");
    REQUIRE(son_duong != nullptr);
    CHECK(son_duong->value == 5200);
    CHECK(son_duong->where.line == 5);
    const AreaValue* yen_son = loaded.set.by_area.find("output", "Yên Sơn");
    REQUIRE(yen_son != nullptr);
    CHECK(yen_son->value == 4100.5);
    CHECK(loaded.set.by_area.find("output", "Hàm Yên") == nullptr);
}

TEST_CASE("by_area without value: the target has values per area only") {
    const Loaded loaded =
        load_target("{id: growth, kind: growth, series: output, op: \">\", by_area: {Sơn Dương: 12}}");
    REQUIRE(loaded.messages == Messages{});
    CHECK_FALSE(loaded.set.targets[0].has_value);
    CHECK(loaded.set.by_area.find("growth", "Sơn Dương")->value == 12);
}

TEST_CASE("by_area: a band per area under op between") {
    const Loaded loaded = load_target(
        "{id: growth, kind: growth, series: output, op: between, value: [6.5, 7], by_area: {Yên Sơn: [8, "
        "9]}}");
    REQUIRE(loaded.messages == Messages{});
    const AreaValue* value = loaded.set.by_area.find("growth", "Yên Sơn");
    REQUIRE(value != nullptr);
    CHECK(value->value == 8);
    CHECK(value->value_high == 9);
}

TEST_CASE("by_area: mistakes are located errors") {
    CHECK(load_target("{id: output, kind: level, series: output, op: \">\"}").messages ==
          Messages{"t.yaml:4:5: error: target 'output' needs `value:`, the target figure (or `by_area:`, one "
                   "per area)"});
    CHECK(load_target("{id: output, kind: level, series: output, op: \">\", value: 1, by_area: [5200]}")
              .messages ==
          Messages{"t.yaml:4:75: error: by_area of target 'output' must be a map of area names "
                   "to values, like {Sơn Dương: 5200, Yên Sơn: 4100}; found a list"});
    CHECK(load_target("{id: output, kind: level, series: output, op: \">\", value: 1, by_area: {A: x}}")
              .messages.front()
              .find("t.yaml:4:79: error:") == 0);
    // The same name twice once in NFC: an error at the second, a note at the first.
    const Loaded twice = load_target(
        "{id: output, kind: level, series: output, op: \">\", value: 1,\n"
        "     by_area: {\"So\xCC\x9Bn Du\xCC\x9Bo\xCC\x9Bng\": 1, Sơn Dương: 2}}");
    REQUIRE(twice.messages.size() == 2);
    CHECK(twice.messages.lines[0].find("error: 'Sơn Dương' is given twice in by_area of target 'output'") !=
          std::string::npos);
    CHECK(twice.messages.lines[1].find("note: the first 'Sơn Dương' is here") != std::string::npos);
    CHECK(load_target("{id: parks, kind: milestones, zones: [Tam Đa], by_area: {A: 1}}")
              .messages.front()
              .find("'by_area' does not apply to a milestones target") != std::string::npos);
}
