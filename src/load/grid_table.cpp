// A grid of cells read as a series table, long or wide (cell_grid.hpp). The header is found
// under any title lines; its words (header_words.hpp) say which column is which, its year cells
// which column holds which year's figures. Labels go through --map (label_map.hpp).
#include <algorithm>
#include <cmath>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "chitieu/load/cell_grid.hpp"
#include "chitieu/load/label_map.hpp"
#include "chitieu/load/limits.hpp"
#include "chitieu/model/rules.hpp"
#include "chitieu/util/unicode.hpp"
#include "csv_table.hpp"
#include "grid_zones.hpp"
#include "header_words.hpp"

namespace chitieu {

namespace grid_table {

using header_words::YearHeader;

// The header is looked for among this many rows with text: more title lines than that is
// not a table's title.
constexpr std::size_t kMaxTitleRows = 10;

std::string_view trimmed(const GridCell& cell) {
    return csv_table::trim_spaces(cell.text);
}
bool filled(const GridCell& cell) {
    return cell.kind != GridCell::Kind::empty &&
           (cell.kind != GridCell::Kind::text || !trimmed(cell).empty());
}
std::size_t filled_count(const std::vector<GridCell>& row) {
    return static_cast<std::size_t>(std::count_if(row.begin(), row.end(), filled));
}
std::string quoted(std::string_view text) {
    return "'" + std::string(text) + "'";
}

enum class Role { ignored, area, indicator, year, value, unit, source, note, measure, year_values };

struct Column {
    Role role = Role::ignored;
    YearHeader year;  // Role::year_values: the year the column's figures are for
};

// A cell of every row seen through the header's columns; cells past a ragged row's end are empty.
const GridCell& cell_at(const std::vector<GridCell>& row, std::size_t column) {
    static const GridCell kEmpty;
    return column < row.size() ? row[column] : kEmpty;
}

// Whether a row could be the header: two cells with text, one of them a column word, or a year
// with no other figure beside it (a long table's row "Yên Sơn,grdp_total,2020,14386.6" has one).
bool is_header(const std::vector<GridCell>& row) {
    if (filled_count(row) < 2) return false;
    bool key = false, year = false, figure = false;
    for (const GridCell& cell : row) {
        if (cell.kind == GridCell::Kind::number) {
            const bool whole_year =
                cell.number == std::floor(cell.number) && cell.number >= kMinYear && cell.number <= kMaxYear;
            year = year || whole_year;
            figure = figure || !whole_year;
            continue;
        }
        if (cell.kind != GridCell::Kind::text || trimmed(cell).empty()) continue;
        const auto column = header_words::column_for(cell.text);
        key = key || (column && (*column == "indicator" || *column == "area" || *column == "value"));
        if (header_words::year_for(cell.text))
            year = true;
        else if (parse_number(trimmed(cell), NumberConvention::dot).value ||
                 parse_number(trimmed(cell), NumberConvention::decimal_comma).value)
            figure = true;
    }
    return key || (year && !figure);
}

// A note line: one cell of text that is no figure ("Nguồn: Cục Thống kê"); a lone "5" is a row
// whose label is missing, said as such.
bool is_note(const std::vector<GridCell>& row) {
    if (filled_count(row) != 1) return false;
    const GridCell& cell = *std::find_if(row.begin(), row.end(), filled);
    return cell.kind == GridCell::Kind::text && !parse_number(trimmed(cell), NumberConvention::dot).value &&
           !parse_number(trimmed(cell), NumberConvention::decimal_comma).value;
}

// A title line: at most two cells with text ("Bảng 5. …", "(Đơn vị: tỷ đồng)").
bool is_title(const std::vector<GridCell>& row) {
    return filled_count(row) <= 2;
}

std::string row_words(const std::vector<GridCell>& row) {
    std::string names;
    for (const GridCell& cell : row)
        if (filled(cell)) names += (names.empty() ? "'" : ", '") + std::string(trimmed(cell)) + "'";
    return names;
}

std::string cannot_tell_vi(const std::vector<GridCell>& first_row) {
    return "không xác định được bảng này chứa gì: bảng chuỗi số liệu cần dòng tiêu đề có cột indicator "
           "(indicator, Chỉ tiêu) và một cột year và value (Năm, Giá trị) hoặc mỗi năm một cột (2020, Năm "
           "2021, Sơ bộ 2024), bảng khu, cụm công nghiệp cần name và kind; dòng đầu tiên có " +
           row_words(first_row);
}

std::string too_many_rows_vi() {
    return "bảng này có hơn " + std::to_string(limits::kMaxCsvRows) +
           " dòng, quá mức chitieu đọc từ một bảng; hãy tách bảng";
}

// The merged ranges' top-left values spread over them where a reader means them to: down a
// column (an area or indicator written once for its rows), and across the header rows.
std::vector<std::vector<GridCell>> spread_merges(const CellGrid& grid) {
    std::vector<std::vector<GridCell>> rows = grid.rows;
    for (const GridMerge& merge : grid.merges) {
        if (merge.first_row >= rows.size() || merge.first_column >= rows[merge.first_row].size()) continue;
        const GridCell top_left = rows[merge.first_row][merge.first_column];
        // A title across the table (one text merged over a row that holds nothing else) stays
        // one cell: spread, it would look like a header of eight equal words.
        if (merge.first_row == merge.last_row) {
            const std::vector<GridCell>& row = rows[merge.first_row];
            bool alone = true;
            for (std::size_t c = 0; c < row.size() && alone; ++c)
                if ((c < merge.first_column || c > merge.last_column) && filled(row[c])) alone = false;
            if (alone) continue;
        }
        for (std::size_t r = merge.first_row; r <= merge.last_row && r < rows.size(); ++r) {
            if (rows[r].size() <= merge.last_column) rows[r].resize(merge.last_column + 1);
            for (std::size_t c = merge.first_column; c <= merge.last_column; ++c) {
                if (r == merge.first_row && c == merge.first_column) continue;
                if (filled(rows[r][c])) continue;
                const SourceLocation where = rows[r][c].where;
                rows[r][c] = top_left;
                if (!where.file.empty()) rows[r][c].where = where;
            }
        }
    }
    return rows;
}

class GridTable {
public:
    GridTable(const CellGrid& grid, const GridOptions& options, const LabelMap* map, Diagnostics& diagnostics)
        : grid_(grid),
          options_(options),
          map_(map),
          diagnostics_(diagnostics),
          areas_(dataset_),
          limit_(grid.name, diagnostics) {}

