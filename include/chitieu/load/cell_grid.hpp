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
#include <memory>
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

// The same reading as read_grid_table, fed one row at a time as a sheet's XML gives them, so that
// a commune-scale sheet's cells are never all held (issue 15, "Speed"): the rows until the header
// and the first rows (a zones table is told by its first 12) are held, then each row is read as it
// comes, and only rows that may be the notes below the table wait for the next row of figures.
// The plain twin is read_grid_table on the whole grid; tests/unit/load/test_grid_table.cpp holds
// the two to each other. A grid with merged ranges (known only after the rows, in XLSX) and a zones
// table are not streamed: streams() turns false (zones) or the caller checks merges itself, and
// reads the grid whole.
class GridRowReader {
public:
    GridRowReader(std::string name, SourceLocation where, const GridOptions& options, const LabelMap* map,
                  Diagnostics& diagnostics);
    ~GridRowReader();
    GridRowReader(const GridRowReader&) = delete;
    GridRowReader& operator=(const GridRowReader&) = delete;

    // The grid's row `index` (0-based), in increasing order; a row not given is empty. The cells
    // are copied only where they must wait (the first rows, possible notes).
    void row(std::size_t index, const std::vector<GridCell>& cells);
    // False once the first rows show a zones table: read the grid whole instead.
    bool streams() const;
    // After the last row: the data set, as read_grid_table gives it.
    Dataset finish();

    struct Impl;

private:
    std::unique_ptr<Impl> impl_;
};

}  // namespace chitieu
