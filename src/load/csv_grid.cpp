// A CSV read as a grid of cells (csv_grid.hpp).
#include "csv_grid.hpp"

#include <array>
#include <map>

#include "csv_reader.hpp"
#include "csv_table.hpp"
#include "header_words.hpp"
#include "zone_board.hpp"

namespace chitieu::csv_grid {

namespace {

constexpr int kSampleLines = 30;

// The standard long header or a zones list, where the existing loader reads it (and streams it).
bool standard_header(const CsvRecord& header) {
    const csv_table::TableKind kind = csv_table::table_kind(header);
    if (kind == csv_table::TableKind::unknown) return false;
    if (kind == csv_table::TableKind::zones) return true;
    // SDMX-CSV (its upper-case columns: INDICATOR, OBS_VALUE, UNIT_MULT) is the long table's,
    // which reads its attributes.
    for (const CsvField& field : header.fields) {
        const std::string_view name = csv_table::trim(field.text);
        if (!name.empty() && name.front() >= 'A' && name.front() <= 'Z' && csv_table::is_series_column(name))
            return true;
    }
    // A trailing empty column (a spreadsheet's), a year column or a column named another way
    // ("ĐVT", "Năm") is the grid reader's. Other names stay with the long table, which says what
    // it knows.
    for (const CsvField& field : header.fields) {
        const std::string_view name = csv_table::trim(field.text);
        if (name.empty() || header_words::year_for(name)) return false;
        if (header_words::column_for(name) && !csv_table::is_series_column(name)) return false;
    }
    return true;
}

}  // namespace

char detect_delimiter(std::string_view text) {
    constexpr std::array<char, 3> kCandidates = {';', '\t', ','};
    // Per candidate: how many lines have each count.
    std::array<std::map<std::size_t, int>, 3> counts;
    std::array<std::size_t, 3> on_line{};
    bool quoted = false;
    int lines = 0;
    const auto end_line = [&] {
        for (std::size_t i = 0; i < kCandidates.size(); ++i) {
            if (on_line[i] > 0) ++counts[i][on_line[i]];
            on_line[i] = 0;
        }
        ++lines;
    };
    for (std::size_t pos = 0; pos < text.size() && lines < kSampleLines; ++pos) {
        const char c = text[pos];
        if (c == '"') {
            quoted = !quoted;
        } else if (quoted) {
            continue;
        } else if (c == '\n') {
            end_line();
        } else {
            for (std::size_t i = 0; i < kCandidates.size(); ++i)
                if (c == kCandidates[i]) ++on_line[i];
        }
    }
    end_line();
    char best = ',';
    int best_lines = 0;
    for (std::size_t i = 0; i < kCandidates.size(); ++i)
        for (const auto& [count, with] : counts[i])
            if (with > best_lines) {
                best_lines = with;
                best = kCandidates[i];
            }
    return best;
}

namespace {

// Each record of the file as a row of cells, to `row(cells)`, until it returns false.
template <typename Row>
void read_rows(std::string_view text, const std::string& file, char delimiter, Diagnostics& diagnostics,
               Row&& row) {
    CsvReader reader(text, file, diagnostics, delimiter != 0 ? delimiter : detect_delimiter(text));
    reader.accept_ragged(true);
    CsvRecord record;
    std::vector<GridCell> cells;
    while (reader.next(record)) {
        cells.clear();
        cells.reserve(record.fields.size());
        for (const CsvField& field : record.fields) {
            GridCell& cell = cells.emplace_back();
            cell.text = std::string(csv_table::trim(field.text));
            cell.kind = cell.text.empty() ? GridCell::Kind::empty : GridCell::Kind::text;
            cell.where = reader.where(field);
        }
        if (!row(cells)) return;
    }
}

}  // namespace

CellGrid read(std::string_view text, const std::string& file, char delimiter, Diagnostics& diagnostics) {
    CellGrid grid;
    grid.name = file;
    grid.where = {file};
    read_rows(text, file, delimiter, diagnostics, [&](const std::vector<GridCell>& cells) {
        grid.rows.push_back(cells);
        return true;
    });
    return grid;
}

std::optional<Dataset> stream(std::string_view text, const std::string& file, char delimiter,
                              const GridOptions& options, const LabelMap* map, std::size_t& rows,
                              Diagnostics& diagnostics) {
    Diagnostics said_by_csv, said_by_table;
    rows = 0;
    try {
        GridRowReader reader(file, {file}, options, map, said_by_table);
        bool streams = true;
        read_rows(text, file, delimiter, said_by_csv, [&](const std::vector<GridCell>& cells) {
            reader.row(rows++, cells);
            streams = reader.streams();
            return streams;
        });
        if (!streams) return std::nullopt;
        Dataset dataset = reader.finish();
        if (!reader.streams() || rows == 0) return std::nullopt;
        for (const Diagnostic& diagnostic : said_by_csv.items()) diagnostics.add(diagnostic);
        for (const Diagnostic& diagnostic : said_by_table.items()) diagnostics.add(diagnostic);
        return dataset;
    } catch (const InputError&) {
        return std::nullopt;  // read whole, which says it
    }
}

bool is_grid(std::string_view head, const CsvOptions& options) {
    Diagnostics scratch;
    CsvReader reader(head, "", scratch, options.delimiter);
    CsvRecord header;
    if (!reader.next(header)) return false;  // empty or malformed: the long loader says so
    int titles = 0;
    while (titles < 10 && csv_table::table_kind(header) == csv_table::TableKind::unknown &&
           csv_table::board::is_title_line(header)) {
        ++titles;
        if (!reader.next(header)) return true;
    }
    if (csv_table::table_kind(header) == csv_table::TableKind::zones) return false;
    return options.map != nullptr || !standard_header(header);
}

}  // namespace chitieu::csv_grid
