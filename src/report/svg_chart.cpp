// The SVG chart of one target: observed values, required path, projection and target marker on
// year and value axes, with a title, a subtitle (area, goal, status) and a legend.
#include "chitieu/report/svg_chart.hpp"

#include <algorithm>
#include <cmath>
#include <limits>

#include "chart_data.hpp"
#include "chitieu/report/number_format.hpp"
#include "chitieu/util/utf8.hpp"
#include "labels.hpp"
#include "svg_layout.hpp"
#include "svg_parts.hpp"

namespace chitieu {

namespace {

using svg::coordinate;
using svg::kPlotBottom;
using svg::kPlotLeft;
using svg::kPlotRight;
using svg::kPlotTop;

constexpr const char* kActualColour = "#1f5fa8";
constexpr const char* kRequiredColour = "#6b6b6b";
constexpr const char* kProjectionColour = "#d9822b";
constexpr const char* kTargetColour = "#c0392b";

// Kinds whose trajectory and target share one axis (a ratio is a level; a cumulative target is drawn
// as its running total against the total). A change target's goal is points a year, not a level.
bool charted_kind(TargetKind kind) {
    return kind == TargetKind::level || kind == TargetKind::share || kind == TargetKind::occupancy ||
           kind == TargetKind::growth || kind == TargetKind::ratio || kind == TargetKind::cumulative;
}

std::string text_element(double x, double y, const std::string& content, const std::string& attributes) {
    return "<text x=\"" + coordinate(x) + "\" y=\"" + coordinate(y) + "\"" + attributes + ">" +
           svg::text(content) + "</text>\n";
}

// A placed text; `attributes` beyond its anchor and size (those of the group it is in when they
// are the group's: `size_given`).
std::string text_element(const svg::TextItem& item, const std::string& attributes, bool size_given = false) {
    std::string more;
    if (item.anchor == svg::Anchor::middle) more += " text-anchor=\"middle\"";
    if (item.anchor == svg::Anchor::end) more += " text-anchor=\"end\"";
    if (!size_given) more += " font-size=\"" + coordinate(item.size) + "\"";
    if (item.bold) more += " font-weight=\"bold\"";
    return text_element(item.x, item.baseline, item.text, more + attributes);
}

std::string polyline(const svg::Frame& frame, const std::vector<YearValue>& points,
                     const std::string& style) {
    std::string coordinates;
    for (const YearValue& point : points)
        coordinates += (coordinates.empty() ? "" : " ") + coordinate(frame.x(point.year)) + "," +
                       coordinate(frame.y(point.value));
    return "<polyline points=\"" + coordinates + "\" fill=\"none\" " + style + "/>\n";
}

std::string axes(const svg::ChartLayout& layout, const std::string& y_label, Lang lang) {
    const svg::Frame& frame = layout.frame;
    std::string out = "<g font-size=\"11\" fill=\"#333333\">\n";
    for (std::size_t i = 0; i < layout.value_ticks.size(); ++i) {
        const double y = frame.y(frame.scale.ticks[i]);
        out += "<line x1=\"" + coordinate(kPlotLeft) + "\" y1=\"" + coordinate(y) + "\" x2=\"" +
               coordinate(kPlotRight) + "\" y2=\"" + coordinate(y) +
               "\" stroke=\"#e3e3e3\" stroke-width=\"1\"/>\n";
        out += text_element(layout.value_ticks[i], "", true);
    }
    for (const svg::TextItem& tick : layout.year_ticks) {
        const double x = tick.x;
        out += "<line x1=\"" + coordinate(x) + "\" y1=\"" + coordinate(kPlotBottom) + "\" x2=\"" +
               coordinate(x) + "\" y2=\"" + coordinate(kPlotBottom + 5) +
               "\" stroke=\"#333333\" stroke-width=\"1\"/>\n";
        out += text_element(tick, "", true);
    }
    out += "<line x1=\"" + coordinate(kPlotLeft) + "\" y1=\"" + coordinate(kPlotBottom) + "\" x2=\"" +
           coordinate(kPlotRight) + "\" y2=\"" + coordinate(kPlotBottom) +
           "\" stroke=\"#333333\" stroke-width=\"1\"/>\n";
    out += "<line x1=\"" + coordinate(kPlotLeft) + "\" y1=\"" + coordinate(kPlotTop) + "\" x2=\"" +
           coordinate(kPlotLeft) + "\" y2=\"" + coordinate(kPlotBottom) +
           "\" stroke=\"#333333\" stroke-width=\"1\"/>\n";
    out += text_element((kPlotLeft + kPlotRight) / 2, kPlotBottom + 36, chart_words(lang).year,
                        " text-anchor=\"middle\" font-size=\"12\"");
    const double middle = (kPlotTop + kPlotBottom) / 2;
    out += "<text x=\"16\" y=\"" + coordinate(middle) + "\" transform=\"rotate(-90 16 " + coordinate(middle) +
           ")\" text-anchor=\"middle\" font-size=\"12\">" + svg::text(y_label) + "</text>\n";
    return out + "</g>\n";
}

// A legend entry: a short line (and marker) and its words, left to right along the bottom.
struct LegendEntry {
    std::string words;
    std::string sample;  // SVG drawn in a 24 x 10 box at the origin
};

std::string legend(const std::vector<LegendEntry>& entries) {
    std::string out = "<g font-size=\"12\" fill=\"#333333\">\n";
    double x = kPlotLeft;
    const double y = kPlotBottom + 62;
    for (const LegendEntry& entry : entries) {
        out += "<g transform=\"translate(" + coordinate(x) + " " + coordinate(y - 9) + ")\">" + entry.sample +
               "</g>\n";
        out += text_element(x + 30, y, entry.words, "");
        // Width of the words at about 0.6 em per character, then a gap.
        x += 30 + static_cast<double>(display_width(entry.words)) * 7.2 + 24;
    }
    return out + "</g>\n";
}

std::string dot(double x, double y, const char* colour) {
    return "<circle cx=\"" + coordinate(x) + "\" cy=\"" + coordinate(y) + "\" r=\"3.5\" fill=\"" + colour +
           "\"/>";
}

std::string diamond(double x, double y) {
    return "<path d=\"M " + coordinate(x) + " " + coordinate(y - 7) + " L " + coordinate(x + 7) + " " +
           coordinate(y) + " L " + coordinate(x) + " " + coordinate(y + 7) + " L " + coordinate(x - 7) + " " +
           coordinate(y) + " Z\" fill=\"" + kTargetColour + "\"/>";
}

std::string y_axis_label(const Target& target, const TargetResult& result, Lang lang) {
    // A growth target is drawn as levels: in the series' unit (its own unit is the rate's).
    if (target.kind == TargetKind::growth)
        return result.level_unit.empty() ? chart_words(lang).level : unit_label(result.level_unit, lang);
    const std::string unit = unit_label(target.unit, lang);
    return unit.empty() ? std::string(words(lang).col_value) : unit;
}

}  // namespace

bool has_chart(const TargetResult& result) {
    if (result.target == nullptr || !charted_kind(result.target->kind)) return false;
    // A total not known (a year missing) has yearly amounts, not a running total, to show.
    if (result.target->kind == TargetKind::cumulative && !result.actual_value) return false;
    return std::any_of(result.trajectory.begin(), result.trajectory.end(),
                       [](const YearValue& point) { return std::isfinite(point.value); });
}

std::string chart_file_name(const std::string& area_stem, const std::string& target_id) {
    return "charts/" + area_stem + "-" + target_id + ".svg";
}

std::string write_svg_chart(const AreaEvaluation& area, const TargetResult& result,
                            const ReportOptions& options) {
    const Lang lang = options.lang;
    const Target& target = *result.target;
    const ChartData data = chart_data(result);
    const ChartWords& w = chart_words(lang);

    svg::ChartTexts texts;
    texts.title = target.title.in(lang).empty() ? target.id : target.title.in(lang);
    texts.subtitle = goal_text(target, lang) + " · " + status_label(result.status, lang);
    if (const std::string category = method_category_text(result, lang); !category.empty())
        texts.subtitle += " — " + category;
    if (!area.area.empty()) texts.subtitle = area.area + " · " + texts.subtitle;
    if (data.has_target)
        texts.target_label = std::string(op_display(target.op)) + " " + format_value(data.target.value, lang);
    texts.target_direction = op_direction(target.op);
    texts.lang = lang;
    const svg::ChartLayout layout = svg::chart_layout(data, texts);
    const svg::Frame& frame = layout.frame;

    std::string out =
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        "<svg xmlns=\"http://www.w3.org/2000/svg\" version=\"1.1\" width=\"" +
        std::to_string(kChartWidth) + "\" height=\"" + std::to_string(kChartHeight) + "\" viewBox=\"0 0 " +
        std::to_string(kChartWidth) + " " + std::to_string(kChartHeight) + "\" font-family=\"sans-serif\">\n";
    out += "<title>" + svg::text(texts.title) + "</title>\n";
    out += "<desc>" + svg::text(texts.subtitle) + "</desc>\n";
    out += "<rect x=\"0\" y=\"0\" width=\"" + std::to_string(kChartWidth) + "\" height=\"" +
           std::to_string(kChartHeight) + "\" fill=\"#ffffff\"/>\n";
    out += text_element(layout.title, " fill=\"#111111\"");
    out += text_element(layout.subtitle, " fill=\"#444444\"");
    out += axes(layout, y_axis_label(target, result, lang), lang);

    std::vector<LegendEntry> entries;
    if (data.has_target) {
        const double y = frame.y(data.target.value);
        out += "<line x1=\"" + coordinate(kPlotLeft) + "\" y1=\"" + coordinate(y) + "\" x2=\"" +
               coordinate(kPlotRight) + "\" y2=\"" + coordinate(y) + "\" stroke=\"" + kTargetColour +
               "\" stroke-width=\"1\" stroke-opacity=\"0.5\" stroke-dasharray=\"2 3\"/>\n";
    }
    if (data.required.size() >= 2) {
        out += polyline(
            frame, data.required,
            std::string("stroke=\"") + kRequiredColour + "\" stroke-width=\"2\" stroke-dasharray=\"7 4\"");
        entries.push_back({w.required, std::string("<line x1=\"0\" y1=\"5\" x2=\"24\" y2=\"5\" stroke=\"") +
                                           kRequiredColour +
                                           "\" stroke-width=\"2\" stroke-dasharray=\"7 4\"/>"});
    }
    if (data.projection.size() >= 2) {
        out += polyline(
            frame, data.projection,
            std::string("stroke=\"") + kProjectionColour + "\" stroke-width=\"2\" stroke-dasharray=\"2 3\"");
        entries.push_back({w.projection, std::string("<line x1=\"0\" y1=\"5\" x2=\"24\" y2=\"5\" stroke=\"") +
                                             kProjectionColour +
                                             "\" stroke-width=\"2\" stroke-dasharray=\"2 3\"/>"});
    }
    if (!data.actual.empty()) {
        if (data.actual.size() >= 2)
            out += polyline(frame, data.actual,
                            std::string("stroke=\"") + kActualColour + "\" stroke-width=\"2.5\"");
        for (const YearValue& point : data.actual)
            out += dot(frame.x(point.year), frame.y(point.value), kActualColour) + "\n";
        entries.insert(
            entries.begin(),
            {w.actual, std::string("<line x1=\"0\" y1=\"5\" x2=\"24\" y2=\"5\" stroke=\"") + kActualColour +
                           "\" stroke-width=\"2.5\"/>" + dot(12, 5, kActualColour)});
    }
    if (data.has_target) {
        const double x = frame.x(data.target.year), y = frame.y(data.target.value);
        out += diamond(x, y) + "\n";
        if (layout.target_label)
            out += text_element(*layout.target_label, " fill=\"" + std::string(kTargetColour) + "\"");
        entries.push_back(
            {w.target + std::string(" (") + std::to_string(data.target.year) + ")", diamond(12, 5)});
    }
    out += legend(entries);
    return out + "</svg>\n";
}

}  // namespace chitieu
