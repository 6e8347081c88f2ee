// A statistics cube, as PX (PC-Axis) files and JSON-stat publish a table: dimensions (each a
// list of values with labels and codes) and one cell per combination, the last dimension
// varying fastest. The PX and JSON-stat readers fill a Cube; cube_dataset turns one into series
// through the --map (load/label_map.hpp): which dimension is the year, the area and the
// indicator comes from the file where it says (PX TIMEVAL, JSON-stat roles), else from the map's
// labels, and the map's `dimensions:` overrides both.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <vector>

#include "chitieu/diagnostic.hpp"
#include "chitieu/model/statistics.hpp"

namespace chitieu {

struct LabelMap;

struct CubeDimension {
    enum class Role : std::uint8_t { none, time, geo, metric };
    std::string code;  // the file's name for it (PX: as in STUB/HEADING; JSON-stat: the id)
    std::string label;
    Role role = Role::none;
    std::vector<std::string> codes;   // one per value
    std::vector<std::string> labels;  // one per value
    // A metric's (indicators') unit per value, where the file gives one (PX CONTVARIABLE's
    // UNITS("value"), JSON-stat category.unit); empty otherwise.
    std::vector<std::string> units;
    SourceLocation where;
};

struct CubeCell {
    std::optional<double> value;  // none: missing (PX dot codes, JSON-stat null or absent)
    Standing standing = Standing::normal;
    std::string status;  // the file's status mark when it is neither final, preliminary nor estimated
    SourceLocation where;
};

struct Cube {
    std::string title;  // PX CONTENTS/TITLE, JSON-stat label
    std::string unit;   // PX UNITS, JSON-stat unit of the one metric (may be empty)
    std::string source;
    std::vector<CubeDimension> dimensions;
    std::vector<CubeCell> cells;  // the product of the dimensions' sizes, row-major
    SourceLocation where;
};

// The cube's series: one per indicator and area, values by year. Missing cells are left out;
// every problem (a dimension that is none of year, area and indicator and has more than one
// value, a label the map does not know, a year that is no year) goes to `diagnostics`.
Dataset cube_dataset(const Cube& cube, const LabelMap* map, Diagnostics& diagnostics);

// A PX file (PC-Axis, as PX-Web saves it): the keywords in the CHARSET/CODEPAGE given
// (UTF-8, windows-1258, iso-8859-1; ANSI means windows-1252), the default language's values
// (KEY[lang]= lines are another language's), DATA with the dot codes for missing and "-" for
// zero. Errors at line:column; an unreadable file gives an empty cube.
Cube read_px(std::string_view bytes, const std::string& file, Diagnostics& diagnostics);

// JSON-stat 1.0 (a bundle of datasets, as the PX-Web API v1 returns) or 2.0 (class "dataset",
// or a "collection" of datasets): each dataset a cube; dense or sparse `value`, `status` marks.
std::vector<Cube> read_json_stat(std::string_view bytes, const std::string& file, Diagnostics& diagnostics);

}  // namespace chitieu
