// SVG building blocks: escaping, coordinates and axis scales for the charts.
#include "svg_parts.hpp"

#include <algorithm>
#include <cmath>

#include "chitieu/report/number_format.hpp"
#include "xml_text.hpp"

namespace chitieu::svg {

std::string text(std::string_view raw) {
    return xml_escape(raw, XmlWhitespace::space);
}

std::string coordinate(double pixels) {
    return format_number(std::isfinite(pixels) ? pixels : 0.0, NumberStyle{2, '.', '\0', true});
}

namespace {

// The first of 1, 2, 2.5, 5, 10 times a power of ten that is at least `raw`.
double nice_step(double raw) {
    const double magnitude = std::pow(10.0, std::floor(std::log10(raw)));
    for (double factor : {1.0, 2.0, 2.5, 5.0})
        if (raw <= factor * magnitude * (1.0 + 1e-9)) return factor * magnitude;
    return 10.0 * magnitude;
}

int step_decimals(double step) {
    for (int decimals = 0; decimals < 10; ++decimals) {
        const double scaled = step * std::pow(10.0, decimals);
        if (std::fabs(scaled - std::round(scaled)) < 1e-6 * std::max(1.0, scaled)) return decimals;
    }
    return 10;
}

}  // namespace

Scale nice_scale(double min_value, double max_value) {
    Scale scale;
    if (!std::isfinite(min_value) || !std::isfinite(max_value)) return scale;
    if (min_value > max_value) std::swap(min_value, max_value);
    // Halves keep the range finite for values near the largest double.
    double half_range = max_value / 2 - min_value / 2;
    if (half_range == 0.0) {
        const double pad = min_value != 0.0 ? std::fabs(min_value) / 10 : 1.0;
        min_value -= pad;
        max_value += pad;
        half_range = max_value / 2 - min_value / 2;
    }
    const double step = nice_step(half_range / 2.5);  // about five intervals over the range
    if (!std::isfinite(step) || step <= 0.0) {
        scale.low = min_value;
        scale.high = max_value;
        scale.ticks = {min_value, max_value};
        return scale;
    }
    scale.low = std::floor(min_value / step) * step;
    scale.high = std::ceil(max_value / step) * step;
    if (!std::isfinite(scale.low) || !std::isfinite(scale.high)) {
        scale.low = min_value;
        scale.high = max_value;
    }
    for (int i = 0; i <= 20; ++i) {
        const double tick = scale.low + step * i;
        if (tick > scale.high + step / 2) break;
        scale.ticks.push_back(std::fabs(tick) < step * 1e-9 ? 0.0 : tick);
    }
    scale.step = step;
    scale.decimals = step_decimals(step);
    return scale;
}

std::vector<int> year_ticks(int first, int last) {
    std::vector<int> ticks;
    const int span = last - first;
    int every = 1;
    for (int candidate : {1, 2, 5, 10, 20, 50}) {
        every = candidate;
        if (span / candidate <= 12) break;
    }
    for (int year = first; year <= last; ++year)
        if ((year - first) % every == 0) ticks.push_back(year);
    return ticks;
}

}  // namespace chitieu::svg
