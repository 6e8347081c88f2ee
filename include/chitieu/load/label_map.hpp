// --map FILE: how an office's labels become the target set's indicator ids and area names
// (schemas/map.schema.json, `chitieu schema map`). Statistics exports name an indicator
// "Giá trị sản xuất công nghiệp (giá so sánh 2010)", not `industrial_output`; a map says so once
// and every reader that meets labels (wide tables, XLSX, PX, JSON-stat) asks it.
//
// Labels match after NFC, case folding and collapsing runs of spaces (exports carry double
// spaces); an unmatched label gets a "did you mean" that ignores diacritics.
#pragma once

#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "chitieu/diagnostic.hpp"

namespace chitieu {

struct IndicatorLabels {
    std::string id;                   // an indicator id the target set uses
    std::vector<std::string> labels;  // as written in the map
    std::optional<double> scale;      // multiply values (0.001: triệu → tỷ đồng)
    std::string unit;                 // the unit the values are in, if the map says
    SourceLocation where;
};

struct LabelMap {
    std::vector<IndicatorLabels> indicators;
    std::map<std::string, std::vector<std::string>> areas;  // area name -> its other spellings
    // Which dimension of a cube (PX, JSON-stat) is which, when the file does not say and the
    // map's labels cannot tell: the dimension's name or code, empty when not given.
    struct Dimensions {
        std::string area, indicator, year;
    } dimensions;
    SourceLocation where;

    // The indicator a label stands for (an id is its own label), or null.
    const IndicatorLabels* indicator_for(std::string_view label) const;
    // The area name a label stands for, or nullopt when the map names none (then the label is
    // the name itself).
    std::optional<std::string> area_for(std::string_view label) const;
    // For "did you mean": the map's label (indicator or area) nearest `label` with diacritics,
    // case and đ aside, within a typo's distance (util/edit_distance), or nullopt.
    std::optional<std::string> closest_label(std::string_view label) const;
};

// Reads and checks a map file; every problem located in it.
LabelMap load_label_map(const std::string& path, Diagnostics& diagnostics);

}  // namespace chitieu
