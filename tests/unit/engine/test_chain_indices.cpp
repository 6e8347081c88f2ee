#include <doctest/doctest.h>

#include "chitieu/engine/chain_indices.hpp"

using namespace chitieu;

namespace {

Dataset output_with(std::map<int, double> levels, std::map<int, double> indices) {
    Dataset data;
    Series& series = data.area("Tuyên Quang").series["industrial_output"];
    series.indicator = "industrial_output";
    int line = 1;
    for (auto [year, value] : levels) series.values[year] = {value, {"s.yaml", line++, 5}};
    for (auto [year, value] : indices) series.indices[year] = {value, {"s.yaml", line++, 5}};
    return data;
}

const Series& output(const Dataset& data) {
    return data.areas.front().series.at("industrial_output");
}

}  // namespace

TEST_CASE("one anchor level and two indices give the earlier years (the issue's example)") {
    Dataset data = output_with({{2022, 17680}}, {{2021, 116.8}, {2022, 116.6}});
    Diagnostics diagnostics;
    chain_indices(data, diagnostics);
    CHECK(diagnostics.items().empty());
    const Series& series = output(data);
    REQUIRE(series.values.size() == 3);
    CHECK(series.values.at(2021).value == doctest::Approx(17680 / 1.166));
    CHECK(series.values.at(2020).value == doctest::Approx(17680 / 1.166 / 1.168));
    CHECK(series.values.at(2020).value == doctest::Approx(12982).epsilon(0.0001));
    CHECK(series.values.at(2020).where.line == 2);  // where the 2021 index was given
}

TEST_CASE("indices chain forwards from a base level") {
    Dataset data = output_with({{2020, 1000}}, {{2021, 110}, {2022, 90}});
    Diagnostics diagnostics;
    chain_indices(data, diagnostics);
    CHECK(output(data).values.at(2021).value == doctest::Approx(1100));
    CHECK(output(data).values.at(2022).value == doctest::Approx(990));
}

TEST_CASE("given levels are kept, and a disagreeing index is a warning") {
    Dataset data = output_with({{2020, 1000}, {2021, 1100}}, {{2021, 112.0}});
    Diagnostics diagnostics;
    chain_indices(data, diagnostics);
    REQUIRE(diagnostics.items().size() == 1);
    CHECK(diagnostics.items()[0].severity == Severity::warning);
    CHECK(diagnostics.items()[0].message ==
          "index 112 for 2021 disagrees with the levels 1000 (2020) and 1100 (2021), which imply 110; the "
          "levels "
          "are used — check which figure is right");
    CHECK(output(data).values.at(2021).value == 1100);
}

TEST_CASE("an index within rounding of the levels is accepted silently") {
    Dataset data = output_with({{2021, 15163}, {2022, 17680}}, {{2022, 116.6}});  // implies 116.5996
    Diagnostics diagnostics;
    chain_indices(data, diagnostics);
    CHECK(diagnostics.items().empty());
}

TEST_CASE("a zero index is an error; indices without any level are a warning") {
    Dataset zero = output_with({{2020, 1000}}, {{2021, 0}});
    Diagnostics errors;
    chain_indices(zero, errors);
    CHECK(errors.has_errors());
    CHECK(output(zero).values.size() == 1);

    Dataset unanchored = output_with({}, {{2021, 110}});
    Diagnostics warnings;
    chain_indices(unanchored, warnings);
    REQUIRE(warnings.items().size() == 1);
    CHECK(warnings.items()[0].severity == Severity::warning);
    CHECK(output(unanchored).values.empty());
}

TEST_CASE("a chain that meets a given level with a different value is a warning") {
    // 2020 = 1000, +10 % to 2021 (derived 1100), but 2022 is given as 1300 while its index says 105.
    Dataset data = output_with({{2020, 1000}, {2022, 1300}}, {{2021, 110}, {2022, 105}});
    Diagnostics diagnostics;
    chain_indices(data, diagnostics);
    REQUIRE(diagnostics.items().size() == 1);
    CHECK(diagnostics.items()[0].message.find("index 105 for 2022 disagrees") == 0);
    CHECK(output(data).values.at(2022).value == 1300);
}
