#include "chitieu/load/roll_up_csv.hpp"

#include "chitieu/load/input_file.hpp"
#include "chitieu/util/unicode.hpp"
#include "csv_reader.hpp"
#include "csv_table.hpp"
#include "header_words.hpp"

namespace chitieu {

std::vector<AreaLink> read_roll_up_csv(std::string_view text, const std::string& file,
                                       Diagnostics& diagnostics) {
    std::vector<AreaLink> links;
    CsvReader reader(text, file, diagnostics);
    CsvRecord record;
    if (!reader.next(record)) {
        diagnostics.error(
            {file}, "the roll-up file is empty; it needs a header area,parent and a row per area",
            "tệp tổng hợp từ cấp dưới (--roll-up) rỗng; tệp cần dòng tiêu đề area,parent và mỗi "
            "địa bàn một dòng");
        return links;
    }
    int area = -1;
    int parent = -1;
    for (std::size_t i = 0; i < record.fields.size(); ++i) {
        const std::string_view cell = record.fields[i].text;
        const std::optional<std::string_view> column = header_words::column_for(cell);
        if (column && *column == "area" && area < 0)
            area = static_cast<int>(i);
        else if (header_words::is_parent_column(cell) && parent < 0)
            parent = static_cast<int>(i);
    }
    if (area < 0 || parent < 0) {
        diagnostics.error(reader.where(record.line, 1),
                          std::string("a roll-up file needs the columns area and parent (or Địa bàn and "
                                      "Trực thuộc); this header lacks ") +
                              (area < 0 && parent < 0 ? "both"
                               : area < 0             ? "area"
                                                      : "parent"),
                          std::string("tệp tổng hợp từ cấp dưới (--roll-up) cần các cột area và parent (hoặc "
                                      "Địa bàn và Trực thuộc); dòng tiêu đề này thiếu ") +
                              (area < 0 && parent < 0 ? "cả hai"
                               : area < 0             ? "area"
                                                      : "parent"));
        return links;
    }
    while (reader.next(record)) {
        const auto cell = [&](int column) {
            return static_cast<std::size_t>(column) < record.fields.size()
                       ? csv_table::trim(record.fields[static_cast<std::size_t>(column)].text)
                       : std::string_view();
        };
        const std::string_view name = cell(area);
        const std::string_view up = cell(parent);
        if (name.empty() && up.empty()) continue;  // a blank row
        const SourceLocation where = reader.where(record.line, 1);
        if (name.empty()) {
            diagnostics.error(
                where, "the area cell is empty; name the area that is part of '" + std::string(up) + "'",
                "ô địa bàn trống; hãy ghi tên địa bàn trực thuộc '" + std::string(up) + "'");
            continue;
        }
        links.push_back({to_nfc(name), to_nfc(up), where});
    }
    return links;
}

std::vector<AreaLink> load_roll_up_csv(const std::string& path, Diagnostics& diagnostics) {
    const std::optional<std::string> text = read_input_file(path, diagnostics);
    if (!text) return {};
    return read_roll_up_csv(*text, path, diagnostics);
}

}  // namespace chitieu
