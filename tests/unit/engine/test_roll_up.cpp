// Roll-ups: parents made from their children's sums (engine/roll_up.cpp).
#include <doctest/doctest.h>

#include "chitieu/engine/roll_up.hpp"
#include "chitieu/report/number_format.hpp"
#include "engine_fixtures.hpp"
#include "support/messages.hpp"

using namespace chitieu;
using namespace chitieu::test;

namespace {

AreaData named(const std::string& name, const std::vector<Series>& series, std::vector<Zone> zones = {}) {
    AreaData area = make_area(series, std::move(zones));
    area.name = name;
    return area;
}

Hierarchy three_districts(Diagnostics& problems) {
    return build_hierarchy({{"Tuyên Quang", "", {}},
                            {"Sơn Dương", "Tuyên Quang", {}},
                            {"Yên Sơn", "Tuyên Quang", {}},
                            {"Hàm Yên", "Tuyên Quang", {}}},
                           problems);
}

TargetSet summing_set() {
    TargetSet set;
    set.series = {{"output", Aggregate::sum, "", {}},
                  {"workers_industry", Aggregate::sum, "", {}},
                  {"workers", Aggregate::sum, "", {}},
                  {"online_pct", Aggregate::none, "", {}},
                  {"wage", Aggregate::weighted_mean, "workers", {}}};
    return set;
}

struct Rolled {
    std::vector<AreaData> parents;
    Diagnostics notes;
    std::vector<Finding> findings;
};

Rolled roll(const TargetSet& set, const Hierarchy& tree, std::vector<AreaData> areas) {
    RollUp roll_up(set, tree);
    Rolled out;
    for (AreaData& area : areas) {
        if (roll_up.is_parent(area.name))
            roll_up.keep_own(std::move(area), out.notes);
        else
            roll_up.add(area);
    }
    roll_up.finish([&](AreaData& parent) { out.parents.push_back(parent); }, out.notes, out.findings,
                   rule_message_number);
    return out;
}

}  // namespace

TEST_CASE("roll-up: a share of sums, not the mean of shares") {
    Diagnostics problems;
    const Hierarchy tree = three_districts(problems);
    REQUIRE_FALSE(problems.has_errors());
    const TargetSet set = summing_set();
    Rolled out = roll(
        set, tree,
        {named("Sơn Dương",
               {make_series("workers_industry", {{2024, 20000}}), make_series("workers", {{2024, 80000}})}),
         named("Yên Sơn",
               {make_series("workers_industry", {{2024, 15000}}), make_series("workers", {{2024, 50000}})}),
         named("Hàm Yên",
               {make_series("workers_industry", {{2024, 5000}}), make_series("workers", {{2024, 70000}})})});
    REQUIRE(out.parents.size() == 1);
    const AreaData& province = out.parents[0];
    CHECK(province.name == "Tuyên Quang");
    // 20000 + 15000 + 5000 = 40000 of 80000 + 50000 + 70000 = 200000 workers.
    CHECK(province.find_series("workers_industry")->values.at(2024).value == 40000);
    CHECK(province.find_series("workers")->values.at(2024).value == 200000);
    Target share = make_target(TargetKind::share, Op::gt, 25.8);
    share.numerator = "workers_industry";
    share.denominator = "workers";
    const TargetResult result = evaluate_target(share, province, 2024, {});
    // 40000 / 200000 = 20 %; the mean of the shares (25 %, 30 %, 7.14 %) would be 20.71 %.
    CHECK(near(result.actual_value, 20.0, 1e-12));
    CHECK(out.notes.items().empty());
}

namespace {

std::vector<AreaData> districts_with_zones() {
    Zone expanded = make_zone("Sơn Nam", ZoneKind::park, 2010, 2024, 100.0, 80.0);
    expanded.expanded = 2022;
    expanded.district = "Sơn Dương";
    return {named("Sơn Dương", {make_series("output", {{2024, 1}})}, {expanded}),
            named("Yên Sơn", {make_series("output", {{2024, 1}})},
                  {make_zone("Phúc Ninh", ZoneKind::cluster, 2015, 2024, 50.0, 10.0)}),
            named("Hàm Yên", {make_series("output", {{2024, 1}})})};
}

}  // namespace

