// The parts of an XLSX workbook other than its sheets, and the sheet reader: each an XmlHandler
// that the workbook reader (xlsx.cpp) feeds a part to.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "chitieu/load/cell_grid.hpp"
#include "xml_reader.hpp"

namespace chitieu {

// xl/workbook.xml: the sheets in order, with the relationship id naming each one's part.
struct WorkbookSheet {
    std::string name, relationship;
    bool hidden = false;
};
struct WorkbookHandler final : XmlHandler {
    std::vector<WorkbookSheet> sheets;
    void start(std::string_view name, const XmlAttributes& attributes) override;
    void end(std::string_view) override {}
    void text(std::string_view) override {}
};

// xl/_rels/workbook.xml.rels: relationship id -> part, and the shared strings and styles parts.
struct RelationshipsHandler final : XmlHandler {
    struct Relationship {
        std::string id, part;
    };
    std::vector<Relationship> relationships;
    std::string shared_strings, styles;  // parts, empty when the workbook has none
    void start(std::string_view name, const XmlAttributes& attributes) override;
    void end(std::string_view) override {}
    void text(std::string_view) override {}
    const std::string* part_of(std::string_view id) const;
};

// xl/sharedStrings.xml: each <si>'s text, runs joined, phonetic guides (<rPh>) left out.
struct SharedStringsHandler final : XmlHandler {
    std::vector<std::string> strings;
    void start(std::string_view name, const XmlAttributes& attributes) override;
    void end(std::string_view name) override;
    void text(std::string_view text) override;

private:
    bool in_text_ = false;
    int in_phonetic_ = 0;
    // Streamed: the row being read (1-based index, 0 before the first), and the rows so far.
    std::vector<GridCell> current_;
    std::size_t current_row_ = 0, rows_ = 0;
};

// xl/styles.xml: which cell styles (<cellXfs> entries, a cell's s="N") show a date or time.
struct StylesHandler final : XmlHandler {
    std::vector<bool> date_style;
    void start(std::string_view name, const XmlAttributes& attributes) override;
    void end(std::string_view name) override;
    void text(std::string_view) override {}

private:
    std::vector<std::pair<int, bool>> custom_;  // numFmtId -> is a date format
    bool in_cell_xfs_ = false;
};
// A number format's code shows a date or time ("dd/mm/yyyy", "[$-42A]d mmmm yyyy", "h:mm").
bool is_date_format_code(std::string_view code);

// Thrown by a streamed SheetHandler when the sheet cannot be streamed (a cell for a row already
// passed, or a zones table): the caller reads the sheet again into a grid.
struct SheetNotStreamed {};

// A sheet part into a grid, or, with `stream` set, row by row into a GridRowReader: the grid then
// gets the merged ranges only, and the cells are counted against max_cells just the same.
struct SheetHandler final : XmlHandler {
    SheetHandler(CellGrid& grid, FileName sheet, const std::vector<std::string>& shared_strings,
                 const std::vector<bool>& date_style, std::size_t max_cells, Diagnostics& diagnostics);
    void start(std::string_view name, const XmlAttributes& attributes) override;
    void end(std::string_view name) override;
    void text(std::string_view text) override;

    std::size_t values = 0;             // cells that hold something
    const XmlParser* parser = nullptr;  // the sheet's, for the places of damaged XML
    GridRowReader* stream = nullptr;

    // Streamed: gives the last row to the reader (after the part is parsed).
    void flush_row();

private:
    void finish_cell();
    void store(GridCell cell);
    SourceLocation cell_place() const { return {sheet_, static_cast<int>(row_), static_cast<int>(column_)}; }

    CellGrid& grid_;
    FileName sheet_;
    const std::vector<std::string>& shared_strings_;
    const std::vector<bool>& date_style_;
    std::size_t max_cells_;
    Diagnostics& diagnostics_;
    std::size_t cells_ = 0;             // stored, with the empty cells before a value and one per row
    std::size_t row_ = 0, column_ = 0;  // 1-based; the cell being read
    // The cell's t attribute, read once at <c>: anything else (t="n", none, unknown) is a number.
    enum class CellType : std::uint8_t {
        number,
        shared,
        inline_string,
        formula_string,
        boolean,
        error,
        date
    };
    CellType type_ = CellType::number;
    std::size_t style_ = 0;
    std::string value_;    // <v>, or <is>'s text
    std::string formula_;  // <f>, for a formula whose result the file does not hold
    bool in_formula_ = false;
    bool in_cell_ = false, collect_ = false, in_inline_ = false, has_value_ = false;
    int in_phonetic_ = 0;
    // Streamed: the row being read (1-based index, 0 before the first), and the rows so far.
    std::vector<GridCell> current_;
    std::size_t current_row_ = 0, rows_ = 0;
};

// "C7" -> column 3, row 7 (1-based); false for anything else or beyond XFD1048576.
bool parse_cell_reference(std::string_view reference, std::size_t& row, std::size_t& column);

}  // namespace chitieu
