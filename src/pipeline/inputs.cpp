#include "chitieu/pipeline/inputs.hpp"

#include <fmt/core.h>

#include <sys/stat.h>

#include <cstdio>
#include <initializer_list>
#include <optional>
#include <string_view>
#include <utility>

#include "chitieu/engine/chain_indices.hpp"
#include "chitieu/load/cell_grid.hpp"
#include "chitieu/load/cube.hpp"
#include "chitieu/load/file_kind.hpp"
#include "chitieu/load/input_file.hpp"
#include "chitieu/load/statistics_yaml.hpp"
#include "chitieu/load/xlsx.hpp"
#include "chitieu/model/rules.hpp"

namespace chitieu {

namespace {

enum class InputFormat { yaml, csv, xlsx, px, jsonstat };

InputFormat named_format(std::string_view name) {
    if (name == "csv") return InputFormat::csv;
    if (name == "xlsx") return InputFormat::xlsx;
    if (name == "px") return InputFormat::px;
    if (name == "json-stat") return InputFormat::jsonstat;
    return InputFormat::yaml;
}

const char* format_words(InputFormat format) {
    switch (format) {
        case InputFormat::yaml:
            return "YAML";
        case InputFormat::csv:
            return "CSV";
        case InputFormat::xlsx:
            return "an XLSX workbook";
        case InputFormat::px:
            return "PX";
        case InputFormat::jsonstat:
            return "JSON-stat";
    }
    return "YAML";
}

bool ends_with_any(std::string_view name, std::initializer_list<const char*> extensions) {
    std::string lower(name);
    for (char& c : lower) c = static_cast<char>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c);
    for (const char* extension : extensions)
        if (lower.ends_with(extension)) return true;
    return false;
}

InputFormat format_of(const std::string& path, const InputOptions& options) {
    if (path == "-") {
        if (options.input_format.empty())
            throw UsageError("reading standard input needs --input-format yaml or --input-format csv",
                             "đọc đầu vào chuẩn cần --input-format yaml hoặc --input-format csv");
        if (options.input_format == "xlsx")
            throw UsageError("an XLSX workbook cannot be read from standard input: give its file name",
                             "không đọc được sổ tính XLSX từ đầu vào chuẩn: hãy cho tên tệp của nó");
        return named_format(options.input_format);
    }
    if (!options.input_format.empty()) return named_format(options.input_format);
    const std::string_view name = path;
    if (ends_with_any(name, {".yaml", ".yml"})) return InputFormat::yaml;
    if (ends_with_any(name, {".csv", ".tsv"})) return InputFormat::csv;
    if (is_xlsx_name(name)) return InputFormat::xlsx;
    if (ends_with_any(name, {".px"})) return InputFormat::px;
    if (ends_with_any(name, {".json"})) return InputFormat::jsonstat;
    if (ends_with_any(name, {".xls"}))
        throw InputError({path},
                         "the file is named as an Excel 97-2003 workbook (.xls), which chitieu does not "
                         "read: save it as .xlsx (or export the table as CSV UTF-8)",
                         "tên tệp là của sổ tính Excel 97-2003 (.xls), chitieu không đọc được: hãy lưu lại "
                         "thành .xlsx (hoặc xuất bảng ra CSV UTF-8)");
    throw InputError({path},
                     "cannot tell the format from the file name; name it .yaml, .yml, .csv, .xlsx, .px or "
                     ".json (JSON-stat), or pass --input-format yaml|csv|xlsx|px|json-stat",
                     "không nhận ra định dạng từ tên tệp; hãy đặt tên tệp đuôi .yaml, .yml, .csv, .xlsx, .px "
                     "hoặc .json (JSON-stat), hoặc dùng --input-format yaml|csv|xlsx|px|json-stat");
}

// The file's own name: "book.xlsx#Sheet 1" names book.xlsx.
std::string file_of(const std::string& path, InputFormat format) {
    return format == InputFormat::xlsx ? split_xlsx_input(path).file : path;
}

// The file's first bytes against its format: a zip given as CSV, UTF-16 text, an old .xls. An
// error (and true) when they do not fit; a file that does not open is left to the reader.
bool refuse_by_bytes(const std::string& file, InputFormat format, Diagnostics& diagnostics) {
    std::FILE* stream = std::fopen(file.c_str(), "rb");
    if (stream == nullptr) return false;
    char head[8];
    const std::size_t got = std::fread(head, 1, sizeof head, stream);
    std::fclose(stream);
    const std::string refusal = file_kind_refusal(sniff_file_kind({head, got}), format_words(format));
    if (refusal.empty()) return false;
    diagnostics.error({file}, refusal,
                      file_kind_refusal_vi(sniff_file_kind({head, got}), format_words(format)));
    return true;
}

bool bytes_fit(const std::string& file, InputFormat format) {
    Diagnostics ignored;
    return !refuse_by_bytes(file, format, ignored);
}

GridOptions grid_options_of(const InputOptions& options) {
    GridOptions grid_options;
    grid_options.numbers = options.decimal_comma ? NumberConvention::decimal_comma : NumberConvention::dot;
    grid_options.fill_down = options.fill_down;
    grid_options.ignore_unmapped = options.ignore_unmapped;
    grid_options.ignore_extra_columns = options.ignore_extra_columns;
    if (options.year != 0) grid_options.year = options.year;
    return grid_options;
}

// A workbook's sheets as tables, merged: streamed where they can be (read_xlsx_tables), the
// messages in the order of reading each sheet's grid whole.
Dataset read_workbook_tables(std::string_view text, const XlsxInputName& name, const InputOptions& options,
                             const LabelMap* map, Diagnostics& diagnostics) {
    const GridOptions grid_options = grid_options_of(options);
    Dataset merged;
    for (XlsxTable& table : read_xlsx_tables(text, name.file, name.sheet, grid_options, map, diagnostics)) {
        if (table.grid) {
            merge_dataset(merged, read_grid_table(*table.grid, grid_options, map, diagnostics), diagnostics);
            continue;
        }
        for (Diagnostic& diagnostic : table.said) diagnostics.add(std::move(diagnostic));
        merge_dataset(merged, std::move(table.dataset), diagnostics);
    }
    return merged;
}

Dataset parse_input(const std::string& path, const std::string& text, const InputOptions& options,
                    const LabelMap* map, Diagnostics& diagnostics) {
    const std::string shown = path == "-" ? "<stdin>" : path;
    switch (format_of(path, options)) {
        case InputFormat::csv: {
            CsvOptions csv = csv_options(options);
            csv.map = map;
            return load_statistics_csv(text, shown, csv, diagnostics);
        }
        case InputFormat::xlsx: {
            const XlsxInputName name = split_xlsx_input(path);
            return read_workbook_tables(text, name, options, map, diagnostics);
        }
        case InputFormat::px:
            return cube_dataset(read_px(text, shown, diagnostics), map, diagnostics);
        case InputFormat::jsonstat: {
            Dataset merged;
            for (const Cube& cube : read_json_stat(text, shown, diagnostics))
                merge_dataset(merged, cube_dataset(cube, map, diagnostics), diagnostics);
            return merged;
        }
        case InputFormat::yaml:
            break;
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
        // A file whose bytes are no CSV text goes through load_input, which says what it is.
        return path != "-" && format_of(path, options) == InputFormat::csv &&
               bytes_fit(path, InputFormat::csv);
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
            diagnostics.error(
                {again},
                first == again ? fmt::format("this file is given twice (inputs {} and {}); give "
                                             "each file once",
                                             earlier + 1, later + 1)
                               : fmt::format("this file is the same as '{}' (inputs {} and {}); "
                                             "give each file once",
                                             first, earlier + 1, later + 1),
                first == again ? fmt::format("tệp này được khai báo hai lần (đầu vào {} và {}); hãy cho "
                                             "mỗi tệp một lần",
                                             earlier + 1, later + 1)
                               : fmt::format("tệp này chính là '{}' (đầu vào {} và {}); hãy cho mỗi tệp "
                                             "một lần",
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
        if (path != "-") {
            const InputFormat format = format_of(path, options);
            const std::string file = file_of(path, format);
            if (refuse_by_bytes(file, format, diagnostics)) return {};
            if (format != InputFormat::yaml && format != InputFormat::csv)
                return parse_input(path, read_input_file(file), options, map, diagnostics);
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
        if (path == "-" && ++stdin_uses > 1)
            throw UsageError("standard input (-) can be read only once",
                             "chỉ đọc được đầu vào chuẩn (-) một lần");
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
