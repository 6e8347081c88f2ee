// A target's chart as a native Word chart (DrawingML c:lineChart): the same lines as the SVG chart
// (report/chart_data.hpp), over one category per year from the first year drawn to the last, the
// values cached in the part so that Word and LibreOffice draw it without a workbook.
#include <fmt/format.h>

#include <algorithm>
#include <map>

#include "chart_data.hpp"
#include "docx_parts.hpp"
#include "labels.hpp"
#include "svg_layout.hpp"
#include "xml_text.hpp"

namespace chitieu::docx {

namespace {

constexpr const char* kFont = "<a:latin typeface=\"Times New Roman\"/><a:cs typeface=\"Times New Roman\"/>";

std::string rich_text(const std::string& text, int hundredths_of_point, bool bold) {
    const std::string size = std::to_string(hundredths_of_point);
    const std::string b = bold ? "1" : "0";
    return "<c:tx><c:rich><a:bodyPr/><a:lstStyle/><a:p><a:pPr><a:defRPr sz=\"" + size + "\" b=\"" + b +
           "\">" + kFont + "</a:defRPr></a:pPr><a:r><a:rPr lang=\"vi-VN\" sz=\"" + size + "\" b=\"" + b +
           "\">" + kFont + "</a:rPr><a:t>" + xml_escape(text, XmlWhitespace::space) +
           "</a:t></a:r></a:p></c:rich></c:tx>";
}

std::string title(const std::string& text, int hundredths_of_point, bool bold) {
    return "<c:title>" + rich_text(text, hundredths_of_point, bold) + "<c:overlay val=\"0\"/></c:title>";
}

// A value as the cache holds it: the shortest text that reads back as the same double.
std::string cached(double value) {
    return fmt::format("{}", value);
}

// The value axis's number format: grouped thousands and the ticks' decimals, as the report
// prints numbers ("#,##0", "#,##0.0"). The code is the file's, not the reader's: Word and
// LibreOffice show it with the reader's separators (10.000,5 under a Vietnamese locale); a
// format code cannot ask for other separators than the reader's.
std::string value_format_code(int decimals) {
    return decimals > 0 ? "#,##0." + std::string(static_cast<std::size_t>(std::min(decimals, 10)), '0')
                        : "#,##0";
}

struct Line {
    const char* name;
    const std::vector<YearValue>* points;
    const char* colour;  // as the SVG chart draws it
    const char* dash;    // "solid", "dash", "sysDot"
    const char* marker;  // "circle", "diamond", "none"
    int marker_size;
    bool line;
};

std::string series(int index, const Line& line, int first_year, int last_year, const std::string& format) {
    const int count = last_year - first_year + 1;
    const std::string n = std::to_string(index);
    std::string out = "<c:ser><c:idx val=\"" + n + "\"/><c:order val=\"" + n + "\"/><c:tx><c:v>" +
                      xml_escape(line.name, XmlWhitespace::space) + "</c:v></c:tx>";
    out += "<c:spPr>";
    if (line.line)
        out += std::string("<a:ln w=\"28575\" cap=\"rnd\"><a:solidFill><a:srgbClr val=\"") + line.colour +
               "\"/></a:solidFill><a:prstDash val=\"" + line.dash + "\"/><a:round/></a:ln>";
    else
        out += "<a:ln w=\"28575\"><a:noFill/></a:ln>";
    out += "</c:spPr>";
    out += std::string("<c:marker><c:symbol val=\"") + line.marker + "\"/>";
    if (std::string_view(line.marker) != "none")
        out += "<c:size val=\"" + std::to_string(line.marker_size) +
               "\"/><c:spPr><a:solidFill><a:srgbClr val=\"" + line.colour +
               "\"/></a:solidFill><a:ln><a:solidFill><a:srgbClr val=\"" + line.colour +
               "\"/></a:solidFill></a:ln></c:spPr>";
    out += "</c:marker>";
    // The categories (years) once, on the first series: every line shares them.
    if (index == 0) {
        out += "<c:cat><c:strRef><c:f>Sheet1!$A$2:$A$" + std::to_string(count + 1) +
               "</c:f><c:strCache><c:ptCount val=\"" + std::to_string(count) + "\"/>";
        for (int year = first_year; year <= last_year; ++year)
            out += "<c:pt idx=\"" + std::to_string(year - first_year) + "\"><c:v>" + std::to_string(year) +
                   "</c:v></c:pt>";
        out += "</c:strCache></c:strRef></c:cat>";
    }
    const char column = static_cast<char>('B' + index);
    out += std::string("<c:val><c:numRef><c:f>Sheet1!$") + column + "$2:$" + column + "$" +
           std::to_string(count + 1) + "</c:f><c:numCache><c:formatCode>" + format +
           "</c:formatCode><c:ptCount val=\"" + std::to_string(count) + "\"/>";
    std::map<int, double> by_year;  // a year given twice keeps its last value, as a line would end there
    for (const YearValue& point : *line.points)
        if (point.year >= first_year && point.year <= last_year) by_year[point.year] = point.value;
    for (const auto& [year, value] : by_year)
        out +=
            "<c:pt idx=\"" + std::to_string(year - first_year) + "\"><c:v>" + cached(value) + "</c:v></c:pt>";
    out += "</c:numCache></c:numRef></c:val><c:smooth val=\"0\"/></c:ser>";
    return out;
}

}  // namespace

std::string chart_xml(const TargetResult& result, const std::string& chart_title,
                      const std::string& value_axis, Lang lang) {
    const ChartData data = chart_data(result);
    const ChartWords& cw = chart_words(lang);
    const std::vector<YearValue> target_point =
        data.has_target ? std::vector<YearValue>{data.target} : std::vector<YearValue>{};
    const Line lines[] = {
        {cw.actual, &data.actual, "1F5FA8", "solid", "circle", 6, true},
        {cw.required, &data.required, "6B6B6B", "dash", "none", 0, true},
        {cw.projection, &data.projection, "D9822B", "sysDot", "none", 0, true},
        {cw.target, &target_point, "C0392B", "solid", "diamond", 10, false},
    };
    // The years and value ticks of the SVG chart (base year to target year; the same nice steps).
    const int first_year = data.first_year, last_year = std::max(data.last_year, data.first_year);
    const svg::Scale scale = svg::value_scale(data);
    const std::string format = value_format_code(scale.decimals);

    std::string out = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n";
    out +=
        "<c:chartSpace xmlns:c=\"http://schemas.openxmlformats.org/drawingml/2006/chart\" "
        "xmlns:a=\"http://schemas.openxmlformats.org/drawingml/2006/main\" "
        "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\">";
    out += "<c:roundedCorners val=\"0\"/><c:chart>" + title(chart_title, 1300, true) +
           "<c:autoTitleDeleted val=\"0\"/><c:plotArea><c:layout/>";
    out += "<c:lineChart><c:grouping val=\"standard\"/><c:varyColors val=\"0\"/>";
    int index = 0;
    for (const Line& line : lines)
        if (!line.points->empty()) out += series(index++, line, first_year, last_year, format);
    out += "<c:marker val=\"1\"/><c:axId val=\"500001\"/><c:axId val=\"500002\"/></c:lineChart>";
    out +=
        "<c:catAx><c:axId val=\"500001\"/><c:scaling><c:orientation val=\"minMax\"/></c:scaling>"
        "<c:delete val=\"0\"/><c:axPos val=\"b\"/>" +
        title(cw.year, 1100, false) +
        "<c:numFmt formatCode=\"General\" sourceLinked=\"0\"/><c:majorTickMark val=\"out\"/>"
        "<c:minorTickMark val=\"none\"/><c:tickLblPos val=\"low\"/><c:crossAx val=\"500002\"/>"
        "<c:crosses val=\"autoZero\"/><c:auto val=\"1\"/><c:lblAlgn val=\"ctr\"/><c:lblOffset val=\"100\"/>"
        "<c:noMultiLvlLbl val=\"0\"/></c:catAx>";
    out += "<c:valAx><c:axId val=\"500002\"/><c:scaling><c:orientation val=\"minMax\"/><c:max val=\"" +
           cached(scale.high) + "\"/><c:min val=\"" + cached(scale.low) +
           "\"/></c:scaling>"
           "<c:delete val=\"0\"/><c:axPos val=\"l\"/><c:majorGridlines><c:spPr><a:ln w=\"6350\"><a:solidFill>"
           "<a:srgbClr val=\"D9D9D9\"/></a:solidFill></a:ln></c:spPr></c:majorGridlines>" +
           title(value_axis, 1100, false) + "<c:numFmt formatCode=\"" + format +
           "\" sourceLinked=\"0\"/><c:majorTickMark val=\"out\"/>"
           "<c:minorTickMark val=\"none\"/><c:tickLblPos val=\"nextTo\"/><c:crossAx val=\"500001\"/>"
           "<c:crosses val=\"autoZero\"/><c:crossBetween val=\"midCat\"/>" +
           (scale.step > 0 ? "<c:majorUnit val=\"" + cached(scale.step) + "\"/>" : std::string()) +
           "</c:valAx>";
    out +=
        "</c:plotArea><c:legend><c:legendPos val=\"b\"/><c:overlay val=\"0\"/></c:legend>"
        "<c:plotVisOnly val=\"1\"/><c:dispBlanksAs val=\"gap\"/></c:chart>";
    // Every text of the chart in the document's font.
    out += std::string("<c:txPr><a:bodyPr/><a:lstStyle/><a:p><a:pPr><a:defRPr sz=\"1100\">") + kFont +
           "</a:defRPr></a:pPr><a:endParaRPr lang=\"vi-VN\"/></a:p></c:txPr>";
    return out + "</c:chartSpace>";
}

}  // namespace chitieu::docx
