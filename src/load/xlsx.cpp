// The workbook as a whole: its directory parts, then each sheet asked for, into grids.
#include "chitieu/load/xlsx.hpp"

#include <string>

#include "xlsx_parts.hpp"
#include "zip_archive.hpp"

namespace chitieu {

namespace {

struct SheetContext {
    const std::string& file;
    std::string name;  // "book.xlsx#Sheet1"
    FileName place;    // "book.xlsx:Sheet1", for FileName::sheet's "book.xlsx:Sheet1!C7"
    const std::vector<std::string>& strings;
    const std::vector<bool>& date_style;
    const XlsxLimits& limits;
};

void parse_part(ZipArchive& archive, const std::string& part, XmlHandler& handler, const std::string& file,
                int max_depth) {
    XmlParser parser(handler, FileName(file + ":" + part), max_depth);
    archive.read_into(
        part, [&](std::size_t size) { return parser.buffer(size); },
        [&](std::size_t filled, bool last) { parser.parse_buffer(filled, last); });
}

std::string sheet_list(const std::vector<WorkbookSheet>& sheets) {
    std::string list;
    for (const WorkbookSheet& sheet : sheets) {
        if (!list.empty()) list += ", ";
        list += "'" + sheet.name + "'";
    }
    return list;
}

// The sheet part into `grid`, whole; false when it holds no value.
bool read_sheet_grid(ZipArchive& archive, const std::string& part, const SheetContext& sheet, CellGrid& grid,
                     Diagnostics& diagnostics) {
    grid.name = sheet.name;
    grid.where = {sheet.place};
    SheetHandler handler(grid, sheet.place, sheet.strings, sheet.date_style, sheet.limits.max_cells,
                         diagnostics);
    XmlParser parser(handler, FileName(sheet.file + ":" + part), sheet.limits.max_xml_depth);
    handler.parser = &parser;
    archive.read_into(
        part, [&](std::size_t size) { return parser.buffer(size); },
        [&](std::size_t filled, bool last) { parser.parse_buffer(filled, last); });
    return handler.values > 0;
}

// Each sheet asked for, through `read_sheet(archive, part, sheet)`, which says whether the sheet
// holds a value.
template <typename ReadSheet>
void read_workbook(std::string_view bytes, const std::string& file, const std::string& only,
                   Diagnostics& diagnostics, const XlsxLimits& limits, ReadSheet&& read_sheet) {
    ZipArchive archive(bytes, FileName(file),
                       {limits.max_uncompressed_bytes, limits.max_ratio, limits.ratio_floor_bytes});
    if (!archive.has("xl/workbook.xml")) {
        const bool ods = archive.has("mimetype") && archive.has("content.xml");
        throw InputError(
            {file},
            ods ? "the file is an OpenDocument spreadsheet (.ods), not an .xlsx workbook: "
                  "save it as .xlsx (LibreOffice: File › Save As, Excel 2007-365) or "
                  "export the table as CSV"
                : "the zip archive holds no spreadsheet (no xl/workbook.xml): it is no "
                  ".xlsx workbook; open it in a spreadsheet program and save it as .xlsx",
            ods ? "tệp là bảng tính OpenDocument (.ods), không phải sổ tính .xlsx: hãy lưu dưới "
                  "dạng .xlsx (LibreOffice: File › Save As, Excel 2007-365) hoặc xuất bảng ra CSV"
                : "tệp nén zip không chứa bảng tính nào (không có xl/workbook.xml): đây không phải là "
                  "sổ tính .xlsx; hãy mở tệp bằng chương trình bảng tính và lưu dưới dạng .xlsx");
    }
    WorkbookHandler workbook;
    parse_part(archive, "xl/workbook.xml", workbook, file, limits.max_xml_depth);
    RelationshipsHandler relationships;
    if (archive.has("xl/_rels/workbook.xml.rels"))
        parse_part(archive, "xl/_rels/workbook.xml.rels", relationships, file, limits.max_xml_depth);
    if (relationships.shared_strings.empty() && archive.has("xl/sharedStrings.xml"))
        relationships.shared_strings = "xl/sharedStrings.xml";
    if (relationships.styles.empty() && archive.has("xl/styles.xml")) relationships.styles = "xl/styles.xml";

    std::vector<const WorkbookSheet*> chosen;
    for (const WorkbookSheet& sheet : workbook.sheets)
        if (only.empty() ? !sheet.hidden : sheet.name == only) chosen.push_back(&sheet);
    if (!only.empty() && chosen.empty()) {
        diagnostics.error({file},
                          "the workbook has no sheet named '" + only +
                              "'; its sheets: " + sheet_list(workbook.sheets) +
                              " (name one as FILE#SHEET, or give FILE "
                              "alone for every sheet)",
                          "sổ tính không có trang tính (sheet) tên '" + only +
                              "'; các trang tính của nó: " + sheet_list(workbook.sheets) +
                              " (chọn một trang bằng FILE#SHEET, hoặc chỉ ghi FILE để đọc mọi trang)");
        return;
    }

    SharedStringsHandler strings;
    if (!relationships.shared_strings.empty() && archive.has(relationships.shared_strings))
        parse_part(archive, relationships.shared_strings, strings, file, limits.max_xml_depth);
    StylesHandler styles;
    if (!relationships.styles.empty() && archive.has(relationships.styles))
        parse_part(archive, relationships.styles, styles, file, limits.max_xml_depth);

    std::size_t read = 0;
    for (const WorkbookSheet* sheet : chosen) {
        const std::string* part = relationships.part_of(sheet->relationship);
        const SheetContext context{file,
                                   file + "#" + sheet->name,
                                   FileName::sheet(file + ":" + sheet->name),
                                   strings.strings,
                                   styles.date_style,
                                   limits};
        if (part == nullptr || !archive.has(*part)) {
            diagnostics.error(
                {context.place},
                "the workbook lists this sheet but holds no part for it: the file is "
                "damaged; save it again",
                "sổ tính liệt kê trang tính này nhưng không chứa phần dữ liệu của nó: tệp bị hỏng; "
                "hãy lưu lại");
            continue;
        }
        if (!read_sheet(archive, *part, context)) {
            // An empty sheet is no table; named alone, it is said.
            if (!only.empty())
                diagnostics.error({context.place},
                                  "the sheet holds no values: name a sheet that holds the table",
                                  "trang tính không có giá trị nào: hãy chọn trang tính chứa bảng số liệu");
            continue;
        }
        ++read;
    }
    if (read == 0 && only.empty() && !diagnostics.has_errors())
        diagnostics.error(
            {file},
            "no sheet of the workbook holds a value (its sheets: " + sheet_list(workbook.sheets) + ")",
            "không trang tính nào của sổ tính có giá trị (các trang tính: " + sheet_list(workbook.sheets) +
                ")");
}

// The sheet streamed into a GridRowReader (cell_grid.hpp): its data set and the table's own
// diagnostics into `table`, the sheet's into `diagnostics`. False, with nothing said, when the sheet
// is not streamed (merged ranges, a cell for a row already passed, a zones table, a refusal): the
// caller reads it whole, which says the same refusal where there is one.
enum class Streamed { yes, empty, no };
Streamed stream_sheet(ZipArchive& archive, const std::string& part, const SheetContext& sheet,
                      const GridOptions& options, const LabelMap* map, XlsxTable& table,
                      Diagnostics& diagnostics) {
    const std::size_t inflated = archive.inflated();
    Diagnostics said_by_sheet, said_by_table;
    try {
        CellGrid merges;
        GridRowReader reader(sheet.name, {sheet.place}, options, map, said_by_table);
        SheetHandler handler(merges, sheet.place, sheet.strings, sheet.date_style, sheet.limits.max_cells,
                             said_by_sheet);
        handler.stream = &reader;
        XmlParser parser(handler, FileName(sheet.file + ":" + part), sheet.limits.max_xml_depth);
        handler.parser = &parser;
        archive.read_into(
            part, [&](std::size_t size) { return parser.buffer(size); },
            [&](std::size_t filled, bool last) { parser.parse_buffer(filled, last); });
        handler.flush_row();
        if (!merges.merges.empty()) throw SheetNotStreamed{};
        table.dataset = reader.finish();
        if (!reader.streams()) throw SheetNotStreamed{};
        for (const Diagnostic& diagnostic : said_by_sheet.items()) diagnostics.add(diagnostic);
        if (handler.values == 0) return Streamed::empty;
        table.said = said_by_table.items();
        return Streamed::yes;
    } catch (const SheetNotStreamed&) {
    } catch (const InputError&) {
    }
    archive.set_inflated(inflated);
    table = {};
    return Streamed::no;
}

}  // namespace

std::vector<CellGrid> read_xlsx(std::string_view bytes, const std::string& file, const std::string& sheet,
                                Diagnostics& diagnostics, const XlsxLimits& limits) {
    std::vector<CellGrid> grids;
    try {
        read_workbook(bytes, file, sheet, diagnostics, limits,
                      [&](ZipArchive& archive, const std::string& part, const SheetContext& context) {
                          CellGrid grid;
                          if (!read_sheet_grid(archive, part, context, grid, diagnostics)) return false;
                          grids.push_back(std::move(grid));
                          return true;
                      });
    } catch (const InputError& error) {
        for (const Diagnostic& diagnostic : error.diagnostics()) diagnostics.add(diagnostic);
        grids.clear();
    }
    return grids;
}

std::vector<XlsxTable> read_xlsx_tables(std::string_view bytes, const std::string& file,
                                        const std::string& sheet, const GridOptions& options,
                                        const LabelMap* map, Diagnostics& diagnostics,
                                        const XlsxLimits& limits) {
    std::vector<XlsxTable> tables;
    try {
        read_workbook(bytes, file, sheet, diagnostics, limits,
                      [&](ZipArchive& archive, const std::string& part, const SheetContext& context) {
                          XlsxTable table;
                          const Streamed streamed =
                              stream_sheet(archive, part, context, options, map, table, diagnostics);
                          if (streamed == Streamed::empty) return false;
                          if (streamed == Streamed::no) {
                              table.grid.emplace();
                              if (!read_sheet_grid(archive, part, context, *table.grid, diagnostics))
                                  return false;
                          }
                          tables.push_back(std::move(table));
                          return true;
                      });
    } catch (const InputError& error) {
        for (const Diagnostic& diagnostic : error.diagnostics()) diagnostics.add(diagnostic);
        tables.clear();
    }
    return tables;
}

bool is_xlsx_name(std::string_view name) {
    std::string lower(split_xlsx_input(std::string(name)).file);
    for (char& c : lower) c = static_cast<char>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c);
    return lower.ends_with(".xlsx") || lower.ends_with(".xlsm");
}

XlsxInputName split_xlsx_input(const std::string& name) {
    // The last '#' after which the name is no longer a file name: "a#b.xlsx#Sheet 1".
    for (std::size_t hash = name.rfind('#'); hash != std::string::npos && hash > 0;
         hash = name.rfind('#', hash - 1)) {
        std::string file = name.substr(0, hash);
        std::string lower = file;
        for (char& c : lower) c = static_cast<char>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c);
        if (lower.ends_with(".xlsx") || lower.ends_with(".xlsm"))
            return {std::move(file), name.substr(hash + 1)};
    }
    return {name, ""};
}

}  // namespace chitieu
