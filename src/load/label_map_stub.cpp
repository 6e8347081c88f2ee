// TEMPORARY, for the i15-formats branch only: the lead deletes this file when the i15-tables
// branch (which defines LabelMap's methods, load_label_map and read_grid_table) is merged. It
// lets the XLSX, PX and JSON-stat readers link and their tests run before that.
#include <string>

#include "chitieu/load/cell_grid.hpp"
#include "chitieu/load/label_map.hpp"
#include "chitieu/util/unicode.hpp"

namespace chitieu {

namespace {

std::string stub_key(std::string_view label) {
    std::string key;
    for (const char c : fold_case(label)) {
        if (c == ' ' && (key.empty() || key.back() == ' ')) continue;
        key += c;
    }
    while (!key.empty() && key.back() == ' ') key.pop_back();
    return key;
}

}  // namespace

const IndicatorLabels* LabelMap::indicator_for(std::string_view label) const {
    const std::string key = stub_key(label);
    for (const IndicatorLabels& indicator : indicators) {
        if (indicator.id == label) return &indicator;
        for (const std::string& spelling : indicator.labels)
            if (stub_key(spelling) == key) return &indicator;
    }
    return nullptr;
}

std::optional<std::string> LabelMap::area_for(std::string_view label) const {
    const std::string key = stub_key(label);
    for (const auto& [name, spellings] : areas) {
        if (stub_key(name) == key) return name;
        for (const std::string& spelling : spellings)
            if (stub_key(spelling) == key) return name;
    }
    return std::nullopt;
}

LabelMap load_label_map(const std::string& path, Diagnostics& diagnostics) {
    diagnostics.error({path}, "--map is read by the wide-table branch (i15-tables), not merged here yet");
    return {};
}

Dataset read_grid_table(const CellGrid& grid, const GridOptions&, const LabelMap*, Diagnostics& diagnostics) {
    diagnostics.error(grid.where, "reading a sheet as a table waits for read_grid_table (branch i15-tables)");
    return {};
}

}  // namespace chitieu
