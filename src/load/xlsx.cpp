// The workbook as a whole: its directory parts, then each sheet asked for, into grids.
#include "chitieu/load/xlsx.hpp"

#include <string>

#include "xlsx_parts.hpp"
#include "zip_archive.hpp"

namespace chitieu {

namespace {

void parse_part(ZipArchive& archive, const std::string& part, XmlHandler& handler, const std::string& file,
                int max_depth) {
    XmlParser parser(handler, FileName(file + ":" + part), max_depth);
    archive.read(part, [&](std::string_view bytes, bool last) { parser.feed(bytes, last); });
}

std::string sheet_list(const std::vector<WorkbookSheet>& sheets) {
    std::string list;
    for (const WorkbookSheet& sheet : sheets) {
        if (!list.empty()) list += ", ";
        list += "'" + sheet.name + "'";
    }
    return list;
}

std::vector<CellGrid> read_workbook(std::string_view bytes, const std::string& file, const std::string& only,
                                    Diagnostics& diagnostics, const XlsxLimits& limits) {
    ZipArchive archive(bytes, FileName(file),
                       {limits.max_uncompressed_bytes, limits.max_ratio, limits.ratio_floor_bytes});
    if (!archive.has("xl/workbook.xml")) {
        throw InputError({file},
                         archive.has("mimetype") && archive.has("content.xml")
                             ? "the file is an OpenDocument spreadsheet (.ods), not an .xlsx workbook: "
                               "save it as .xlsx (LibreOffice: File › Save As, Excel 2007-365) or "
                               "export the table as CSV"
                             : "the zip archive holds no spreadsheet (no xl/workbook.xml): it is no "
                               ".xlsx workbook; open it in a spreadsheet program and save it as .xlsx");
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
        diagnostics.error({file}, "the workbook has no sheet named '" + only +
                                      "'; its sheets: " + sheet_list(workbook.sheets) +
                                      " (name one as FILE#SHEET, or give FILE "
                                      "alone for every sheet)");
        return {};
    }

    SharedStringsHandler strings;
    if (!relationships.shared_strings.empty() && archive.has(relationships.shared_strings))
        parse_part(archive, relationships.shared_strings, strings, file, limits.max_xml_depth);
    StylesHandler styles;
    if (!relationships.styles.empty() && archive.has(relationships.styles))
        parse_part(archive, relationships.styles, styles, file, limits.max_xml_depth);

    std::vector<CellGrid> grids;
    for (const WorkbookSheet* sheet : chosen) {
        const std::string* part = relationships.part_of(sheet->relationship);
        const FileName place = FileName::sheet(file + ":" + sheet->name);
        if (part == nullptr || !archive.has(*part)) {
            diagnostics.error({place},
                              "the workbook lists this sheet but holds no part for it: the file is "
                              "damaged; save it again");
            continue;
        }
        CellGrid grid;
        grid.name = file + "#" + sheet->name;
        grid.where = {place};
        SheetHandler handler(grid, place, strings.strings, styles.date_style, limits.max_cells, diagnostics);
        XmlParser parser(handler, FileName(file + ":" + *part), limits.max_xml_depth);
        handler.parser = &parser;
        archive.read(*part, [&](std::string_view chunk, bool last) { parser.feed(chunk, last); });
        if (handler.values == 0) {
            // An empty sheet is no table; named alone, it is said.
            if (!only.empty())
                diagnostics.error({place}, "the sheet holds no values: name a sheet that holds the table");
            continue;
        }
        grids.push_back(std::move(grid));
    }
    if (grids.empty() && only.empty() && !diagnostics.has_errors())
        diagnostics.error({file}, "no sheet of the workbook holds a value (its sheets: " +
                                      sheet_list(workbook.sheets) + ")");
    return grids;
}

}  // namespace

std::vector<CellGrid> read_xlsx(std::string_view bytes, const std::string& file, const std::string& sheet,
                                Diagnostics& diagnostics, const XlsxLimits& limits) {
    try {
        return read_workbook(bytes, file, sheet, diagnostics, limits);
    } catch (const InputError& error) {
        for (const Diagnostic& diagnostic : error.diagnostics()) diagnostics.add(diagnostic);
    }
    return {};
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
