// --target-values FILE: each area's own value of a target, as a table with the columns area,
// target_id, value and an optional year (and value_high for a band, op between), in any order;
// a CSV (any delimiter, title lines above the header allowed) or a workbook sheet
// (book.xlsx#Sheet). Header words as the statistics tables take them ("Địa bàn", "Năm",
// "Giá trị", "Chỉ tiêu" for the target's id) and a plan's own ("Huyện", "Xã", "Mã chỉ tiêu",
// "Kế hoạch", "Mục tiêu").
#pragma once

#include <string>
#include <string_view>

#include "chitieu/diagnostic.hpp"
#include "chitieu/model/targets.hpp"
#include "chitieu/util/parse_number.hpp"

namespace chitieu {

// The values of `bytes` (the file `name`), checked against `set`: an unknown target id is an
// error with "did you mean"; so are a milestones target (its value is its list of zones), a
// value given twice for one area and target, and a `year` that is not the target's year (a
// target is judged in one year: chitieu does not guess which of several a row means). Area
// names are kept in NFC; whether the inputs hold them is the pipeline's question
// (engine/area_value_check.hpp). Every problem goes to `diagnostics`, located at its cell.
AreaValues read_target_values(std::string_view bytes, const std::string& name, const TargetSet& set,
                              NumberConvention numbers, Diagnostics& diagnostics);

}  // namespace chitieu