TEST_CASE("roll-up: occupancy of the union of zones") {
    Diagnostics problems;
    const Hierarchy tree = three_districts(problems);
    Target occupancy = make_target(TargetKind::occupancy, Op::gt, 60);
    occupancy.zone_kinds = {ZoneKind::park, ZoneKind::cluster};
    TargetSet set = summing_set();
    set.targets = {occupancy};
    Rolled out = roll(set, tree, districts_with_zones());
    REQUIRE(out.parents.size() == 1);
    REQUIRE(out.parents[0].zones.size() == 2);
    const Zone& park = out.parents[0].zones[0];  // in the order the children gave them
    CHECK(park.name == "Sơn Nam");
    CHECK(park.kind == ZoneKind::park);
    CHECK(park.established == 2010);
    CHECK(park.expanded == 2022);
    CHECK(park.year == 2024);
    CHECK(park.leasable_ha == 100.0);
    CHECK(park.leased_ha == 80.0);
    CHECK(park.district.empty());  // nothing judges it
    CHECK(out.parents[0].zones[1].name == "Phúc Ninh");
    const TargetResult result = evaluate_target(occupancy, out.parents[0], 2024, {});
    // (80 + 10) / (100 + 50) = 60 %; the mean of the districts' 80 % and 20 % would be 50 %.
    CHECK(near(result.actual_value, 60.0, 1e-12));
}

TEST_CASE("roll-up: a parent keeps of its children's zones only what the set's zone targets read") {
    Diagnostics problems;
    const Hierarchy tree = three_districts(problems);
    // No zone target: no zone is kept.
    CHECK(roll(summing_set(), tree, districts_with_zones()).parents.at(0).zones.empty());
    // A count target and no occupancy target: names, kinds and years, no land figures.
    Target count = make_target(TargetKind::count, Op::ge, 1);
    count.established_from = 2011;
    count.established_to = 2025;
    TargetSet set = summing_set();
    set.targets = {count};
    Rolled out = roll(set, tree, districts_with_zones());
    const AreaData& province = out.parents.at(0);
    REQUIRE(province.zones.size() == 2);
    CHECK(province.zones[0].name == "Sơn Nam");
    CHECK(province.zones[0].established == 2010);
    CHECK(province.zones[0].expanded == 2022);
    CHECK_FALSE(province.zones[0].year);
    CHECK_FALSE(province.zones[0].leasable_ha);
    CHECK(province.zones[1].kind == ZoneKind::cluster);
    // Phúc Ninh (2015) is the one zone established in 2011–2025.
    CHECK(evaluate_target(count, province, 2024, {}).actual_value == 1);
}

TEST_CASE("roll-up: a parent of more than 64 children names the ones missing a year") {
    // 70 communes: their bits take two words; Xã 65 (the 66th) and Xã 69 lack 2023.
    std::vector<AreaLink> links{{"Huyện", "", {}}};
    std::vector<AreaData> areas;
    for (int i = 0; i < 70; ++i) {
        const std::string name = "Xã " + std::to_string(i);
        links.push_back({name, "Huyện", {}});
        std::map<int, double> values{{2024, 1}};
        if (i != 65 && i != 69) values[2023] = 1;
        areas.push_back(named(name, {make_series("output", values)}));
    }
    Diagnostics problems;
    const Hierarchy tree = build_hierarchy(links, problems);
    REQUIRE_FALSE(problems.has_errors());
    Rolled out = roll(summing_set(), tree, areas);
    const Series* output = out.parents.at(0).find_series("output");
    REQUIRE(output);
    CHECK(output->values.at(2024).value == 70);  // 70 x 1
    CHECK_FALSE(output->values.contains(2023));
    REQUIRE(out.notes.items().size() == 1);
    CHECK(out.notes.items()[0].message.find("output 2023: no figures from Xã 65 and Xã 69 (") !=
          std::string::npos);
}

