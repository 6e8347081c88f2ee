#include "chitieu/engine/name_check.hpp"

#include <doctest/doctest.h>

#include "engine_fixtures.hpp"

using namespace chitieu;
using namespace chitieu::test;

namespace {

SourceLocation at(const char* file, int line) {
    return {FileName(file), line, 1};
}

Target series_target(const std::string& id, TargetKind kind, const std::string& series, int line) {
    Target target = make_target(kind, Op::gt, 1.0);
    target.id = id;
    target.series = series;
    target.where = at("plan.yaml", line);
    return target;
}

Target share_target(const std::string& id, const std::string& numerator, const std::string& denominator,
                    int line) {
    Target target = make_target(TargetKind::share, Op::gt, 1.0);
    target.id = id;
    target.numerator = numerator;
    target.denominator = denominator;
    target.where = at("plan.yaml", line);
    return target;
}

Target milestone_target(const std::string& id, std::vector<std::string> zones, int line) {
    Target target = make_target(TargetKind::milestones, Op::ge, 1.0);
    target.id = id;
    target.zones = std::move(zones);
    target.where = at("plan.yaml", line);
    return target;
}

TargetSet plan(std::vector<Target> targets, const std::string& origin = "plan.yaml") {
    TargetSet set;
    set.id = "plan";
    set.origin = origin;
    set.targets = std::move(targets);
    return set;
}

// An area whose series are declared at data.yaml lines 10, 11, ... in the order given.
InputNames inputs_of(const std::vector<std::string>& indicators, const std::vector<std::string>& zones = {}) {
    AreaData area;
    int line = 10;
    for (const std::string& indicator : indicators) {
        Series series = make_series(indicator, {{2020, 1.0}});
        series.where = at("data.yaml", line++);
        area.series[indicator] = series;
    }
    line = 50;
    for (const std::string& name : zones) {
        Zone zone;
        zone.name = name;
        zone.where = at("data.yaml", line++);
        area.zones.push_back(zone);
    }
    InputNames names;
    names.add(area);
    return names;
}

}  // namespace

TEST_CASE("names_near: fold keys equal, or within 0/1/2 edits by length, digits alike") {
    CHECK(names_near("employment_industy", "employment_industry"));        // 1 insertion, 18 characters
    CHECK(names_near("employment_indsutry", "employment_industry"));       // 1 swap
    CHECK(names_near("grdp_totl", "grdp_total"));                          // 1 insertion
    CHECK(names_near("elektricity_outptu", "electricity_output"));         // k->c, swap tu: 2
    CHECK_FALSE(names_near("elektrisity_outptu", "electricity_output"));   // 3 edits
    CHECK(names_near("Nhu Khe", "Nh\xE1\xBB\xAF Kh\xC3\xAA"));             // "Nhữ Khê": keys equal
    CHECK(names_near("DOI CAN", "\xC4\x90\xE1\xBB\x99i C\xE1\xBA\xA5n"));  // "Đội Cấn": đ read as d
    CHECK_FALSE(names_near("jobs", "job"));           // the shorter key has 3 characters: 0 edits allowed
    CHECK_FALSE(names_near("gdp", "gnp"));            // 3 characters: different series
    CHECK(names_near("GDP", "gdp"));                  // case alone
    CHECK_FALSE(names_near("pop_2019", "pop_2020"));  // digits differ: by intent
    CHECK_FALSE(names_near("S\xC6\xA1n Nam 2", "S\xC6\xA1n Nam"));
    CHECK_FALSE(names_near("jobs_total", "jobs_industry"));
}

