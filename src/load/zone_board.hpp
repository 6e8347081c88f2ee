// Private to the zones table: the list of industrial parks and clusters as a management board
// (Ban quản lý các KCN) or the Department of Industry and Trade keeps it in Excel. Vietnamese
// column names, group rows that give the kind (I; KHU CÔNG NGHIỆP), kinds as name prefixes
// (KCN An Phú), and totals rows (Tổng cộng). Words are compared as fold_words reads them.
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "chitieu/model/statistics.hpp"
#include "csv_reader.hpp"

namespace chitieu::csv_table::board {

// The chitieu column a Vietnamese header cell names, with or without a parenthesised qualifier:
// "Tên khu, cụm công nghiệp" and "Tên KCN, CCN" are name, "Loại" kind, "Địa điểm (huyện, thành
// phố)" district, "Quyết định thành lập" established, "Diện tích đất CN cho thuê (ha)"
// leasable_ha, "Đã cho thuê (ha)" leased_ha, "Tỷ lệ lấp đầy (%)" occupancy_pct, "STT" number,
// "Ghi chú" note. nullopt for any other text (chitieu's own names included).
std::optional<std::string_view> column_for(std::string_view header_cell);

// True when the header names the zone's name column in Vietnamese: a board's list.
bool is_board_header(const CsvRecord& header);

// A title line above the header ("DANH SÁCH KHU CÔNG NGHIỆP…;;;;"): at most two cells with text
// among three or more (a spreadsheet pads every row to the table's width).
bool is_title_line(const CsvRecord& record);

// A totals row, by its label (in the name or the STT cell): "Tổng cộng", "Tổng số" or "Tổng"
// total every zone above; "Cộng" totals the zones of its group (since the last group row).
enum class Totals { none, group, all };
Totals totals_row(std::string_view label);

// The kind a group row's label gives ("KHU CÔNG NGHIỆP", "Các cụm công nghiệp", "KCN"), if it is one.
std::optional<ZoneKind> group_kind(std::string_view label);

// A name that starts with its kind ("KCN An Phú", "Cụm công nghiệp Đồng Lạc"): the kind and the
// name without it. The name is NFC; without a prefix, kind is nullopt and the name whole.
struct Prefixed {
    std::optional<ZoneKind> kind;
    std::string name;
};
Prefixed split_kind_prefix(std::string_view name);

}  // namespace chitieu::csv_table::board
