// A cube (PX, JSON-stat) into series: find the year, area and indicator dimensions, then walk
// the cells.
#include <algorithm>
#include <string>
#include <vector>

#include "chitieu/load/cube.hpp"
#include "chitieu/load/label_map.hpp"
#include "chitieu/model/rules.hpp"
#include "chitieu/util/parse_number.hpp"
#include "chitieu/util/unicode.hpp"

namespace chitieu {

namespace {

struct CubeYear {
    int year = 0;
    Standing standing = Standing::normal;
};

// "2021", "Năm 2021", "2024 (sơ bộ)", "Sơ bộ 2024", "Ước tính 2025", "2024*"? No: only the
// words PX-Web's Vietnamese and English tables write beside a year.
std::optional<CubeYear> parse_cube_year(std::string_view label) {
    std::size_t digits = std::string_view::npos;
    for (std::size_t i = 0; i + 4 <= label.size(); ++i) {
        const std::string_view four = label.substr(i, 4);
        const bool is_four = four.find_first_not_of("0123456789") == std::string_view::npos &&
                             (i + 4 == label.size() || label[i + 4] < '0' || label[i + 4] > '9') &&
                             (i == 0 || label[i - 1] < '0' || label[i - 1] > '9');
        if (!is_four) continue;
        if (digits != std::string_view::npos) return std::nullopt;  // two years: a range
        digits = i;
    }
    if (digits == std::string_view::npos) return std::nullopt;
    const YearParse year = parse_year(label.substr(digits, 4));
    if (!year.value) return std::nullopt;
    std::string rest =
        fold_name(std::string(label.substr(0, digits)) + " " + std::string(label.substr(digits + 4)));
    for (char& c : rest)
        if (c == '(' || c == ')' || c == '.' || c == ',' || c == ':') c = ' ';
    CubeYear result{*year.value, Standing::normal};
    std::size_t begin = 0;
    while (begin < rest.size()) {
        std::size_t end = rest.find(' ', begin);
        if (end == std::string::npos) end = rest.size();
        const std::string_view word = std::string_view(rest).substr(begin, end - begin);
        begin = end + 1;
        if (word.empty() || word == "nam" || word == "year") continue;
        if (word == "so" || word == "bo" || word == "preliminary" || word == "prel" || word == "provisional")
            result.standing = Standing::preliminary;
        else if (word == "uoc" || word == "tinh" || word == "thuc" || word == "hien" || word == "estimate" ||
                 word == "estimated" || word == "est")
            result.standing = Standing::estimated;
        else
            return std::nullopt;
    }
    return result;
}

bool names_dimension(const CubeDimension& dimension, const std::string& name) {
    return fold_name(dimension.code) == fold_name(name) || fold_name(dimension.label) == fold_name(name);
}

bool all_years(const CubeDimension& dimension) {
    if (dimension.labels.empty()) return false;
    for (std::size_t i = 0; i < dimension.labels.size(); ++i)
        if (!parse_cube_year(dimension.labels[i]) && !parse_cube_year(dimension.codes[i])) return false;
    return true;
}

bool all_areas(const CubeDimension& dimension, const LabelMap* map) {
    if (map == nullptr || dimension.labels.empty()) return false;
    for (std::size_t i = 0; i < dimension.labels.size(); ++i)
        if (!map->area_for(dimension.labels[i]) && !map->area_for(dimension.codes[i])) return false;
    return true;
}

const IndicatorLabels* indicator_of(const LabelMap* map, const std::string& label, const std::string& code) {
    if (map == nullptr) return nullptr;
    const IndicatorLabels* found = map->indicator_for(label);
    return found != nullptr ? found : map->indicator_for(code);
}

bool all_indicators(const CubeDimension& dimension, const LabelMap* map) {
    if (map == nullptr || dimension.labels.empty()) return false;
    for (std::size_t i = 0; i < dimension.labels.size(); ++i)
        if (indicator_of(map, dimension.labels[i], dimension.codes[i]) == nullptr) return false;
    return true;
}

std::string dimension_name(const CubeDimension& dimension) {
    return dimension.label.empty() || dimension.label == dimension.code
               ? "'" + dimension.code + "'"
               : "'" + dimension.label + "' (" + dimension.code + ")";
}

// One series' indicator, from a label (and code): the map's, or the label itself when it is an id.
struct Indicator {
    std::string id, unit;
    double scale = 1.0;
    bool known = false;
};

Indicator indicator_named(const LabelMap* map, const std::string& label, const std::string& code) {
    if (const IndicatorLabels* found = indicator_of(map, label, code))
        return {found->id, found->unit, found->scale.value_or(1.0), true};
    // With a map, only the map says: a code such as "m" is no indicator id by its looks.
    if (map != nullptr) return {};
    for (const std::string* name : {&code, &label})
        if (is_indicator_name(*name)) return {*name, "", 1.0, true};
    return {};
}

}  // namespace

Dataset cube_dataset(const Cube& cube, const LabelMap* map, Diagnostics& diagnostics) {
    const std::vector<CubeDimension>& dimensions = cube.dimensions;
    const std::size_t count = dimensions.size();
    constexpr std::size_t kNone = SIZE_MAX;
    std::size_t year = kNone, area = kNone, indicator = kNone;

    // The map's `dimensions:` first, then the file's roles, then what the labels say.
    const auto by_map = [&](const std::string& name, std::size_t& chosen, const char* what,
                            const char* what_vi) {
        if (name.empty()) return true;
        for (std::size_t i = 0; i < count; ++i)
            if (names_dimension(dimensions[i], name)) chosen = i;
        if (chosen != kNone) return true;
        std::string list;
        for (const CubeDimension& dimension : dimensions)
            list += (list.empty() ? "" : ", ") + dimension_name(dimension);
        diagnostics.error(map->where,
                          std::string("the map names '") + name + "' as the " + what + " dimension, which " +
                              cube.where.file.str() + " does not have; its dimensions: " + list,
                          "tệp ánh xạ (--map) ghi '" + name + "' là chiều " + what_vi + ", nhưng " +
                              cube.where.file.str() + " không có chiều này; các chiều của tệp: " + list);
        return false;
    };
    if (map != nullptr && !(by_map(map->dimensions.year, year, "year", "năm") &&
                            by_map(map->dimensions.area, area, "area", "địa bàn") &&
                            by_map(map->dimensions.indicator, indicator, "indicator", "chỉ tiêu")))
        return {};
    const auto free = [&](std::size_t i) { return i != year && i != area && i != indicator; };
    for (std::size_t i = 0; i < count; ++i) {
        if (year == kNone && free(i) && dimensions[i].role == CubeDimension::Role::time) year = i;
        if (area == kNone && free(i) && dimensions[i].role == CubeDimension::Role::geo) area = i;
        if (indicator == kNone && free(i) && dimensions[i].role == CubeDimension::Role::metric) indicator = i;
    }
    for (std::size_t i = 0; i < count && year == kNone; ++i)
        if (free(i) && all_years(dimensions[i])) year = i;
    for (std::size_t i = 0; i < count && area == kNone; ++i)
        if (free(i) && all_areas(dimensions[i], map)) area = i;
    for (std::size_t i = 0; i < count && indicator == kNone; ++i)
        if (free(i) && all_indicators(dimensions[i], map)) indicator = i;
    // The one dimension left with several values is the indicator (its labels judged below).
    if (indicator == kNone) {
        std::size_t left = kNone, lefts = 0;
        for (std::size_t i = 0; i < count; ++i)
            if (free(i) && dimensions[i].labels.size() > 1) left = i, ++lefts;
        if (lefts == 1) indicator = left;
    }
    if (year == kNone) {
        diagnostics.error(
            cube.where,
            "no dimension of the table is the year (PX: TIMEVAL; JSON-stat: role "
            "time; or values such as '2021'): name it in the map's dimensions: year:",
            "không chiều nào của bảng là năm (PX: TIMEVAL; JSON-stat: role time; hoặc các giá trị "
            "như '2021'): hãy ghi tên chiều đó trong dimensions: year: của tệp ánh xạ");
        return {};
    }
    bool usable = true;
    for (std::size_t i = 0; i < count; ++i) {
        if (!free(i) || dimensions[i].labels.size() <= 1) continue;
        diagnostics.error(
            dimensions[i].where,
            "the dimension " + dimension_name(dimensions[i]) + " has " +
                std::to_string(dimensions[i].labels.size()) + " values ('" + dimensions[i].labels[0] +
                "', …) and is neither the year, the area nor the indicator: select one of its "
                "values when exporting, or name it in the map's dimensions: (area:, indicator:)",
            "chiều " + dimension_name(dimensions[i]) + " có " + std::to_string(dimensions[i].labels.size()) +
                " giá trị ('" + dimensions[i].labels[0] +
                "', …) và không phải là năm, địa bàn hay chỉ tiêu: hãy chọn một giá trị của chiều này khi "
                "xuất "
                "dữ liệu, hoặc ghi tên nó trong dimensions: (area:, indicator:) của tệp ánh xạ");
        usable = false;
    }
    if (!usable) return {};

    // Each dimension's value: its labels' indicators and areas, resolved once.
    std::vector<CubeYear> years;
    for (std::size_t v = 0; v < dimensions[year].labels.size(); ++v) {
        auto parsed = parse_cube_year(dimensions[year].labels[v]);
        if (!parsed) parsed = parse_cube_year(dimensions[year].codes[v]);
        if (!parsed) {
            diagnostics.error(
                dimensions[year].where,
                "the year dimension's value '" + dimensions[year].labels[v] + "' is not a year (1900-2100)",
                "giá trị '" + dimensions[year].labels[v] + "' của chiều năm không phải là năm (1900-2100)");
            return {};
        }
        years.push_back(*parsed);
    }
    std::vector<Indicator> indicators;
    if (indicator == kNone) {
        Indicator only = indicator_named(map, cube.title, cube.title);
        if (!only.known) {
            diagnostics.error(
                cube.where,
                "the table's indicator '" + cube.title +
                    "' is not in the map: add it under indicators: with this label",
                "chỉ tiêu '" + cube.title +
                    "' của bảng không có trong tệp ánh xạ: hãy thêm nó vào indicators: với nhãn này");
            return {};
        }
        indicators.push_back(only);
    } else {
        const CubeDimension& dimension = dimensions[indicator];
        for (std::size_t v = 0; v < dimension.labels.size(); ++v) {
            indicators.push_back(indicator_named(map, dimension.labels[v], dimension.codes[v]));
            if (indicators.back().unit.empty() && v < dimension.units.size())
                indicators.back().unit = dimension.units[v];
            if (!indicators.back().known)
                diagnostics.error(
                    dimension.where,
                    "the indicator '" + dimension.labels[v] + "' is " +
                        (map == nullptr ? "no indicator id: give a map (--map) that names it"
                                        : "not in the map: add it under indicators: with this label"),
                    "chỉ tiêu '" + dimension.labels[v] + "' " +
                        (map == nullptr
                             ? "không phải là mã chỉ tiêu: hãy dùng một tệp ánh xạ (--map) nêu tên nó"
                             : "không có trong tệp ánh xạ: hãy thêm nó vào indicators: với nhãn này"));
        }
        if (diagnostics.has_errors()) return {};
    }
    std::vector<std::string> areas;
    if (area != kNone)
        for (std::size_t v = 0; v < dimensions[area].labels.size(); ++v) {
            const std::optional<std::string> named =
                map != nullptr ? map->area_for(dimensions[area].labels[v]) : std::nullopt;
            areas.push_back(to_nfc(named ? *named : dimensions[area].labels[v]));
        }

    Dataset dataset;
    std::vector<std::string> statuses;
    std::vector<std::size_t> index(count, 0);  // the cell's value in each dimension
    for (std::size_t cell = 0; cell < cube.cells.size(); ++cell) {
        std::size_t rest = cell;
        for (std::size_t d = count; d-- > 0;) {
            index[d] = rest % dimensions[d].labels.size();
            rest /= dimensions[d].labels.size();
        }
        const CubeCell& value = cube.cells[cell];
        if (!value.value) continue;
        const Indicator& which = indicators[indicator == kNone ? 0 : index[indicator]];
        const CubeYear& when = years[index[year]];
        AreaData& into = dataset.area(area == kNone ? std::string() : areas[index[area]]);
        if (into.source.empty()) into.source = cube.source;
        Series& series = into.series[which.id];
        if (series.indicator.empty()) {
            series.indicator = which.id;
            series.unit = !which.unit.empty() ? which.unit : cube.unit;
            series.unit_where = series.where = cube.where;
        }
        Observation observation{*value.value * which.scale, value.where, Written::plain,
                                value.standing != Standing::normal ? value.standing : when.standing};
        const auto [it, inserted] = series.values.try_emplace(when.year, observation);
        if (!inserted)
            report_given_twice(diagnostics, YearlyFigure::value, which.id, into.name, when.year, value.where,
                               it->second.where);
        if (!value.status.empty())
            diagnostics.note(value.where,
                             "the value for " + which.id + " " + std::to_string(when.year) +
                                 " carries the status '" + value.status + "', kept as a plain value",
                             "giá trị " + which.id + " năm " + std::to_string(when.year) +
                                 " mang trạng thái '" + value.status + "', được giữ như một giá trị thường");
    }
    return dataset;
}

}  // namespace chitieu
