// Building blocks of the SVG charts, private to src/report: XML text, coordinates, axis scales.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace chitieu::svg {

// Text for XML content and attribute values: & < > " ' escaped; characters XML 1.0 forbids
// (control characters, U+FFFE, U+FFFF, bytes that are not UTF-8) replaced by U+FFFD, line
// breaks and tabs by spaces.
std::string text(std::string_view raw);

// A coordinate in pixels, at most 2 decimals ("12.5", "300").
std::string coordinate(double pixels);

// An axis from `low` to `high` with "nice" ticks (steps of 1, 2, 2.5 or 5 times a power of ten),
// covering [min_value, max_value]. Placing ticks is layout, not a figure of the report.
struct Scale {
    double low = 0.0;
    double high = 1.0;
    std::vector<double> ticks;
    double step = 0.0;  // between ticks; 0 when the range allowed no nice step
    int decimals = 0;   // enough to tell the tick labels apart
};
Scale nice_scale(double min_value, double max_value);

// Year ticks from `first` to `last`: every year, or every 2nd, 5th, ... year from `first` when
// there are many.
std::vector<int> year_ticks(int first, int last);

}  // namespace chitieu::svg
