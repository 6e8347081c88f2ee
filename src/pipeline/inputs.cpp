#include "chitieu/pipeline/inputs.hpp"

#include <fmt/core.h>

#include <sys/stat.h>

#include <cstdio>
#include <optional>
#include <string_view>
#include <utility>

#include "chitieu/engine/chain_indices.hpp"
#include "chitieu/load/input_file.hpp"
#include "chitieu/load/statistics_yaml.hpp"
#include "chitieu/model/rules.hpp"

namespace chitieu {

namespace {

enum class InputFormat { yaml, csv };

InputFormat format_of(const std::string& path, const InputOptions& options) {
    if (path == "-") {
        if (options.input_format.empty())
            throw UsageError("reading standard input needs --input-format yaml or --input-format csv");
        return options.input_format == "csv" ? InputFormat::csv : InputFormat::yaml;
    }
    if (!options.input_format.empty())
        return options.input_format == "csv" ? InputFormat::csv : InputFormat::yaml;
    const std::string_view name = path;
    for (const char* extension : {".yaml", ".yml", ".YAML", ".YML"})
        if (name.ends_with(extension)) return InputFormat::yaml;
    for (const char* extension : {".csv", ".CSV", ".tsv", ".TSV"})
        if (name.ends_with(extension)) return InputFormat::csv;
    throw InputError({path},
                     "cannot tell the format from the file name; name it .yaml, .yml or .csv, "
                     "or pass --input-format yaml|csv");
}

Dataset parse_input(const std::string& path, const std::string& text, const InputOptions& options,
                    const LabelMap* map, Diagnostics& diagnostics) {
    const std::string shown = path == "-" ? "<stdin>" : path;
    if (format_of(path, options) == InputFormat::csv) {
        CsvOptions csv = csv_options(options);
        csv.map = map;
        return load_statistics_csv(text, shown, csv, diagnostics);
    }
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
    csv.fill_down = options.fill_down;
    if (options.year != 0) csv.year = options.year;
    csv.ignore_unmapped = options.ignore_unmapped;
    return csv;
}

bool is_csv_file(const std::string& path, const InputOptions& options) {
    try {
        return path != "-" && format_of(path, options) == InputFormat::csv;
    } catch (const InputError&) {  // a name that tells no format: load_input reports it
        return false;
    }
}

namespace {

// True for a regular file: one whose first bytes can be read twice (a pipe's cannot).
bool is_regular_file(const std::string& path) {
    struct stat status {};
    return ::stat(path.c_str(), &status) == 0 && S_ISREG(status.st_mode);
}

// The first bytes of a file, enough for is_grid_csv; empty when it does not open.
std::string file_head(const std::string& path) {
    std::string head(kGridCsvHead, '\0');
    try {
        InputStream input(path);
        std::size_t got = 0;
        while (got < head.size()) {
            const std::size_t n = input.read(head.data() + got, head.size() - got);
            if (n == 0) break;
            got += n;
        }
        head.resize(got);
    } catch (const InputError&) {  // load_input reports it
        head.clear();
    }
    return head;
}

}  // namespace

bool is_streamable_csv(const std::string& path, const InputOptions& options) {
    if (!is_csv_file(path, options) || !options.map.empty() || !is_regular_file(path)) return false;
    return !is_grid_csv(file_head(path), csv_options(options));
}

namespace {

// The file a name points to, as the system knows it; none for standard input or a name that
// does not open (load_input reports that).
std::optional<std::pair<dev_t, ino_t>> file_identity(const std::string& path) {
    struct stat status {};
    if (path == "-" || ::stat(path.c_str(), &status) != 0) return std::nullopt;
    return std::pair{status.st_dev, status.st_ino};
}

}  // namespace

void refuse_repeated_inputs(const InputOptions& options, Diagnostics& diagnostics) {
    std::vector<std::optional<std::pair<dev_t, ino_t>>> identities;
    for (const std::string& path : options.paths) identities.push_back(file_identity(path));
    for (std::size_t later = 0; later < options.paths.size(); ++later) {
        if (!identities[later]) continue;
        for (std::size_t earlier = 0; earlier < later; ++earlier) {
            if (identities[earlier] != identities[later]) continue;
            const std::string& first = options.paths[earlier];
            const std::string& again = options.paths[later];
            diagnostics.error({again}, first == again
                                           ? fmt::format("this file is given twice (inputs {} and {}); give "
                                                         "each file once",
                                                         earlier + 1, later + 1)
                                           : fmt::format("this file is the same as '{}' (inputs {} and {}); "
                                                         "give each file once",
                                                         first, earlier + 1, later + 1));
            break;
        }
    }
}

Dataset load_input(const std::string& path, const InputOptions& options, Diagnostics& diagnostics,
                   const LabelMap* map) {
    try {
        // A CSV file is read in blocks, never held whole: its data set is all that stays. A grid
        // (a wide table, Vietnamese headers, title lines, any CSV under --map) is read whole, and
        // so is a pipe, whose first bytes cannot be looked at twice.
        if (is_csv_file(path, options) && map == nullptr && options.map.empty() && is_regular_file(path) &&
            !is_grid_csv(file_head(path), csv_options(options))) {
            InputStream input(path);
            return load_statistics_csv(input, path, csv_options(options), diagnostics);
        }
        return parse_input(path, read_input_file(path), options, map, diagnostics);
    } catch (const InputError& error) {  // unreadable, or a format the name does not tell
        for (const Diagnostic& diagnostic : error.diagnostics()) diagnostics.add(diagnostic);
    }
    return {};
}

Dataset merge_inputs(const InputOptions& options, std::size_t first, Diagnostics& diagnostics) {
    Dataset merged;
    // --map: read once for every input.
    std::optional<LabelMap> map;
    if (!options.map.empty()) map = load_label_map(options.map, diagnostics);
    int stdin_uses = 0;
    for (std::size_t i = first; i < options.paths.size(); ++i) {
        const std::string& path = options.paths[i];
        if (path == "-" && ++stdin_uses > 1) throw UsageError("standard input (-) can be read only once");
        merge_dataset(merged, load_input(path, options, diagnostics, map ? &*map : nullptr), diagnostics);
    }
    return merged;
}

Dataset load_inputs(const InputOptions& options, Diagnostics& diagnostics) {
    Dataset merged = merge_inputs(options, 0, diagnostics);
    // Zones of a table without an `area` column go to their areas once every area is known.
    place_zones_without_area(merged, diagnostics);
    chain_indices(merged, diagnostics);         // levels from yearbook indices, once every input is in
    UnitSlipRule().check(merged, diagnostics);  // each series whole: what is around each value
    return merged;
}

void print_or_throw(const Diagnostics& diagnostics) {
    if (diagnostics.has_errors()) throw InputError(diagnostics.items());
    for (const Diagnostic& diagnostic : diagnostics.items())
        fmt::print(stderr, "{}\n", format_diagnostic_line(diagnostic));
}

}  // namespace chitieu
