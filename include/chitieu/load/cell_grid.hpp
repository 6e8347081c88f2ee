// A table as a spreadsheet or a published export holds it: rows of cells, each with its kind and
// its text, and where each cell is. Every source that is a grid (an XLSX sheet, a wide or
// Vietnamese-headed CSV, a PX-Web CSV export) produces a CellGrid; one reader (read_grid_table)
// turns any grid into a Dataset, so that header words, year headers ("Năm 2021", "Sơ bộ 2024",
// "Ước thực hiện 2025"), title and note lines, missing-value marks and labels mapped by --map are
// understood once, whatever the file's format.
//
// Interface agreed between the wide-table reader (load/grid_table.cpp) and the XLSX reader
// (load/xlsx_*.cpp): the XLSX reader fills grids, the grid reader reads them.
#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "chitieu/diagnostic.hpp"
#include "chitieu/model/statistics.hpp"
#include "chitieu/util/parse_number.hpp"

namespace chitieu {

struct LabelMap;

struct GridCell {
    enum class Kind : std::uint8_t {
        empty,
        text,     // a string (shared or inline in XLSX; every CSV cell): `text`
        number,   // a number the file stores as one: `number`, and `text` as written if known
        boolean,  // refused as a value, with the cell's place
        date,     // refused as a value, with the cell's place
        error,    // "#DIV/0!" and the like: refused as a value
    };
    Kind kind = Kind::empty;
    std::string text;
    double number = 0.0;
    SourceLocation where;  // the cell (for XLSX, the location prints as book.xlsx:Sheet1!C7)
};

// A merged range, rows and columns 0-based inclusive: the top-left cell's value spans it.
struct GridMerge {
    std::size_t first_row = 0, first_column = 0, last_row = 0, last_column = 0;
};

struct CellGrid {
    std::string name;                         // as shown: "book.xlsx" or "book.xlsx#Sheet1", "t.csv"
    std::vector<std::vector<GridCell>> rows;  // row 0 is the sheet's first row; rows may be ragged
    std::vector<GridMerge> merges;
    SourceLocation where;  // the grid as a whole (file, or sheet)
};

struct GridOptions {
    NumberConvention numbers = NumberConvention::dot;  // for numbers stored as text
    bool ignore_unmapped = false;                      // --ignore-unmapped: skip and list once
    bool fill_down = false;
    bool ignore_extra_columns = false;  // --ignore-extra-columns: a column of no known name is skipped
    std::optional<int> year;            // --year: a zones table's land figures' year, without a year column
};

// The grid read as a series table (long, or wide with one column per year) or a zones table (a
// management board's list or chitieu's zones columns, read by the CSV zones loader).
// `map` may be null (no --map: labels must be indicator ids). Problems go to `diagnostics`,
// located at the cell.
Dataset read_grid_table(const CellGrid& grid, const GridOptions& options, const LabelMap* map,
                        Diagnostics& diagnostics);

}  // namespace chitieu
