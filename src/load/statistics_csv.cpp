// Statistics CSV: which table a header describes, and the series table (long format).
#include "chitieu/load/statistics_csv.hpp"

#include <array>
#include <charconv>
#include <cstdint>
#include <optional>
#include <unordered_map>

#include "chitieu/model/rules.hpp"
#include "chitieu/util/parse_number.hpp"
#include "csv_reader.hpp"
#include "csv_table.hpp"
#include "nfc_cache.hpp"

namespace chitieu {

namespace {

using csv_table::ColumnSpec;
using csv_table::quick_number;
using csv_table::quick_year;
using csv_table::Row;

enum SeriesColumn { kArea, kIndicator, kYear, kValue, kUnit, kSource, kMeasure, kNote };

constexpr std::array<ColumnSpec, 8> kSeriesColumns = {{
    {"area", "REF_AREA", false},
    {"indicator", "INDICATOR", true},
    {"year", "TIME_PERIOD", true},
    {"value", "OBS_VALUE", true},
    {"unit", "UNIT_MEASURE", false},
    {"source", "", false},
    {"measure", "", false},  // level (default) or index: a yearly index, previous year = 100
    {"note", "", false},     // for people; not read
}};

// Whether the only columns before the value column are the area, the indicator and the year,
// whose cells in the rows the common way reads hold the series' own texts and four ASCII digits
// (SeriesTable::value_place). Not a unit, source or measure: each may be the series' text in
// one row and an ASCII "NA" of the same bytes in the next.
bool value_prefix_known(const std::vector<int>& columns) {
    for (int i = 0; i < columns[kValue]; ++i)
        if (columns[kArea] != i && columns[kIndicator] != i && columns[kYear] != i) return false;
    return true;
}

// A cell that differs from the text kept may be its other spelling (decomposed accents): the
// rare way, out of the common row's loop.
[[gnu::noinline]] bool spelt_as(csv_table::NfcCache& cache, std::string_view raw, const std::string& kept) {
    return cache.nfc(raw) == kept;
}
[[gnu::noinline]] std::string_view respelt(csv_table::NfcCache& cache, std::string_view raw) {
    return cache.nfc(raw);
}

class SeriesTable {
public:
    SeriesTable(const std::vector<int>& columns, const CsvReader& reader, const CsvOptions& options,
                Dataset& dataset, Diagnostics& diagnostics)
        : columns_(columns),
          options_(options),
          areas_(dataset),
          group_mark_(options.numbers == NumberConvention::dot ? '.' : ','),
          group_flag_(options.numbers == NumberConvention::decimal_comma ? Written::comma_group
                      : reader.delimiter() == ';'                        ? Written::dot_group_semicolon
                                                                         : Written::dot_group_csv),
          diagnostics_(diagnostics),
          dataset_(dataset),
          value_prefix_known_(value_prefix_known(columns)) {}

    // Streaming: each area goes to `sink` once the rows move on to the next one.
    void stream_to(const AreaCallback* sink) { sink_ = sink; }
    // Filtered: only the rows of the areas `keep` accepts.
    void keep_only(const AreaFilter* keep) { keep_ = keep; }
    void read_row(const Row& row);
    void finish();
    bool read_common_row(const Row& row);
    SourceLocation value_place(const Row& row);
    // Streaming: an area's rows came back after another area's; the reading stopped there.
    bool regrouped() const { return regrouped_; }

private:
    int column(SeriesColumn which) const { return columns_[which]; }
    Series& series(std::size_t area, std::string_view indicator, const Row& row);
    bool check_unit(const AreaData& area, Series& series, const Row& row);
    // The fourth character from the end rules out nearly every cell before the whole test.
    Written written(std::string_view text) const {
        return text.size() >= 5 && text[text.size() - 4] == group_mark_ &&
                       is_thousands_group_shape(text, group_mark_)
                   ? group_flag_
                   : Written::plain;
    }

