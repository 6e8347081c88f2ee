// Where the SVG chart puts things: the plot area, data units to pixels, and the box each text
// takes, so that the target's label goes where it overlaps no other text (private to src/report;
// the unit tests check the boxes).
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "chart_data.hpp"
#include "chitieu/model/text.hpp"
#include "svg_parts.hpp"

namespace chitieu::svg {

// The plot area inside the 720 x 420 canvas: room for the title above, tick labels to the left,
// the x axis and the legend below.
inline constexpr double kPlotLeft = 88, kPlotRight = 680, kPlotTop = 72, kPlotBottom = 326;

// A rectangle in pixels, y growing downwards.
struct Box {
    double left = 0, top = 0, right = 0, bottom = 0;
};
// Whether `a` and `b` share any area (boxes that only touch do not).
bool overlaps(const Box& a, const Box& b);
bool inside(const Box& inner, const Box& outer);

enum class Anchor { start, middle, end };

// One line of text as the chart writes it: <text x y text-anchor font-size>.
struct TextItem {
    double x = 0, baseline = 0;
    std::string text;
    double size = 12;
    Anchor anchor = Anchor::start;
    bool bold = false;
};
// The box `item` takes, estimated without the font: each character (display_width) 0.65 em wide,
// 0.72 em in bold (DejaVu Sans, Debian's sans-serif, has 0.64 em digits, 0.70 em in bold), from
// 1 em above the baseline to 0.3 em below it. A little large on purpose.
Box text_box(const TextItem& item);

// Data units to pixels: years on x (first_year at the left edge, last_year at the right), values
// on y along `scale`.
struct Frame {
    int first_year = 0, last_year = 1;
    Scale scale;
    double x(double year) const;
    double y(double value) const;
};

// The value axis of `data`'s chart: nice ticks over every point and the target. The Word chart's
// axis too, so that both show the same ticks.
Scale value_scale(const ChartData& data);

// What the chart's texts are before they are placed.
struct ChartTexts {
    std::string title, subtitle;
    std::string target_label;   // "≥ 27,700"; empty: no target marker
    int target_direction = +1;  // op_direction: +1 a floor (higher is better), -1 a ceiling
    Lang lang = Lang::en;
};

struct ChartLayout {
    Frame frame;
    Box plot;  // the plot area
    TextItem title, subtitle;
    std::vector<TextItem> value_ticks, year_ticks;
    std::optional<TextItem> target_label;  // beside the target marker, inside the plot
};

// The layout of `data`'s chart. The x axis runs from data.first_year to data.last_year (the base
// year to the target year at least, so that a single observation sits in its period); the title
// and subtitle shrink to stay on the canvas; the target label sits beside the marker inside the
// plot area (so it never meets the subtitle or a tick label): above it for a floor, below for a
// ceiling, else on the other side, or left of the marker when the marker is at the left edge,
// preferring a place that covers no observation.
ChartLayout chart_layout(const ChartData& data, const ChartTexts& texts);

}  // namespace chitieu::svg