TEST_CASE("roll-up: a child missing in one year leaves that year missing, with a note naming it") {
    Diagnostics problems;
    const Hierarchy tree = three_districts(problems);
    Rolled out =
        roll(summing_set(), tree,
             {named("Sơn Dương", {make_series("output", {{2020, 4000}, {2023, 5500}, {2024, 6000}})}),
              named("Yên Sơn", {make_series("output", {{2020, 3000}, {2023, 4200}, {2024, 4500}})}),
              named("Hàm Yên", {make_series("output", {{2020, 1500}, {2024, 2000}})})});
    REQUIRE(out.parents.size() == 1);
    const Series* output = out.parents[0].find_series("output");
    REQUIRE(output);
    CHECK(output->values.size() == 2);
    CHECK(output->values.at(2020).value == 8500);   // 4000 + 3000 + 1500
    CHECK(output->values.at(2024).value == 12500);  // 6000 + 4500 + 2000
    CHECK_FALSE(output->values.contains(2023));     // 9700 without Hàm Yên: not a sum
    REQUIRE(out.notes.items().size() == 1);
    CHECK(out.notes.items()[0].severity == Severity::note);
    CHECK(out.notes.items()[0].message.find("output 2023") != std::string::npos);
    CHECK(out.notes.items()[0].message.find("no figures from Hàm Yên") != std::string::npos);
}

TEST_CASE("roll-up: none is not rolled up; weighted_mean weighs by its series") {
    Diagnostics problems;
    const Hierarchy tree = three_districts(problems);
    Rolled out =
        roll(summing_set(), tree,
             {named("Sơn Dương", {make_series("online_pct", {{2024, 60}}), make_series("wage", {{2024, 10}}),
                                  make_series("workers", {{2024, 100}})}),
              named("Yên Sơn", {make_series("online_pct", {{2024, 40}}), make_series("wage", {{2024, 4}}),
                                make_series("workers", {{2024, 300}})}),
              named("Hàm Yên", {make_series("online_pct", {{2024, 55}}), make_series("wage", {{2024, 7}}),
                                make_series("workers", {{2024, 600}})})});
    const AreaData& province = out.parents.at(0);
    CHECK(province.find_series("online_pct") == nullptr);
    // (10 × 100 + 4 × 300 + 7 × 600) / 1000 = 6400 / 1000 = 6.4 (the plain mean would be 7).
    CHECK(near(province.find_series("wage")->values.at(2024).value, 6.4, 1e-12));
}

TEST_CASE("roll-up: a parent's own figures stand; children-sum within and beyond its tolerance") {
    Diagnostics problems;
    const Hierarchy tree = three_districts(problems);
    const auto children = [] {
        return std::vector<AreaData>{
            named("Sơn Dương", {make_series("output", {{2020, 4000}, {2024, 6000}})}),
            named("Yên Sơn", {make_series("output", {{2020, 3000}, {2024, 4500}})}),
            named("Hàm Yên", {make_series("output", {{2020, 1500}, {2024, 2000}})})};
    };
    std::vector<AreaData> areas = children();
    // 8505 is within 0.1 % of 8500 (8.505); 12800 is 300 above 12500, 2.34 %: beyond.
    areas.push_back(named("Tuyên Quang", {make_series("output", {{2020, 8505}, {2024, 12800}})}));
    Rolled out = roll(summing_set(), tree, areas);
    const AreaData& province = out.parents.at(0);
    CHECK(province.find_series("output")->values.at(2024).value == 12800);  // its own
    REQUIRE(out.findings.size() == 1);
    CHECK(out.findings[0].rule == kRuleChildrenSum);
    CHECK(out.findings[0].diagnostic.severity == Severity::warning);
    const std::string& message = out.findings[0].diagnostic.message;
    CHECK(message.find("Tuyên Quang 2024") != std::string::npos);
    CHECK(message.find("12,800") != std::string::npos);
    CHECK(message.find("12,500") != std::string::npos);
    CHECK(message.find("0.1 %") != std::string::npos);

    areas = children();
    areas.push_back(named("Tuyên Quang", {make_series("output", {{2020, 8500}, {2024, 12500}})}));
    CHECK(roll(summing_set(), tree, areas).findings.empty());
}

