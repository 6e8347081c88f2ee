// Statistics inputs shared by `report` and `check`: options, reading, parsing and merging.
#pragma once

#include <string>
#include <vector>

#include "chitieu/diagnostic.hpp"
#include "chitieu/load/statistics_csv.hpp"
#include "chitieu/model/statistics.hpp"

namespace CLI {
class App;
}

namespace chitieu::cli {

struct InputOptions {
    std::vector<std::string> paths;
    std::string input_format;  // for "-": yaml | csv
    bool decimal_comma = false;
    std::string delimiter;  // CSV: "," ";" "tab" or empty (detect)
    bool ignore_extra_columns = false;
};

void add_input_options(CLI::App& command, InputOptions& options);

// Reads and merges every input. Warnings and notes go to stderr; any error throws InputError
// carrying every diagnostic (all files are read first, so one run lists every problem).
Dataset load_inputs(const InputOptions& options);

// The same, collecting every diagnostic (errors included) into `diagnostics` instead of throwing
// or printing: what was read is returned, for `check` to examine anyway. Throws UsageError only.
Dataset load_inputs(const InputOptions& options, Diagnostics& diagnostics);

// One input, read and parsed; its problems (unreadable included) go to `diagnostics`.
Dataset load_input(const std::string& path, const InputOptions& options, Diagnostics& diagnostics);

// True for a file (not standard input) read as CSV: one that can be streamed.
bool is_csv_file(const std::string& path, const InputOptions& options);
CsvOptions csv_options(const InputOptions& options);

// Throws InputError with every diagnostic if one is an error; else prints them all to stderr.
void print_or_throw(const Diagnostics& diagnostics);

}  // namespace chitieu::cli
