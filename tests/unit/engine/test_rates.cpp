// The plain formulas and the status thresholds, with hand-checked numbers.
#include <doctest/doctest.h>

#include "chitieu/engine/rates.hpp"
#include "engine/progress.hpp"
#include "engine_fixtures.hpp"

using namespace chitieu;
using chitieu::test::near;

TEST_CASE("rates: the resolution's arithmetic") {
    // 27700 / 1.14^5 = 14386.51..., which the resolution digest rounds to 14386.6.
    std::optional<double> base = project_value(27700.0, 1.0 / 1.14 - 1.0, 5);
    CHECK(near(base, 14386.6, 0.1));
    CHECK(near(base, 14386.512, 0.001));
    // From 14386.6 to 27700 in five years needs 14.0 % a year (13.99986 %).
    std::optional<double> required = compound_rate(14386.6, 27700.0, 5);
    REQUIRE(required);
    CHECK(near(*required * 100.0, 14.0, 0.01));
    CHECK(near(*required * 100.0, 13.99986, 0.00001));
    // And forward: 14386.6 at 14 % for five years is 27700.17.
    CHECK(near(project_value(14386.6, 0.14, 5), 27700.169, 0.001));
}

TEST_CASE("rates: compound_rate and project_value refuse what is undefined") {
    CHECK(near(compound_rate(100.0, 121.0, 2), 0.1, 1e-12));
    CHECK(near(compound_rate(100.0, 81.0, 2), -0.1, 1e-12));
    CHECK_FALSE(compound_rate(0.0, 121.0, 2));
    CHECK_FALSE(compound_rate(100.0, 0.0, 2));
    CHECK_FALSE(compound_rate(-100.0, -121.0, 2));
    CHECK_FALSE(compound_rate(100.0, 121.0, 0));
    CHECK_FALSE(compound_rate(100.0, 121.0, -1));
    CHECK_FALSE(compound_rate(1e-300, 1e300, 1));  // the ratio overflows to inf
    CHECK_FALSE(compound_rate(1e300, 1e-300, 1));  // the ratio underflows to 0

    CHECK(near(project_value(100.0, 0.1, 2), 121.0, 1e-9));
    CHECK(near(project_value(-50.0, 0.1, 1), -55.0, 1e-9));
    CHECK(near(project_value(100.0, 0.1, 0), 100.0));
    CHECK_FALSE(project_value(100.0, -1.0, 2));
    CHECK_FALSE(project_value(100.0, 0.1, -1));
    CHECK_FALSE(project_value(1e300, 1e10, 100));  // overflows
}

TEST_CASE("rates: share") {
    CHECK(near(share_pct(118500.0, 526900.0), 22.490036059973427, 1e-9));
    CHECK(near(share_pct(-5.0, 20.0), -25.0));
    CHECK_FALSE(share_pct(1.0, 0.0));
    CHECK_FALSE(share_pct(1e300, 1e-300));
}

TEST_CASE("rates: occupancy weighted and mean") {
    std::vector<LandArea> zones{{201.3, 290.0}, {50.0, 100.0}};
    // weighted: 251.3 / 390 = 64.4359 %; mean: (69.4138 + 50) / 2 = 59.7069 %.
    CHECK(near(occupancy_weighted_pct(zones), 64.43589743589743, 1e-9));
    CHECK(near(occupancy_mean_pct(zones), 59.70689655172414, 1e-9));
    // A zone without leasable land has no rate of its own: the mean skips it.
    zones.push_back({0.0, 0.0});
    CHECK(near(occupancy_mean_pct(zones), 59.70689655172414, 1e-9));
    CHECK(near(occupancy_weighted_pct(zones), 64.43589743589743, 1e-9));
    CHECK_FALSE(occupancy_weighted_pct({}));
    CHECK_FALSE(occupancy_mean_pct({}));
    CHECK_FALSE(occupancy_weighted_pct({{0.0, 0.0}}));
    CHECK_FALSE(occupancy_mean_pct({{0.0, 0.0}}));
}

TEST_CASE("progress: thresholds are inclusive exactly as written") {
    Assessment standard;
    CHECK(progress_status(0.95, standard) == Status::on_track);
    CHECK(progress_status(1.7, standard) == Status::on_track);
    CHECK(progress_status(0.9499999, standard) == Status::at_risk);
    CHECK(progress_status(0.60, standard) == Status::at_risk);
    CHECK(progress_status(0.5999999, standard) == Status::off_track);
    CHECK(progress_status(0.0, standard) == Status::off_track);
    CHECK(progress_status(-0.4, standard) == Status::off_track);  // moving away

    Assessment custom{0.9, 0.5};
    CHECK(progress_status(0.9, custom) == Status::on_track);
    CHECK(progress_status(0.89, custom) == Status::at_risk);
    CHECK(progress_status(0.5, custom) == Status::at_risk);
    CHECK(progress_status(0.49, custom) == Status::off_track);
}

TEST_CASE("progress: pace ratio of counts") {
    // 2 of 5 after 2 of 5 years: exactly on pace.
    CHECK(near(pace_ratio(2, 5, 2020, 2022, 2025), 1.0, 1e-12));
    // 1 of 3 after 4 of 5 years: (1/3) / 0.8 = 0.41667.
    CHECK(near(pace_ratio(1, 3, 2020, 2024, 2025), 0.4166666666666667, 1e-12));
    CHECK_FALSE(pace_ratio(1, 3, 2020, 2020, 2025));  // no time elapsed
    CHECK_FALSE(pace_ratio(1, 3, 2020, 2019, 2025));
    CHECK_FALSE(pace_ratio(1, 0, 2020, 2022, 2025));
}