    const std::vector<int>& columns_;
    const CsvOptions& options_;
    csv_table::AreaIndex areas_;
    // How a value cell written like a thousands group ("23.730") is marked for the unit-slip rule.
    const char group_mark_;
    const Written group_flag_;
    Diagnostics& diagnostics_;
    Series* last_series_ = nullptr;  // rows usually come grouped by indicator: try it first
    std::size_t last_area_ = 0;
    std::unordered_map<const Series*, SourceLocation> unit_where_;
    Dataset& dataset_;
    const bool value_prefix_known_;  // only the area, indicator and year columns before the value
    std::size_t counted_offset_ = std::string_view::npos;  // value_place's count, for the current series
    int counted_column_ = 0;
    const AreaCallback* sink_ = nullptr;
    const AreaFilter* keep_ = nullptr;
    // Names, units and sources are compared and kept in NFC: "Chiêm Hóa" typed with a combining
    // accent is the same area. A cell is normalised only when it differs from the row before's.
    csv_table::NfcCache area_names_, units_, sources_;
    std::size_t current_ = 0;  // streaming: the area being read
    bool regrouped_ = false;

    void hand_over(std::size_t area);
    bool follows_grouping(std::size_t area);
};

// The common row, nine in ten of a national export: the same area and indicator as the row
// before, a four-digit year after the series' last one, a plain number, a level (no measure, or
// `level`), the series' unit or none, the area's latest source or none. It changes what the general way
// would, without its lookups; any other row (a new area or series, a missing value, a year out of order or
// given twice, an index, a new unit or source) goes the general way, which checks and reports.
bool SeriesTable::read_common_row(const Row& row) {
    if (last_series_ == nullptr) return false;
    if (!row.missing(column(kMeasure)) && row.cell(column(kMeasure)) != "level") return false;
    // Each text as given first, and in NFC only when it differs: an NFC file never normalises here.
    if (!row.missing(column(kUnit))) {
        const std::string_view unit = row.cell(column(kUnit));
        if (last_series_->unit.empty() ||
            (unit != last_series_->unit && !spelt_as(units_, unit, last_series_->unit)))
            return false;
    }
    if (!row.missing(column(kSource))) {
        const std::string_view source = row.cell(column(kSource));
        if (!areas_.has_latest_source(last_area_, source) &&
            !areas_.has_latest_source(last_area_, respelt(sources_, source)))
            return false;
    }
    if (row.cell(column(kIndicator)) != last_series_->indicator) return false;
    const std::string_view area = row.cell(column(kArea));
    // Spelt as the area's NFC name: value_place may reuse its count. Another spelling of the same
    // name (decomposed accents) may have the same bytes before the value and not the same
    // characters: counted afresh.
    const bool as_named = area == areas_[last_area_].name;
    if (!as_named && !spelt_as(area_names_, area, areas_[last_area_].name)) return false;
    const std::optional<int> year = quick_year(row.cell(column(kYear)));
    if (!year) return false;
    const std::string_view text = row.cell(column(kValue));
    const std::optional<double> value = quick_number(text, options_.numbers);
    if (!value) return false;
    auto& values = last_series_->values;
    if (!values.empty() && values.rbegin()->first >= *year) return false;
    values.try_emplace(
        *year, Observation{*value, as_named ? value_place(row) : row.where(column(kValue)), written(text)});
    return true;
}

// The value cell's place. Counting its column (in characters, from the line's start, through the
// Vietnamese letters of the area's name) was a tenth of the reading; within a series it is the
// count of the row before whenever the cell starts at the same byte: the cells before it hold
// the same area and indicator as in that row and a year of ASCII digits (with spaces around, if
// any, also ASCII), so the same bytes are the same characters. A table with other columns before
// the value counts every time.
SourceLocation SeriesTable::value_place(const Row& row) {
    const int value = column(kValue);
    if (!value_prefix_known_ || !row.on_first_line(value)) return row.where(value);
    const std::size_t offset = row.byte_offset(value);
    if (offset != counted_offset_) {
        counted_offset_ = offset;
        counted_column_ = row.where(value).column;
    }
    return row.where_at(value, counted_column_);
}

void SeriesTable::read_row(const Row& row) {
    if (read_common_row(row)) return;  // the last series' area: one kept
    // The area of the row before, spelt as it is kept (most rows), needs no normalising.
    const std::string_view raw_area = row.cell(column(kArea));
    if (keep_ != nullptr && !(*keep_)(areas_.is_last(raw_area) ? raw_area : area_names_.nfc(raw_area)))
        return;
    // This row may set the series' unit or add a source: value_place counts afresh after it.
    counted_offset_ = std::string_view::npos;
    bool ok = true;
    const std::string_view indicator = row.cell(column(kIndicator));
    // Rows come grouped by indicator: a name equal to the last series' was checked already.
    const bool checked = last_series_ && last_series_->indicator == indicator;
    if (!checked && indicator.empty()) {
        diagnostics_.error(row.where(column(kIndicator)), "the indicator is missing; every row needs one");
        ok = false;
    } else if (!checked && !is_indicator_name(indicator)) {
        diagnostics_.error(row.where(column(kIndicator)), indicator_name_error(indicator));
        ok = false;
    }

    const std::string_view year_text = row.cell(column(kYear));
    std::optional<int> year = quick_year(year_text);
    if (!year) {
        const YearParse parsed = parse_year(year_text);
        year = parsed.value;
        if (year_text.empty()) {
            diagnostics_.error(row.where(column(kYear)),
                               "the year is missing; every row needs a year from 1900 to 2100");
            ok = false;
        } else if (!year) {
            diagnostics_.error(row.where(column(kYear)), "year " + parsed.error);
            ok = false;
        }
    }

    // An empty or NA value is a missing observation: the row still names its series.
    std::optional<double> value;
    Written how = Written::plain;
    if (!row.missing(column(kValue))) {
        const std::string_view text = row.cell(column(kValue));
        value = quick_number(text, options_.numbers);
        if (!value) {
            NumberParse number = parse_number(text, options_.numbers);
            if (!number.value) {
                diagnostics_.error(row.where(column(kValue)), "value " + number.error);
                ok = false;
            }
            value = number.value;
        }
        if (value) how = written(text);
    }
    // measure: level (or empty) puts the value among the levels, index among the yearly indices.
    bool is_index = false;
    if (!row.missing(column(kMeasure))) {
        const std::string_view measure = row.cell(column(kMeasure));
        is_index = measure == "index";
        if (!is_index && measure != "level") {
            diagnostics_.error(row.where(column(kMeasure)),
                               "measure '" + std::string(measure) +
                                   "' is neither level nor index; write level for a value, index for a "
                                   "yearly index (previous year = 100), or leave it empty");
            ok = false;
        }
    }
    if (!ok) return;

    // Areas whose names differ only by normalisation have one index: the grouping follows NFC.
    const std::size_t area_index =
        areas_.is_last(raw_area) ? areas_.last() : areas_.find_or_add(area_names_.nfc(raw_area));
    if (sink_ != nullptr && !follows_grouping(area_index)) return;
    AreaData& area = areas_[area_index];
    Series& target = series(area_index, indicator, row);
    if (!check_unit(area, target, row)) return;
    areas_.add_source(area_index, row.missing(column(kSource)) ? std::string_view()
                                                               : sources_.nfc(row.cell(column(kSource))));
    if (!value) return;

    auto& observations = is_index ? target.indices : target.values;
    const auto [it, added] =
        observations.try_emplace(*year, Observation{*value, row.where(column(kValue)), how});
    if (added) return;
    report_given_twice(diagnostics_, is_index ? YearlyFigure::index : YearlyFigure::value, target.indicator,
                       area.name, *year, row.where(column(kValue)), it->second.where);
}

// Streaming: a row of a new area hands the previous one over whole; a row of an area handed over
// already means the file is not grouped by area.
bool SeriesTable::follows_grouping(std::size_t area) {
    if (area == current_) return true;
    if (area < current_) {
        regrouped_ = true;
        return false;
    }
    hand_over(current_);
    current_ = area;
    return true;
}

void SeriesTable::hand_over(std::size_t area) {
    areas_.write_source(area);
    last_series_ = nullptr;
    counted_offset_ = std::string_view::npos;
    unit_where_.clear();
    (*sink_)(std::move(dataset_.areas[area]));
    dataset_.areas[area] = AreaData{};  // a stub keeps the count of areas for the size limit
}

void SeriesTable::finish() {
    if (sink_ == nullptr) {
        areas_.write_sources();
    } else if (!regrouped_ && !dataset_.areas.empty()) {
        hand_over(current_);
    }
}

Series& SeriesTable::series(std::size_t area, std::string_view indicator, const Row& row) {
    if (last_series_ && last_area_ == area && last_series_->indicator == indicator) return *last_series_;
    // The series before this one had as many years as this one will, most likely: room for them
    // at once spares the vector's growing steps (1, 2, 4, 8, 16 years) a million rows long.
    const std::size_t years = last_series_ ? last_series_->values.size() : 0;
    auto [it, added] = areas_[area].series.try_emplace(std::string(indicator));
    if (added) {
        it->second.indicator = it->first;
        it->second.where = row.where(column(kIndicator));
        it->second.values.reserve(years);
    }
    last_area_ = area;
    last_series_ = &it->second;  // std::map nodes do not move
    counted_offset_ = std::string_view::npos;
    return it->second;
}

// One unit per (area, indicator); a row without a unit agrees with any.
bool SeriesTable::check_unit(const AreaData& area, Series& series, const Row& row) {
    if (row.missing(column(kUnit))) return true;
    const std::string_view unit = units_.nfc(row.cell(column(kUnit)));
    if (series.unit.empty()) {
        series.unit = std::string(unit);
        unit_where_[&series] = row.where(column(kUnit));
        series.unit_where = unit_where_[&series];
        return true;
    }
    if (series.unit == unit) return true;
    report_unit_differs(diagnostics_, series.indicator, area.name, std::string(unit), series.unit,
                        row.where(column(kUnit)), unit_where_[&series]);
    return false;
}

// A header and nothing under it: an export cut short, most likely. Said at the file, so that the
// run's "no yearly data" has a name to go with it.
void warn_no_rows(const CsvReader& reader, const CsvRecord& header, Diagnostics& diagnostics) {
    diagnostics.warning(reader.where(header.line, 1),
                        "the table has a header and no rows: nothing is read from this file");
}

// Returns false when streaming found the file not grouped by area.
bool load_series_table(CsvReader& reader, const CsvRecord& header, const CsvOptions& options,
                       Dataset& dataset, Diagnostics& diagnostics, const AreaCallback* sink = nullptr,
                       const AreaFilter* keep = nullptr) {
    const auto columns = csv_table::map_columns(header, kSeriesColumns, "series table",
                                                options.ignore_extra_columns, reader, diagnostics);
    if (!columns) return true;
    SeriesTable table(*columns, reader, options, dataset, diagnostics);
    table.stream_to(sink);
    table.keep_only(keep);
    csv_table::ErrorLimit limit(reader.file(), diagnostics);
    CsvRecord record;
    csv_table::SizeLimit size(reader, dataset, diagnostics);
    bool any_row = false;
    const std::size_t said_before = diagnostics.items().size();
    while (!limit.reached() && reader.next(record)) {
        any_row = true;
        table.read_row(Row(record, reader));
        if (table.regrouped()) return false;
        if (!size.allows(record)) break;
    }
    table.finish();
    if (!any_row && diagnostics.items().size() == said_before) warn_no_rows(reader, header, diagnostics);
    return true;
}

// False (with the error, unless the reader gave one since `errors_before`) when the file has no
// header at all.
bool read_header(CsvReader& reader, CsvRecord& header, const std::string& file, Diagnostics& diagnostics,
                 std::size_t errors_before) {
    if (reader.next(header)) return true;
    if (diagnostics.error_count() == errors_before)
        diagnostics.error({file},
                          "the file is empty; a statistics CSV needs a header line, such as "
                          "area,indicator,year,value");
    return false;
}

std::string header_names(const CsvRecord& header) {
    std::string names;
    for (const CsvField& field : header.fields)
        names += (names.empty() ? "'" : ", '") + std::string(csv_table::trim(field.text)) + "'";
    return names;
}

}  // namespace

namespace {

// Whichever table the header names, read whole from `reader` into a data set.
Dataset load_table(CsvReader& reader, const std::string& file, const CsvOptions& options,
                   Diagnostics& diagnostics, std::size_t errors_before) {
    Dataset dataset;
    CsvRecord header;
    if (!read_header(reader, header, file, diagnostics, errors_before)) return dataset;
    switch (csv_table::table_kind(header)) {
        case csv_table::TableKind::series:
            load_series_table(reader, header, options, dataset, diagnostics);
            break;
        case csv_table::TableKind::zones: {
            const std::size_t before = diagnostics.items().size();
            csv_table::load_zone_table(reader, header, options, dataset, diagnostics);
            if (dataset.areas.empty() && diagnostics.items().size() == before)
                warn_no_rows(reader, header, diagnostics);
            break;
        }
        case csv_table::TableKind::unknown: {
            const std::string delimiter = reader.delimiter() == '\t'
                                              ? std::string("tabs")
                                              : std::string{'\'', reader.delimiter(), '\''};
            diagnostics.error(
                reader.where(header.line, 1),
                "cannot tell what this table holds: a series table needs the columns indicator, "
                "year and value (SDMX: INDICATOR, TIME_PERIOD, OBS_VALUE), a zones table needs "
                "name and kind; this header, split at " +
                    delimiter + ", has " + header_names(header));
            break;
        }
    }
    return dataset;
}

}  // namespace

Dataset load_statistics_csv(std::string_view text, const std::string& file, const CsvOptions& options,
                            Diagnostics& diagnostics) {
    const std::size_t errors_before = diagnostics.error_count();
    CsvReader reader(text, file, diagnostics, options.delimiter);
    reader.use_fast_rows(options.fast_rows);
    return load_table(reader, file, options, diagnostics, errors_before);
}

Dataset load_statistics_csv(InputStream& input, const std::string& file, const CsvOptions& options,
                            Diagnostics& diagnostics) {
    const std::size_t errors_before = diagnostics.error_count();
    CsvReader reader(input, file, diagnostics, options.delimiter);
    reader.use_fast_rows(options.fast_rows);
    return load_table(reader, file, options, diagnostics, errors_before);
}

std::optional<Dataset> load_series_csv(InputStream& input, const std::string& file, const CsvOptions& options,
                                       const AreaFilter& keep, Diagnostics& diagnostics) {
    const std::size_t errors_before = diagnostics.error_count();
    CsvReader reader(input, file, diagnostics, options.delimiter);
    reader.use_fast_rows(options.fast_rows);
    Dataset dataset;
    CsvRecord header;
    if (!read_header(reader, header, file, diagnostics, errors_before)) return dataset;
    if (csv_table::table_kind(header) != csv_table::TableKind::series) return std::nullopt;
    load_series_table(reader, header, options, dataset, diagnostics, nullptr, &keep);
    return dataset;
}

StreamOutcome stream_statistics_csv(InputStream& input, const std::string& file, const CsvOptions& options,
                                    Diagnostics& diagnostics, const AreaCallback& sink) {
    const std::size_t errors_before = diagnostics.error_count();
    CsvReader reader(input, file, diagnostics, options.delimiter);
    reader.use_fast_rows(options.fast_rows);
    CsvRecord header;
    if (!read_header(reader, header, file, diagnostics, errors_before)) return StreamOutcome::streamed;
    if (csv_table::table_kind(header) != csv_table::TableKind::series) return StreamOutcome::not_series;
    Dataset dataset;
    return load_series_table(reader, header, options, dataset, diagnostics, &sink)
               ? StreamOutcome::streamed
               : StreamOutcome::not_grouped;
}

}  // namespace chitieu