TEST_CASE("roll-up: children are listed in Vietnamese order, whatever the roll-up file's row order") {
    const auto findings_with = [](const std::vector<AreaLink>& links) {
        Diagnostics problems;
        const Hierarchy tree = build_hierarchy(links, problems);
        REQUIRE_FALSE(problems.has_errors());
        Rolled out = roll(summing_set(), tree,
                          {named("Yên Sơn", {make_series("output", {{2023, 1}, {2024, 4500}})}),
                           named("Sơn Dương", {make_series("output", {{2024, 6000}})}),
                           named("Hàm Yên", {make_series("output", {{2024, 2000}})}),
                           named("Tuyên Quang", {make_series("output", {{2024, 12800}})})});
        REQUIRE(out.findings.size() == 1);
        REQUIRE(out.notes.items().size() == 1);
        return std::vector<std::string>{out.findings[0].diagnostic.message, out.notes.items()[0].message,
                                        out.parents.at(0).source};
    };
    const std::vector<std::string> in_order = findings_with({{"Tuyên Quang", "", {}},
                                                             {"Sơn Dương", "Tuyên Quang", {}},
                                                             {"Yên Sơn", "Tuyên Quang", {}},
                                                             {"Hàm Yên", "Tuyên Quang", {}}});
    const std::vector<std::string> shuffled = findings_with({{"Hàm Yên", "Tuyên Quang", {}},
                                                             {"Yên Sơn", "Tuyên Quang", {}},
                                                             {"Tuyên Quang", "", {}},
                                                             {"Sơn Dương", "Tuyên Quang", {}}});
    CHECK(in_order == shuffled);
    // H before S before Y.
    CHECK(in_order[0].find("its 3 children (Hàm Yên, Sơn Dương and Yên Sơn) sum to 12,500") !=
          std::string::npos);
    CHECK(in_order[1].find("no figures from Hàm Yên and Sơn Dương (") != std::string::npos);
}

TEST_CASE("roll-up: a child with no data is named; the parent is missing every year it lacks") {
    Diagnostics problems;
    const Hierarchy tree = three_districts(problems);
    Rolled out = roll(summing_set(), tree,
                      {named("Sơn Dương", {make_series("output", {{2024, 6000}})}),
                       named("Yên Sơn", {make_series("output", {{2024, 4500}})})});
    CHECK(out.parents.at(0).find_series("output") == nullptr);
    bool named_child = false;
    for (const Diagnostic& d : out.notes.items())
        named_child |= d.severity == Severity::warning && d.message.find("'Hàm Yên' is in the roll-up") == 0;
    CHECK(named_child);
}

TEST_CASE("roll-up: communes to districts to the province, bottom-up") {
    Diagnostics problems;
    const Hierarchy tree = build_hierarchy({{"Xã A", "Sơn Dương", {}},
                                            {"Xã B", "Sơn Dương", {}},
                                            {"Xã C", "Yên Sơn", {}},
                                            {"Sơn Dương", "Tuyên Quang", {}},
                                            {"Yên Sơn", "Tuyên Quang", {}}},
                                           problems);
    REQUIRE_FALSE(problems.has_errors());
    CHECK(tree.parents_bottom_up() == std::vector<std::string>{"Sơn Dương", "Yên Sơn", "Tuyên Quang"});
    Rolled out = roll(summing_set(), tree,
                      {named("Xã A", {make_series("output", {{2024, 1}})}),
                       named("Xã B", {make_series("output", {{2024, 2}})}),
                       named("Xã C", {make_series("output", {{2024, 4}})})});
    REQUIRE(out.parents.size() == 3);
    CHECK(out.parents[0].find_series("output")->values.at(2024).value == 3);
    CHECK(out.parents[1].find_series("output")->values.at(2024).value == 4);
    CHECK(out.parents[2].find_series("output")->values.at(2024).value == 7);  // 1 + 2 + 4
}

