// --crosswalk's file: a CSV table with columns old,new and optional share ("Đơn vị cũ", "Đơn vị
// mới", "Tỷ lệ"), one row per old -> new pair; no share cell means 1 (the old unit whole).
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "chitieu/diagnostic.hpp"
#include "chitieu/model/crosswalk.hpp"

namespace chitieu {

// The rows in file order, names in NFC. A missing column, an empty cell, a share that is not a
// number or an unreadable file is a located error.
std::vector<CrosswalkLink> read_crosswalk_csv(std::string_view text, const std::string& file,
                                              Diagnostics& diagnostics);
std::vector<CrosswalkLink> load_crosswalk_csv(const std::string& path, Diagnostics& diagnostics);

}  // namespace chitieu