TEST_CASE(
    "an unused input indicator near a needed series is an error at the input, with a note at the target") {
    const TargetSet set = plan({share_target("labour_share", "employment_industry", "employment_total", 5),
                                series_target("labour", TargetKind::level, "employment_industry", 9)});
    const auto findings = check_names(set, inputs_of({"employment_total", "employment_industy"}));
    REQUIRE(findings.size() == 2);
    CHECK(findings[0].rule == kRuleUnknownIndicator);
    CHECK(findings[0].diagnostic.severity == Severity::error);
    CHECK(findings[0].diagnostic.where.line == 11);
    CHECK(findings[0].diagnostic.message ==
          "indicator 'employment_industy' is used by no target; did you mean 'employment_industry'? "
          "(targets 'labour_share' and 'labour' need it)");
    CHECK(findings[1].diagnostic.severity == Severity::note);
    CHECK(findings[1].diagnostic.where.line == 5);
    CHECK(findings[1].diagnostic.message == "target 'labour_share' needs series 'employment_industry' here");
}

TEST_CASE("the built-in set gets no note at its targets: the user cannot edit it") {
    const TargetSet set = plan({series_target("output", TargetKind::level, "industrial_output", 5),
                                series_target("other", TargetKind::level, "other", 9)},
                               "builtin:some-plan");
    const auto findings = check_names(set, inputs_of({"industrial_outptu", "other"}));
    REQUIRE(findings.size() == 1);
    CHECK(findings[0].rule == kRuleUnknownIndicator);
}

TEST_CASE("a needed series no input has: a warning, or an error when an input indicator is near") {
    const TargetSet set = plan({series_target("output", TargetKind::growth, "industrial_output", 5),
                                series_target("labour", TargetKind::level, "employment_industy", 9),
                                share_target("share", "employment_industry", "employment_total", 13)});
    // employment_industry is used (by 'share'), so the typo is the target set's.
    const auto findings = check_names(set, inputs_of({"employment_industry", "industrial_output"}));
    REQUIRE(findings.size() == 3);
    CHECK(findings[0].rule == kRuleMissingSeries);
    CHECK(findings[0].diagnostic.severity == Severity::error);
    CHECK(findings[0].diagnostic.where.line == 9);
    CHECK(findings[0].diagnostic.message ==
          "target 'labour' needs series 'employment_industy', which no input has; did you mean "
          "'employment_industry'?");
    CHECK(findings[1].diagnostic.severity == Severity::note);
    CHECK(findings[1].diagnostic.where.line == 10);
    CHECK(findings[1].diagnostic.message == "indicator 'employment_industry' is here");
    CHECK(findings[2].diagnostic.severity == Severity::warning);
    CHECK(findings[2].diagnostic.where.line == 13);
    CHECK(findings[2].diagnostic.message ==
          "target 'share' needs series 'employment_total', which no input has: add it: without it, what "
          "needs it cannot be judged");
}

TEST_CASE("no needed series in the inputs: one error, and no warning per series") {
    const TargetSet set = plan({series_target("output", TargetKind::level, "industrial_output", 5),
                                share_target("share", "jobs_industry", "jobs_total", 9)});
    const auto findings = check_names(set, inputs_of({"lao_dong", "gtsx"}));
    REQUIRE(findings.size() == 1);
    CHECK(findings[0].rule == kRuleNoMatchingSeries);
    CHECK(findings[0].diagnostic.severity == Severity::error);
    CHECK(findings[0].diagnostic.where.line == 11);  // the first indicator in name order: gtsx
    CHECK(findings[0].diagnostic.message ==
          "none of the series the target set needs is in the inputs: it needs industrial_output, "
          "jobs_industry, jobs_total; the inputs hold gtsx, lao_dong. Name the indicators as the set does "
          "(chitieu targets export prints it), or give the right set with -t");
}

TEST_CASE("inputs without series, or a set without series, give no series finding") {
    const TargetSet set = plan({series_target("output", TargetKind::level, "industrial_output", 5)});
    CHECK(check_names(set, inputs_of({})).empty());
    CHECK(check_names(plan({}), inputs_of({"x"})).empty());
    // An unused indicator near nothing is extra data: silent.
    CHECK(check_names(set, inputs_of({"industrial_output", "population"})).empty());
}

