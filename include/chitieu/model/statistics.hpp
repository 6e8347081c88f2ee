// Statistics: yearly series and industrial zones, per area. The shared vocabulary that loaders
// produce and the engine reads.
#pragma once

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "chitieu/diagnostic.hpp"
#include "chitieu/model/year_map.hpp"

namespace chitieu {

inline constexpr int kMinYear = 1900;
inline constexpr int kMaxYear = 2100;

// How a value was written, as far as the unit-slip rule (UnitSlipRule in model/rules.hpp) needs
// to know: one to three digits, the decimal mark and exactly three more digits ("23.730") read as
// a decimal may have been meant as a thousands group (23730). The loaders, which see the text,
// say so; the rule judges it against the rest of the series once the area is complete.
enum class Written : std::uint8_t {
    plain,
    dot_group,            // "23.730" in YAML
    dot_group_csv,        // "23.730" in a CSV file (the dot convention; --decimal-comma is a way out)
    dot_group_semicolon,  // "23.730" in a CSV file split at ';', as decimal-comma spreadsheets write
    comma_group,          // "23,730" read under --decimal-comma as 23.73
};

// What the publisher says of a value (SDMX-CSV's OBS_STATUS): final, or a figure that may still
// change. Reports say so beside a status judged on it ("2024 figure preliminary").
enum class Standing : std::uint8_t {
    normal,       // OBS_STATUS A, or none given
    preliminary,  // OBS_STATUS P (provisional)
    estimated,    // OBS_STATUS E
};

const char* standing_name(Standing standing);  // "normal", "preliminary", "estimated"

struct Observation {
    double value = 0.0;                    // always finite
    SourceLocation where;                  // where the value was given (for duplicate and check messages)
    Written written = Written::plain;      // in the padding after `where`: no bigger for it
    Standing standing = Standing::normal;  // in the padding too
};
// A commune-scale file holds a million observations: the flags must not grow them.
static_assert(sizeof(Observation) == 24, "Observation is a double, a 12-byte SourceLocation and two flags");

struct Series {
    std::string indicator;      // [a-z][a-z0-9_]*
    std::string unit;           // free text, may be empty
    SourceLocation unit_where;  // where the unit was given (unit errors point here)
    // Set when the values were brought to a target's unit (model/unit_conversion.hpp): the unit
    // the inputs gave, which `unit` replaced. The report says so once.
    std::string converted_from;
    YearMap<Observation> values;  // year -> value, ascending; missing years are absent
    // Yearly development indices (chỉ số phát triển, previous year = 100), as yearbooks publish
    // them next to levels. chain_indices() turns them into levels from one anchor level.
    YearMap<Observation> indices;
    SourceLocation where;  // where the series was declared
};

enum class ZoneKind { park, cluster };

const char* zone_kind_name(ZoneKind kind);

struct Zone {
    std::string name;
    ZoneKind kind = ZoneKind::park;
    std::string district;
    std::optional<int> established;  // year of the establishment decision; absent = not yet
    std::optional<int> expanded;     // year of an approved expansion
    std::optional<int> year;         // the year the land figures describe (snapshot)
    std::optional<double> leasable_ha;
    std::optional<double> leased_ha;  // <= leasable_ha when both are present
    SourceLocation where;
};

// Everything known about one area (a province, district or commune).
struct AreaData {
    std::string name;                      // may be empty: the inputs named no area
    std::string source;                    // free text, shown in reports
    std::map<std::string, Series> series;  // by indicator name
    std::vector<Zone> zones;
    // --crosswalk: the new boundaries the figures are on ("--crosswalk cw.csv: Tuyên Quang =
    // Tuyên Quang + Hà Giang"); empty: the inputs' own boundaries.
    std::string boundaries{};

    const Series* find_series(const std::string& indicator) const {
        auto it = series.find(indicator);
        return it == series.end() ? nullptr : &it->second;
    }
};

// The merged inputs: areas in order of first appearance.
struct Dataset {
    std::vector<AreaData> areas;

    AreaData* find_area(const std::string& name);
    const AreaData* find_area(const std::string& name) const;
    AreaData& area(const std::string& name);  // finds or appends

    // The latest year present anywhere (series values and zone snapshots), if any.
    std::optional<int> latest_year() const;
};

// Merge `from` into `into`. A value given twice (same area, indicator and year; or the same zone
// and snapshot year) is an error at the second place with a note at the first; so is a unit that
// differs from the one given before. Differing sources are joined with "; ".
void merge_dataset(Dataset& into, Dataset from, Diagnostics& diagnostics);
// The same for one area known to be the same as `into` (same name): its series and zones.
void merge_area(AreaData& into, AreaData from, Diagnostics& diagnostics);

}  // namespace chitieu
