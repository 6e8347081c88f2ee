// Private to the statistics CSV loader: what its two tables (series, zones) share. Header
// columns to field indices, trimmed cells with their places, areas found without a linear
// search, and limits on the errors, rows and areas of one file.
#pragma once

#include <cstddef>
#include <map>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "chitieu/diagnostic.hpp"
#include "chitieu/load/limits.hpp"
#include "chitieu/load/statistics_csv.hpp"
#include "chitieu/model/statistics.hpp"
#include "csv_reader.hpp"

namespace chitieu::csv_table {

inline constexpr int kAbsent = -1;  // a column the header does not have

// A word of a message in both languages, for the messages built here ("area" / "địa bàn").
struct Words {
    std::string_view en;
    std::string_view vi;
};
inline constexpr Words kAreaWords{"area", "địa bàn"};
inline constexpr Words kIndicatorWords{"indicator", "chỉ tiêu"};

struct ColumnSpec {
    std::string_view name;
    std::string_view synonym;  // the SDMX-CSV name, or empty
    bool required = false;
    // Named among the known columns in messages. SDMX-CSV's own columns (DATAFLOW, FREQ,
    // UNIT_MULT, ...) are accepted without being offered to users of the plain format.
    bool listed = true;
};

// The common cells without the general parsers (which give the messages): a year of exactly four
// digits in range, and under the dot convention a plain decimal ("1234", "16143.25"), read
// exactly as parse_year and parse_number would. nullopt: take the general way.
std::optional<int> quick_year(std::string_view text);
std::optional<double> quick_number(std::string_view text, NumberConvention convention);

std::string_view trim_spaces(std::string_view text);

// Without the spaces and tabs around it. Inline for the common cell, which has none.
inline std::string_view trim(std::string_view text) {
    const auto space = [](char c) { return c == ' ' || c == '\t'; };
    if (text.empty() || (!space(text.front()) && !space(text.back()))) return text;
    return trim_spaces(text);
}

// Maps the header to `specs`: element i is the field index of specs[i], or kAbsent. Reports
// unknown columns (unless `ignore_extra`), a column given twice, and missing required ones, and
// returns nullopt when there was any of these. An unknown column that says what the values
// mean (a unit by another name such as ĐVT, a multiplier, an observation status) is refused
// even under `ignore_extra`: dropping it would read every value wrongly.
std::optional<std::vector<int>> map_columns(const CsvRecord& header, std::span<const ColumnSpec> specs,
                                            Words table, bool ignore_extra, const CsvReader& reader,
                                            Diagnostics& diagnostics);

// One data row, seen through the column map.
class Row {
public:
    Row(const CsvRecord& record, const CsvReader& reader) : record_(record), reader_(reader) {}

    std::string_view cell(int column) const {  // trimmed; empty when the column is absent
        return column == kAbsent ? std::string_view() : trim(field(column).text);
    }
    bool missing(int column) const {  // an empty cell or NA
        const std::string_view text = cell(column);
        return text.empty() || text == "NA";
    }
    SourceLocation where(int column) const {  // the cell, or the row's start when absent
        return column == kAbsent ? where() : reader_.where(field(column));
    }
    SourceLocation where() const { return reader_.where(record_.line, 1); }
    // Every cell empty: a row of delimiters only (";;;;"), as spreadsheets save a blank row.
    bool all_empty() const {
        for (const CsvField& field : record_.fields)
            if (!trim(field.text).empty()) return false;
        return true;
    }
    // Where a present cell starts on its line, in bytes; and whether that is the row's first line.
    std::size_t byte_offset(int column) const { return field(column).offset - field(column).line_start; }
    bool on_first_line(int column) const { return field(column).line == record_.line; }
    SourceLocation where_at(int column, int character_column) const {
        return reader_.where(field(column).line, character_column);
    }

private:
    const CsvField& field(int column) const { return record_.fields[static_cast<std::size_t>(column)]; }

    const CsvRecord& record_;
    const CsvReader& reader_;
};

// The areas of one file's dataset by name, in order of first appearance. Rows usually come
// grouped by area, so the last area found is tried first; a map serves the others. Also
// collects each area's distinct sources, in order.
class AreaIndex {
public:
    explicit AreaIndex(Dataset& dataset) : dataset_(dataset) {}

    std::size_t find_or_add(std::string_view name);
    // True when `name` is the name of the area found last (as find_or_add would find it first).
    bool is_last(std::string_view name) const {
        return last_ < dataset_.areas.size() && dataset_.areas[last_].name == name;
    }
    std::size_t last() const { return last_; }
    AreaData& operator[](std::size_t index) { return dataset_.areas[index]; }
    void add_source(std::size_t area, std::string_view source);
    // True when `source` is the last one added for the area (adding it again changes nothing).
    bool has_latest_source(std::size_t area, std::string_view source) const {
        const std::vector<std::string>& list = sources_[area];
        return !list.empty() && list.back() == source;
    }
    void write_sources();                 // joins each area's sources with "; " into AreaData::source
    void write_source(std::size_t area);  // the same for one area

private:
    Dataset& dataset_;
    // Hashed, and looked up by string_view without a copy: 10,000 communes are 10,000 inserts.
    struct NameHash {
        using is_transparent = void;
        std::size_t operator()(std::string_view name) const { return std::hash<std::string_view>{}(name); }
    };
    std::unordered_map<std::string, std::size_t, NameHash, std::equal_to<>> by_name_;
    std::size_t last_ = 0;
    std::vector<std::vector<std::string>> sources_;
};

// Stops a file after kMaxErrors errors: a systematic mistake (a whole column of decimal commas
// in a million-row file) should fill a screen, not a terminal's scrollback.
class ErrorLimit {
public:
    static constexpr std::size_t kMaxErrors = 50;