TEST_CASE("roll-up rules: an undeclared series a target reads is an error; a rate is not summed") {
    TargetSet set;
    Target level = level_target(Op::gt, 100);
    level.series = "output";
    Target rate = level_target(Op::ge, 50);
    rate.series = "online_procedures_pct";
    set.targets = {level, rate};
    Diagnostics diagnostics;
    check_roll_up_rules(set, diagnostics);
    REQUIRE(diagnostics.items().size() == 1);
    CHECK(diagnostics.items()[0].message.find("series output") != std::string::npos);
    CHECK(diagnostics.items()[0].message.find("series: {output: {aggregate: sum}}") != std::string::npos);
    CHECK(is_rate_series("online_procedures_pct", ""));
    CHECK(is_rate_series("x", "%"));
    CHECK_FALSE(is_rate_series("industrial_output", "billion VND"));
}

namespace {

Rolled map_across(const TargetSet& set, const Crosswalk& crosswalk, std::vector<AreaData> areas) {
    RollUp mapped(set, crosswalk);
    Rolled out;
    for (AreaData& area : areas) {
        if (!mapped.is_part(area.name) && mapped.is_parent(area.name))
            mapped.keep_own(std::move(area), out.notes);
        else
            mapped.add(area);
    }
    mapped.finish([&](AreaData& unit) { out.parents.push_back(unit); }, out.notes, out.findings,
                  rule_message_number);
    return out;
}

Crosswalk split_commune(Diagnostics& problems) {
    // Xã A is split: 0.6 to Xã C, 0.4 to Xã D; Xã B joins Xã C whole.
    return build_crosswalk({{"Xã A", "Xã C", 0.6, {"cw.csv", 2, 1}},
                            {"Xã A", "Xã D", 0.4, {"cw.csv", 3, 1}},
                            {"Xã B", "Xã C", 1.0, {"cw.csv", 4, 1}}},
                           "cw.csv", problems);
}

}  // namespace

TEST_CASE("crosswalk: a split commune (0.6/0.4), sums and weighted means by share") {
    Diagnostics problems;
    const Crosswalk crosswalk = split_commune(problems);
    REQUIRE_FALSE(problems.has_errors());
    Rolled out = map_across(
        summing_set(), crosswalk,
        {named("Xã A", {make_series("output", {{2024, 1000}}), make_series("workers", {{2024, 500}}),
                        make_series("wage", {{2024, 6}}), make_series("online_pct", {{2024, 40}})}),
         named("Xã B", {make_series("output", {{2024, 300}}), make_series("workers", {{2024, 100}}),
                        make_series("wage", {{2024, 9}}), make_series("online_pct", {{2024, 50}})})});
    REQUIRE(out.parents.size() == 2);
    const AreaData& c = out.parents[0];
    const AreaData& d = out.parents[1];
    CHECK(c.name == "Xã C");
    CHECK(d.name == "Xã D");
    // Xã C: 0.6 x 1000 + 300 = 900; Xã D: 0.4 x 1000 = 400 (900 + 400 = 1300, nothing lost).
    CHECK(c.find_series("output")->values.at(2024).value == doctest::Approx(900));
    CHECK(d.find_series("output")->values.at(2024).value == doctest::Approx(400));
    // workers: 0.6 x 500 + 100 = 400 and 0.4 x 500 = 200.
    CHECK(c.find_series("workers")->values.at(2024).value == doctest::Approx(400));
    // wage, weighted by workers: (300 x 6 + 100 x 9) / 400 = 2700 / 400 = 6.75; Xã D keeps 6.
    CHECK(c.find_series("wage")->values.at(2024).value == doctest::Approx(6.75));
    CHECK(d.find_series("wage")->values.at(2024).value == doctest::Approx(6));
    // online_pct (aggregate: none) cannot cross a split or merge.
    CHECK(c.find_series("online_pct") == nullptr);
    CHECK(d.find_series("online_pct") == nullptr);
    CHECK(c.boundaries == "--crosswalk cw.csv: Xã C = 0.6 × Xã A + Xã B");
    CHECK(test::Messages(out.notes) ==
          test::Messages{
              "cw.csv:2:1: note: Xã C: online_pct cannot be carried across a merge or split (aggregate: "
              "none in the target set's series: block): left out of the new unit; only a rename "
              "carries them",
              "cw.csv:3:1: note: Xã D: online_pct cannot be carried across a merge or split (aggregate: "
              "none in the target set's series: block): left out of the new unit; only a rename "
              "carries them"});
}