    Dataset read();

    // The streamed reading (GridRowReader): the same steps as read(), a row at a time.
    void stream_row(std::size_t index, const std::vector<GridCell>& row);
    bool streams() const { return !zones_; }
    Dataset stream_finish();
    Dataset finish(const SourceLocation* first_note, std::size_t notes, const SourceLocation& header_where,
                   std::size_t data_rows);

private:
    void stream_zones_check(std::size_t rows);
    void stream_decide();
    void stream_data(const std::vector<GridCell>& row);
    void stream_process(const std::vector<GridCell>& row);

    bool read_header(const std::vector<GridCell>& header);
    bool read_units_row(const std::vector<GridCell>& row);
    void read_row(const std::vector<GridCell>& row);
    const std::string* key(const std::vector<GridCell>& row, Role role, csv_table::Words what,
                           std::string& above);
    const IndicatorLabels* indicator(const GridCell& cell, std::string_view label, std::string& id);
    void add_value(AreaData& area, std::size_t area_index, Series& series, const GridCell& cell, int year,
                   Standing standing, bool is_index, const IndicatorLabels* labels);
    bool set_unit(const AreaData& area, Series& series, const std::string& unit, const SourceLocation& where);
    std::size_t find(Role role) const {
        for (std::size_t i = 0; i < columns_.size(); ++i)
            if (columns_[i].role == role) return i;
        return columns_.size();
    }
    bool has(Role role) const { return find(role) < columns_.size(); }

    const CellGrid& grid_;
    const GridOptions& options_;
    const LabelMap* map_;
    Diagnostics& diagnostics_;
    Dataset dataset_;
    csv_table::AreaIndex areas_;
    csv_table::ErrorLimit limit_;
    std::vector<Column> columns_;
    std::vector<std::string> units_;  // a units row's unit per column, or empty
    std::vector<SourceLocation> unit_where_;
    std::string above_area_, above_indicator_;
    std::string id_;  // read_row's indicator id, its buffer kept from row to row
    bool fill_noted_ = false;
    std::vector<std::string> unmapped_;
    SourceLocation first_unmapped_;
    std::map<const Series*, SourceLocation> series_unit_where_;
    std::map<std::string, const IndicatorLabels*, std::less<>> indicator_cache_;  // label -> the map's answer
    std::map<std::string, std::optional<std::string>> area_cache_;

