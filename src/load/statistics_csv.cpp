// Statistics CSV: which table a header describes, and the series table (long format).
#include "chitieu/load/statistics_csv.hpp"

#include <algorithm>
#include <array>
#include <charconv>
#include <cmath>
#include <cstdint>
#include <optional>
#include <unordered_map>

#include "chitieu/load/cell_grid.hpp"
#include "chitieu/model/rules.hpp"
#include "chitieu/util/parse_number.hpp"
#include "csv_grid.hpp"
#include "csv_reader.hpp"
#include "csv_table.hpp"
#include "nfc_cache.hpp"
#include "zone_board.hpp"

namespace chitieu {

namespace {

using csv_table::ColumnSpec;
using csv_table::quick_number;
using csv_table::quick_year;
using csv_table::Row;

enum SeriesColumn {
    kArea,
    kIndicator,
    kYear,
    kValue,
    kUnit,
    kSource,
    kMeasure,
    kNote,
    kFreq,
    kAction,
    kUnitMult,
    kObsStatus,
    kFirstIgnored,  // SDMX-CSV columns accepted and not read, from here on
};

// SDMX-CSV as agencies publish it (1.0: DATAFLOW first; 2.0: STRUCTURE, STRUCTURE_ID, ACTION)
// has columns of its own besides the synonyms. Those that change what a value means are read:
// FREQ (annual only), ACTION (D refused), UNIT_MULT (applied), OBS_STATUS (P/E kept as flags).
// The rest name the data flow or describe the figure for people, and are accepted unread (the
// README lists them). None is offered in the plain format's list of known columns.
constexpr std::array<ColumnSpec, 21> kSeriesColumns = {{
    {"area", "REF_AREA", false},
    {"indicator", "INDICATOR", true},
    {"year", "TIME_PERIOD", true},
    {"value", "OBS_VALUE", true},
    {"unit", "UNIT_MEASURE", false},
    {"source", "", false},
    {"measure", "", false},  // level (default) or index: a yearly index, previous year = 100
    {"note", "", false},     // for people; not read
    {"FREQ", "", false, false},
    {"ACTION", "", false, false},
    {"UNIT_MULT", "", false, false},
    {"OBS_STATUS", "", false, false},
    {"DATAFLOW", "", false, false},
    {"STRUCTURE", "", false, false},
    {"STRUCTURE_ID", "", false, false},
    {"STRUCTURE_NAME", "", false, false},
    {"DECIMALS", "", false, false},
    {"OBS_CONF", "", false, false},
    {"OBS_COMMENT", "", false, false},
    {"COMMENT", "", false, false},
    {"TIME_FORMAT", "", false, false},
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

bool has_sdmx_attributes(const std::vector<int>& columns) {
    return columns[kFreq] != csv_table::kAbsent || columns[kAction] != csv_table::kAbsent ||
           columns[kUnitMult] != csv_table::kAbsent || columns[kObsStatus] != csv_table::kAbsent;
}

std::string quoted(std::string_view text) {
    return "'" + std::string(text) + "'";
}

// SDMX's code lists (CL_FREQ, CL_OBS_STATUS), for the messages: the codes users meet most.
std::string_view frequency_word(std::string_view code, bool vi) {
    if (code == "Q") return vi ? " (theo quý)" : " (quarterly)";
    if (code == "M") return vi ? " (theo tháng)" : " (monthly)";
    if (code == "S") return vi ? " (nửa năm)" : " (half-yearly)";
    if (code == "W") return vi ? " (theo tuần)" : " (weekly)";
    if (code == "D") return vi ? " (theo ngày)" : " (daily)";
    return "";
}
std::string_view status_word(std::string_view code, bool vi) {
    if (code == "F") return vi ? " (dự báo)" : " (forecast)";
    if (code == "B") return vi ? " (chuỗi bị gián đoạn)" : " (break in series)";
    if (code == "I") return vi ? " (ước bổ sung)" : " (imputed)";
    if (code == "U") return vi ? " (độ tin cậy thấp)" : " (low reliability)";
    if (code == "M" || code == "L" || code == "O" || code == "Q") return vi ? " (thiếu)" : " (missing)";
    return "";
}

// UNIT_MULT: a whole exponent of ten. 15 either way is more than any agency publishes and keeps
// a finite value finite but for the largest doubles (checked after scaling).
constexpr int kMaxUnitMult = 15;
std::optional<int> parse_unit_mult(std::string_view text) {
    int exponent = 0;
    const char* const end = text.data() + text.size();
    const char* start = text.data();
    if (start != end && *start == '+') ++start;
    const auto [stop, ec] = std::from_chars(start, end, exponent);
    if (start == end || ec != std::errc() || stop != end || exponent < -kMaxUnitMult ||
        exponent > kMaxUnitMult)
        return std::nullopt;
    return exponent;
}

// value × 10^exponent; a negative exponent divides, which is exact where 10^-n is not.
double apply_unit_mult(double value, int exponent) {
    double power = 1.0;
    for (int i = 0; i < (exponent < 0 ? -exponent : exponent); ++i) power *= 10.0;
    return exponent < 0 ? value / power : value * power;
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
          keys_(options, {"area or indicator", "địa bàn hoặc chỉ tiêu"}, diagnostics),
          dataset_(dataset),
          value_prefix_known_(value_prefix_known(columns)),
          sdmx_attributes_(has_sdmx_attributes(columns)) {}

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
    bool read_kind(const Row& row);
    bool read_unit_mult(const Row& row, int& exponent);
    bool read_standing(const Row& row, Standing& standing);
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
    // Blank area and indicator cells; under --fill-down, the keys of the row above (when that
    // row went the common way, the last series' keys, copied only when a row needs them).
    csv_table::KeyFill keys_;
    std::string above_area_, above_indicator_;
    bool above_common_ = false;
    Series* last_series_ = nullptr;  // rows usually come grouped by indicator: try it first
    std::size_t last_area_ = 0;
    std::unordered_map<const Series*, SourceLocation> unit_where_;
    Dataset& dataset_;
    const bool value_prefix_known_;  // only the area, indicator and year columns before the value
    // FREQ, ACTION, UNIT_MULT or OBS_STATUS: every row goes the general way, which reads them.
    const bool sdmx_attributes_;
    bool scaling_noted_ = false;                           // UNIT_MULT applied: said once per file
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
    if (last_series_ == nullptr || sdmx_attributes_) return false;
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
    if (read_common_row(row)) {  // the last series' area: one kept
        above_common_ = true;
        return;
    }
    if (above_common_) {  // the row above went the common way: its keys are the last series'
        above_common_ = false;
        if (keys_.fill_down()) {
            above_area_ = areas_[last_area_].name;
            above_indicator_ = last_series_->indicator;
        }
    }
    // A row of delimiters only is a blank row: skipped, as an empty line is (the rare way only:
    // the common row has its keys).
    if (row.all_empty()) return;
    // The area of the row before, spelt as it is kept (most rows), needs no normalising.
    const std::string_view raw_area = keys_.read(row, column(kArea), csv_table::kAreaWords, above_area_);
    const std::string_view indicator =
        keys_.read(row, column(kIndicator), csv_table::kIndicatorWords, above_indicator_);
    // Before the area filter, so that every reading of the file reports it (ungrouped_source).
    if (raw_area.empty() && column(kArea) != csv_table::kAbsent) {
        keys_.blank_key(row, column(kArea), csv_table::kAreaWords);
        return;
    }
    if (keep_ != nullptr && !(*keep_)(areas_.is_last(raw_area) ? raw_area : area_names_.nfc(raw_area)))
        return;
    // This row may set the series' unit or add a source: value_place counts afresh after it.
    counted_offset_ = std::string_view::npos;
    bool ok = true;
    // Rows come grouped by indicator: a name equal to the last series' was checked already.
    const bool checked = last_series_ && last_series_->indicator == indicator;
    if (!checked && indicator.empty()) {
        keys_.blank_key(row, column(kIndicator), csv_table::kIndicatorWords);
        ok = false;
    } else if (!checked && !is_indicator_name(indicator)) {
        diagnostics_.error(row.where(column(kIndicator)), indicator_name_error(indicator),
                           indicator_name_error_vi(indicator));
        ok = false;
    }
    // A quarterly row or a deletion is said alone: its period or value would only add noise.
    if (sdmx_attributes_ && !read_kind(row)) return;

    const std::string_view year_text = row.cell(column(kYear));
    std::optional<int> year = quick_year(year_text);
    if (!year) {
        const YearParse parsed = parse_year(year_text);
        year = parsed.value;
        if (year_text.empty()) {
            diagnostics_.error(row.where(column(kYear)),
                               "the year is missing; every row needs a year from 1900 to 2100",
                               "thiếu năm; mỗi dòng cần một năm từ 1900 đến 2100");
            ok = false;
        } else if (!year) {
            diagnostics_.error(row.where(column(kYear)), "year " + parsed.error, "năm " + parsed.error_vi);
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
                diagnostics_.error(row.where(column(kValue)), "value " + number.error,
                                   "giá trị " + number.error_vi);
                ok = false;
            }
            value = number.value;
        }
        if (value) how = written(text);
    }
    int exponent = 0;
    Standing standing = Standing::normal;
    if (sdmx_attributes_) {
        ok = read_unit_mult(row, exponent) && ok;
        if (value) ok = read_standing(row, standing) && ok;
    }
    if (value && exponent != 0) {
        // The value means OBS_VALUE × 10^UNIT_MULT; the cell's digits no longer say how it was
        // meant to be written, so the unit-slip rule does not read them.
        const double scaled = apply_unit_mult(*value, exponent);
        if (!std::isfinite(scaled)) {
            const std::string scaled_text =
                std::string(row.cell(column(kValue))) + " × 10^" + std::to_string(exponent);
            diagnostics_.error(
                row.where(column(kValue)), "value " + scaled_text + " (its UNIT_MULT) is too large to read",
                "giá trị " + scaled_text + " (theo UNIT_MULT của dòng) quá lớn, không đọc được");
            ok = false;
        }
        value = scaled;
        how = Written::plain;
        if (!scaling_noted_ && ok) {
            diagnostics_.note(
                row.where(column(kUnitMult)),
                "UNIT_MULT is applied as this file is read: each value is OBS_VALUE × 10 to the "
                "power of its row's UNIT_MULT (here " +
                    std::string(row.cell(column(kValue))) + " × 10^" + std::to_string(exponent) + ")",
                "UNIT_MULT được áp dụng khi đọc tệp này: mỗi giá trị là OBS_VALUE × 10 mũ UNIT_MULT của "
                "dòng đó (ở đây " +
                    std::string(row.cell(column(kValue))) + " × 10^" + std::to_string(exponent) + ")");
            scaling_noted_ = true;
        }
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
                                   "yearly index (previous year = 100), or leave it empty",
                               csv_table::measure_error_vi(measure));
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
        observations.try_emplace(*year, Observation{*value, row.where(column(kValue)), how, standing});
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

// FREQ and ACTION: whether the row is an annual observation to read. chitieu judges yearly
// figures of a whole data set; a quarterly row, or an update's deletion, is refused.
bool SeriesTable::read_kind(const Row& row) {
    bool ok = true;
    if (!row.missing(column(kFreq))) {
        const std::string_view freq = row.cell(column(kFreq));
        if (freq != "A") {
            diagnostics_.error(row.where(column(kFreq)),
                               "FREQ " + quoted(freq) + std::string(frequency_word(freq, false)) +
                                   " is not annual: chitieu judges yearly figures only; keep the rows with "
                                   "FREQ A, or export the annual series",
                               "FREQ " + quoted(freq) + std::string(frequency_word(freq, true)) +
                                   " không phải theo năm: chitieu chỉ đánh giá số liệu năm; hãy giữ các dòng "
                                   "FREQ A, hoặc xuất chuỗi số liệu năm");
            ok = false;
        }
    }
    if (!row.missing(column(kAction))) {
        const std::string_view action = row.cell(column(kAction));
        if (action == "D") {
            diagnostics_.error(row.where(column(kAction)),
                               "ACTION 'D' deletes this observation from a data set kept elsewhere: chitieu "
                               "reads whole data sets, not updates to them; apply the deletion to your copy, "
                               "or export the whole data set again",
                               "ACTION 'D' xóa quan sát này khỏi một bộ dữ liệu lưu ở nơi khác: chitieu đọc "
                               "toàn bộ bộ dữ liệu, không đọc bản cập nhật; hãy áp dụng việc xóa vào bản của "
                               "bạn, hoặc xuất lại toàn bộ bộ dữ liệu");
            ok = false;
        } else if (action != "I" && action != "R" && action != "M") {
            diagnostics_.error(row.where(column(kAction)),
                               "ACTION " + quoted(action) +
                                   " is not an SDMX-CSV action: I, R and M (information, replace, merge) are "
                                   "read as they are, D (delete) is refused",
                               "ACTION " + quoted(action) +
                                   " không phải thao tác SDMX-CSV: I, R và M (thông tin, thay thế, gộp) được "
                                   "đọc như vậy, D (xóa) bị từ chối");
            ok = false;
        }
    }
    return ok;
}

bool SeriesTable::read_unit_mult(const Row& row, int& exponent) {
    if (row.missing(column(kUnitMult))) return true;
    const std::string_view text = row.cell(column(kUnitMult));
    const std::optional<int> parsed = parse_unit_mult(text);
    if (!parsed) {
        diagnostics_.error(row.where(column(kUnitMult)),
                           "UNIT_MULT " + quoted(text) + " is not a power of ten from -" +
                               std::to_string(kMaxUnitMult) + " to " + std::to_string(kMaxUnitMult) +
                               ": write the exponent as a whole number (3: the value is in thousands)",
                           "UNIT_MULT " + quoted(text) + " không phải lũy thừa của 10 từ -" +
                               std::to_string(kMaxUnitMult) + " đến " + std::to_string(kMaxUnitMult) +
                               ": hãy ghi số mũ là số nguyên (3: giá trị tính theo nghìn)");
        return false;
    }
    exponent = *parsed;
    return true;
}

// OBS_STATUS of a value given: A (or none) normal, P and E kept as flags, anything else refused,
// since a forecast or an imputed figure is not an observation to judge a target on.
bool SeriesTable::read_standing(const Row& row, Standing& standing) {
    if (row.missing(column(kObsStatus))) return true;
    const std::string_view status = row.cell(column(kObsStatus));
    if (status == "A") return true;
    if (status == "P" || status == "E") {
        standing = status == "P" ? Standing::preliminary : Standing::estimated;
        return true;
    }
    diagnostics_.error(
        row.where(column(kObsStatus)),
        "OBS_STATUS " + quoted(status) + std::string(status_word(status, false)) +
            " is not read: chitieu judges targets on A (normal), P (provisional) and E "
            "(estimated) values; drop the row, or leave the status empty if the value is final",
        "OBS_STATUS " + quoted(status) + std::string(status_word(status, true)) +
            " không được đọc: chitieu đánh giá chỉ tiêu trên giá trị A (bình thường), P (sơ bộ) và E "
            "(ước tính); hãy bỏ dòng này, hoặc để trống trạng thái nếu giá trị là chính thức");
    return false;
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
                        "the table has a header and no rows: nothing is read from this file",
                        "bảng có dòng tiêu đề nhưng không có dòng số liệu nào: không đọc được gì từ tệp này");
}

// Returns false when streaming found the file not grouped by area.
bool load_series_table(CsvReader& reader, const CsvRecord& header, const CsvOptions& options,
                       Dataset& dataset, Diagnostics& diagnostics, const AreaCallback* sink = nullptr,
                       const AreaFilter* keep = nullptr) {
    const auto columns =
        csv_table::map_columns(header, kSeriesColumns, {"series table", "bảng chuỗi số liệu"},
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

constexpr const char* kEmptyFileVi =
    "tệp rỗng; tệp CSV số liệu cần một dòng tiêu đề, ví dụ area,indicator,year,value";

// False (with the error, unless the reader gave one since `errors_before`) when the file has no
// header at all.
bool read_header(CsvReader& reader, CsvRecord& header, const std::string& file, Diagnostics& diagnostics,
                 std::size_t errors_before) {
    if (reader.next(header)) return true;
    if (diagnostics.error_count() == errors_before)
        diagnostics.error({file},
                          "the file is empty; a statistics CSV needs a header line, such as "
                          "area,indicator,year,value",
                          kEmptyFileVi);
    return false;
}

std::string header_names(const CsvRecord& header) {
    std::string names;
    for (const CsvField& field : header.fields)
        names += (names.empty() ? "'" : ", '") + std::string(csv_table::trim(field.text)) + "'";
    return names;
}

std::string unknown_table(const CsvReader& reader, const CsvRecord& header) {
    const std::string delimiter =
        reader.delimiter() == '\t' ? std::string("tabs") : std::string{'\'', reader.delimiter(), '\''};
    return "cannot tell what this table holds: a series table needs the columns indicator, year and value "
           "(SDMX: INDICATOR, TIME_PERIOD, OBS_VALUE), a zones table needs name and kind; this header, "
           "split at " +
           delimiter + ", has " + header_names(header);
}
std::string unknown_table_vi(const CsvReader& reader, const CsvRecord& header) {
    const std::string delimiter =
        reader.delimiter() == '\t' ? std::string("dấu tab") : std::string{'\'', reader.delimiter(), '\''};
    return "không xác định được bảng này chứa gì: bảng chuỗi số liệu cần các cột indicator, year và value "
           "(SDMX: INDICATOR, TIME_PERIOD, OBS_VALUE), bảng khu, cụm công nghiệp cần name và kind; dòng tiêu "
           "đề này, tách theo " +
           delimiter + ", có " + header_names(header);
}

// A list saved from a spreadsheet may have its title above the header: "DANH SÁCH KHU CÔNG
// NGHIỆP…", "(Số liệu đến 31/12/2024)". Up to kMaxTitleLines lines with at most two cells of text
// before a header chitieu knows are skipped; the date they give as "đến" (as of) is the list's year.
struct TitleLines {
    int count = 0;
    int first_line = 0;
    std::optional<int> year;
    std::string unknown_message;  // for the first line, should no header follow
    std::string unknown_message_vi;
};

constexpr int kMaxTitleLines = 10;

TitleLines skip_title_lines(CsvReader& reader, CsvRecord& header) {
    TitleLines titles;
    if (csv_table::table_kind(header) != csv_table::TableKind::unknown ||
        !csv_table::board::is_title_line(header))
        return titles;
    titles.first_line = header.line;
    titles.unknown_message = unknown_table(reader, header);
    titles.unknown_message_vi = unknown_table_vi(reader, header);
    while (titles.count < kMaxTitleLines && csv_table::table_kind(header) == csv_table::TableKind::unknown &&
           csv_table::board::is_title_line(header)) {
        for (const CsvField& field : header.fields)
            if (!titles.year) titles.year = title_year(field.text);
        ++titles.count;
        if (!reader.next(header)) break;
    }
    return titles;
}

}  // namespace

namespace {

// Whichever table the header names, read whole from `reader` into a data set.
Dataset load_table(CsvReader& reader, const std::string& file, const CsvOptions& options,
                   Diagnostics& diagnostics, std::size_t errors_before) {
    Dataset dataset;
    CsvRecord header;
    if (!read_header(reader, header, file, diagnostics, errors_before)) return dataset;
    const TitleLines titles = skip_title_lines(reader, header);
    if (titles.count > 0 && csv_table::table_kind(header) == csv_table::TableKind::unknown) {
        // No header under the lines that looked like a title: the table is unknown from its first line.
        diagnostics.error(reader.where(titles.first_line, 1), titles.unknown_message,
                          titles.unknown_message_vi);
        return dataset;
    }
    if (titles.count > 0) {
        const bool dated =
            titles.year && !options.year && csv_table::table_kind(header) == csv_table::TableKind::zones;
        diagnostics.note(
            reader.where(titles.first_line, 1),
            std::to_string(titles.count) + (titles.count == 1 ? " line" : " lines") +
                " above the header (line " + std::to_string(header.line) +
                ") read as the table's title and skipped" +
                (dated ? "; its date gives the land figures' year, " + std::to_string(*titles.year)
                       : std::string()),
            std::to_string(titles.count) + " dòng phía trên dòng tiêu đề (dòng " +
                std::to_string(header.line) + ") được đọc là tên bảng và bỏ qua" +
                (dated ? "; ngày ghi ở đó cho biết năm của số liệu đất, " + std::to_string(*titles.year)
                       : std::string()));
    }
    switch (csv_table::table_kind(header)) {
        case csv_table::TableKind::series:
            load_series_table(reader, header, options, dataset, diagnostics);
            break;
        case csv_table::TableKind::zones: {
            const std::size_t before = diagnostics.items().size();
            csv_table::load_zone_table(reader, header, options, titles.year, dataset, diagnostics);
            if (dataset.areas.empty() && diagnostics.items().size() == before)
                warn_no_rows(reader, header, diagnostics);
            break;
        }
        case csv_table::TableKind::unknown:
            diagnostics.error(reader.where(header.line, 1), unknown_table(reader, header),
                              unknown_table_vi(reader, header));
            break;
    }
    return dataset;
}

}  // namespace

namespace csv_table {
bool is_series_column(std::string_view name) {
    return std::any_of(kSeriesColumns.begin(), kSeriesColumns.end(),
                       [name](const ColumnSpec& spec) { return spec.name == name || spec.synonym == name; });
}
}  // namespace csv_table

bool is_grid_csv(std::string_view head, const CsvOptions& options) {
    return csv_grid::is_grid(head, options);
}

Dataset load_statistics_csv(std::string_view text, const std::string& file, const CsvOptions& options,
                            Diagnostics& diagnostics) {
    if (csv_grid::is_grid(text.substr(0, kGridCsvHead), options)) {
        const std::size_t errors_before = diagnostics.error_count();
        GridOptions grid_options;
        grid_options.numbers = options.numbers;
        grid_options.fill_down = options.fill_down;
        grid_options.ignore_unmapped = options.ignore_unmapped;
        grid_options.ignore_extra_columns = options.ignore_extra_columns;
        grid_options.year = options.year;
        // Streamed row by row where it can be (a commune-scale wide table is never held whole);
        // else, and for the plain twin's sake, the grid read whole.
        std::size_t rows = 0;
        std::optional<Dataset> streamed =
            csv_grid::stream(text, file, options.delimiter, grid_options, options.map, rows, diagnostics);
        if (streamed && rows > 0) return std::move(*streamed);
        const CellGrid grid = csv_grid::read(text, file, options.delimiter, diagnostics);
        if (grid.rows.empty() && diagnostics.error_count() == errors_before) {
            diagnostics.error({file},
                              "the file is empty; a statistics CSV needs a header line, such as "
                              "area,indicator,year,value",
                              kEmptyFileVi);
            return {};
        }
        return read_grid_table(grid, grid_options, options.map, diagnostics);
    }
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
