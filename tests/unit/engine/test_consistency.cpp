#include <doctest/doctest.h>

#include <map>
#include <string>
#include <vector>

#include "chitieu/engine/consistency.hpp"
#include "chitieu/report/number_format.hpp"

using namespace chitieu;

namespace {

// The formatter the CLI passes: English, grouped, trailing zeros trimmed.
std::string number(double value, int decimals) {
    return format_number(value, language_style(Lang::en, decimals, true));
}

// A series whose value for year Y is written at line Y - 2000 of "data.yaml", column 7, so every
// finding's place names the year it is about.
Series series(const std::string& indicator, const std::map<int, double>& values,
              const std::string& unit = "") {
    Series out;
    out.indicator = indicator;
    out.unit = unit;
    for (const auto& [year, value] : values) out.values[year] = {value, {"data.yaml", year - 2000, 7}};
    return out;
}

AreaData area_of(const std::vector<Series>& all, std::vector<Zone> zones = {}) {
    AreaData area;
    area.name = "Tuyên Quang";
    for (const Series& one : all) area.series[one.indicator] = one;
    area.zones = std::move(zones);
    return area;
}

Target share(const std::string& id, const std::string& numerator, const std::string& denominator) {
    Target target;
    target.id = id;
    target.kind = TargetKind::share;
    target.numerator = numerator;
    target.denominator = denominator;
    target.value = 25.8;
    return target;
}

Target level(const std::string& id, Op op, double value, int line) {
    Target target;
    target.id = id;
    target.kind = TargetKind::level;
    target.series = "industrial_output";
    target.op = op;
    target.value = value;
    target.base_year = 2020;
    target.year = 2025;
    target.where = {"plan.yaml", line, 5};
    return target;
}

Target growth(const std::string& id, Op op, double value) {
    Target target = level(id, op, value, 20);
    target.kind = TargetKind::growth;
    return target;
}

TargetSet plan(std::vector<Target> targets) {
    TargetSet set;
    set.id = "tq";
    set.base_year = 2020;
    set.end_year = 2025;
    set.targets = std::move(targets);
    return set;
}

std::vector<Finding> of_rule(const std::vector<Finding>& findings, const std::string& rule) {
    std::vector<Finding> out;
    for (const Finding& finding : findings)
        if (finding.rule == rule) out.push_back(finding);
    return out;
}

std::vector<Finding> run(const TargetSet& targets, const AreaData& area, const std::string& rule) {
    std::vector<Finding> found = check_area(targets, area, number);
    for (TargetPairFinding& pair : check_target_pairs(targets, area, number)) found.push_back(pair.finding);
    return of_rule(found, rule);
}

}  // namespace

TEST_CASE("consistency: the rule list, in the order the rules run") {
    CHECK(consistency_rules() ==
          std::vector<std::string>{"part-above-whole", "share-over-100", "negative-count", "series-gap",
                                   "year-outside-period", "final-on-estimate", "scale-mismatch",
                                   "percent-as-fraction", "level-growth-disagree"});
}

TEST_CASE("consistency: a part above its whole is an error at the part with a note at the whole") {
    const TargetSet targets = plan({share("labour_share", "employment_industry", "employment_total"),
                                    share("labour_share_again", "employment_industry", "employment_total")});
    const AreaData area =
        area_of({series("employment_total", {{2021, 120000}, {2022, 120000}, {2023, 125000}}),
                 series("employment_industry", {{2021, 120000}, {2022, 130000}, {2024, 999999}})});
    const auto found = run(targets, area, "part-above-whole");
    // 2021 equal (a whole may be all part), 2024 has no whole; the pair is checked once.
    REQUIRE(found.size() == 2);
    CHECK(found[0].diagnostic.severity == Severity::error);
    CHECK(found[0].diagnostic.where.line == 22);
    CHECK(found[0].diagnostic.message ==
          "employment_industry (130,000) is more than employment_total (120,000) in 2022, but it is a part "
          "of it "
          "(target 'labour_share' divides one by the other); check both figures");
    CHECK(found[1].diagnostic.severity == Severity::note);
    CHECK(found[1].diagnostic.where.file == "data.yaml");
    CHECK(found[1].diagnostic.where.line == 22);
    CHECK(found[1].diagnostic.message == "employment_total for 2022 is here");
}

TEST_CASE("consistency: part and whole come from the target set's share targets only") {
    const AreaData area =
        area_of({series("grdp_total", {{2022, 100}}), series("grdp_industry", {{2022, 101}})});
    CHECK(run(plan({}), area, "part-above-whole").empty());
    CHECK(run(plan({share("grdp", "grdp_industry", "grdp_total")}), area, "part-above-whole").size() == 2);
}

