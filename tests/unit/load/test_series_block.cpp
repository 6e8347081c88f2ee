// A target set's series: block (load/series_block.cpp).
#include <doctest/doctest.h>

#include <string>

#include "chitieu/load/builtin_targets.hpp"
#include "chitieu/load/targets_yaml.hpp"
#include "support/messages.hpp"

using namespace chitieu;

namespace {

struct Loaded {
    TargetSet set;
    test::Messages messages;
};

Loaded load_series(const std::string& block) {
    Diagnostics diagnostics;
    Loaded result;
    result.set =
        load_targets_yaml("id: example\nperiod: {base: 2020, end: 2025}\nseries:\n" + block +
                              "targets:\n  - {id: a, kind: level, series: output, op: '>', value: 1}\n",
                          "t.yaml", diagnostics);
    result.messages = test::Messages(diagnostics);
    return result;
}

}  // namespace

TEST_CASE("series block: sum, none, weighted_mean with its weight") {
    const Loaded loaded = load_series(
        "  output: {aggregate: sum}\n  online_pct: {aggregate: none}\n"
        "  wage: {aggregate: weighted_mean, weight: workers}\n  workers: {aggregate: sum}\n");
    CHECK(loaded.messages.empty());
    REQUIRE(loaded.set.series.size() == 4);
    CHECK(loaded.set.find_series_rule("output")->aggregate == Aggregate::sum);
    CHECK(loaded.set.find_series_rule("online_pct")->aggregate == Aggregate::none);
    CHECK(loaded.set.find_series_rule("wage")->aggregate == Aggregate::weighted_mean);
    CHECK(loaded.set.find_series_rule("wage")->weight == "workers");
    CHECK(loaded.set.find_series_rule("wage")->where.line == 6);
}

TEST_CASE("series block: located errors") {
    CHECK(
        load_series("  wage: {aggregate: weighted_mean}\n").messages ==
        test::Messages{"t.yaml:4:21: error: aggregate: weighted_mean needs `weight: SERIES`, the series each "
                       "child's value is weighted by"});
    CHECK(load_series("  output: {aggregate: add}\n")
              .messages.front()
              .find("'add' is not a way to aggregate") != std::string::npos);
    CHECK(
        load_series("  output: {aggregate: sum, weight: w}\n").messages.front().find("weighted_mean only") !=
        std::string::npos);
    CHECK(load_series("  Output: {aggregate: sum}\n").messages.front().find("t.yaml:4:3: error") == 0);
    CHECK(load_series("  wage: {aggregate: weighted_mean, weight: share}\n  share: {aggregate: none}\n")
              .messages.front()
              .find("a weight must sum") != std::string::npos);
}

TEST_CASE("series block: the built-in sets declare every series their targets read") {
    for (const std::string name : {"tuyen-quang-industry-2021-2025", "tuyen-quang-2026-2030"}) {
        Diagnostics diagnostics;
        const EmbeddedFile* file = find_builtin_target_set(name);
        REQUIRE(file);
        const TargetSet set = load_targets_yaml(file->text, "builtin:" + name, diagnostics);
        CHECK_FALSE(diagnostics.has_errors());
        for (const Target& target : set.targets)
            for (const std::string* series : {&target.series, &target.numerator, &target.denominator})
                if (!series->empty())
                    CHECK_MESSAGE(set.find_series_rule(*series) != nullptr, name << ": " << *series);
    }
}
