// Private to the statistics CSV loader: a CSV that is not the standard long table (a wide table,
// Vietnamese or other-cased headers, a PX-Web export with its title lines) read as a CellGrid,
// for read_grid_table. Rows may be ragged: a title line has one cell, the table many.
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "chitieu/diagnostic.hpp"
#include "chitieu/load/cell_grid.hpp"
#include "chitieu/load/statistics_csv.hpp"

namespace chitieu::csv_grid {

// The delimiter of a grid whose first lines may be titles without one: of ',', ';' and TAB
// (outside quotes), the one found the same number of times on the most lines of the first
// kSampleLines, ';' then TAB then ',' on a tie ("1.112,80" puts commas in a ';' file's figures
// only, so ';' is the one its header and rows share). ',' when none is found.
char detect_delimiter(std::string_view text);

// Every record of `text` as a row of text cells, each with its place.
CellGrid read(std::string_view text, const std::string& file, char delimiter, Diagnostics& diagnostics);

// The same records streamed into a GridRowReader (cell_grid.hpp): the data set read_grid_table
// gives from read()'s grid, with the same messages in the same order, the grid never held.
// nullopt, with nothing said, where the file is not streamed (no record, a zones table, a
// refusal): then read the grid whole. `rows` counts the records.
std::optional<Dataset> stream(std::string_view text, const std::string& file, char delimiter,
                              const GridOptions& options, const LabelMap* map, std::size_t& rows,
                              Diagnostics& diagnostics);

// Whether the CSV whose first bytes are `head` goes to the grid reader: its first line (after
// title lines the zones list reads itself) is not a header the long table or the zones table
// knows, or a --map is given (labels are read through it).
bool is_grid(std::string_view head, const CsvOptions& options);

}  // namespace chitieu::csv_grid