TEST_CASE("consistency: a percentage outside 0..100 is an error; a series is a percentage by unit or *_pct") {
    const AreaData area =
        area_of({series("online_procedures_pct", {{2021, 100}, {2022, 100.5}, {2023, -0.5}}),
                 series("coverage", {{2022, 101}}, "%"), series("output", {{2022, 150}}, "billion VND")});
    const auto found = run(plan({}), area, "share-over-100");
    REQUIRE(found.size() == 3);
    CHECK(found[0].diagnostic.message ==
          "coverage is 101 % in 2022; a percentage lies between 0 and 100: check the value, or the unit if "
          "it is "
          "not a percentage");
    CHECK(found[1].diagnostic.where.line == 22);
    CHECK(found[1].diagnostic.message.rfind("online_procedures_pct is 100.5 % in 2022;", 0) == 0);
    CHECK(found[2].diagnostic.message.rfind("online_procedures_pct is -0.5 % in 2023;", 0) == 0);
}

TEST_CASE("consistency: leased land above leasable land is the loaders' rule, not a finding of check") {
    // The loaders refuse such figures (model/rules.hpp), so an area never holds them; were one to,
    // no rule here would speak for it a second time.
    Zone over;
    over.name = "Long Bình An";
    over.year = 2023;
    over.leasable_ha = 290;
    over.leased_ha = 301.3;
    CHECK(check_area(plan({}), area_of({}, {over}), number).empty());
}

TEST_CASE("consistency: a negative count of workers or villages is an error; other series may be negative") {
    const AreaData area =
        area_of({series("villages_on_grid", {{2020, 0}, {2021, -1797}}),
                 series("employment_total", {{2021, -5.5}}), series("net_migration", {{2021, -300}})});
    const auto found = run(plan({}), area, "negative-count");
    REQUIRE(found.size() == 2);
    CHECK(found[0].diagnostic.message ==
          "employment_total is -5.5 in 2021; it counts people or villages and cannot be negative: check the "
          "sign");
    CHECK(found[1].diagnostic.where.line == 21);
    CHECK(found[1].diagnostic.message.rfind("villages_on_grid is -1,797 in 2021;", 0) == 0);
}

TEST_CASE("consistency: each run of missing years inside a series is one warning at the value after it") {
    const AreaData area = area_of(
        {series("output", {{2020, 1}, {2021, 2}, {2024, 5}, {2026, 6}}), series("single", {{2022, 1}})});
    const auto found = run(plan({}), area, "series-gap");
    REQUIRE(found.size() == 2);
    CHECK(found[0].diagnostic.severity == Severity::warning);
    CHECK(found[0].diagnostic.where.line == 24);
    CHECK(found[0].diagnostic.message ==
          "output has no values for 2022–2023, between 2021 and 2024; add them if they are published");
    CHECK(found[1].diagnostic.where.line == 26);
    CHECK(found[1].diagnostic.message ==
          "output has no value for 2025, between 2024 and 2026; add it if it is published");
}

TEST_CASE("consistency: years outside the plan period are one warning per series, naming the years") {
    const AreaData area = area_of({series("output", {{2018, 1}, {2019, 1}, {2020, 1}, {2025, 1}, {2026, 1}}),
                                   series("jobs", {{2026, 1}}), series("inside", {{2020, 1}, {2025, 1}})});
    const auto found = run(plan({}), area, "year-outside-period");
    REQUIRE(found.size() == 2);
    CHECK(found[0].diagnostic.where.line == 26);
    CHECK(found[0].diagnostic.message ==
          "jobs has a value for 2026, outside the plan period 2020–2025 of target set 'tq'; check the years");
    CHECK(found[1].diagnostic.severity == Severity::warning);
    CHECK(found[1].diagnostic.where.line == 18);  // the first year outside
    CHECK(found[1].diagnostic.message ==
          "output has values for 2018, 2019, 2026, outside the plan period 2020–2025 of target set 'tq'; "
          "check the "
          "years");
}

TEST_CASE("consistency: a final review resting on an estimate is one warning per series") {
    Series output = series("output", {{2024, 1}, {2025, 2}, {2026, 3}});
    output.values.find(2024)->second.standing = Standing::preliminary;  // before the end year: fine
    output.values.find(2025)->second.standing = Standing::estimated;
    output.values.find(2026)->second.standing = Standing::estimated;  // the first one only
    const auto found = run(plan({}), area_of({output, series("final", {{2025, 1}})}), "final-on-estimate");
    REQUIRE(found.size() == 1);
    CHECK(found[0].diagnostic.severity == Severity::warning);
    CHECK(found[0].diagnostic.where.line == 25);
    CHECK(found[0].diagnostic.message ==
          "output's 2025 figure is estimated: a review as of 2025, the plan's last year, rests on it and may "
          "change with the final figure");
}

