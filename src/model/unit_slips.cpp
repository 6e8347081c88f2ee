// The unit-slip rule (declared in model/rules.hpp): a thousands dot read as a decimal point, and a
// year that jumps a hundred- or thousandfold from the one before (a unit changed in the middle).
#include <algorithm>
#include <charconv>
#include <cmath>
#include <system_error>
#include <vector>

#include "chitieu/model/rules.hpp"

namespace chitieu {

namespace {

// The shortest text that reads back as `value` ("23.73", "20456.9", "23730000"): how the file
// would have to write the number it was read as. std::to_chars, so no locale.
std::string shortest(double value) {
    char buffer[32];
    const auto [end, ec] = std::to_chars(buffer, buffer + sizeof buffer, value);
    return ec == std::errc() ? std::string(buffer, end) : std::string("?");
}

// How a flagged value was written: one to three digits, the mark, three digits, so three
// decimals give the text back ("23.730", "-1.500"; "23,730" under --decimal-comma).
std::string written_text(const Observation& observation) {
    char buffer[32];
    const auto [end, ec] =
        std::to_chars(buffer, buffer + sizeof buffer, observation.value, std::chars_format::fixed, 3);
    std::string text = ec == std::errc() ? std::string(buffer, end) : shortest(observation.value);
    if (observation.written == Written::comma_group) std::replace(text.begin(), text.end(), '.', ',');
    return text;
}

// The number a thousands group means: 23.730 -> "23730".
std::string grouped_meaning(double value) {
    return shortest(std::round(value * 1000.0));
}

// The way out when the dot groups thousands: the digits without it, or the option for a file
// that writes every number so (only CSV files are read under --decimal-comma).
std::string if_grouped(const std::string& written, double value, bool csv) {
    const std::string meant = grouped_meaning(value);
    return "if it means " + meant + ", write " + meant + " (no thousands separator)" +
           (csv ? ", or pass --decimal-comma for a file written like " + written + ",5" : std::string());
}
std::string if_grouped_vi(const std::string& written, double value, bool csv) {
    const std::string meant = grouped_meaning(value);
    return "nếu số này là " + meant + ", hãy viết " + meant + " (không có dấu phân cách hàng nghìn)" +
           (csv ? ", hoặc dùng --decimal-comma cho tệp viết số như " + written + ",5" : std::string());
}

// " in area 'X'", or nothing for the unnamed area (the inputs named none).
std::string in_area(const std::string& area) {
    return area.empty() ? std::string() : " in area '" + area + "'";
}
std::string in_area_vi(const std::string& area) {
    return area.empty() ? std::string() : " của địa bàn '" + area + "'";
}

using Point = std::pair<int, Observation>;
using Points = YearMap<Observation>;

// The nearest plainly written value before (step -1) or after (step +1) position `at`.
const Point* nearest_plain(const Points& values, std::size_t at, int step) {
    for (std::size_t i = at; step < 0 ? i-- > 0 : ++i < values.size();) {
        const Point& point = *(values.begin() + static_cast<std::ptrdiff_t>(i));
        if (point.second.written == Written::plain) return &point;
    }
    return nullptr;
}

bool slip_ratio(double neighbour, double value) {
    const double ratio = neighbour / value;  // value is never 0: a group starts with 1 to 9
    return ratio >= kSlipRatioLow && ratio <= kSlipRatioHigh;
}

// The error for the flagged value at `at`, if the values around it are about 1000 times larger.
bool report_slip(const Series& series, const std::string& area, std::size_t at, Diagnostics& diagnostics) {
    const auto& [year, observation] = *(series.values.begin() + static_cast<std::ptrdiff_t>(at));
    const Point* before = nearest_plain(series.values, at, -1);
    const Point* after = nearest_plain(series.values, at, +1);
    if (before == nullptr && after == nullptr) return false;
    if (before != nullptr && !slip_ratio(before->second.value, observation.value)) return false;
    if (after != nullptr && !slip_ratio(after->second.value, observation.value)) return false;
    std::string around, around_vi;
    for (const Point* point : {before, after}) {
        if (point == nullptr) continue;
        if (!around.empty()) {
            around += ", ";
            around_vi += ", ";
        }
        around += shortest(point->second.value) + " in " + std::to_string(point->first);
        around_vi += shortest(point->second.value) + " năm " + std::to_string(point->first);
    }
    const std::string written = written_text(observation);
    std::string message = series.indicator + " " + std::to_string(year) + in_area(area) + " is written " +
                          written + ", which reads as " + shortest(observation.value);
    std::string message_vi = series.indicator + " năm " + std::to_string(year) + in_area_vi(area) +
                             " được viết là " + written + ", tức là đọc thành " + shortest(observation.value);
    if (observation.written == Written::comma_group) {
        message += " under --decimal-comma, but the years around it are about 1000 times larger (" + around +
                   "): if the comma groups thousands there, write " + grouped_meaning(observation.value) +
                   " (no thousands separator)";
        message_vi += " khi dùng --decimal-comma, nhưng các năm bên cạnh lớn hơn khoảng 1000 lần (" +
                      around_vi + "): nếu dấu phẩy ở đó phân cách hàng nghìn, hãy viết " +
                      grouped_meaning(observation.value) + " (không có dấu phân cách hàng nghìn)";
    } else {
        message += ", but the years around it are about 1000 times larger (" + around +
                   "): " + if_grouped(written, observation.value, observation.written != Written::dot_group);
        message_vi += ", nhưng các năm bên cạnh lớn hơn khoảng 1000 lần (" + around_vi + "): " +
                      if_grouped_vi(written, observation.value, observation.written != Written::dot_group);
    }
    diagnostics.error(observation.where, message, message_vi);
    return true;
}

// Year to year, a factor of about 100 or 1000 either way: the later year's warning.
void report_jump(const Series& series, const std::string& area, const Point& from, const Point& to,
                 Diagnostics& diagnostics) {
    const double a = from.second.value, b = to.second.value;
    // One division per pair, as every value of every series comes here: b / a is within the
    // bands or their inverse (a / b within them), and negative for opposite signs.
    const double up_ratio = b / a;  // ±inf or nan when a is 0, 0 when b is: outside both bands
    const bool within = (up_ratio >= kJumpRatioLow && up_ratio <= kJumpRatioHigh) ||
                        (up_ratio >= 1.0 / kJumpRatioHigh && up_ratio <= 1.0 / kJumpRatioLow);
    if (!within) return;
    const double ratio = up_ratio >= 1.0 ? up_ratio : 1.0 / up_ratio;
    // The nearer power of ten, on a logarithmic scale: the midpoint of 100 and 1000 is 10^2.5.
    const bool thousand = ratio >= std::sqrt(100.0 * 1000.0);
    const bool up = std::abs(b) > std::abs(a);
    diagnostics.warning(to.second.where,
                        series.indicator + in_area(area) + " goes from " + shortest(a) + " in " +
                            std::to_string(from.first) + " to " + shortest(b) + " in " +
                            std::to_string(to.first) + ", about " + (thousand ? "1000" : "100") + " times " +
                            (up ? "more" : "less") + ": check that both years are in the same unit (" +
                            (thousand ? "tỷ vs triệu đồng, người vs nghìn người are 1000 apart"
                                      : "a percentage vs a fraction, 25 vs 0.25, are 100 apart") +
                            ")",
                        series.indicator + in_area_vi(area) + " đi từ " + shortest(a) + " năm " +
                            std::to_string(from.first) + " đến " + shortest(b) + " năm " +
                            std::to_string(to.first) + ", " + (up ? "lớn hơn" : "nhỏ hơn") + " khoảng " +
                            (thousand ? "1000" : "100") +
                            " lần: hãy kiểm tra hai năm có cùng một đơn vị tính không (" +
                            (thousand ? "tỷ và triệu đồng, người và nghìn người chênh nhau 1000 lần"
                                      : "phần trăm và phân số, 25 và 0.25, chênh nhau 100 lần") +
                            ")");
}

}  // namespace

std::string semicolon_group_warning(std::string_view what, std::string_view written, double value) {
    const std::string text(written);
    return std::string(what) + " is written " + text + ", which reads as " + shortest(value) +
           ", but this file is split at ';' like spreadsheets where the dot groups thousands: " +
           if_grouped(text, value, true);
}

std::string semicolon_group_warning_vi(std::string_view what, std::string_view written, double value) {
    const std::string text(written);
    return std::string(what) + " được viết là " + text + ", tức là đọc thành " + shortest(value) +
           ", nhưng tệp này phân cách bằng ';' như các bảng tính dùng dấu chấm để phân cách hàng nghìn: " +
           if_grouped_vi(text, value, true);
}

void UnitSlipRule::check(const AreaData& area, Diagnostics& diagnostics) {
    // The ';' warning goes at the file's first such value, not the first series' (they are
    // sorted by name): the earliest line of each file not warned about yet, after the loop.
    struct Grouped {
        const Series* series;
        const Point* point;
    };
    std::vector<Grouped> first_grouped;
    for (const auto& [indicator, series] : area.series) {
        const Points& values = series.values;
        bool slipped_before = false;  // the year before was an error here
        for (std::size_t i = 0; i < values.size(); ++i) {
            const Point& point = *(values.begin() + static_cast<std::ptrdiff_t>(i));
            bool slipped = false;
            if (point.second.written != Written::plain) {
                slipped = report_slip(series, area.name, i, diagnostics);
                const SourceLocation& where = point.second.where;
                if (!slipped && point.second.written == Written::dot_group_semicolon &&
                    std::find(warned_.begin(), warned_.end(), where.file) == warned_.end()) {
                    const auto same_file = std::find_if(
                        first_grouped.begin(), first_grouped.end(), [&where](const Grouped& seen) {
                            return seen.point->second.where.file == where.file;
                        });
                    if (same_file == first_grouped.end())
                        first_grouped.push_back({&series, &point});
                    else if (where.line < same_file->point->second.where.line)
                        *same_file = {&series, &point};
                }
            }
            if (i > 0 && !slipped && !slipped_before)
                report_jump(series, area.name, *(values.begin() + static_cast<std::ptrdiff_t>(i - 1)), point,
                            diagnostics);
            slipped_before = slipped;
        }
    }
    for (const auto& [series, point] : first_grouped) {
        const Observation& observation = point->second;
        warned_.push_back(observation.where.file);
        const std::string what = series->indicator + " " + std::to_string(point->first) + in_area(area.name);
        const std::string what_vi =
            series->indicator + " năm " + std::to_string(point->first) + in_area_vi(area.name);
        diagnostics.warning(
            observation.where, semicolon_group_warning(what, written_text(observation), observation.value),
            semicolon_group_warning_vi(what_vi, written_text(observation), observation.value));
    }
}

void UnitSlipRule::check(const Dataset& data, Diagnostics& diagnostics) {
    for (const AreaData& area : data.areas) check(area, diagnostics);
}

}  // namespace chitieu
