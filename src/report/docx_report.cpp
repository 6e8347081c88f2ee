// The Word report: the Markdown report's content (report/report_lines.hpp, the same words and
// figures) as WordprocessingML, laid out per Decree 30/2020/NĐ-CP (report/docx_parts.hpp has the
// page's measures). Every figure comes from the evaluation as it is; this file only places text.
#include "chitieu/report/docx_report.hpp"

#include <fmt/format.h>

#include <string_view>

#include "chitieu/report/number_format.hpp"
#include "chitieu/report/svg_chart.hpp"
#include "chitieu/report/xlsx_report.hpp"
#include "docx_parts.hpp"
#include "labels.hpp"
#include "report_lines.hpp"
#include "xml_text.hpp"

namespace chitieu {

namespace {

using docx::Part;

// Chart frame: the text width less a little (160 x 95 mm), in EMU (1 mm = 36,000 EMU).
constexpr long kChartWidth = 160L * 36000;
constexpr long kChartHeight = 95L * 36000;

// The status markers (🟢 …) belong to Markdown and terminals; Times New Roman has no emoji and a
// printed document shows the status in words. Takes "🟢 " out wherever it appears.
std::string without_markers(std::string text) {
    for (const Status status : {Status::met, Status::not_met, Status::on_track, Status::at_risk,
                                Status::off_track, Status::insufficient_data}) {
        const std::string marker = std::string(status_marker(status)) + " ";
        for (std::size_t at = text.find(marker); at != std::string::npos; at = text.find(marker, at))
            text.erase(at, marker.size());
    }
    return text;
}

// A run of text. A report of 10,600 communes writes millions of these: the markup is the least
// Word needs (the space kept only where the text starts or ends with one).
std::string run(std::string_view text) {
    const std::string escaped = xml_escape(text, XmlWhitespace::space);
    const bool keep = !escaped.empty() && (escaped.front() == ' ' || escaped.back() == ' ');
    return std::string(keep ? "<w:r><w:t xml:space=\"preserve\">" : "<w:r><w:t>") + escaped + "</w:t></w:r>";
}

std::string paragraph(const char* style, std::string_view text) {
    return std::string("<w:p><w:pPr><w:pStyle w:val=\"") + style + "\"/></w:pPr>" + run(text) + "</w:p>";
}

// Cell shading by status, light enough for black text and for a grey-scale print (the Excel
// report's colours).
std::string status_fill(Status status) {
    return fmt::format("{:06X}", status_fill_colour(status));
}

struct Column {
    std::string header;
    int width;  // twips
    bool number;
};

// A cell: its paragraph style says its font, size and alignment; the table style its borders.
std::string cell(const std::string& text, const char* style, const std::string& fill = {}) {
    std::string out = "<w:tc>";
    if (!fill.empty())
        out += "<w:tcPr><w:shd w:val=\"clear\" w:color=\"auto\" w:fill=\"" + fill + "\"/></w:tcPr>";
    return out + paragraph(style, text) + "</w:tc>";
}

// A table in the report's table style (styles.xml: single borders, 13 pt), its header row
// repeated on every page; `fills` (optional) shades each row's last cell.
std::string table(const std::vector<Column>& columns, const std::vector<std::vector<std::string>>& rows,
                  const std::vector<std::string>& fills = {}) {
    std::string out =
        "<w:tbl><w:tblPr><w:tblStyle w:val=\"ReportTable\"/><w:tblW w:w=\"0\" w:type=\"auto\"/>"
        "<w:jc w:val=\"center\"/><w:tblLayout w:type=\"fixed\"/></w:tblPr><w:tblGrid>";
    for (const Column& column : columns) out += "<w:gridCol w:w=\"" + std::to_string(column.width) + "\"/>";
    out += "</w:tblGrid><w:tr><w:trPr><w:tblHeader/><w:cantSplit/></w:trPr>";
    for (const Column& column : columns) out += cell(column.header, "TableHeader", "F2F2F2");
    out += "</w:tr>";
    for (std::size_t r = 0; r < rows.size(); ++r) {
        out += "<w:tr>";
        for (std::size_t c = 0; c < columns.size(); ++c) {
            const bool last = c + 1 == columns.size();
            out += cell(c < rows[r].size() ? rows[r][c] : std::string(),
                        columns[c].number ? "TableNumber" : "TableText",
                        last && r < fills.size() ? fills[r] : std::string());
        }
        out += "</w:tr>";
    }
    return out + "</w:tbl>";
}

std::string chart_paragraph(int number) {
    const std::string n = std::to_string(number);
    return "<w:p><w:pPr><w:pStyle w:val=\"Chart\"/></w:pPr><w:r><w:drawing><wp:inline distT=\"0\" "
           "distB=\"0\" "
           "distL=\"0\" distR=\"0\"><wp:extent cx=\"" +
           std::to_string(kChartWidth) + "\" cy=\"" + std::to_string(kChartHeight) +
           "\"/><wp:effectExtent l=\"0\" t=\"0\" r=\"0\" b=\"0\"/><wp:docPr id=\"" + n + "\" name=\"Chart " +
           n +
           "\"/><wp:cNvGraphicFramePr/><a:graphic><a:graphicData "
           "uri=\"http://schemas.openxmlformats.org/drawingml/2006/chart\"><c:chart r:id=\"rIdChart" +
           n + "\"/></a:graphicData></a:graphic></wp:inline></w:drawing></w:r></w:p>";
}

std::string summary_section(const AreaEvaluation& area, Lang lang) {
    const Words& w = words(lang);
    std::string out = paragraph("Heading1", w.summary);
    SummaryTable summary = summary_table(area, lang, plain_text);
    if (summary.rows.empty()) return out + paragraph("Normal", w.no_targets);
    std::vector<std::string> fills;
    std::size_t row = 0;
    for (const TargetResult& result : area.results) {
        if (!result.target) continue;
        summary.rows[row].back() = status_label(result.status, lang);  // the words, without the marker
        fills.push_back(status_fill(result.status));
        ++row;
    }
    // 165 mm of text width: the target's title gets the most.
    const std::vector<Column> columns = {{w.col_target, 2700, false}, {w.col_goal, 2154, false},
                                         {w.col_actual, 1200, true},  {w.col_year, 800, true},
                                         {w.col_gap, 1100, true},     {w.col_status, 1400, false}};
    out += table(columns, summary.rows, fills);
    return out + paragraph("Normal", without_markers(summary.tally));
}

std::string target_section(const TargetResult& given, int number, const Assessment& assessment, Lang lang,
                           std::vector<Part>& charts) {
    const Words& w = words(lang);
    const TargetResult result = finite_only(given);
    const Target& target = *result.target;
    const std::string title = target.title.in(lang);
    std::string out = paragraph("Heading2", std::to_string(number) + ". " + title + " (" + target.id + ")");
    for (const std::string& line : figure_lines(result, assessment, lang, plain_text))
        out += paragraph("Line", "– " + without_markers(line));
    const std::string unit = level_unit(target, result, lang, plain_text);
    if (has_chart(result)) {
        const int chart = static_cast<int>(charts.size()) + 1;
        const std::string axis = !unit.empty()                       ? unit
                                 : target.kind == TargetKind::growth ? chart_words(lang).level
                                                                     : w.col_value;
        charts.emplace_back("word/charts/chart" + std::to_string(chart) + ".xml",
                            docx::chart_xml(result, title.empty() ? target.id : title, axis, lang));
        out += chart_paragraph(chart);
    }
    if (!result.trajectory.empty()) {
        std::vector<std::vector<std::string>> rows;
        for (const YearValue& point : result.trajectory)
            rows.push_back({std::to_string(point.year), format_value(point.value, lang)});
        out += paragraph("Normal", w.yearly_values);
        out += table({{w.col_year, 1400, true},
                      {std::string(w.col_value) + (unit.empty() ? "" : " (" + unit + ")"), 3200, true}},
                     rows);
    }
    if (!result.notes.empty()) {
        out += paragraph("Normal", w.notes);
        for (const Note& note : result.notes) out += paragraph("Line", "– " + note_sentence(note, lang));
    }
    return out;
}

std::string section_properties() {
    using namespace docx;
    // titlePg: page 1 takes the empty first-page header, pages 2 and later the page number.
    return "<w:sectPr><w:headerReference w:type=\"default\" r:id=\"rIdHeaderDefault\"/>"
           "<w:headerReference w:type=\"first\" r:id=\"rIdHeaderFirst\"/><w:pgSz w:w=\"" +
           std::to_string(kPageWidth) + "\" w:h=\"" + std::to_string(kPageHeight) + "\"/><w:pgMar w:top=\"" +
           std::to_string(kMarginTop) + "\" w:right=\"" + std::to_string(kMarginRight) + "\" w:bottom=\"" +
           std::to_string(kMarginBottom) + "\" w:left=\"" + std::to_string(kMarginLeft) +
           "\" w:header=\"567\" w:footer=\"567\" w:gutter=\"0\"/><w:titlePg/></w:sectPr>";
}

}  // namespace

std::string write_docx_report(const Evaluation& evaluation, const AreaEvaluation& area,
                              const ReportOptions& options) {
    const Lang lang = options.lang;
    const Words& w = words(lang);
    const TargetSet* set = evaluation.targets;

    std::string body;
    const std::string title = set ? set->title.in(lang) : std::string();
    std::string heading = title.empty() ? std::string(w.report) : title;
    if (!area.area.empty() && !names_area(title, area.area)) heading += " — " + area.area;
    body += paragraph("Title", heading);

    std::string intro =
        set ? intro_sentence(lang, evaluation.as_of, set->id, set->base_year, set->end_year) : std::string();
    if (!area.source.empty()) intro += (intro.empty() ? "" : " ") + source_sentence(lang, area.source);
    if (!intro.empty()) body += paragraph("Normal", intro);
    if (!area.boundaries.empty()) body += paragraph("Normal", boundaries_sentence(lang, area.boundaries));

    body += summary_section(area, lang);

    const Assessment assessment = set ? set->assessment : Assessment{};
    std::vector<Part> charts;
    std::string sections;
    int number = 0;
    for (const TargetResult& result : area.results)
        if (result.target) sections += target_section(result, ++number, assessment, lang, charts);
    if (!sections.empty()) body += paragraph("Heading1", w.targets) + sections;
    if (!area.left_out.empty()) {
        body += paragraph("Heading1", lang == Lang::vi ? "Chỉ tiêu không đánh giá" : "Targets not judged");
        for (const Target* target : area.left_out) {
            const std::string& name = target->title.in(lang).empty() ? target->id : target->title.in(lang);
            body += paragraph("Line", "– " + left_out_text(*target, name, area.area, lang));
        }
    }

    body += paragraph("Heading1", w.method);
    for (const std::string& point : method_points(lang, assessment)) body += paragraph("Line", "– " + point);
    if (const std::string conversions = conversions_point(area, lang, plain_text); !conversions.empty())
        body += paragraph("Line", "– " + conversions);

    std::string document =
        "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
        "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\" "
        "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\" "
        "xmlns:wp=\"http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing\" "
        "xmlns:a=\"http://schemas.openxmlformats.org/drawingml/2006/main\" "
        "xmlns:c=\"http://schemas.openxmlformats.org/drawingml/2006/chart\"><w:body>";
    document += body + section_properties() + "</w:body></w:document>";

    const int chart_count = static_cast<int>(charts.size());
    std::vector<Part> parts = {
        {"[Content_Types].xml", docx::content_types_xml(chart_count)},
        {"_rels/.rels", docx::package_rels_xml()},
        {"word/document.xml", std::move(document)},
        {"word/_rels/document.xml.rels", docx::document_rels_xml(chart_count)},
        {"word/styles.xml", docx::styles_xml(lang)},
        {"word/header1.xml", docx::page_number_header_xml()},
        {"word/header2.xml", docx::empty_header_xml()},
    };
    for (Part& chart : charts) parts.push_back(std::move(chart));
    return docx::zip_parts(parts);
}

}  // namespace chitieu
