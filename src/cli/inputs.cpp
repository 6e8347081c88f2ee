#include "cli/inputs.hpp"

#include <fmt/core.h>
#include <CLI/CLI.hpp>

#include <cstdio>

#include "chitieu/diagnostic.hpp"
#include "chitieu/engine/chain_indices.hpp"
#include "chitieu/load/input_file.hpp"
#include "chitieu/load/statistics_csv.hpp"
#include "chitieu/load/statistics_yaml.hpp"

namespace chitieu::cli {

namespace {

enum class InputFormat { yaml, csv };

bool ends_with(const std::string& text, const std::string& suffix) {
    return text.size() >= suffix.size() &&
           text.compare(text.size() - suffix.size(), suffix.size(), suffix) == 0;
}

InputFormat format_of(const std::string& path, const InputOptions& options) {
    if (path == "-") {
        if (options.input_format.empty())
            throw UsageError("reading standard input needs --input-format yaml or --input-format csv");
        return options.input_format == "csv" ? InputFormat::csv : InputFormat::yaml;
    }
    if (!options.input_format.empty())
        return options.input_format == "csv" ? InputFormat::csv : InputFormat::yaml;
    if (ends_with(path, ".yaml") || ends_with(path, ".yml") || ends_with(path, ".YAML") ||
        ends_with(path, ".YML"))
        return InputFormat::yaml;
    if (ends_with(path, ".csv") || ends_with(path, ".CSV") || ends_with(path, ".tsv") ||
        ends_with(path, ".TSV"))
        return InputFormat::csv;
    throw InputError({path},
                     "cannot tell the format from the file name; name it .yaml, .yml or .csv, "
                     "or pass --input-format yaml|csv");
}

Dataset parse_input(const std::string& path, const std::string& text, const InputOptions& options,
                    Diagnostics& diagnostics) {
    const std::string shown = path == "-" ? "<stdin>" : path;
    if (format_of(path, options) == InputFormat::csv)
        return load_statistics_csv(text, shown, csv_options(options), diagnostics);
    return load_statistics_yaml(text, shown, diagnostics);
}

}  // namespace

CsvOptions csv_options(const InputOptions& options) {
    CsvOptions csv;
    csv.numbers = options.decimal_comma ? NumberConvention::decimal_comma : NumberConvention::dot;
    csv.delimiter = options.delimiter == "tab"  ? '\t'
                    : options.delimiter.empty() ? '\0'
                                                : options.delimiter[0];
    csv.ignore_extra_columns = options.ignore_extra_columns;
    return csv;
}

bool is_csv_file(const std::string& path, const InputOptions& options) {
    try {
        return path != "-" && format_of(path, options) == InputFormat::csv;
    } catch (const InputError&) {  // a name that tells no format: load_input reports it
        return false;
    }
}

Dataset load_input(const std::string& path, const InputOptions& options, Diagnostics& diagnostics) {
    try {
        return parse_input(path, read_input_file(path), options, diagnostics);
    } catch (const InputError& error) {  // unreadable, or a format the name does not tell
        for (const Diagnostic& diagnostic : error.diagnostics()) diagnostics.add(diagnostic);
    }
    return {};
}

void add_input_options(CLI::App& command, InputOptions& options) {
    command
        .add_option("INPUT", options.paths, "Statistics files (.yaml, .yml, .csv), or - for standard input")
        ->required();
    command
        .add_option("--input-format", options.input_format, "Format of standard input (or of every input)")
        ->check(CLI::IsMember({"yaml", "csv"}));
    command.add_flag("--decimal-comma", options.decimal_comma,
                     "CSV numbers use the Vietnamese convention: 27.700,5 means 27700.5");
    command.add_option("--delimiter", options.delimiter, "CSV delimiter (default: detected from the header)")
        ->check(CLI::IsMember({",", ";", "tab"}));
    command.add_flag("--ignore-extra-columns", options.ignore_extra_columns,
                     "CSV: ignore columns chitieu does not know instead of refusing them");
}

Dataset load_inputs(const InputOptions& options, Diagnostics& diagnostics) {
    Dataset merged;
    int stdin_uses = 0;
    for (const std::string& path : options.paths) {
        if (path == "-" && ++stdin_uses > 1) throw UsageError("standard input (-) can be read only once");
        merge_dataset(merged, load_input(path, options, diagnostics), diagnostics);
    }
    chain_indices(merged, diagnostics);  // levels from yearbook indices, once every input is in
    return merged;
}

Dataset load_inputs(const InputOptions& options) {
    Diagnostics diagnostics;
    Dataset merged = load_inputs(options, diagnostics);
    print_or_throw(diagnostics);
    return merged;
}

void print_or_throw(const Diagnostics& diagnostics) {
    if (diagnostics.has_errors()) throw InputError(diagnostics.items());
    for (const Diagnostic& diagnostic : diagnostics.items())
        fmt::print(stderr, "{}\n", format_diagnostic(diagnostic));
}

}  // namespace chitieu::cli