TEST_CASE("zones a milestone target names: did you mean, diacritics aside") {
    const TargetSet set = plan(
        {milestone_target("parks", {"Nam S\xC6\xA1n D\xC6\xB0\xC6\xA1ng", "Nh\xE1\xBB\xAF Kh\xC3\xAA"}, 5),
         milestone_target("expansion", {"Long B\xC3\xACnh An"}, 9)});
    // Inputs: "Nam Sơn Dương", "Nhu Khe" (typed without diacritics); "Long Bình An" missing.
    const auto findings = check_names(set, inputs_of({}, {"Nam S\xC6\xA1n D\xC6\xB0\xC6\xA1ng", "Nhu Khe"}));
    REQUIRE(findings.size() == 3);
    CHECK(findings[0].rule == kRuleUnknownZone);
    CHECK(findings[0].diagnostic.severity == Severity::error);
    CHECK(findings[0].diagnostic.where.line == 51);
    CHECK(findings[0].diagnostic.message ==
          "zone 'Nhu Khe' is named by no target; did you mean 'Nh\xE1\xBB\xAF Kh\xC3\xAA'? (target 'parks' "
          "names it; the two differ only in case or diacritics)");
    CHECK(findings[1].diagnostic.severity == Severity::note);
    CHECK(findings[2].rule == kRuleMissingZone);
    CHECK(findings[2].diagnostic.severity == Severity::warning);
    CHECK(findings[2].diagnostic.where.line == 9);
    CHECK(findings[2].diagnostic.message ==
          "target 'expansion' names zone 'Long B\xC3\xACnh An', which no input zone has: check the name: a "
          "zone the inputs lack is never reached");
}

TEST_CASE("an input zone near a named zone that the inputs do have is a different zone") {
    // "Tân Thành" and "Tân Thạnh" can be two places: with both in the inputs, nothing is said.
    const TargetSet set = plan({milestone_target("parks", {"T\xC3\xA2n Th\xC3\xA0nh"}, 5)});
    CHECK(
        check_names(set, inputs_of({}, {"T\xC3\xA2n Th\xC3\xA0nh", "T\xC3\xA2n Th\xE1\xBA\xA1nh"})).empty());
}

TEST_CASE("InputNames keeps each name once, where it first appears") {
    AreaData first = make_area({make_series("x", {{2020, 1.0}})});
    first.series["x"].where = at("a.csv", 2);
    AreaData second = make_area({make_series("x", {{2020, 1.0}}), make_series("y", {{2020, 1.0}})});
    second.series["x"].where = at("a.csv", 9);
    InputNames names;
    names.add(first);
    names.add(second);
    REQUIRE(names.indicators().size() == 2);
    CHECK(names.indicators()[0].name == "x");
    CHECK(names.indicators()[0].where.line == 2);
    CHECK(names.has_indicator("y"));
    names.clear();
    CHECK(names.indicators().empty());
    CHECK_FALSE(names.has_indicator("x"));
}

TEST_CASE("did you mean says when the two names differ only in normalisation, or case and diacritics") {
    const TargetSet set = plan({milestone_target("parks", {"Nh\xE1\xBB\xAF Kh\xC3\xAA"}, 5)});
    // "Nhữ Khê" in NFD: u + horn (CC 9B) + tilde (CC 83), e + circumflex (CC 82).
    const auto nfd = check_names(set, inputs_of({}, {"Nhu\xCC\x9B\xCC\x83 Khe\xCC\x82"}));
    REQUIRE(nfd.size() == 2);
    CHECK(nfd[0].diagnostic.message ==
          "zone 'Nhu\xCC\x9B\xCC\x83 Khe\xCC\x82' is named by no target; did you mean 'Nh\xE1\xBB\xAF "
          "Kh\xC3\xAA'? (target 'parks' names it; the two are the same letters in another Unicode "
          "normalisation)");
    const auto plain = check_names(set, inputs_of({}, {"nhu khe"}));
    REQUIRE(plain.size() == 2);
    CHECK(plain[0].diagnostic.message ==
          "zone 'nhu khe' is named by no target; did you mean 'Nh\xE1\xBB\xAF Kh\xC3\xAA'? (target 'parks' "
          "names it; the two differ only in case or diacritics)");
}