    ErrorLimit(const std::string& file, Diagnostics& diagnostics)
        : file_(file), diagnostics_(diagnostics), start_(diagnostics.error_count()) {}

    // True once the file has given kMaxErrors errors; adds a note the first time. Asked every row.
    bool reached() { return diagnostics_.error_count() - start_ >= kMaxErrors && note_once(); }

private:
    bool note_once();
    const std::string& file_;
    Diagnostics& diagnostics_;
    std::size_t start_;
    bool noted_ = false;
};

// Stops a file past limits::kMaxCsvRows data rows or limits::kMaxAreas areas, with an error at
// the row that crossed the limit: memory stays bounded whatever the file (a report holds every
// target for every area). The limits are parameters only so that tests can cross them cheaply.
class SizeLimit {
public:
    SizeLimit(const CsvReader& reader, const Dataset& dataset, Diagnostics& diagnostics,
              std::size_t max_rows = limits::kMaxCsvRows, std::size_t max_areas = limits::kMaxAreas)
        : reader_(reader),
          dataset_(dataset),
          diagnostics_(diagnostics),
          max_rows_(max_rows),
          max_areas_(max_areas) {}

    // After each data row: false, with the error, once the file holds too many rows or areas.
    bool allows(const CsvRecord& record) {
        return ++rows_ <= max_rows_ && dataset_.areas.size() <= max_areas_ ? true : refuse(record);
    }

private:
    bool refuse(const CsvRecord& record);

    const CsvReader& reader_;
    const Dataset& dataset_;
    Diagnostics& diagnostics_;
    std::size_t max_rows_;
    std::size_t max_areas_;
    std::size_t rows_ = 0;
};

// Under the dot convention "16.143" is a valid decimal, but a file split at ';' most likely comes
// from a spreadsheet where the comma is the decimal mark and the dot groups thousands. Warns
// once per file at the first such value, so that the user can choose --decimal-comma. For the
// zones table's land figures; a series table's values go to the unit-slip rule instead
// (UnitSlipRule in model/rules.hpp), which knows the series around them, in the same words.
class GroupedDotCheck {
public:
    GroupedDotCheck(const CsvReader& reader, const CsvOptions& options)
        : active_(reader.delimiter() == ';' && options.numbers == NumberConvention::dot) {}

    // Inactive for nearly every file: callers test this first and build no location otherwise.
    bool active() const { return active_; }
    // `what` names the figure in the warning ("leasable_ha").
    void check(std::string_view what, std::string_view number, double value, const SourceLocation& where,
               Diagnostics& diagnostics);

private:
    bool active_;
};

// The Vietnamese error for a blank key cell (`what_vi`: "địa bàn"), as KeyFill::blank_key says it;
// `fill_down`: the option was given and no row above had a key.
std::string blank_key_vi(std::string_view what_vi, bool fill_down);

// The Vietnamese error for a measure cell that is neither level nor index.
std::string measure_error_vi(std::string_view measure);

// Blank key cells (area, indicator). A Vietnamese table leaves the cells under a merged one blank
// to mean "as above"; read as they stand they would make a nameless area or series, and the
// figures would split between it and the named one. Without --fill-down a blank key is an error
// at its cell that says so; with it, the cell takes the text of the row above in that column,
// said once per file in a note at the first cell filled. The row above is the file's row,
// whatever became of it (kept, skipped by an area filter, or refused for another cell).
class KeyFill {
public:
    // `keys` names the table's key columns for the note ("area or indicator").
    KeyFill(const CsvOptions& options, Words keys, Diagnostics& diagnostics)
        : fill_down_(options.fill_down), keys_(keys), diagnostics_(diagnostics) {}

    // The text of the key in `column` (kAbsent: none) for this row: the cell's, or, blank under
    // --fill-down, `above`'s (the caller's memory of the row above, which this keeps up to date).
    // Empty when the cell is blank and nothing fills it: the caller reports blank_key().
    std::string_view read(const Row& row, int column, Words what, std::string& above);
    // The error for a blank key cell that nothing filled; `what` names the column ("area").
    void blank_key(const Row& row, int column, Words what);
    bool fill_down() const { return fill_down_; }

private:
    bool fill_down_;
    Words keys_;
    bool noted_ = false;
    Diagnostics& diagnostics_;
};

// A column name the long series table reads as it stands ("unit", "OBS_VALUE"): statistics_csv.cpp.
bool is_series_column(std::string_view name);

enum class TableKind { series, zones, unknown };
// A column `indicator` (or SDMX `INDICATOR`) makes a series table; `name` and `kind` a zones table.
// A management board's list, whose name column has a Vietnamese name, is a zones table too.
TableKind table_kind(const CsvRecord& header);

// What the zones table knows beyond its columns.
struct ZoneList {
    bool board = false;       // a management board's list: Vietnamese column names (zone_board.hpp)
    std::optional<int> year;  // the snapshot year of every row, without a year column
};

// The zones table (zones_csv.cpp): reads every row after `header` into `dataset`. `title_year`
// is the year the title lines above the header give, if any (--year, in `options`, wins).
void load_zone_table(CsvReader& reader, const CsvRecord& header, const CsvOptions& options,
                     std::optional<int> title_year, Dataset& dataset, Diagnostics& diagnostics);

}  // namespace chitieu::csv_table
