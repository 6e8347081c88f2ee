// Private to the grid reader: a zones table in a grid (an XLSX sheet holding a management board's
// list, or chitieu's own zones columns) read by the CSV zones loader, which knows the board's
// words, group and totals rows and title dates (zone_board.hpp, zones_csv.cpp): one reader of
// zones, whatever the file. The grid is written out as CSV text, one row a line, and every place
// the loader names is turned back into the cell's own (book.xlsx:Sheet1!C7).
#pragma once

#include "chitieu/diagnostic.hpp"
#include "chitieu/load/cell_grid.hpp"
#include "chitieu/model/statistics.hpp"

namespace chitieu::grid_zones {

// Whether the grid's header (under any title lines) is a zones table's.
bool is_zones(const CellGrid& grid);

// The zones table, with the zones loader's diagnostics located at the grid's cells.
Dataset read(const CellGrid& grid, const GridOptions& options, Diagnostics& diagnostics);

}  // namespace chitieu::grid_zones
