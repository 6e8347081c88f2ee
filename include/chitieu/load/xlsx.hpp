// XLSX workbooks (Office Open XML spreadsheets, as Excel, LibreOffice and openpyxl write them)
// read into grids: one CellGrid per sheet, which read_grid_table (load/cell_grid.hpp) reads as a
// table. libzip opens the archive, expat reads the XML (README, "Libraries"), streamed part by
// part within the limits of load/limits.hpp.
//
// Each cell keeps its kind: shared and inline strings and formula strings are text (a number
// stored as text stays text: the grid reader applies the CSV decimal rules), numbers are numbers
// with the text as stored, a number whose cell style is a date or time format is a date, and
// booleans and errors ("#DIV/0!") are their kinds. Each cell's place prints as
// "book.xlsx:Sheet1!C7" (FileName::sheet). Merged ranges are listed as the sheet gives them.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "chitieu/diagnostic.hpp"
#include "chitieu/load/cell_grid.hpp"
#include "chitieu/load/limits.hpp"

namespace chitieu {

struct XlsxLimits {
    std::size_t max_uncompressed_bytes = limits::kMaxXlsxUncompressedBytes;
    std::size_t max_ratio = limits::kMaxXlsxCompressionRatio;
    std::size_t ratio_floor_bytes = limits::kXlsxRatioFloorBytes;
    int max_xml_depth = limits::kMaxXmlDepth;
    std::size_t max_cells = limits::kMaxSheetCells;
};

// The sheets of the workbook in `bytes` (named `file` in messages), in the workbook's order:
// every visible sheet that holds a value, or only `sheet` when it is not empty (an error, with
// the workbook's sheets, when it has none of that name). Problems go to `diagnostics`; a
// workbook that cannot be read at all (not a zip, a limit crossed) gives no grids.
std::vector<CellGrid> read_xlsx(std::string_view bytes, const std::string& file, const std::string& sheet,
                                Diagnostics& diagnostics, const XlsxLimits& limits = {});

// The same sheets read as tables, each as read_grid_table(grid, options, map) reads it: a sheet is
// streamed into a GridRowReader where it can be (its cells are never all held: a commune-scale
// sheet), else read whole into `grid` for the caller's read_grid_table. A streamed sheet's data set
// is in `dataset` and what reading it as a table said in `said`, for the caller to add where it
// would read the grid, so that the messages come in the order read_xlsx and read_grid_table give.
struct XlsxTable {
    std::optional<CellGrid> grid;
    Dataset dataset;
    std::vector<Diagnostic> said;
};
std::vector<XlsxTable> read_xlsx_tables(std::string_view bytes, const std::string& file,
                                        const std::string& sheet, const GridOptions& options,
                                        const LabelMap* map, Diagnostics& diagnostics,
                                        const XlsxLimits& limits = {});

// "book.xlsx#Sheet 2" -> {"book.xlsx", "Sheet 2"}: the input syntax for one sheet. A name
// without '#' after an .xlsx name is the whole workbook ({name, ""}).
struct XlsxInputName {
    std::string file, sheet;
};
XlsxInputName split_xlsx_input(const std::string& name);
bool is_xlsx_name(std::string_view name);  // ends in .xlsx or .xlsm, any case, after any #sheet

// The serial day number of the 1900 date system as an ISO date ("2021-03-01"), for messages.
std::string xlsx_serial_date(double serial);

}  // namespace chitieu
