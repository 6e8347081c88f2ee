// --roll-up's file: a CSV table with columns area,parent ("Địa bàn", "Trực thuộc"), one row per
// area, several levels in one file (communes in their districts, districts in their province).
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "chitieu/diagnostic.hpp"
#include "chitieu/model/hierarchy.hpp"

namespace chitieu {

// The rows in file order, names in NFC. A missing column, an empty area cell or an unreadable
// file is a located error; an empty parent cell makes a top area.
std::vector<AreaLink> read_roll_up_csv(std::string_view text, const std::string& file,
                                       Diagnostics& diagnostics);
std::vector<AreaLink> load_roll_up_csv(const std::string& path, Diagnostics& diagnostics);

}  // namespace chitieu
