// A zones table in a grid, read by the CSV zones loader (grid_zones.hpp).
#include "grid_zones.hpp"

#include <charconv>
#include <string>
#include <vector>

#include "chitieu/load/statistics_csv.hpp"
#include "csv_reader.hpp"
#include "csv_table.hpp"
#include "zone_board.hpp"

namespace chitieu::grid_zones {

namespace {

// The grid as CSV text split at ';', every cell quoted, one grid row a line; for each row, the
// character column each cell starts at (its opening quote), to find the cell of a place again.
struct AsCsv {
    std::string text;
    std::vector<std::vector<int>> starts;
};

std::string number_text(double value, NumberConvention numbers) {
    char buffer[64];
    const auto [end, ec] = std::to_chars(buffer, buffer + sizeof buffer, value);
    std::string text(buffer, ec == std::errc() ? end : buffer);
    if (numbers == NumberConvention::decimal_comma)
        for (char& c : text)
            if (c == '.') c = ',';
    return text;
}

int characters(std::string_view text) {
    int count = 0;
    for (unsigned char c : text) count += (c & 0xC0) != 0x80;
    return count;
}

AsCsv write(const CellGrid& grid, std::size_t rows, NumberConvention numbers) {
    AsCsv out;
    std::size_t width = 0;
    for (std::size_t r = 0; r < rows && r < grid.rows.size(); ++r)
        width = std::max(width, grid.rows[r].size());
    for (std::size_t r = 0; r < rows && r < grid.rows.size(); ++r) {
        std::vector<int>& starts = out.starts.emplace_back();
        int column = 1;
        for (std::size_t c = 0; c < width; ++c) {
            if (c > 0) {
                out.text += ';';
                ++column;
            }
            starts.push_back(column);
            std::string cell;
            if (c < grid.rows[r].size()) {
                const GridCell& given = grid.rows[r][c];
                // A date, boolean or error is no zone figure; written as text, the loader refuses it
                // at its cell as it refuses any text in a figure's place.
                cell = given.kind == GridCell::Kind::number ? number_text(given.number, numbers) : given.text;
            }
            std::string quoted = "\"";
            for (char ch : cell) {
                if (ch == '\n' || ch == '\r') ch = ' ';  // a wrapped cell stays on its row's line
                if (ch == '"') quoted += '"';
                quoted += ch;
            }
            quoted += '"';
            column += characters(quoted);
            out.text += quoted;
        }
        out.text += '\n';
    }
    return out;
}

// The grid cell a place in the written text stands for; the grid's own place when there is none.
SourceLocation cell_place(const CellGrid& grid, const AsCsv& written, const SourceLocation& where) {
    if (where.line < 1 || static_cast<std::size_t>(where.line) > written.starts.size()) return grid.where;
    const std::size_t row = static_cast<std::size_t>(where.line) - 1;
    const std::vector<int>& starts = written.starts[row];
    std::size_t cell = 0;
    while (cell + 1 < starts.size() && starts[cell + 1] <= where.column) ++cell;
    if (row < grid.rows.size() && cell < grid.rows[row].size() && !grid.rows[row][cell].where.file.empty())
        return grid.rows[row][cell].where;
    if (row < grid.rows.size() && !grid.rows[row].empty() && !grid.rows[row].front().where.file.empty())
        return grid.rows[row].front().where;
    return grid.where;
}

}  // namespace

bool is_zones(const CellGrid& grid) {
    // The title lines and the header are within the first rows (as read_grid_table looks for them).
    const AsCsv head = write(grid, 12, NumberConvention::dot);
    Diagnostics scratch;
    CsvReader reader(head.text, "", scratch, ';');
    reader.accept_ragged(true);
    CsvRecord header;
    for (int titles = 0; reader.next(header); ++titles) {
        if (csv_table::table_kind(header) == csv_table::TableKind::zones) return true;
        if (titles >= 10 || !csv_table::board::is_title_line(header)) return false;
    }
    return false;
}

Dataset read(const CellGrid& grid, const GridOptions& options, Diagnostics& diagnostics) {
    const AsCsv written = write(grid, grid.rows.size(), options.numbers);
    CsvOptions csv;
    csv.numbers = options.numbers;
    csv.delimiter = ';';
    csv.fill_down = options.fill_down;
    csv.ignore_extra_columns = options.ignore_extra_columns;
    csv.year = options.year;
    Diagnostics said;
    Dataset dataset = load_statistics_csv(written.text, grid.name, csv, said);
    for (Diagnostic diagnostic : said.items()) {
        diagnostic.where = cell_place(grid, written, diagnostic.where);
        diagnostics.add(std::move(diagnostic));
    }
    for (AreaData& area : dataset.areas)
        for (Zone& zone : area.zones) zone.where = cell_place(grid, written, zone.where);
    return dataset;
}

}  // namespace chitieu::grid_zones
