// Statistics CSV loader (the interface's "Statistics, CSV").
//
// The header decides the table: a column `indicator` (or SDMX `INDICATOR`) makes a series table
// in long format, one observation per row (indicator, year, value; optional area, unit, source,
// note); columns `name` and `kind` make a zones table (optional area, district, year,
// established, expanded, leasable_ha, leased_ha, source, note). Column names are case-sensitive;
// spaces around them are ignored. Spaces around cells are ignored too; an empty cell or `NA` is
// missing (a series row with a missing value is skipped, not an error). Under the dot convention,
// a file split at ';' whose numbers look like "16.143" gets one warning suggesting --decimal-comma.
// SDMX-CSV 1.0 and 2.0 files are series tables as published: FREQ must be A, ACTION D is refused,
// UNIT_MULT is applied to the value (a note once per file), OBS_STATUS P/E set the observation's
// Standing, and DATAFLOW, STRUCTURE, STRUCTURE_ID and the attributes for people are read past.
// `ignore_extra_columns` never skips a column that says what the values mean (ĐVT, a multiplier).
#pragma once

#include <cstddef>
#include <functional>
#include <optional>
#include <string>
#include <string_view>

#include "chitieu/diagnostic.hpp"
#include "chitieu/model/statistics.hpp"
#include "chitieu/util/parse_number.hpp"

namespace chitieu {

struct LabelMap;

struct CsvOptions {
    NumberConvention numbers = NumberConvention::dot;
    char delimiter = 0;                 // ',', ';' or '\t'; 0 detects it from the header line
    bool ignore_extra_columns = false;  // skip unknown columns (not a unit's) instead of refusing them
    // A blank area or indicator cell takes the row above's text ("as above", under a merged
    // cell) instead of being an error.
    bool fill_down = false;
    // The year a zones table's land figures describe when it has no year column (--year); else
    // the year its title gives ("Số liệu đến 31/12/2024"), else they are refused.
    std::optional<int> year;
    // Off, the CSV reader reads every record the general way, byte by byte, instead of plain ones
    // sixteen bytes at a time: the same result (tests/unit/load/test_csv_fixtures.cpp holds every
    // CSV the tests have to it), only slower.
    bool fast_rows = true;
    // --map: the office's labels to indicator ids and area names (not owned; null: none). A CSV
    // read with a map goes through the grid reader (read_grid_table), whatever its header.
    const LabelMap* map = nullptr;
    bool ignore_unmapped = false;  // --ignore-unmapped: a label the map lacks is skipped, listed once
};

// Parse the CSV in `text` (as a grid when is_grid_csv says so); `file` names it in diagnostics. Every problem
// is added to `diagnostics` as FILE:LINE:COL (columns in characters) and reading goes on with the next row,
// so that all problems of a file are listed at once (up to a limit, then a note says it
// stopped). The result holds the rows that could be read, areas in order of first appearance.
Dataset load_statistics_csv(std::string_view text, const std::string& file, const CsvOptions& options,
                            Diagnostics& diagnostics);

class InputStream;

// Whether the CSV whose first bytes are `head` is read as a grid (read_grid_table): a header
// that is not the long table's or a zones list's (a wide table, Vietnamese or other-cased column
// names, title lines above it, a trailing empty column), or any CSV under --map. Such a file is
// read whole (load_statistics_csv on its text), never streamed.
bool is_grid_csv(std::string_view head, const CsvOptions& options);
inline constexpr std::size_t kGridCsvHead = 64 * 1024;  // the bytes is_grid_csv needs at most

// The same from `input`, read in blocks (the file's text is never held whole: a table whose
// areas are not grouped costs the data set's memory only). UTF-8 is validated block by block, so
// the rows before an invalid byte are read, and their problems reported, before it is.
Dataset load_statistics_csv(InputStream& input, const std::string& file, const CsvOptions& options,
                            Diagnostics& diagnostics);

// Which areas a reading keeps: asked with each row's area cell (trimmed; empty for the unnamed
// area) before the rest of the row is read.
using AreaFilter = std::function<bool(std::string_view area)>;

// A series table from `input`, in blocks, keeping only the rows whose area `keep` accepts: the
// others are skipped unchecked (their problems go unreported), though they count for the row
// limit. Areas come in order of first appearance. For a table not grouped by area, read a part of
// its areas at a time (pipeline/ungrouped_source.cpp). nullopt when the header is not a series
// table's (nothing read past it).
std::optional<Dataset> load_series_csv(InputStream& input, const std::string& file, const CsvOptions& options,
                                       const AreaFilter& keep, Diagnostics& diagnostics);

using AreaCallback = std::function<void(AreaData&& area)>;

enum class StreamOutcome {
    streamed,     // every area went to the sink (or the file has no header: see the diagnostics)
    not_grouped,  // an area's rows came back after another area's: read the file whole instead
    not_series,   // the header is not a series table's: read the file whole instead
};

// A series table read area by area from `input`, in blocks, for commune-scale files: each area
// goes to `sink` as soon as the rows move on to the next area, so memory holds one area at a
// time. The same rows, checks and diagnostics as load_statistics_csv, in the same order, as long
// as the outcome is `streamed`; otherwise the reading stopped early and its diagnostics are to
// be discarded.
StreamOutcome stream_statistics_csv(InputStream& input, const std::string& file, const CsvOptions& options,
                                    Diagnostics& diagnostics, const AreaCallback& sink);

}  // namespace chitieu
