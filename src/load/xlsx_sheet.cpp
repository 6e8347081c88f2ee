// One sheet part (<sheetData>, <mergeCells>) into a CellGrid, cell by cell as expat reads them.
#include <charconv>
#include <cmath>
#include <cstdio>
#include <string>

#include "xlsx_parts.hpp"

#include "chitieu/load/xlsx.hpp"

namespace chitieu {

bool parse_cell_reference(std::string_view reference, std::size_t& row, std::size_t& column) {
    std::size_t i = 0;
    column = 0;
    for (; i < reference.size() && i < 4 && reference[i] >= 'A' && reference[i] <= 'Z'; ++i)
        column = column * 26 + static_cast<std::size_t>(reference[i] - 'A' + 1);
    if (i == 0 || column > 16384) return false;  // XFD is the last column
    const char* first = reference.data() + i;
    const char* last = reference.data() + reference.size();
    row = 0;
    const auto [end, error] = std::from_chars(first, last, row);
    return error == std::errc() && end == last && *first != '+' && row >= 1 && row <= 1048576;
}

SheetHandler::SheetHandler(CellGrid& grid, FileName sheet, const std::vector<std::string>& shared_strings,
                           const std::vector<bool>& date_style, std::size_t max_cells,
                           Diagnostics& diagnostics)
    : grid_(grid),
      sheet_(sheet),
      shared_strings_(shared_strings),
      date_style_(date_style),
      max_cells_(max_cells),
      diagnostics_(diagnostics) {}

void SheetHandler::start(std::string_view name, const XmlAttributes& attributes) {
    if (name_is(name, "row")) {
        const std::string_view r = attributes.get("r");
        std::size_t row = 0;
        if (r.empty() || std::from_chars(r.data(), r.data() + r.size(), row).ptr != r.data() + r.size() ||
            row < 1 || row > 1048576)
            row = row_ + 1;  // no (usable) number: the next row, as a spreadsheet program reads it
        row_ = row;
        column_ = 0;
    } else if (name_is(name, "c")) {
        in_cell_ = true;
        // r, t and s in one pass over the attributes (a sheet has a million cells)
        std::string_view r, t, s;
        bool has_r = false, has_t = false, has_s = false;
        for (const char** pair = attributes.pairs; pair != nullptr && *pair != nullptr; pair += 2) {
            const std::string_view attribute = local_name(pair[0]);
            if (attribute.size() != 1) continue;
            if (attribute[0] == 'r' && !has_r) {
                r = pair[1];
                has_r = true;
            } else if (attribute[0] == 't' && !has_t) {
                t = pair[1];
                has_t = true;
            } else if (attribute[0] == 's' && !has_s) {
                s = pair[1];
                has_s = true;
            }
        }
        std::size_t row = 0, column = 0;
        if (!r.empty() && parse_cell_reference(r, row, column)) {
            row_ = row;
            column_ = column;
        } else {
            if (!r.empty())
                diagnostics_.error(
                    parser->where(),
                    "the cell reference '" + std::string(r) +
                        "' is not a cell (A1 to XFD1048576): the file is damaged; save it again",
                    "tham chiếu ô '" + std::string(r) +
                        "' không phải là một ô (A1 đến XFD1048576): tệp bị hỏng; hãy lưu lại");
            ++column_;
            if (row_ == 0) row_ = 1;
        }
        type_ = t == "s"           ? CellType::shared
                : t == "inlineStr" ? CellType::inline_string
                : t == "str"       ? CellType::formula_string
                : t == "b"         ? CellType::boolean
                : t == "e"         ? CellType::error
                : t == "d"         ? CellType::date
                                   : CellType::number;
        style_ = 0;
        std::from_chars(s.data(), s.data() + s.size(), style_);
        value_.clear();
        formula_.clear();
        has_value_ = false;
    } else if (in_cell_ && name_is(name, "v")) {
        collect_ = !in_inline_;
        has_value_ = true;
    } else if (in_cell_ && name_is(name, "is")) {
        in_inline_ = true;
        has_value_ = true;
    } else if (in_cell_ && name_is(name, "f")) {
        in_formula_ = true;
        has_value_ = true;
    } else if (in_inline_ && name_is(name, "rPh")) {
        ++in_phonetic_;
    } else if (in_inline_ && name_is(name, "t")) {
        collect_ = in_phonetic_ == 0;
    } else if (name_is(name, "mergeCell")) {
        const std::string_view ref = attributes.get("ref");
        const std::size_t colon = ref.find(':');
        GridMerge merge;
        std::size_t r1 = 0, c1 = 0, r2 = 0, c2 = 0;
        if (colon == std::string_view::npos || !parse_cell_reference(ref.substr(0, colon), r1, c1) ||
            !parse_cell_reference(ref.substr(colon + 1), r2, c2) || r2 < r1 || c2 < c1) {
            diagnostics_.error(
                parser->where(),
                "the merged range '" + std::string(ref) +
                    "' is not a range of cells: the file is damaged; save it again",
                "vùng gộp ô '" + std::string(ref) + "' không phải là một vùng ô: tệp bị hỏng; hãy lưu lại");
            return;
        }
        // The grid reader spreads a merged value over its range: the range's cells count as held
        // (a merge A1:XFD1048576 would otherwise stand for 17 billion of them).
        cells_ += (r2 - r1 + 1) * (c2 - c1 + 1);
        if (cells_ > max_cells_)
            throw InputError({sheet_, static_cast<int>(r1), static_cast<int>(c1)},
                             "the merged range " + std::string(ref) + " takes the sheet past " +
                                 std::to_string(max_cells_) +
                                 " cells, more than chitieu reads: unmerge it, or export the "
                                 "table as CSV",
                             "vùng gộp ô " + std::string(ref) + " làm trang tính vượt quá " +
                                 std::to_string(max_cells_) +
                                 " ô, nhiều hơn mức chitieu đọc được: hãy bỏ gộp ô, hoặc xuất bảng ra CSV");
        grid_.merges.push_back({r1 - 1, c1 - 1, r2 - 1, c2 - 1});
    }
}

void SheetHandler::end(std::string_view name) {
    if (name_is(name, "c")) {
        finish_cell();
        in_cell_ = false;
    } else if (name_is(name, "v") || name_is(name, "t")) {
        collect_ = false;
    } else if (name_is(name, "f")) {
        in_formula_ = false;
    } else if (name_is(name, "is")) {
        in_inline_ = false;
    } else if (name_is(name, "rPh")) {
        --in_phonetic_;
    }
}

void SheetHandler::text(std::string_view text) {
    if (collect_) value_ += text;
    if (in_formula_) formula_ += text;
}

void SheetHandler::store(GridCell cell) {
    const auto too_many = [&] {
        return InputError(
            cell_place(),
            "the sheet holds more than " + std::to_string(max_cells_) +
                " cells (counting the empty ones left of each value, and each row): "
                "chitieu reads sheets up to that size; split the sheet, or export "
                "the table as CSV",
            "trang tính có hơn " + std::to_string(max_cells_) +
                " ô (tính cả các ô trống bên trái mỗi giá trị, và mỗi dòng): chitieu đọc trang tính "
                "đến cỡ đó; hãy chia nhỏ trang tính, hoặc xuất bảng ra CSV");
    };
    if (stream != nullptr) {
        if (row_ != current_row_) {
            if (row_ < current_row_) throw SheetNotStreamed{};  // a row already given to the reader
            flush_row();
            current_row_ = row_;
        }
        if (rows_ < row_) {
            cells_ += row_ - rows_;
            if (cells_ > max_cells_) throw too_many();
            rows_ = row_;
        }
    } else if (grid_.rows.size() < row_) {
        cells_ += row_ - grid_.rows.size();
        if (cells_ > max_cells_) throw too_many();
        grid_.rows.resize(row_);
    }
    std::vector<GridCell>& row = stream != nullptr ? current_ : grid_.rows[row_ - 1];
    cell.where = cell_place();
    if (row.size() < column_) {
        cells_ += column_ - row.size();
        if (cells_ > max_cells_) throw too_many();
        while (row.size() + 1 < column_) {
            GridCell empty;
            empty.where = {sheet_, static_cast<int>(row_), static_cast<int>(row.size() + 1)};
            row.push_back(std::move(empty));
        }
        row.push_back(std::move(cell));
    } else {
        row[column_ - 1] = std::move(cell);
    }
    ++values;
}

void SheetHandler::flush_row() {
    if (current_row_ == 0) return;
    stream->row(current_row_ - 1, current_);
    current_.clear();  // its capacity kept for the next row
    if (!stream->streams()) throw SheetNotStreamed{};
}

void SheetHandler::finish_cell() {
    if (!has_value_) return;  // a styled empty cell
    GridCell cell;
    if (value_.empty() && !formula_.empty() && type_ != CellType::inline_string) {
        // openpyxl and other writers that do not calculate save a formula without its result
        cell.kind = GridCell::Kind::error;
        cell.text = "=" + formula_ +
                    " (a formula whose result the file does not hold: open and save the "
                    "workbook in a spreadsheet program, which calculates it)";
        store(std::move(cell));
        return;
    }
    if (value_.empty() && type_ != CellType::inline_string && type_ != CellType::formula_string &&
        type_ != CellType::shared)
        return;  // <v/>: empty
    if (type_ == CellType::shared) {
        std::size_t index = 0;
        const auto [end, error] = std::from_chars(value_.data(), value_.data() + value_.size(), index);
        if (error != std::errc() || end != value_.data() + value_.size() || index >= shared_strings_.size()) {
            diagnostics_.error(cell_place(),
                               "the cell names shared string '" + value_ +
                                   "', which the workbook does not have: the file is damaged; "
                                   "save it again",
                               "ô tham chiếu chuỗi dùng chung '" + value_ +
                                   "', nhưng sổ tính không có chuỗi này: tệp bị hỏng; hãy lưu lại");
            return;
        }
        cell.kind = GridCell::Kind::text;
        cell.text = shared_strings_[index];
    } else if (type_ == CellType::inline_string || type_ == CellType::formula_string) {
        cell.kind = GridCell::Kind::text;
        cell.text = value_;  // a copy of its size: value_ keeps its buffer for the next cell
    } else if (type_ == CellType::boolean) {
        cell.kind = GridCell::Kind::boolean;
        cell.number = value_ == "1" ? 1.0 : 0.0;
        cell.text = value_ == "1" ? "TRUE" : "FALSE";
    } else if (type_ == CellType::error) {
        cell.kind = GridCell::Kind::error;
        cell.text = std::move(value_);
    } else if (type_ == CellType::date) {
        cell.kind = GridCell::Kind::date;
        cell.text = std::move(value_);
    } else {
        double number = 0.0;
        const char* first = value_.data();
        const char* last = first + value_.size();
        const auto [end, error] = std::from_chars(first, last, number);
        if (value_.empty() || error != std::errc() || end != last || !std::isfinite(number)) {
            diagnostics_.error(cell_place(),
                               "the cell is stored as a number but holds '" + value_ +
                                   "': the file is damaged; save it again",
                               "ô được lưu dạng số nhưng chứa '" + value_ + "': tệp bị hỏng; hãy lưu lại");
            return;
        }
        cell.number = number;
        if (style_ < date_style_.size() && date_style_[style_]) {
            cell.kind = GridCell::Kind::date;
            cell.text = xlsx_serial_date(number);
        } else {
            cell.kind = GridCell::Kind::number;
            cell.text = value_;
        }
    }
    if (cell.kind == GridCell::Kind::text && cell.text.empty()) return;
    store(std::move(cell));
}

std::string xlsx_serial_date(double serial) {
    // Day 1 is 1900-01-01 and Excel counts a 29 February 1900 that never was (day 60), so from
    // day 61 on the days count from 1899-12-30. Civil date from days: H. Hinnant's algorithm.
    if (!(serial >= 1 && serial < 2958466)) return "a date";  // beyond 9999-12-31
    long days = static_cast<long>(std::floor(serial));
    if (days == 60) return "1900-02-29";
    days += days < 60 ? -25568 : -25569;  // to days since 1970-01-01
    days += 719468;
    const long era = (days >= 0 ? days : days - 146096) / 146097;
    const long doe = days - era * 146097;
    const long yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    const long doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const long mp = (5 * doy + 2) / 153;
    const long day = doy - (153 * mp + 2) / 5 + 1;
    const long month = mp < 10 ? mp + 3 : mp - 9;
    const long year = yoe + era * 400 + (month <= 2 ? 1 : 0);
    char text[80];
    std::snprintf(text, sizeof text, "%04ld-%02ld-%02ld", year, month, day);
    return text;
}

}  // namespace chitieu
