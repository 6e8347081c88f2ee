#include "cli/input_options.hpp"

#include <CLI/CLI.hpp>

namespace chitieu::cli {

void add_input_options(CLI::App& command, InputOptions& options) {
    command
        .add_option(
            "INPUT", options.paths,
            "Statistics files (.yaml, .yml, .csv, .xlsx or book.xlsx#Sheet, .px, .json JSON-stat), or - for "
            "standard input")
        ->required();
    command
        .add_option("--input-format", options.input_format, "Format of standard input (or of every input)")
        ->check(CLI::IsMember({"yaml", "csv", "xlsx", "px", "json-stat"}));
    command.add_flag("--decimal-comma", options.decimal_comma,
                     "CSV numbers use the Vietnamese convention: 27.700,5 means 27700.5");
    command.add_option("--delimiter", options.delimiter, "CSV delimiter (default: detected from the header)")
        ->check(CLI::IsMember({",", ";", "tab"}));
    command.add_flag("--ignore-extra-columns", options.ignore_extra_columns,
                     "CSV: ignore columns chitieu does not know instead of refusing them (never a unit or "
                     "multiplier column by another name, such as ĐVT)");
    command.add_flag("--fill-down", options.fill_down,
                     "CSV: a blank area or indicator cell means 'as above' (a merged cell): it takes the "
                     "row above's");
    command
        .add_option("--year", options.year,
                    "The year a zones list's land figures describe, when it has no year column (else its "
                    "title's date, such as 'Số liệu đến 31/12/2024')")
        ->check(CLI::Range(1900, 2100));
    command.add_option("--map", options.map,
                       "A map file (YAML, see 'chitieu schema map') that says which indicator id and area "
                       "name each of the office's labels stands for");
    command.add_flag("--ignore-unmapped", options.ignore_unmapped,
                     "With --map: skip the rows whose label the map does not name (listed once) instead of "
                     "refusing them");
}

}  // namespace chitieu::cli