TEST_CASE("consistency: a level target needing a faster rate than the growth target binds") {
    // (27,700 / 12,982)^(1/5) - 1 = 16.366 %/yr, more than the 14 %/yr asked.
    const TargetSet targets =
        plan({level("industrial_output", Op::gt, 27700, 10), growth("industrial_output_growth", Op::gt, 14)});
    const auto found = run(targets, area_of({series("industrial_output", {{2020, 12982}, {2024, 23730}})}),
                           "level-growth-disagree");
    REQUIRE(found.size() == 1);
    CHECK(found[0].diagnostic.severity == Severity::note);
    CHECK(found[0].diagnostic.where.file == "plan.yaml");
    CHECK(found[0].diagnostic.where.line == 10);
    CHECK(found[0].diagnostic.message ==
          "reaching 27,700 in 2025 (target 'industrial_output') needs 16.4 %/yr from the 2020 value 12,982; "
          "the "
          "growth target 'industrial_output_growth' asks 14 %/yr: the level target is the binding one");
}

TEST_CASE("consistency: for a built-in target set the disagreement points at the base value, not the set") {
    TargetSet targets =
        plan({level("industrial_output", Op::gt, 27700, 10), growth("industrial_output_growth", Op::gt, 14)});
    targets.origin = "builtin:tq";
    const auto found = run(targets, area_of({series("industrial_output", {{2020, 12982}, {2024, 23730}})}),
                           "level-growth-disagree");
    REQUIRE(found.size() == 1);
    CHECK(found[0].diagnostic.where.line == 20);  // the 2020 value's line (series() puts year - 2000)
}

TEST_CASE("consistency: a growth target asking more than the level needs binds; within 0.05 points agrees") {
    // From 14,386.6: (27,700 / 14,386.6)^(1/5) - 1 = 13.9999 %/yr.
    const AreaData area = area_of({series("industrial_output", {{2020, 14386.6}})});
    const auto found = run(plan({level("level", Op::gt, 27700, 10), growth("growth", Op::ge, 15)}), area,
                           "level-growth-disagree");
    REQUIRE(found.size() == 1);
    CHECK(found[0].diagnostic.message ==
          "reaching 27,700 in 2025 (target 'level') needs 14 %/yr from the 2020 value 14,386.6; the growth "
          "target "
          "'growth' asks 15 %/yr: the growth target is the binding one");
    CHECK(run(plan({level("level", Op::gt, 27700, 10), growth("growth", Op::gt, 14)}), area,
              "level-growth-disagree")
              .empty());
    CHECK(run(plan({level("level", Op::gt, 27700, 10), growth("growth", Op::gt, 14.04)}), area,
              "level-growth-disagree")
              .empty());  // 0.04 points apart
    CHECK(run(plan({level("level", Op::gt, 27700, 10), growth("growth", Op::gt, 13.9)}), area,
              "level-growth-disagree")
              .size() == 1);  // 0.1 points apart
}

TEST_CASE("consistency: level and growth compare from the first value at or after the base year") {
    // No 2020 value: from 2021's 15,163 over 4 years, (27,700 / 15,163)^(1/4) - 1 = 16.258 %/yr.
    const AreaData area = area_of({series("industrial_output", {{2019, 1}, {2021, 15163}})});
    const auto found = run(plan({level("level", Op::gt, 27700, 10), growth("growth", Op::gt, 14)}), area,
                           "level-growth-disagree");
    REQUIRE(found.size() == 1);
    CHECK(found[0].diagnostic.message.find("needs 16.3 %/yr from the 2021 value 15,163;") !=
          std::string::npos);

    Target later = level("later", Op::gt, 27700, 10);
    later.year = 2030;  // another target year: nothing to compare
    CHECK(run(plan({later, growth("growth", Op::gt, 14)}), area, "level-growth-disagree").empty());
    CHECK(run(plan({level("level", Op::gt, 27700, 10), growth("growth", Op::gt, 14)}),
              area_of({series("industrial_output", {{2020, 0}, {2021, 0}})}), "level-growth-disagree")
              .empty());  // no rate from a zero base
}

