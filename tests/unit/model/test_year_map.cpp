#include <doctest/doctest.h>

#include <stdexcept>
#include <string>

#include "chitieu/model/year_map.hpp"

using namespace chitieu;

TEST_CASE("YearMap keeps years ascending whatever the order they arrive in") {
    YearMap<std::string> years;
    CHECK(years.try_emplace(2021, "b").second);
    CHECK(years.try_emplace(2023, "d").second);  // appended
    CHECK(years.try_emplace(2019, "a").second);  // inserted at the front
    CHECK(years.try_emplace(2022, "c").second);  // inserted in the middle
    std::string order;
    for (const auto& [year, name] : years) order += std::to_string(year) + name + " ";
    CHECK(order == "2019a 2021b 2022c 2023d ");
    CHECK(years.rbegin()->first == 2023);
}

TEST_CASE("YearMap: a year given twice keeps its first value, as std::map::try_emplace") {
    YearMap<double> values;
    values.emplace(2020, 1.5);
    const auto [it, added] = values.try_emplace(2020, 9.0);
    CHECK_FALSE(added);
    CHECK(it->second == 1.5);
    CHECK(values.size() == 1);
    values[2020] = 2.5;  // operator[] assigns
    values[2018];        // and adds a default value, as std::map does
    CHECK(values.at(2020) == 2.5);
    CHECK(values.at(2018) == 0.0);
    CHECK(values.size() == 2);
}

TEST_CASE("YearMap lookups: find, count, bounds, at") {
    YearMap<int> years;
    for (int year : {2015, 2017, 2020}) years.emplace(year, year - 2000);
    CHECK(years.find(2017)->second == 17);
    CHECK(years.find(2016) == years.end());
    CHECK(years.count(2020) == 1);
    CHECK(years.count(2021) == 0);
    CHECK(years.lower_bound(2016)->first == 2017);
    CHECK(years.lower_bound(2017)->first == 2017);
    CHECK(years.upper_bound(2017)->first == 2020);
    CHECK(years.upper_bound(2020) == years.end());
    CHECK(years.lower_bound(2021) == years.end());
    CHECK_THROWS_AS(years.at(2016), std::out_of_range);
}
