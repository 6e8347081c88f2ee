// The SVG chart's layout: the frame from data to pixels, the texts' places and boxes, and the place
// of the target's label.
#include "svg_layout.hpp"

#include <algorithm>
#include <array>
#include <cmath>
#include <limits>

#include "chitieu/report/number_format.hpp"
#include "chitieu/util/utf8.hpp"

namespace chitieu::svg {

bool overlaps(const Box& a, const Box& b) {
    return a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
}

bool inside(const Box& inner, const Box& outer) {
    return inner.left >= outer.left && inner.right <= outer.right && inner.top >= outer.top &&
           inner.bottom <= outer.bottom;
}

Box text_box(const TextItem& item) {
    const double width =
        static_cast<double>(display_width(item.text)) * item.size * (item.bold ? 0.72 : 0.65);
    const double left = item.anchor == Anchor::start    ? item.x
                        : item.anchor == Anchor::middle ? item.x - width / 2
                                                        : item.x - width;
    return {left, item.baseline - item.size, left + width, item.baseline + 0.3 * item.size};
}

double Frame::x(double year) const {
    return kPlotLeft + (year - first_year) / std::max(1, last_year - first_year) * (kPlotRight - kPlotLeft);
}

double Frame::y(double value) const {
    // Halves, as in nice_scale, so that huge values cannot overflow to infinity.
    const double span = scale.high / 2 - scale.low / 2;
    const double share = span > 0 ? (value / 2 - scale.low / 2) / span : 0.5;
    return kPlotBottom - share * (kPlotBottom - kPlotTop);
}

namespace {

constexpr double kTextLeft = kPlotLeft - 60;  // where the title and subtitle start
constexpr double kTextWidth = 720 - kTextLeft - 8;

}  // namespace

Scale value_scale(const ChartData& data) {
    double low = std::numeric_limits<double>::infinity(), high = -low;
    auto take = [&](const YearValue& point) {
        low = std::min(low, point.value);
        high = std::max(high, point.value);
    };
    for (const auto* line : {&data.actual, &data.required, &data.projection})
        for (const YearValue& point : *line) take(point);
    if (data.has_target) take(data.target);
    return nice_scale(low, high);
}

namespace {

Frame frame_for(const ChartData& data) {
    Frame frame;
    frame.first_year = data.first_year;
    frame.last_year = data.last_year > data.first_year ? data.last_year : data.first_year + 1;
    frame.scale = value_scale(data);
    return frame;
}

// `item` moved the least that puts its box inside `area` (it fits: a label is far narrower).
TextItem moved_into(TextItem item, const Box& area) {
    const Box box = text_box(item);
    if (box.left < area.left) item.x += area.left - box.left;
    if (box.right > area.right) item.x -= box.right - area.right;
    if (box.top < area.top) item.baseline += area.top - box.top;
    if (box.bottom > area.bottom) item.baseline -= box.bottom - area.bottom;
    return item;
}

std::optional<TextItem> target_label(const ChartData& data, const ChartTexts& texts, const Frame& frame,
                                     const Box& plot) {
    if (!data.has_target || texts.target_label.empty()) return std::nullopt;
    const double x = frame.x(data.target.year), y = frame.y(data.target.value);
    // Beside the marker (a diamond 7 px across each way), on the side the observations do not
    // come from: above for a floor, below for a ceiling; then the other side; then right of it.
    const double above = y - 10, below = y + 20;
    const double first = texts.target_direction < 0 ? below : above;
    const double second = texts.target_direction < 0 ? above : below;
    const std::array<TextItem, 4> candidates = {
        TextItem{x - 10, first, texts.target_label, 12, Anchor::end, true},
        TextItem{x - 10, second, texts.target_label, 12, Anchor::end, true},
        TextItem{x + 10, first, texts.target_label, 12, Anchor::start, true},
        TextItem{x + 10, second, texts.target_label, 12, Anchor::start, true},
    };
    // The observed dots, which a label should not hide.
    std::vector<Box> dots;
    for (const YearValue& point : data.actual) {
        const double px = frame.x(point.year), py = frame.y(point.value);
        dots.push_back({px - 4, py - 4, px + 4, py + 4});
    }
    const auto clear = [&](const TextItem& item) {
        const Box box = text_box(item);
        return std::none_of(dots.begin(), dots.end(), [&](const Box& dot) { return overlaps(box, dot); });
    };
    for (const TextItem& item : candidates)
        if (inside(text_box(item), plot) && clear(item)) return item;
    for (const TextItem& item : candidates)
        if (inside(text_box(item), plot)) return item;
    return moved_into(candidates[0], plot);
}

}  // namespace

ChartLayout chart_layout(const ChartData& data, const ChartTexts& texts) {
    ChartLayout layout;
    layout.frame = frame_for(data);
    const Frame& frame = layout.frame;
    layout.plot = {kPlotLeft, kPlotTop, kPlotRight, kPlotBottom};

    // Long titles get a smaller font so that they stay on the canvas; so do long subtitles (an
    // area's long name, a long goal).
    const auto width_of = [](const std::string& text) {
        return static_cast<double>(std::max<std::size_t>(display_width(text), 1));
    };
    const double title_size = std::clamp(16.0 * 70.0 / width_of(texts.title), 10.0, 16.0);
    layout.title = {kTextLeft, 28, texts.title, title_size, Anchor::start, true};
    const double subtitle_size = std::clamp(kTextWidth / (width_of(texts.subtitle) * 0.65), 8.0, 12.0);
    layout.subtitle = {kTextLeft,     50,   texts.subtitle, std::floor(subtitle_size * 10) / 10,
                       Anchor::start, false};

    const NumberStyle style = language_style(texts.lang, frame.scale.decimals, false);
    for (double tick : frame.scale.ticks)
        layout.value_ticks.push_back(
            {kPlotLeft - 6, frame.y(tick) + 4, format_number(tick, style), 11, Anchor::end, false});
    for (int year : year_ticks(frame.first_year, frame.last_year))
        layout.year_ticks.push_back(
            {frame.x(year), kPlotBottom + 18, std::to_string(year), 11, Anchor::middle, false});

    layout.target_label = target_label(data, texts, frame, layout.plot);
    return layout;
}

}  // namespace chitieu::svg