TEST_CASE("consistency: lower-is-better targets; a floor and a ceiling that exclude each other warn") {
    // Poverty from 6 % to below 3 % by 2025: (3 / 6)^(1/5) - 1 = -12.9 %/yr, steeper than -10 %/yr.
    Target poverty = level("poverty", Op::lt, 3, 10);
    const AreaData poor = area_of({series("industrial_output", {{2020, 6}})});
    auto found = run(plan({poverty, growth("poverty_fall", Op::lt, -10)}), poor, "level-growth-disagree");
    REQUIRE(found.size() == 1);
    CHECK(found[0].diagnostic.message ==
          "reaching 3 in 2025 (target 'poverty') needs -12.9 %/yr from the 2020 value 6; the growth target "
          "'poverty_fall' asks -10 %/yr: the level target is the binding one");

    // Over 27,700 needs 16.4 %/yr; "under 14 %/yr" cannot hold with it, "under 20 %/yr" can.
    const AreaData output = area_of({series("industrial_output", {{2020, 12982}})});
    found = run(plan({level("level", Op::gt, 27700, 10), growth("cap", Op::lt, 14)}), output,
                "level-growth-disagree");
    REQUIRE(found.size() == 1);
    CHECK(found[0].diagnostic.severity == Severity::warning);
    CHECK(found[0].diagnostic.message ==
          "reaching 27,700 in 2025 (target 'level') needs 16.4 %/yr from the 2020 value 12,982; the growth "
          "target "
          "'cap' asks < 14 %/yr: both cannot be met; check the two targets' op and value");
    CHECK(run(plan({level("level", Op::gt, 27700, 10), growth("cap", Op::lt, 20)}), output,
              "level-growth-disagree")
              .empty());
}

TEST_CASE("consistency: a clean area has no findings; check_consistency covers every area in order") {
    const TargetSet targets = plan({share("labour_share", "employment_industry", "employment_total")});
    AreaData clean = area_of({series("employment_total", {{2020, 100}, {2021, 100}}),
                              series("employment_industry", {{2020, 20}, {2021, 25}})});
    CHECK(check_area(targets, clean, number).empty());

    AreaData broken =
        area_of({series("employment_total", {{2020, 100}}), series("employment_industry", {{2020, 120}})});
    broken.name = "Hàm Yên";
    Dataset data;
    data.areas = {clean, broken, broken};
    const auto found = check_consistency(targets, data, number);
    REQUIRE(found.size() == 4);  // an error and its note, twice
    CHECK(found[0].rule == "part-above-whole");
    CHECK(found[3].diagnostic.severity == Severity::note);
}

namespace {

Target level_of(const std::string& id, const std::string& series_name, Op op, double value,
                const std::string& unit) {
    Target target = level(id, op, value, 30);
    target.series = series_name;
    target.unit = unit;
    return target;
}

}  // namespace

TEST_CASE("consistency: a unit-less level 300 times below its target names the likely scale") {
    const TargetSet targets =
        plan({level_of("industrial_output", "industrial_output", Op::gt, 27700, "billion VND")});
    // 27,700 / 23.7 = 1,168.78: a thousand (10^3, one step) is the nearest power of a thousand.
    const AreaData area = area_of({series("industrial_output", {{2023, 20.4}, {2024, 23.7}})});
    const auto found = run(targets, area, "scale-mismatch");
    REQUIRE(found.size() == 1);
    CHECK(found[0].diagnostic.severity == Severity::warning);
    CHECK(found[0].diagnostic.where.line == 24);  // the latest value, 2024
    CHECK(
        found[0].diagnostic.message ==
        "industrial_output in area 'Tuyên Quang' is 23.7 in 2024, with no unit given, 1,169 times below the "
        "target 'industrial_output' (27,700 billion VND): is it in thousands of billion VND? Give the unit, "
        "or "
        "the values in the target's unit");
    // check_scales alone gives the same finding (what `report` warns of).
    REQUIRE(check_scales(targets, area, number).size() == 1);
}

