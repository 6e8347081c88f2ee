// The target forms of issue 19 as the target-set YAML writes them: ratio, cumulative, change,
// op between with value [lo, hi], every_year; and the mistakes a new user makes with them.
#include <doctest/doctest.h>

#include <string>

#include "chitieu/load/targets_yaml.hpp"
#include "support/messages.hpp"

using namespace chitieu;
using test::Messages;

namespace {

struct Read {
    TargetSet set;
    Messages messages;
};

Read read_plan(const std::string& targets) {
    Diagnostics diagnostics;
    Read read;
    read.set = load_targets_yaml("id: plan\nperiod: {base: 2025, end: 2030}\ntargets:\n" + targets, "t.yaml",
                                 diagnostics);
    read.messages = Messages(diagnostics);
    return read;
}

}  // namespace

TEST_CASE("targets yaml: the issue's five forms") {
    const Read read =
        read_plan(R"(  - {id: grdp_per_person, kind: ratio, numerator: grdp_current, denominator: population,
     scale: 1000, unit: triệu đồng/người, op: ">=", value: 95}
  - {id: investment_total, kind: cumulative, series: investment, from: 2026, op: ">", value: 75000}
  - {id: grdp_growth, kind: growth, series: grdp, op: between, value: [6.5, 7]}
  - {id: poverty_cut, kind: change, series: poverty_rate_pct, op: "<=", value: -1.5}
  - {id: forest_cover, kind: level, series: forest_cover_pct, op: ">=", value: 65, every_year: true}
  - {id: investment_default, kind: cumulative, series: investment, op: ">", value: 75000}
)");
    CHECK(read.messages == Messages{});
    REQUIRE(read.set.targets.size() == 6);
    const Target& ratio = read.set.targets[0];
    CHECK(ratio.kind == TargetKind::ratio);
    CHECK(ratio.scale == 1000.0);
    CHECK(ratio.scale_given);
    CHECK(ratio.measure.has_value());  // triệu đồng/người is read: its scale is checked
    const Target& total = read.set.targets[1];
    CHECK(total.kind == TargetKind::cumulative);
    CHECK(total.sum_from == 2026);
    CHECK(total.base_year == 2025);
    CHECK(read.set.targets[5].sum_from == 2026);  // default: the year after the base
    const Target& band = read.set.targets[2];
    CHECK(band.op == Op::between);
    CHECK(band.value == 6.5);
    CHECK(band.value_high == 7.0);
    CHECK(band.unit == "%/yr");
    const Target& change = read.set.targets[3];
    CHECK(change.kind == TargetKind::change);
    CHECK(change.value == -1.5);
    CHECK(change.unit == "points/yr");
    CHECK(read.set.targets[4].every_year);
}

TEST_CASE("targets yaml: the forms' mistakes are located errors") {
    CHECK(read_plan("  - {id: a, kind: growth, series: x, op: between, value: 6.5}\n").messages ==
          Messages{"t.yaml:4:58: error: op: between needs value: [lo, hi], two numbers like [6.5, 7]; found "
                   "the value '6.5'"});
    CHECK(read_plan("  - {id: a, kind: growth, series: x, op: \">\", value: [6.5, 7]}\n").messages ==
          Messages{
              "t.yaml:4:54: error: a list [lo, hi] as `value:` of target 'a' is a band: write op: between, "
              "or give one number"});
    CHECK(read_plan("  - {id: a, kind: growth, series: x, op: between, value: [7, 6.5]}\n").messages ==
          Messages{
              "t.yaml:4:58: error: the band [7, 6.5] of target 'a' needs its lower end first and below the "
              "upper one"});
    CHECK(
        read_plan("  - {id: a, kind: growth, series: x, op: \">\", value: 1, every_year: true}\n").messages ==
        Messages{"t.yaml:4:57: error: 'every_year' does not apply to a growth target; growth targets take "
                 "series, from, to and mean"});
    CHECK(read_plan("  - {id: a, kind: level, series: x, op: \">\", value: 1, every_year: yes}\n").messages ==
          Messages{"t.yaml:4:68: error: 'yes' is not a yes or no for every_year; use false or true"});
    CHECK(read_plan("  - {id: a, kind: ratio, numerator: x, denominator: y, op: \">\", value: 1, scale: 0}\n")
              .messages ==
          Messages{
              "t.yaml:4:82: error: scale of target 'a' multiplies numerator / denominator and must be above "
              "0, like 1000"});
    CHECK(
        read_plan("  - {id: a, kind: cumulative, series: x, from: 2031, op: \">\", value: 1}\n").messages ==
        Messages{"t.yaml:4:48: error: `from` (2031) of target 'a' is after its target year (2030); the total "
                 "runs from `from` to the target year"});
    CHECK(read_plan("  - {id: a, kind: cumulative, series: x, base: 2024, from: 2026, op: \">\", value: 1}\n")
              .messages ==
          Messages{
              "t.yaml:4:60: error: `from` (2026) and `base` (2024) of target 'a' disagree: the total starts "
              "the year after the base; give one of them"});
    // Both, agreeing: fine.
    CHECK(read_plan("  - {id: a, kind: cumulative, series: x, base: 2025, from: 2026, op: \">\", value: 1}\n")
              .messages == Messages{});
}