TEST_CASE("crosswalk: a rename carries every series, none and undeclared ones too") {
    Diagnostics problems;
    const Crosswalk crosswalk =
        build_crosswalk({{"Xã Cũ", "Xã Mới", 1.0, {"cw.csv", 2, 1}}}, "cw.csv", problems);
    Rolled out = map_across(
        summing_set(), crosswalk,
        {named("Xã Cũ", {make_series("output", {{2023, 70}, {2024, 80}}),
                         make_series("online_pct", {{2024, 55.5}}), make_series("roads_km", {{2024, 12}})})});
    REQUIRE(out.parents.size() == 1);
    const AreaData& unit = out.parents[0];
    CHECK(unit.name == "Xã Mới");
    CHECK(unit.find_series("output")->values.at(2023).value == 70);
    CHECK(unit.find_series("online_pct")->values.at(2024).value == 55.5);
    CHECK(unit.find_series("roads_km")->values.at(2024).value == 12);
    CHECK(out.notes.items().empty());
}

TEST_CASE("crosswalk: an old unit missing a year leaves the new unit's year missing, named") {
    Diagnostics problems;
    const Crosswalk crosswalk = split_commune(problems);
    Rolled out = map_across(summing_set(), crosswalk,
                            {named("Xã A", {make_series("output", {{2023, 900}, {2024, 1000}})}),
                             named("Xã B", {make_series("output", {{2024, 300}})})});
    const AreaData& c = out.parents[0];
    CHECK(c.find_series("output")->values.count(2023) == 0);  // never 0.6 x 900 alone
    CHECK(c.find_series("output")->values.at(2024).value == doctest::Approx(900));
    CHECK(out.parents[1].find_series("output")->values.at(2023).value == doctest::Approx(360));
    CHECK(test::Messages(out.notes) ==
          test::Messages{
              "cw.csv:2:1: note: Xã C: not mapped onto the new boundaries for output 2023: no figures "
              "from Xã B (a sum without them would be too small); those years stay missing"});
}

TEST_CASE("crosswalk: an unknown old unit is located, with did you mean") {
    Diagnostics problems;
    const Crosswalk crosswalk = split_commune(problems);
    Rolled out = map_across(summing_set(), crosswalk,
                            {named("Xã A", {make_series("output", {{2024, 1000}})}),
                             named("Xa B", {make_series("output", {{2024, 300}})})});
    CHECK(test::Messages(out.notes) ==
          test::Messages{
              "cw.csv:4:1: warning: 'Xã B' is in the crosswalk (part of 'Xã C') but no input has "
              "figures for it; did you mean 'Xa B', which the inputs have?",
              "cw.csv:2:1: note: Xã C: not mapped onto the new boundaries for output 2024: no figures "
              "from Xã B (a sum without them would be too small); those years stay missing",
              "cw.csv: note: 1 area with figures the crosswalk does not name (Xa B): each is reported "
              "on its own boundaries, as the inputs give it; add a row for it to map it"});
}