    // Streamed reading's state. `head_`: the rows (with their indices) until the header is found
    // and the first 12 rows are known; `pending_`: rows that would be notes below the table if no
    // row of figures followed them.
    enum class Phase { head, data, done };
    static constexpr std::size_t kNone = static_cast<std::size_t>(-1);
    static constexpr std::size_t kZonesRows = 12;  // as grid_zones::is_zones looks at them
    Phase phase_ = Phase::head;
    std::vector<std::pair<std::size_t, std::vector<GridCell>>> head_;
    std::size_t titles_ = 0, first_text_ = kNone, header_ = kNone;  // positions in head_
    bool concluded_ = false, zones_checked_ = false, zones_ = false;
    std::size_t rows_ = 0;  // the grid's rows so far: the last index + 1
    std::vector<std::vector<GridCell>> pending_;
    bool units_checked_ = false, stopped_ = false;
    std::size_t data_rows_ = 0;
    SourceLocation header_where_;
};

bool GridTable::read_header(const std::vector<GridCell>& header) {
    // Trailing empty columns (a spreadsheet pads to its widest row) are dropped with the header's
    // last name; an unnamed column inside the table is refused unless every cell in it is empty.
    std::size_t width = header.size();
    while (width > 0 && !filled(header[width - 1])) --width;
    columns_.assign(width, Column{});
    bool ok = true, wide = false;
    std::vector<std::size_t> first_of(static_cast<std::size_t>(Role::year_values) + 1, width);
    for (std::size_t i = 0; i < width; ++i) {
        const GridCell& cell = header[i];
        if (!filled(cell)) continue;  // the label column of a yearbook table may have no name
        const std::string_view text = trimmed(cell);
        if (cell.kind == GridCell::Kind::number && cell.number == std::floor(cell.number) &&
            cell.number >= kMinYear && cell.number <= kMaxYear) {
            columns_[i] = {Role::year_values, {static_cast<int>(cell.number), Standing::normal}};
            wide = true;
            continue;
        }
        if (const std::optional<YearHeader> year = header_words::year_for(text)) {
            columns_[i] = {Role::year_values, *year};
            wide = true;
            continue;
        }
        const std::optional<std::string_view> word = header_words::column_for(text);
        if (!word) {
            // A multiplier or a status changes what every value means: never dropped.
            const std::string folded = fold_name(text);
            if (folded == "unit_mult" || folded == "unit_multiplier" || folded == "multiplier" ||
                folded == "obs_status") {
                diagnostics_.error(
                    cell.where,
                    "column " + quoted(text) +
                        " says what the values mean (a multiplier or a status), and "
                        "this table is not SDMX-CSV, which reads it: every value "
                        "would be read wrongly; scale the values, or write the table "
                        "as SDMX-CSV",
                    "cột " + quoted(text) +
                        " cho biết ý nghĩa của các giá trị (một hệ số nhân hoặc một trạng "
                        "thái), mà bảng này không phải SDMX-CSV, dạng đọc được cột đó: mọi giá "
                        "trị sẽ bị đọc sai; hãy quy đổi các giá trị, hoặc ghi bảng theo dạng "
                        "SDMX-CSV");
                ok = false;
                continue;
            }
            if (!options_.ignore_extra_columns) {
                diagnostics_.error(
                    cell.where,
                    "unknown column " + quoted(text) +
                        "; known columns: area (Địa bàn), indicator (Chỉ tiêu), year "
                        "(Năm), value (Giá trị), unit (ĐVT), source (Nguồn), note (Ghi "
                        "chú), or one column per year (2020, Năm 2021, Sơ bộ 2024); or "
                        "pass --ignore-extra-columns",
                    "không nhận ra cột " + quoted(text) +
                        "; các cột đã biết: area (Địa bàn), indicator (Chỉ tiêu), year (Năm), "
                        "value (Giá trị), unit (ĐVT), source (Nguồn), note (Ghi chú), hoặc mỗi "
                        "năm một cột (2020, Năm 2021, Sơ bộ 2024); hoặc dùng "
                        "--ignore-extra-columns");
                ok = false;
            }
            continue;
        }
        Role role = Role::ignored;
        for (const auto& [name, r] : {std::pair{"area", Role::area},
                                      {"indicator", Role::indicator},
                                      {"year", Role::year},
                                      {"value", Role::value},
                                      {"unit", Role::unit},
                                      {"source", Role::source},
                                      {"note", Role::note},
                                      {"measure", Role::measure}})
            if (*word == name) role = r;
        std::size_t& first = first_of[static_cast<std::size_t>(role)];
        if (first != width) {
            diagnostics_.error(cell.where,
                               "column " + quoted(text) + " is the same column as " +
                                   quoted(trimmed(header[first])) + "; keep one",
                               "cột " + quoted(text) + " là cùng một cột với " +
                                   quoted(trimmed(header[first])) + "; hãy giữ một");
            ok = false;
            continue;
        }
        first = i;
        columns_[i].role = role;
    }
    // A wide table's label column may be unnamed: its first column, when it is left of the years.
    if (wide && !has(Role::indicator) && width > 0 && !filled(header[0])) columns_[0].role = Role::indicator;
    const SourceLocation at = header.empty() ? grid_.where : header.front().where;
    if (wide && (has(Role::year) || has(Role::value))) {
        diagnostics_.error(at,
                           "this header has both columns for years (" + row_words(header) +
                               ") and a year or value column: write the table long (indicator, year, "
                               "value) or wide (indicator, then one column per year), not both",
                           "dòng tiêu đề này vừa có các cột theo năm (" + row_words(header) +
                               ") vừa có cột year hoặc value: hãy ghi bảng theo dạng dọc (indicator, year, "
                               "value) hoặc dạng ngang (indicator, rồi mỗi năm một cột), không dùng cả hai");
        return false;
    }
    if (!has(Role::indicator)) {
        diagnostics_.error(at,
                           "the header has no indicator column (Chỉ tiêu); a series table needs one, "
                           "then a year and a value column, or one column per year; this header has " +
                               row_words(header),
                           "dòng tiêu đề thiếu cột indicator (Chỉ tiêu); bảng chuỗi số liệu cần cột này, "
                           "rồi một cột year và một cột value, hoặc mỗi năm một cột; dòng tiêu đề này có " +
                               row_words(header));
        return false;
    }
    if (!wide && (!has(Role::year) || !has(Role::value))) {
        diagnostics_.error(
            at,
            "the header has no " + std::string(has(Role::year) ? "value (Giá trị)" : "year (Năm)") +
                " column; a series table needs indicator, year and value, or one column per "
                "year (2020, Năm 2021, Sơ bộ 2024); this header has " +
                row_words(header),
            "dòng tiêu đề thiếu cột " + std::string(has(Role::year) ? "value (Giá trị)" : "year (Năm)") +
                "; bảng chuỗi số liệu cần indicator, year và value, hoặc mỗi năm một cột (2020, Năm 2021, "
                "Sơ bộ 2024); dòng tiêu đề này có " +
                row_words(header));
        return false;
    }
    return ok;
}

// The row under the header that gives each value column's unit ("Tỷ đồng", "%"), as department
// workbooks write it: no figure in it, its key cells empty or "ĐVT".
bool GridTable::read_units_row(const std::vector<GridCell>& row) {
    bool any = false;
    for (std::size_t i = 0; i < columns_.size(); ++i) {
        const GridCell& cell = cell_at(row, i);
        const Role role = columns_[i].role;
        if (role == Role::area || role == Role::indicator) {
            if (filled(cell) &&
                header_words::column_for(cell.text) != std::optional<std::string_view>("unit"))
                return false;
        } else if (role == Role::value || role == Role::year_values) {
            if (!filled(cell)) continue;
            if (cell.kind != GridCell::Kind::text || header_words::is_missing_mark(cell.text) ||
                parse_number(trimmed(cell), options_.numbers).value)
                return false;
            any = true;
        }
    }
    if (!any) return false;
    units_.assign(columns_.size(), {});
    unit_where_.assign(columns_.size(), {});
    for (std::size_t i = 0; i < columns_.size(); ++i) {
        const Role role = columns_[i].role;
        const GridCell& cell = cell_at(row, i);
        if ((role == Role::value || role == Role::year_values) && filled(cell)) {
            units_[i] = to_nfc(trimmed(cell));
            unit_where_[i] = cell.where;
        }
    }
    return true;
}

// An area or indicator cell's text: the cell's, or the row above's under --fill-down. nullopt
// (with the error) when it is blank and nothing fills it; "" when the table has no such column.
// The row's key in `above` (null after an error): a commune-scale table repeats the row above's
// area and indicator, which are NFC already, so those are neither normalized nor copied again.
const std::string* GridTable::key(const std::vector<GridCell>& row, Role role, csv_table::Words what,
                                  std::string& above) {
    static const std::string none;
    const std::size_t column = find(role);
    if (column == columns_.size()) return &none;
    const GridCell& cell = cell_at(row, column);
    if (filled(cell)) {
        const std::string_view text = trimmed(cell);
        if (text != above) above = to_nfc(text);
        return &above;
    }
    const SourceLocation where = cell.where.file.empty() ? cell_at(row, 0).where : cell.where;
    if (options_.fill_down && !above.empty()) {
        if (!fill_noted_)
            diagnostics_.note(
                where,
                "--fill-down: this blank " + std::string(what.en) +
                    " cell, and each blank area or indicator cell below, takes the row above's",
                "--fill-down: ô " + std::string(what.vi) +
                    " trống này, và mỗi ô địa bàn hoặc chỉ tiêu trống bên dưới, lấy giá trị của "
                    "dòng trên");
        fill_noted_ = true;
        return &above;
    }
    const std::string name(what.en);
    diagnostics_.error(
        where,
        name + " is empty; if it means 'as above', pass --fill-down; else write the " + name + " in this row",
        csv_table::blank_key_vi(what.vi, false));
    return nullptr;
}

// The indicator a label stands for: through the map when there is one, else the label must be an
// id. Null with `id` empty when the row is to be skipped (an error said, or unmapped and ignored).
const IndicatorLabels* GridTable::indicator(const GridCell& cell, std::string_view label, std::string& id) {
    id.clear();
    if (map_ == nullptr) {
        if (is_indicator_name(label)) {
            id = std::string(label);
        } else {
            diagnostics_.error(
                cell.where,
                indicator_name_error(label) +
                    "; or give a --map file that says which indicator this label "
                    "is (chitieu schema map)",
                indicator_name_error_vi(label) +
                    "; hoặc cho một tệp --map nói nhãn này là chỉ tiêu nào (chitieu schema map)");
        }
        return nullptr;
    }
    // Each label once: a commune-scale table repeats its few labels a million times.
    auto cached = indicator_cache_.find(label);
    if (cached == indicator_cache_.end())
        cached = indicator_cache_.emplace(std::string(label), map_->indicator_for(label)).first;
    if (const IndicatorLabels* found = cached->second) {
        id = found->id;
        return found;
    }
    if (options_.ignore_unmapped) {
        if (unmapped_.empty()) first_unmapped_ = cell.where;
        if (std::find(unmapped_.begin(), unmapped_.end(), label) == unmapped_.end())
            unmapped_.emplace_back(label);
        return nullptr;
    }
    std::string message = "label " + quoted(label) + " is not in the map " + map_->where.file.str();
    std::string message_vi = "nhãn " + quoted(label) + " không có trong tệp --map " + map_->where.file.str();
    if (const std::optional<std::string> near = map_->closest_label(label)) {
        message += " (did you mean " + quoted(*near) + "?)";
        message_vi += " (có phải là " + quoted(*near) + "?)";
    }
    diagnostics_.error(cell.where,
                       message +
                           "; add it to an indicator's labels, or pass --ignore-unmapped to skip the "
                           "rows the map does not name",
                       message_vi +
                           "; hãy thêm nhãn vào labels của một chỉ tiêu, hoặc dùng --ignore-unmapped để bỏ "
                           "qua các dòng tệp --map không nêu");
    return nullptr;
}

bool GridTable::set_unit(const AreaData& area, Series& series, const std::string& unit,
                         const SourceLocation& where) {
    if (unit.empty()) return true;
    if (series.unit.empty()) {
        series.unit = unit;
        series.unit_where = where;
        series_unit_where_[&series] = where;
        return true;
    }
    if (series.unit == unit) return true;
    report_unit_differs(diagnostics_, series.indicator, area.name, unit, series.unit, where,
                        series_unit_where_[&series]);
    return false;
}

void GridTable::add_value(AreaData& area, std::size_t, Series& series, const GridCell& cell, int year,
                          Standing standing, bool is_index, const IndicatorLabels* labels) {
    if (!filled(cell)) return;
    std::optional<double> value;
    Written how = Written::plain;
    switch (cell.kind) {
        case GridCell::Kind::number:
            value = cell.number;
            break;
        case GridCell::Kind::text: {
            const std::string_view text = trimmed(cell);
            if (header_words::is_missing_mark(text)) return;
            const NumberParse number = parse_number(text, options_.numbers);
            if (!number.value) {
                diagnostics_.error(cell.where, "value " + number.error, "giá trị " + number.error_vi);
                return;
            }
            value = number.value;
            const char mark = options_.numbers == NumberConvention::dot ? '.' : ',';
            if (is_thousands_group_shape(text, mark))
                how = options_.numbers == NumberConvention::decimal_comma ? Written::comma_group
                                                                          : Written::dot_group_csv;
            break;
        }
        case GridCell::Kind::boolean:
        case GridCell::Kind::date:
        case GridCell::Kind::error:
            diagnostics_.error(
                cell.where,
                std::string("this cell holds ") +
                    (cell.kind == GridCell::Kind::boolean ? "a true/false value"
                     : cell.kind == GridCell::Kind::date  ? "a date"
                                                          : "an error (" + cell.text + ")") +
                    ", not a figure; write the number, or leave the cell empty if there is none",
                std::string("ô này chứa ") +
                    (cell.kind == GridCell::Kind::boolean ? "một giá trị đúng/sai"
                     : cell.kind == GridCell::Kind::date  ? "một ngày tháng"
                                                          : "một lỗi (" + cell.text + ")") +
                    ", không phải số liệu; hãy ghi số, hoặc để trống ô nếu không có số liệu");
            return;
        case GridCell::Kind::empty:
            return;
    }
    if (labels != nullptr && labels->scale) {
        *value *= *labels->scale;
        how = Written::plain;  // the digits no longer say how the figure was meant
        if (!std::isfinite(*value)) {
            diagnostics_.error(cell.where, "this value times the map's scale is too large to read",
                               "giá trị này nhân với scale của tệp --map quá lớn, không đọc được");
            return;
        }
    }
    auto& observations = is_index ? series.indices : series.values;
    const auto [it, added] = observations.try_emplace(year, Observation{*value, cell.where, how, standing});
    if (!added)
        report_given_twice(diagnostics_, is_index ? YearlyFigure::index : YearlyFigure::value,
                           series.indicator, area.name, year, cell.where, it->second.where);
}

void GridTable::read_row(const std::vector<GridCell>& row) {
    // A cell past the header's last column has no meaning to read it by: never dropped unread.
    for (std::size_t i = columns_.size(); i < row.size(); ++i)
        if (filled(row[i])) {
            diagnostics_.error(
                row[i].where,
                "this cell is right of the header's last column, so nothing says what "
                "it is; give its column a name, or remove it",
                "ô này nằm bên phải cột cuối cùng của dòng tiêu đề, nên không có gì cho biết nó "
                "là gì; hãy đặt tên cho cột của ô, hoặc xóa ô");
            return;
        }
    const std::string* area_label = key(row, Role::area, csv_table::kAreaWords, above_area_);
    const std::string* label = key(row, Role::indicator, csv_table::kIndicatorWords, above_indicator_);
    if (area_label == nullptr || label == nullptr) return;
    const GridCell& label_cell = cell_at(row, find(Role::indicator));
    std::string& id = id_;
    const IndicatorLabels* labels = indicator(label_cell, *label, id);
    if (id.empty()) return;
    const std::string* area_name = area_label;
    if (map_ != nullptr && !area_name->empty()) {
        auto cached = area_cache_.find(*area_name);
        if (cached == area_cache_.end())
            cached = area_cache_.emplace(*area_name, map_->area_for(*area_name)).first;
        if (cached->second) area_name = &*cached->second;
    }

    bool is_index = false;
    if (has(Role::measure)) {
        const GridCell& cell = cell_at(row, find(Role::measure));
        const std::string_view measure = trimmed(cell);
        if (!measure.empty() && measure != "level" && measure != "index") {
            diagnostics_.error(cell.where,
                               "measure " + quoted(measure) +
                                   " is neither level nor index; write level for a value, index for a "
                                   "yearly index (previous year = 100), or leave it empty",
                               csv_table::measure_error_vi(measure));
            return;
        }
        is_index = measure == "index";
    }
    std::optional<int> long_year;
    if (has(Role::year)) {
        const GridCell& cell = cell_at(row, find(Role::year));
        if (cell.kind == GridCell::Kind::number && cell.number == std::floor(cell.number) &&
            cell.number >= kMinYear && cell.number <= kMaxYear) {
            long_year = static_cast<int>(cell.number);
        } else {
            const YearParse parsed = parse_year(trimmed(cell));
            if (!parsed.value) {
                diagnostics_.error(cell.where.file.empty() ? label_cell.where : cell.where,
                                   trimmed(cell).empty()
                                       ? "the year is missing; every row needs a year from 1900 to 2100"
                                       : "year " + parsed.error,
                                   trimmed(cell).empty() ? "thiếu năm; mỗi dòng cần một năm từ 1900 đến 2100"
                                                         : "năm " + parsed.error_vi);
                return;
            }
            long_year = parsed.value;
        }
    }

    const std::size_t area_index = areas_.find_or_add(*area_name);
    AreaData& area = areas_[area_index];
    auto [it, added] = area.series.try_emplace(id);
    Series& series = it->second;
    if (added) {
        series.indicator = id;
        series.where = label_cell.where;
    }
    // The unit: the map's, else the unit column's, else the units row's for the value's column.
    if (labels != nullptr && !labels->unit.empty()) {
        if (!set_unit(area, series, labels->unit, labels->where)) return;
    } else if (has(Role::unit) && filled(cell_at(row, find(Role::unit)))) {
        const GridCell& cell = cell_at(row, find(Role::unit));
        if (!set_unit(area, series, to_nfc(trimmed(cell)), cell.where)) return;
    }
    if (has(Role::source)) {
        const GridCell& cell = cell_at(row, find(Role::source));
        if (filled(cell)) areas_.add_source(area_index, to_nfc(trimmed(cell)));
    }
    const bool by_row_unit = !(labels != nullptr && !labels->unit.empty()) &&
                             !(has(Role::unit) && filled(cell_at(row, find(Role::unit))));
    for (std::size_t i = 0; i < columns_.size(); ++i) {
        const Column& column = columns_[i];
        if (column.role != Role::value && column.role != Role::year_values) continue;
        const GridCell& cell = cell_at(row, i);
        if (by_row_unit && !units_.empty() && !units_[i].empty() && filled(cell) &&
            !set_unit(area, series, units_[i], unit_where_[i]))
            continue;
        if (column.role == Role::value)
            add_value(area, area_index, series, cell, *long_year, Standing::normal, is_index, labels);
        else
            add_value(area, area_index, series, cell, column.year.year, column.year.standing, is_index,
                      labels);
    }
}

Dataset GridTable::read() {
    if (grid_zones::is_zones(grid_)) return grid_zones::read(grid_, options_, diagnostics_);
    const std::vector<std::vector<GridCell>> rows = spread_merges(grid_);
    // The header: the first row with two cells of text, one a column word or a year, within the
    // first rows with text; the rows with text above it are the title.
    std::size_t header = rows.size(), titles = 0, first_text = rows.size();
    for (std::size_t r = 0; r < rows.size() && titles <= kMaxTitleRows; ++r) {
        if (filled_count(rows[r]) == 0) continue;
        if (first_text == rows.size()) first_text = r;
        if (is_header(rows[r])) {
            header = r;
            break;
        }
        if (!is_title(rows[r])) break;  // a row of the table, and no header above it
        ++titles;
    }
    if (first_text == rows.size()) {
        diagnostics_.warning(grid_.where, "the table is empty: nothing is read from " + grid_.name,
                             "bảng trống: không đọc được gì từ " + grid_.name);
        return {};
    }
    if (header == rows.size()) {
        diagnostics_.error(
            cell_at(rows[first_text], 0).where,
            "cannot tell what this table holds: a series table needs a header with an indicator "
            "column (indicator, Chỉ tiêu) and a year and value column (Năm, Giá trị) or one "
            "column per year (2020, Năm 2021, Sơ bộ 2024), a zones table needs name and kind; its "
            "first line has " +
                row_words(rows[first_text]),
            cannot_tell_vi(rows[first_text]));
        return {};
    }
    if (titles > 0)
        diagnostics_.note(
            cell_at(rows[first_text], 0).where,
            std::to_string(titles) + (titles == 1 ? " line" : " lines") +
                " above the header read as the table's title and skipped",
            std::to_string(titles) + " dòng phía trên dòng tiêu đề được đọc là tên bảng và bỏ qua");
    if (!read_header(rows[header])) return {};

    // Note lines below the table: rows after the last one with a figure or a second cell of
    // text, whose only text is in one cell ("Nguồn: Cục Thống kê", "(*) Số liệu sơ bộ").
    std::size_t end = rows.size();
    while (end > header + 1 && (filled_count(rows[end - 1]) == 0 || is_note(rows[end - 1]))) --end;
    std::size_t notes = 0, first_note = rows.size();
    for (std::size_t r = end; r < rows.size(); ++r)
        if (filled_count(rows[r]) == 1) {
            ++notes;
            if (first_note == rows.size()) first_note = r;
        }

    std::size_t r = header + 1;
    while (r < end && filled_count(rows[r]) == 0) ++r;
    if (r < end && read_units_row(rows[r])) ++r;
    std::size_t data_rows = 0;
    for (; r < end && !limit_.reached(); ++r) {
        if (filled_count(rows[r]) == 0) continue;  // blank, or the delimiters only (";;;;")
        if (++data_rows > limits::kMaxCsvRows) {
            diagnostics_.error(cell_at(rows[r], 0).where,
                               "this table has more than " + std::to_string(limits::kMaxCsvRows) +
                                   " rows, more than chitieu reads from one table; split it",
                               too_many_rows_vi());
            break;
        }
        read_row(rows[r]);
    }
    return finish(notes > 0 ? &cell_at(rows[first_note], 0).where : nullptr, notes,
                  cell_at(rows[header], 0).where, data_rows);
}

// The end of a table, read whole or streamed: the notes about what was skipped, the sources.
Dataset GridTable::finish(const SourceLocation* first_note, std::size_t notes,
                          const SourceLocation& header_where, std::size_t data_rows) {
    if (notes > 0)
        diagnostics_.note(*first_note,
                          std::to_string(notes) + (notes == 1 ? " line" : " lines") +
                              " below the table read as notes and skipped",
                          std::to_string(notes) + " dòng bên dưới bảng được đọc là ghi chú và bỏ qua");
    if (!unmapped_.empty()) {
        std::string list;
        for (const std::string& label : unmapped_) list += (list.empty() ? "'" : ", '") + label + "'";
        diagnostics_.note(first_unmapped_,
                          "--ignore-unmapped: skipped the rows of " + std::to_string(unmapped_.size()) +
                              (unmapped_.size() == 1 ? " label" : " labels") +
                              " the map does not name: " + list,
                          "--ignore-unmapped: đã bỏ qua các dòng của " + std::to_string(unmapped_.size()) +
                              " nhãn tệp --map không nêu: " + list);
    }
    areas_.write_sources();
    if (dataset_.areas.empty() && data_rows == 0)
        diagnostics_.warning(
            header_where, "the table has a header and no rows: nothing is read from this file",
            "bảng có dòng tiêu đề nhưng không có dòng số liệu nào: không đọc được gì từ tệp này");
    return std::move(dataset_);
}

void GridTable::stream_row(std::size_t index, const std::vector<GridCell>& row) {
    rows_ = index + 1;
    if (phase_ == Phase::done || zones_) return;
    if (phase_ == Phase::data) {
        stream_data(row);
        return;
    }
    // read()'s search for the header, a row at a time.
    const bool empty = filled_count(row) == 0;
    if (!concluded_ && !empty) {
        const std::size_t at = head_.size();
        if (first_text_ == kNone) first_text_ = at;
        if (is_header(row)) {
            header_ = at;
            concluded_ = true;
        } else if (!is_title(row) || ++titles_ > kMaxTitleRows) {
            concluded_ = true;  // a row of the table with no header above it, or too many titles
        }
    }
    if (!empty || index < kZonesRows) head_.emplace_back(index, row);
    if (!zones_checked_ && index + 1 >= kZonesRows) stream_zones_check(kZonesRows);
    if (zones_checked_ && concluded_ && !zones_) stream_decide();
}

void GridTable::stream_zones_check(std::size_t rows) {
    zones_checked_ = true;
    CellGrid first;
    first.name = grid_.name;
    first.where = grid_.where;
    first.rows.resize(rows);
    for (const auto& [index, cells] : head_)
        if (index < rows) first.rows[index] = cells;
    zones_ = grid_zones::is_zones(first);
}

void GridTable::stream_decide() {
    phase_ = Phase::done;
    if (first_text_ == kNone) {
        diagnostics_.warning(grid_.where, "the table is empty: nothing is read from " + grid_.name,
                             "bảng trống: không đọc được gì từ " + grid_.name);
        return;
    }
    const std::vector<GridCell>& first_text = head_[first_text_].second;
    if (header_ == kNone) {
        diagnostics_.error(
            cell_at(first_text, 0).where,
            "cannot tell what this table holds: a series table needs a header with an indicator "
            "column (indicator, Chỉ tiêu) and a year and value column (Năm, Giá trị) or one "
            "column per year (2020, Năm 2021, Sơ bộ 2024), a zones table needs name and kind; its "
            "first line has " +
                row_words(first_text),
            cannot_tell_vi(first_text));
        return;
    }
    if (titles_ > 0)
        diagnostics_.note(
            cell_at(first_text, 0).where,
            std::to_string(titles_) + (titles_ == 1 ? " line" : " lines") +
                " above the header read as the table's title and skipped",
            std::to_string(titles_) + " dòng phía trên dòng tiêu đề được đọc là tên bảng và bỏ qua");
    if (!read_header(head_[header_].second)) return;
    header_where_ = cell_at(head_[header_].second, 0).where;
    phase_ = Phase::data;
    std::vector<std::pair<std::size_t, std::vector<GridCell>>> head = std::move(head_);
    head_.clear();
    for (std::size_t i = header_ + 1; i < head.size(); ++i) stream_data(head[i].second);
}

void GridTable::stream_data(const std::vector<GridCell>& row) {
    if (filled_count(row) == 0) return;
    if (is_note(row)) {
        pending_.push_back(row);
        return;
    }
    for (const std::vector<GridCell>& waiting : pending_) stream_process(waiting);
    pending_.clear();
    stream_process(row);
}

// read()'s loop over the rows between the header and the notes below, for one row.
void GridTable::stream_process(const std::vector<GridCell>& row) {
    if (!units_checked_) {
        units_checked_ = true;
        if (read_units_row(row)) return;
    }
    if (stopped_) return;
    if (limit_.reached()) {
        stopped_ = true;
        return;
    }
    if (++data_rows_ > limits::kMaxCsvRows) {
        diagnostics_.error(cell_at(row, 0).where,
                           "this table has more than " + std::to_string(limits::kMaxCsvRows) +
                               " rows, more than chitieu reads from one table; split it",
                           too_many_rows_vi());
        stopped_ = true;
        return;
    }
    read_row(row);
}

Dataset GridTable::stream_finish() {
    if (phase_ == Phase::head) {
        if (!zones_checked_) stream_zones_check(rows_);
        if (zones_) return {};
        stream_decide();
    }
    if (phase_ != Phase::data) return {};
    return finish(pending_.empty() ? nullptr : &cell_at(pending_.front(), 0).where, pending_.size(),
                  header_where_, data_rows_);
}

}  // namespace grid_table

struct GridRowReader::Impl {
    CellGrid shell;  // the grid's name and place; its rows are never held
    grid_table::GridTable table;
    Impl(std::string name, SourceLocation where, const GridOptions& options, const LabelMap* map,
         Diagnostics& diagnostics)
        : shell{std::move(name), {}, {}, where}, table(shell, options, map, diagnostics) {}
};

GridRowReader::GridRowReader(std::string name, SourceLocation where, const GridOptions& options,
                             const LabelMap* map, Diagnostics& diagnostics)
    : impl_(std::make_unique<Impl>(std::move(name), where, options, map, diagnostics)) {}

GridRowReader::~GridRowReader() = default;

void GridRowReader::row(std::size_t index, const std::vector<GridCell>& cells) {
    impl_->table.stream_row(index, cells);
}

bool GridRowReader::streams() const {
    return impl_->table.streams();
}

Dataset GridRowReader::finish() {
    return impl_->table.stream_finish();
}

Dataset read_grid_table(const CellGrid& grid, const GridOptions& options, const LabelMap* map,
                        Diagnostics& diagnostics) {
    return grid_table::GridTable(grid, options, map, diagnostics).read();
}

}  // namespace chitieu
