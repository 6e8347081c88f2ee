// Statistics YAML -> Dataset with one area. Every problem becomes a located diagnostic; a bad
// value or entry is skipped and reading goes on, so one run lists all the problems of a file.
#include "chitieu/load/statistics_yaml.hpp"

#include <algorithm>

#include "chitieu/util/parse_number.hpp"
#include "yaml_support.hpp"

namespace chitieu {

namespace {

using yaml_support::Field;
using yaml_support::Mapping;
using yaml_support::YamlFile;

constexpr std::string_view kTopKeys[] = {"area", "source", "series", "zones"};
constexpr std::string_view kSeriesKeys[] = {"unit", "values", "indices"};
constexpr std::string_view kZoneKeys[] = {"name",     "kind", "district",    "established",
                                          "expanded", "year", "leasable_ha", "leased_ha"};
constexpr std::string_view kZoneKinds[] = {"park", "cluster"};

bool is_blank(const std::string& text) {
    return text.find_first_not_of(" \t") == std::string::npos;
}

// values: {2020: 14386.6, 2021: null}. A null value is a missing year, not stored.
// indices: {2021: 116.8} (previous year = 100) take the same shape.
void read_values(YamlFile& file, const Field& values, YearMap<Observation>& into) {
    if (values.value.IsNull()) return;
    if (!values.value.IsMap()) {
        if (values.key == "indices")
            file.error(where(file, values),
                       "indices must be a map from year to index (previous year = 100), like {2021: 116.8, "
                       "2022: 116.6}; found " +
                           yaml_support::describe(values.value),
                       "indices phải là một map từ năm đến chỉ số (năm trước = 100), như {2021: 116.8, "
                       "2022: 116.6}; ở đây là " +
                           yaml_support::describe_vi(values.value));
        else
            file.error(where(file, values),
                       "values must be a map from year to number, like {2020: 14386.6, "
                       "2021: 16143}; found " +
                           yaml_support::describe(values.value),
                       "values phải là một map từ năm đến số, như {2020: 14386.6, 2021: 16143}; ở đây là " +
                           yaml_support::describe_vi(values.value));
        return;
    }
    const Mapping years(file, values.value, {}, "");
    for (const Field& entry : years.fields()) {
        const std::optional<int> year =
            read_year(file, entry.key_node, file.at(entry.key_node), "year", "năm");
        if (entry.value.IsNull()) continue;
        const bool index = values.key == "indices";
        const std::string label = (index ? "index for " : "value for ") + entry.key;
        const std::string label_vi = (index ? "chỉ số năm " : "giá trị năm ") + entry.key;
        if (!entry.value.IsScalar()) {
            file.error(where(file, entry),
                       label + " must be a number, found " + yaml_support::describe(entry.value),
                       label_vi + " phải là một số; ở đây là " + yaml_support::describe_vi(entry.value));
            continue;
        }
        const NumberParse number = parse_number(entry.value.Scalar());
        if (!number.value) {
            // .nan is how some exports spell "missing": number_error says what to write instead.
            const LocalText problem = yaml_support::number_error(entry.value.Scalar(), number, true);
            file.error(file.at(entry.value), label + " " + problem.en, label_vi + " " + problem.vi);
            continue;
        }
        // "23.730" reads as 23.73; the unit-slip rule (model/rules.hpp) asks whether 23730 was meant.
        const Written written =
            is_thousands_group_shape(entry.value.Scalar(), '.') ? Written::dot_group : Written::plain;
        if (year) into[*year] = Observation{*number.value, file.at(entry.value), written};
    }
}

void read_series(YamlFile& file, const Field& entry, AreaData& area) {
    const bool named = is_indicator_name(entry.key);
    if (!named)
        file.error(entry.key_node, indicator_name_error(entry.key), indicator_name_error_vi(entry.key));
    Series series;
    series.indicator = entry.key;
    series.where = file.at(entry.key_node);
    const YAML::Node& body = entry.value;
    if (!body.IsMap()) {
        file.error(where(file, entry),
                   "series '" + entry.key +
                       "' must be a map with `values:` (and optionally "
                       "`unit:`); found " +
                       yaml_support::describe(body),
                   "chuỗi số liệu '" + entry.key +
                       "' phải là một map có `values:` (và `unit:` nếu cần); ở đây là " +
                       yaml_support::describe_vi(body));
        return;
    }
    const Mapping fields(file, body, {}, "");
    bool misplaced = false;  // a key reported below is likely the missing `values:`
    for (const Field& field : fields.fields()) {
        misplaced = misplaced || (field.key != "unit" && field.key != "values" && field.key != "indices");
        if (field.key == "unit") {
            series.unit = read_text(file, field).value_or("");
            series.unit_where = where(file, field);
        } else if (field.key == "values") {
            read_values(file, field, series.values);
        } else if (field.key == "indices") {
            read_values(file, field, series.indices);
        } else if (parse_year(field.key).value) {
            file.error(field.key_node,
                       "'" + field.key +
                           "' is a year, not a key of a series; put yearly values "
                           "under `values:`, as in values: {" +
                           field.key + ": 14386.6}",
                       "'" + field.key +
                           "' là một năm, không phải khóa của chuỗi số liệu; hãy đặt các giá trị hằng năm "
                           "dưới `values:`, như values: {" +
                           field.key + ": 14386.6}");
        } else {
            report_unknown_key(file, field.key_node, field.key, kSeriesKeys, "in a series",
                               "trong một chuỗi số liệu");
        }
    }
    // Required, as in the schema: a series without it is most likely a misplaced block.
    if (!fields.find("values") && !misplaced)
        file.error(
            entry.key_node,
            "series '" + entry.key +
                "' needs `values:`, like values: {2020: 14386.6} (or values: {} "
                "when there are none yet)",
            "chuỗi số liệu '" + entry.key +
                "' cần `values:`, như values: {2020: 14386.6} (hoặc values: {} khi chưa có giá trị nào)");
    if (named) area.series.emplace(series.indicator, std::move(series));
}

void read_series_map(YamlFile& file, const Field& field, AreaData& area) {
    if (field.value.IsNull()) return;
    if (!field.value.IsMap()) {
        file.error(where(file, field),
                   "series must be a map from indicator name to series, like "
                   "industrial_output: {values: {2020: 14386.6}}; found " +
                       yaml_support::describe(field.value),
                   "series phải là một map từ tên chỉ tiêu đến chuỗi số liệu, như "
                   "industrial_output: {values: {2020: 14386.6}}; ở đây là " +
                       yaml_support::describe_vi(field.value));
        return;
    }
    const Mapping indicators(file, field.value, {}, "");
    for (const Field& entry : indicators.fields()) read_series(file, entry, area);
}

// Land figures must be consistent and dated; a figure that breaks a rule is dropped so that the
// model's promises (leased <= leasable, figures come with a year) hold for what is returned.
void check_land(YamlFile& file, const Mapping& fields, Zone& zone) {
    const Field* leasable = fields.find("leasable_ha");
    const Field* leased = fields.find("leased_ha");
    if (zone.leasable_ha && zone.leased_ha &&
        !check_leased_within_leasable(zone, where(file, *leased), leased->value.Scalar(),
                                      leasable->value.Scalar(), file.diagnostics())) {
        zone.leasable_ha.reset();
        zone.leased_ha.reset();
    }
    const Field* year = fields.find("year");
    const bool dated = year && !year->value.IsNull();
    // An invalid year was reported as such: the figures have a year, only not a readable one.
    if ((zone.leasable_ha || zone.leased_ha) && !dated &&
        !check_land_dated(zone, where(file, zone.leasable_ha ? *leasable : *leased), file.diagnostics())) {
        zone.leasable_ha.reset();
        zone.leased_ha.reset();
    }
}

std::optional<double> read_area_ha(YamlFile& file, const Field* field) {
    if (!field) return std::nullopt;
    std::optional<double> hectares = read_number(file, *field);
    if (hectares && *hectares < 0) {
        file.error(
            where(file, *field),
            field->key + " (" + field->value.Scalar() + ") is negative; land areas are 0 or more hectares",
            field->key + " (" + field->value.Scalar() + ") là số âm; diện tích đất phải từ 0 ha trở lên");
        hectares.reset();
    }
    return hectares;
}

// One list item of `zones:`; nullopt when it has no usable name or kind.
std::optional<Zone> read_zone(YamlFile& file, const YAML::Node& item) {
    if (!item.IsMap()) {
        file.error(
            item,
            "each zone is a map with `name:`, `kind:` and its figures; found " + yaml_support::describe(item),
            "mỗi khu, cụm là một map có `name:`, `kind:` và các số liệu của nó; ở đây là " +
                yaml_support::describe_vi(item));
        return std::nullopt;
    }
    const Mapping fields(file, item, kZoneKeys, "in a zone", "trong một khu, cụm");
    Zone zone;
    zone.where = file.at(item);
    bool usable = true;

    const Field* name = fields.find("name");
    if (!name || name->value.IsNull() || (name->value.IsScalar() && is_blank(name->value.Scalar()))) {
        file.error(name ? where(file, *name) : zone.where, "a zone needs a name; give `name:`",
                   "khu, cụm cần có tên; hãy ghi `name:`");
        usable = false;
    } else if (std::optional<std::string> text = read_text(file, *name)) {
        zone.name = *text;
    } else {
        usable = false;
    }
    const std::string label = zone.name.empty() ? std::string("a zone") : "zone '" + zone.name + "'";
    const std::string label_vi = zone.name.empty() ? std::string("khu, cụm") : "khu, cụm '" + zone.name + "'";

    const Field* kind = fields.find("kind");
    if (!kind || kind->value.IsNull()) {
        file.error(kind ? where(file, *kind) : zone.where, label + " needs `kind:` (park or cluster)",
                   label_vi + " cần `kind:` (park hoặc cluster)");
        usable = false;
    } else if (auto index = read_choice(file, *kind, kZoneKinds, "a zone kind", "loại khu, cụm")) {
        zone.kind = *index == 0 ? ZoneKind::park : ZoneKind::cluster;
    } else {
        usable = false;
    }

    if (const Field* district = fields.find("district"))
        zone.district = read_text(file, *district).value_or("");
    if (const Field* field = fields.find("established")) zone.established = read_year(file, *field);
    if (const Field* field = fields.find("expanded")) zone.expanded = read_year(file, *field);
    if (const Field* field = fields.find("year")) zone.year = read_year(file, *field);
    zone.leasable_ha = read_area_ha(file, fields.find("leasable_ha"));
    zone.leased_ha = read_area_ha(file, fields.find("leased_ha"));
    check_land(file, fields, zone);

    // `year` (the snapshot) may precede `established`: figures for a zone still being set up.
    if (zone.expanded &&
        !check_expanded_after_established(zone, where(file, *fields.find("expanded")), file.diagnostics()))
        zone.expanded.reset();
    if (!usable) return std::nullopt;
    return zone;
}

void read_zones(YamlFile& file, const Field& field, AreaData& area) {
    if (field.value.IsNull()) return;
    if (!field.value.IsSequence()) {
        file.error(where(file, field),
                   "zones must be a list, one `- name: ...` item per zone; found " +
                       yaml_support::describe(field.value),
                   "zones phải là một danh sách, mỗi khu, cụm một mục `- name: ...`; ở đây là " +
                       yaml_support::describe_vi(field.value));
        return;
    }
    for (const YAML::Node& item : field.value) {
        std::optional<Zone> zone = read_zone(file, item);
        if (!zone) continue;
        const auto same = std::find_if(area.zones.begin(), area.zones.end(), [&zone](const Zone& other) {
            return same_zone_snapshot(other, *zone);
        });
        if (same != area.zones.end()) {
            report_zone_twice(file.diagnostics(), *zone, area.name, same->where);
            continue;
        }
        area.zones.push_back(std::move(*zone));
    }
}

void read_document(YamlFile& file, const YAML::Node& root, Dataset& dataset) {
    const std::optional<SourceLocation> content = file.first_content();
    if (root.IsNull() && !content) {
        file.error({file.file()}, "the file is empty; a statistics file needs at least `series:` or `zones:`",
                   "tệp trống; tệp số liệu thống kê cần ít nhất `series:` hoặc `zones:`");
        return;
    }
    if (!root.IsMap()) {  // a null root with content: text yaml-cpp reads as nothing, like a stray ','
        file.error(
            root.IsNull() ? *content : file.at(root),
            "a statistics file is a map with `series:` and/or `zones:` at the top; found " +
                yaml_support::describe(root),
            "tệp số liệu thống kê là một map có `series:` và/hoặc `zones:` ở cấp trên cùng; ở đây là " +
                yaml_support::describe_vi(root));
        return;
    }
    const Mapping top(file, root, kTopKeys, "at the top of a statistics file",
                      "ở cấp trên cùng của tệp số liệu thống kê");
    dataset.areas.emplace_back();
    AreaData& area = dataset.areas.back();
    if (const Field* field = top.find("area")) area.name = read_text(file, *field).value_or("");
    if (const Field* field = top.find("source")) area.source = read_text(file, *field).value_or("");
    const Field* series = top.find("series");
    const Field* zones = top.find("zones");
    if (!series && !zones)
        file.error(root, "a statistics file needs at least `series:` or `zones:`; neither is here",
                   "tệp số liệu thống kê cần ít nhất `series:` hoặc `zones:`; ở đây không có cả hai");
    if (series) read_series_map(file, *series, area);
    if (zones) read_zones(file, *zones, area);
}

}  // namespace

Dataset load_statistics_yaml(std::string_view text, const std::string& file, Diagnostics& diagnostics) {
    Dataset dataset;
    YamlFile yaml(text, file, diagnostics);
    yaml.read([&](const YAML::Node& root) { read_document(yaml, root, dataset); });
    return dataset;
}

}  // namespace chitieu
