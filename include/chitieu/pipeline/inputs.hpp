// The statistics inputs of `report` and `check`: which format each file is, reading and parsing
// one, and loading them all merged. The command line fills InputOptions (cli/input_options.cpp).
#pragma once

#include <string>
#include <vector>

#include "chitieu/diagnostic.hpp"
#include "chitieu/load/label_map.hpp"
#include "chitieu/load/statistics_csv.hpp"
#include "chitieu/model/statistics.hpp"

namespace chitieu {

struct InputOptions {
    std::vector<std::string> paths;  // "-" is standard input
    std::string input_format;        // for "-" (or every input): yaml | csv
    bool decimal_comma = false;
    std::string delimiter;  // CSV: "," ";" "tab" or empty (detect)
    bool ignore_extra_columns = false;
    bool fill_down = false;        // CSV: blank area and indicator cells mean "as above"
    int year = 0;                  // zones tables without a year column: their land figures' year (0: none)
    std::string map;               // --map FILE: labels to indicator ids and area names (empty: none)
    bool ignore_unmapped = false;  // --ignore-unmapped: a label the map lacks is skipped, listed once
};

// Every input read and merged (areas in order of first appearance), then the yearly indices
// chained into levels. Every problem goes into `diagnostics` (all files are read, so one run
// lists every problem); what could be read is returned. Throws UsageError only (standard input
// twice, or without --input-format).
Dataset load_inputs(const InputOptions& options, Diagnostics& diagnostics);

// The inputs from the `first` on, merged as load_inputs merges them, indices not chained: what a
// streamed first input is joined to, area by area.
Dataset merge_inputs(const InputOptions& options, std::size_t first, Diagnostics& diagnostics);

// An error for each input that is a file given before (the same name, or another name for the
// same file: a link, "./a.csv" beside "a.csv"), once, with both names. Read twice, every value
// in it would be "given twice", a hundred lines that hide the one mistake.
void refuse_repeated_inputs(const InputOptions& options, Diagnostics& diagnostics);

// One input, read and parsed; its problems (unreadable included) go to `diagnostics`. `map` is
// --map's file, loaded (load_label_map), or null.
Dataset load_input(const std::string& path, const InputOptions& options, Diagnostics& diagnostics,
                   const LabelMap* map = nullptr);

// True for a file (not standard input) read as CSV.
bool is_csv_file(const std::string& path, const InputOptions& options);
// True for a CSV file that can be streamed: the long table (or a zones list), no --map; a wide or
// Vietnamese-headed table is read whole as a grid (is_grid_csv).
bool is_streamable_csv(const std::string& path, const InputOptions& options);
CsvOptions csv_options(const InputOptions& options);

// Throws InputError with every diagnostic if one is an error; else prints them all to stderr.
void print_or_throw(const Diagnostics& diagnostics);

}  // namespace chitieu
