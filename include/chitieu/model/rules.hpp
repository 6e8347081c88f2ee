// The data rules the statistics must keep, one home each. The YAML and CSV loaders and the merge of
// several inputs all call these, so a rule holds the same way and reads the same words whatever
// the input; a loader only decides what it keeps of an entry that breaks one.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "chitieu/diagnostic.hpp"
#include "chitieu/model/statistics.hpp"
#include "chitieu/util/parse_number.hpp"

namespace chitieu {

// Indicator names are [a-z][a-z0-9_]* (they are ids in target sets, files and reports).
bool is_indicator_name(std::string_view name);
// What is wrong with `name`, and the ASCII spelling to use when one follows from it
// ("Industrial Output" -> 'industrial_output').
std::string indicator_name_error(std::string_view name);
// The same in Vietnamese (Diagnostic::message_vi), with the same suggestion.
std::string indicator_name_error_vi(std::string_view name);

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

// Zones given without an area (a zones table without an `area` column, as a park management
// board exports it: name,kind,district,...) belong to an area of the other inputs: the area
// their `district` names (since July 2025 Vietnam has no districts: the column is only a name,
// compared with the area names), else the one area the other inputs hold. They sit in the
// unnamed area until the inputs are merged.
//
// True when `data` holds such zones: an unnamed area with zones and no series (an unnamed area
// with series is an area of its own, as a file without `area:` describes one).
bool has_zones_without_area(const Dataset& data);
// Moves each such zone into its area (merge_area's rules: a zone described twice is an error) and
// drops the unnamed area. Nothing happens when no other area is named. A zone that fits no area
// is an error at the zone that says how to name its area.
void place_zones_without_area(Dataset& data, Diagnostics& diagnostics);

// Unit slips and misplaced separators (unit_slips.cpp), judged once an area's series are complete
// (every input merged, indices chained), by every source, for `report` and `check` alike:
// - error: a value written like a thousands group (Observation::written, "23.730") whose nearest
//   plainly written values in the series, the year before and the year after where there are
//   any, are each kSlipRatioLow to kSlipRatioHigh times larger: 23.730 among 20456.9 and 27700
//   was meant as 23730 (or the file uses the decimal comma). Both readings are spelled out.
// - warning: two years in a row of a series that differ by a factor kJumpRatioLow to
//   kJumpRatioHigh (up or down): about 100 (a percentage and a fraction) or about 1000 (triệu vs
//   tỷ đồng, người vs nghìn người). Normal growth, even a tripling, stays far below. A value the
//   error above names is not warned about again.
// - warning, once per file: a value written like a thousands group in a file split at ';' that
//   is no error (the series around it has the same size): such files come from spreadsheets
//   that group thousands with a dot, and --decimal-comma may be what the whole file needs.
// A data rule, not a consistency rule of `check`: the loaders see how a value was written, and
// `report` must refuse the slip too (it is an error: nothing is written).
inline constexpr double kSlipRatioLow = 300.0;
inline constexpr double kSlipRatioHigh = 3000.0;
inline constexpr double kJumpRatioLow = 100.0 / 3.0;
inline constexpr double kJumpRatioHigh = 3000.0;

class UnitSlipRule {
public:
    void check(const AreaData& area, Diagnostics& diagnostics);
    void check(const Dataset& data, Diagnostics& diagnostics);

private:
    std::vector<FileName> warned_;  // the ';' files warned about already
};

// The warning for a value written like a thousands group ("16.143") in a ';' file: the same words
// for series values (UnitSlipRule) and zones' land figures (the zones table's loader). `what`
// names the value: "grdp_total 2020 in area 'X'", "leasable_ha".
std::string semicolon_group_warning(std::string_view what, std::string_view written, double value);
// The same in Vietnamese; `what` as semicolon_group_warning's, in Vietnamese ("grdp_total năm 2020
// của địa bàn 'X'", "leasable_ha").
std::string semicolon_group_warning_vi(std::string_view what, std::string_view written, double value);

// Zone cells as offices write them (zone_cells.cpp), in the CSV zones table's columns.
//
// Words compared as chitieu reads them: NFC, case-folded (diacritics kept), spaces collapsed.
std::string fold_words(std::string_view text);
// A zone's kind: park or cluster, or in Vietnamese KCN / khu công nghiệp (park), CCN / cụm công
// nghiệp (cluster), in any case. nullopt for anything else.
std::optional<ZoneKind> zone_kind_from_text(std::string_view text);
// The year of an establishment or expansion decision: 2009, 05/03/2009, 5/3/2009, 2009-03-05, or
// the decision as a list writes it, "Số 123/QĐ-TTg ngày 05/3/2009" (its one date; a decision's
// number such as 123/QĐ is no date), or "ngày 5 tháng 3 năm 2009". The error starts with the
// text quoted and says what to write; a text with dates in two years is refused, not guessed.
YearParse decision_year(std::string_view text);
// The year a list's title says its figures are as of: the first date after "đến" ("Số liệu đến
// 31/12/2024", "tính đến hết năm 2024"). Other dates in a title (the report's own, "Kèm theo
// Báo cáo số 12/BC-BQL ngày 10/01/2025") give none.
std::optional<int> title_year(std::string_view text);

// The cross-checks of a management board's list. Figures agree when they differ by no more than
// half a unit of the last decimal the checked figure is written with (64,3 and 64.333 agree;
// 182,0 and 182.1 do not): a list rounds, it does not err by more.
double rounding_tolerance(std::string_view written);
// A reported occupancy rate (percent, `written` as the list gives it, at `where`) against
// leased ÷ leasable × 100: a warning naming both when they disagree. Nothing without both figures.
// The figures are quoted as the input writes them.
void check_reported_occupancy(const Zone& zone, double reported, std::string_view written,
                              std::string_view leased, std::string_view leasable, const SourceLocation& where,
                              Diagnostics& diagnostics);
// A totals row's figure (`what`: "leasable_ha") against the sum of its `rows` rows: a warning at
// the totals row naming both when they disagree.
void check_list_total(std::string_view what, double total, std::string_view written, double sum,
                      std::size_t rows, const SourceLocation& where, Diagnostics& diagnostics);

}  // namespace chitieu
