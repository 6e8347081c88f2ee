#include "chitieu/load/crosswalk_csv.hpp"

#include "chitieu/load/input_file.hpp"
#include "chitieu/util/parse_number.hpp"
#include "chitieu/util/unicode.hpp"
#include "csv_reader.hpp"
#include "csv_table.hpp"
#include "header_words.hpp"

namespace chitieu {

std::vector<CrosswalkLink> read_crosswalk_csv(std::string_view text, const std::string& file,
                                              Diagnostics& diagnostics) {
    std::vector<CrosswalkLink> links;
    CsvReader reader(text, file, diagnostics);
    CsvRecord record;
    if (!reader.next(record)) {
        diagnostics.error({file},
                          "the crosswalk file is empty; it needs a header old,new (and share) and a "
                          "row per old -> new pair",
                          "tệp bảng chuyển đổi địa giới rỗng; tệp cần dòng tiêu đề old,new (và share) và mỗi "
                          "cặp cũ -> mới một dòng");
        return links;
    }
    int from = -1;
    int to = -1;
    int share = -1;
    for (std::size_t i = 0; i < record.fields.size(); ++i) {
        const std::optional<std::string_view> column =
            header_words::crosswalk_column_for(record.fields[i].text);
        if (!column) continue;
        int& slot = *column == "old" ? from : *column == "new" ? to : share;
        if (slot < 0) slot = static_cast<int>(i);
    }
    if (from < 0 || to < 0) {
        diagnostics.error(
            reader.where(record.line, 1),
            std::string("a crosswalk file needs the columns old and new (or Đơn vị cũ and Đơn vị "
                        "mới), and share (Tỷ lệ) where an old unit is split; this header lacks ") +
                (from < 0 && to < 0 ? "both"
                 : from < 0         ? "old"
                                    : "new"),
            std::string("tệp bảng chuyển đổi địa giới cần các cột old và new (hoặc Đơn vị cũ và Đơn vị "
                        "mới), và share (Tỷ lệ) khi một đơn vị cũ được chia; dòng tiêu đề này thiếu ") +
                (from < 0 && to < 0 ? "cả hai"
                 : from < 0         ? "old"
                                    : "new"));
        return links;
    }
    while (reader.next(record)) {
        const auto cell = [&](int column) {
            return column >= 0 && static_cast<std::size_t>(column) < record.fields.size()
                       ? csv_table::trim(record.fields[static_cast<std::size_t>(column)].text)
                       : std::string_view();
        };
        const std::string_view old_name = cell(from);
        const std::string_view new_name = cell(to);
        const std::string_view share_cell = cell(share);
        if (old_name.empty() && new_name.empty() && share_cell.empty()) continue;  // a blank row
        const SourceLocation where = reader.where(record.line, 1);
        if (old_name.empty() || new_name.empty()) {
            diagnostics.error(where,
                              std::string("the ") + (old_name.empty() ? "old" : "new") +
                                  " unit's cell is empty; each row names an old unit and the new "
                                  "unit it (or a share of it) goes to",
                              std::string("ô đơn vị ") + (old_name.empty() ? "cũ" : "mới") +
                                  " trống; mỗi dòng ghi một đơn vị cũ và đơn vị mới mà nó (hoặc một phần "
                                  "của nó) chuyển sang");
            continue;
        }
        double fraction = 1.0;
        if (!share_cell.empty()) {
            const NumberParse parsed = parse_number(share_cell);
            if (!parsed.value) {
                diagnostics.error(
                    reader.where(record.line, share + 1),
                    "the share '" + std::string(share_cell) + "' is not a number: " + parsed.error,
                    "tỷ lệ '" + std::string(share_cell) + "' không phải là số: " + parsed.error_vi);
                continue;
            }
            fraction = *parsed.value;
        }
        links.push_back({to_nfc(old_name), to_nfc(new_name), fraction, where});
    }
    return links;
}

std::vector<CrosswalkLink> load_crosswalk_csv(const std::string& path, Diagnostics& diagnostics) {
    const std::optional<std::string> text = read_input_file(path, diagnostics);
    if (!text) return {};
    return read_crosswalk_csv(*text, path, diagnostics);
}

}  // namespace chitieu
