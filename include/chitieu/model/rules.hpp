// The data rules the statistics must keep, one home each. The YAML and CSV loaders and the merge of
// several inputs all call these, so a rule holds the same way and reads the same words whatever
// the input; a loader only decides what it keeps of an entry that breaks one.
#pragma once

#include <string>
#include <string_view>

#include "chitieu/diagnostic.hpp"
#include "chitieu/model/statistics.hpp"

namespace chitieu {

// Indicator names are [a-z][a-z0-9_]* (they are ids in target sets, files and reports).
bool is_indicator_name(std::string_view name);
// What is wrong with `name`, and the ASCII spelling to use when one follows from it
// ("Industrial Output" -> 'industrial_output').
std::string indicator_name_error(std::string_view name);

// One description per zone and snapshot year: two describe the same when name and year agree
// (two without a year agree too).
bool same_zone_snapshot(const Zone& a, const Zone& b);
// `again` repeats the zone described at `first`, in area `area`: error at `again`, note at `first`.
void report_zone_twice(Diagnostics& diagnostics, const Zone& again, const std::string& area,
                       const SourceLocation& first);

// Land figures are a snapshot: they need the year they describe. False, with an error at `where`
// (the first land figure), when the zone has one and no year.
bool check_land_dated(const Zone& zone, const SourceLocation& where, Diagnostics& diagnostics);

// Leased land is part of the leasable land. False, with an error at `where` (the leased figure),
// when both are given and leased is more; the figures are quoted as the input writes them.
bool check_leased_within_leasable(const Zone& zone, const SourceLocation& where, std::string_view leased,
                                  std::string_view leasable, Diagnostics& diagnostics);

// An expansion comes after the establishment (the same year is fine). False, with an error at
// `where` (the expanded year), when both are given and expanded is earlier.
bool check_expanded_after_established(const Zone& zone, const SourceLocation& where,
                                      Diagnostics& diagnostics);

// One value per area, indicator and year (and one index): `again` repeats the one at `first`.
enum class YearlyFigure { value, index };
void report_given_twice(Diagnostics& diagnostics, YearlyFigure figure, const std::string& indicator,
                        const std::string& area, int year, const SourceLocation& again,
                        const SourceLocation& first);

// One unit per area and indicator: `unit` at `again` differs from `first_unit` given at `first`.
void report_unit_differs(Diagnostics& diagnostics, const std::string& indicator, const std::string& area,
                         const std::string& unit, const std::string& first_unit, const SourceLocation& again,
                         const SourceLocation& first);

}  // namespace chitieu
