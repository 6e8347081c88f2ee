// Private to the loaders: the one table of the column names people write over a series table,
// long or wide ("Địa bàn", "Chỉ tiêu", "Năm", "Giá trị", "ĐVT", "AREA", "Value"), and the year
// headers of a wide table ("2020", "Năm 2021", "Sơ bộ 2024", "Ước thực hiện 2025").
#pragma once

#include <optional>
#include <string_view>

#include "chitieu/model/statistics.hpp"

namespace chitieu::header_words {

// The chitieu column a header cell names: "area", "indicator", "year", "value", "unit",
// "source", "note" or "measure"; nullopt for any other text. Compared trimmed, in NFC,
// case-folded and with spaces collapsed: "Địa bàn", "ĐỊA BÀN", "AREA" and "area" all say area.
std::optional<std::string_view> column_for(std::string_view cell);

// A roll-up file's parent column: "parent", "Thuộc", "Trực thuộc", "Cấp trên", "Đơn vị cấp
// trên" (compared as column_for compares).
bool is_parent_column(std::string_view cell);

// A crosswalk file's column: "old" ("Đơn vị cũ", "Địa bàn cũ", "Tên cũ", "Trước sắp xếp"), "new"
// ("Đơn vị mới", "Địa bàn mới", "Tên mới", "Sau sắp xếp") or "share" ("Tỷ lệ", "Tỉ lệ", "Hệ số");
// nullopt for any other text (compared as column_for compares).
std::optional<std::string_view> crosswalk_column_for(std::string_view cell);

// A wide table's year column: the year and what the publisher says of its figures.
struct YearHeader {
    int year = 0;
    Standing standing = Standing::normal;
};
// "2020", "Năm 2020", "2020 (sơ bộ)", "Sơ bộ 2024", "Ước 2025", "Ước tính 2025", "Ước thực hiện
// 2025", "Preliminary 2024", "2024 (prelim.)", "Estimate 2025", "2025e"; nullopt for any other
// text, a year outside 1900-2100 included.
std::optional<YearHeader> year_for(std::string_view cell);

// A cell that says "no figure": empty, "..", "...", "…", "x" or "X" (statistics offices' marks),
// and NA. "-" is not among them: it means zero in PX files and is read there.
bool is_missing_mark(std::string_view cell);

}  // namespace chitieu::header_words