TEST_CASE("consistency: a unit-less level far above its target; a near one, a given unit, no warning") {
    const TargetSet targets =
        plan({level_of("industrial_output", "industrial_output", Op::gt, 27700, "billion VND")});
    // 23,730,000 / 27,700 = 856.68 times above: million VND for billion VND, one step.
    const auto above =
        run(targets, area_of({series("industrial_output", {{2024, 23730000}})}), "scale-mismatch");
    REQUIRE(above.size() == 1);
    CHECK(above[0].diagnostic.message ==
          "industrial_output in area 'Tuyên Quang' is 23,730,000 in 2024, with no unit given, 857 times "
          "above the "
          "target 'industrial_output' (27,700 billion VND): is it in a unit 1,000 times smaller than billion "
          "VND? "
          "Give the unit, or the values in the target's unit");
    // 27,700 / 93 = 297.8: under 300 times, no warning.
    CHECK(run(targets, area_of({series("industrial_output", {{2024, 93}})}), "scale-mismatch").empty());
    // With a unit given, the pipeline converts first (model/unit_conversion.hpp): 23.7 nghìn tỷ
    // arrives as 23,700 billion and fits. Still a thousand times off in the unit the file gave,
    // the unit itself is questioned: 23,730,000 "billion VND" is 857 times the target.
    CHECK(
        run(targets, area_of({series("industrial_output", {{2024, 23700}}, "billion VND")}), "scale-mismatch")
            .empty());
    const auto unit_off = run(
        targets, area_of({series("industrial_output", {{2024, 23730000}}, "billion VND")}), "scale-mismatch");
    REQUIRE(unit_off.size() == 1);
    CHECK(unit_off[0].diagnostic.message ==
          "industrial_output in area 'Tuyên Quang' is 23,730,000 in 2024 in billion VND as the file gives "
          "it, 857 "
          "times above the target 'industrial_output' (27,700 billion VND): is the unit right? Correct the "
          "unit, "
          "or the values, so that they agree");
    // A target without a unit: "is it in thousands?"; 138,700 / 0.1296 = 1.07 million: two steps.
    const TargetSet bare = plan({level_of("industrial_labour", "employment_industry", Op::gt, 138700, "")});
    const auto millions =
        run(bare, area_of({series("employment_industry", {{2024, 0.1296}})}), "scale-mismatch");
    REQUIRE(millions.size() == 1);
    CHECK(
        millions[0].diagnostic.message.find("times below the target 'industrial_labour' (138,700): is it in "
                                            "millions? ") != std::string::npos);
}

TEST_CASE("consistency: percentages given as fractions of 1") {
    const TargetSet targets = plan({level_of("online_procedures", "online_procedures_pct", Op::ge, 50, "%")});
    const AreaData area =
        area_of({series("online_procedures_pct", {{2022, 0.41}, {2023, 0.55}, {2024, 0.62}})});
    const auto found = run(targets, area, "percent-as-fraction");
    REQUIRE(found.size() == 1);
    CHECK(found[0].diagnostic.where.line == 24);
    // 0.62 × 100 = 62.
    CHECK(
        found[0].diagnostic.message ==
        "online_procedures_pct in area 'Tuyên Quang' is 0.62 in 2024 and all its values lie between 0 and 1, "
        "against the target 'online_procedures' of 50 %: 0.62: a fraction of 1? as a percentage that is 62 "
        "%; "
        "give the values in percent");
    // Not the other rule: a percent target's series is not a level of another scale.
    CHECK(run(targets, area, "scale-mismatch").empty());
    // One value above 1: percentages already. All zero: nothing to say. A ceiling: may be that small.
    CHECK(run(targets, area_of({series("online_procedures_pct", {{2023, 0.55}, {2024, 61.7}})}),
              "percent-as-fraction")
              .empty());
    CHECK(
        run(targets, area_of({series("online_procedures_pct", {{2024, 0}})}), "percent-as-fraction").empty());
    const TargetSet ceiling = plan({level_of("poverty", "poverty_rate_pct", Op::le, 3, "%")});
    CHECK(run(ceiling, area_of({series("poverty_rate_pct", {{2024, 0.8}})}), "percent-as-fraction").empty());
    // A target of 1 % or less: 0.62 % may be meant.
    const TargetSet small = plan({level_of("online_procedures", "online_procedures_pct", Op::ge, 1, "%")});
    CHECK(run(small, area, "percent-as-fraction").empty());
}

TEST_CASE("consistency: a value the unit-slip rule refuses is not warned of again for its scale") {
    const TargetSet targets =
        plan({level_of("industrial_output", "industrial_output", Op::gt, 27700, "billion VND")});
    AreaData area = area_of({series("industrial_output", {{2023, 20456.9}, {2024, 23.73}})});
    // "23.730" after 20,456.9 (862 times larger): the slip rule's error, not this warning.
    area.series["industrial_output"].values[2024].written = Written::dot_group_csv;
    CHECK(run(targets, area, "scale-mismatch").empty());
    // Written plainly, the same figures are warned of (27,700 / 23.73 = 1,167 times).
    area.series["industrial_output"].values[2024].written = Written::plain;
    CHECK(run(targets, area, "scale-mismatch").size() == 1);
}
