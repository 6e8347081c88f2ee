// Header columns, areas and the error limit shared by the series and zones tables.
#include "csv_table.hpp"

#include <algorithm>
#include <charconv>
#include <cstdint>
#include <utility>

#include "chitieu/model/rules.hpp"
#include "chitieu/util/parse_number.hpp"
#include "chitieu/util/unicode.hpp"
#include "zone_board.hpp"

namespace chitieu::csv_table {

namespace {

std::string quoted(std::string_view text) {
    std::string out(1, '\'');
    out += text;
    out += '\'';
    return out;
}

std::string lower_ascii(std::string_view text) {
    std::string out(text);
    for (char& c : out)
        if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    return out;
}

std::string known_columns(std::span<const ColumnSpec> specs, bool vi) {
    std::string names, synonyms;
    for (const ColumnSpec& spec : specs) {
        if (!spec.listed) continue;
        names += (names.empty() ? "" : ", ") + std::string(spec.name);
        if (!spec.synonym.empty()) synonyms += (synonyms.empty() ? "" : ", ") + std::string(spec.synonym);
    }
    return synonyms.empty() ? names : names + (vi ? " (tên SDMX: " : " (SDMX names: ") + synonyms + ")";
}

// "indicator, year and value"
std::string required_columns(std::span<const ColumnSpec> specs, bool vi) {
    std::vector<std::string_view> names;
    for (const ColumnSpec& spec : specs)
        if (spec.required) names.push_back(spec.name);
    std::string out;
    for (std::size_t i = 0; i < names.size(); ++i) {
        if (i > 0) out += i + 1 == names.size() ? (vi ? " và " : " and ") : ", ";
        out += names[i];
    }
    return out;
}

// A column chitieu does not read but whose cells change what a value means, by its folded name
// (fold_name: case, accents and đ aside), and the column to rename it to. Unit columns by their
// Vietnamese header (ĐVT, Đơn vị tính) and the SDMX attributes spelt another way.
struct MeaningColumn {
    std::string_view folded;
    Words what;                  // "gives the values' unit"
    std::string_view rename_to;  // "unit"
};
constexpr Words kGivesUnit{"gives the values' unit", "cho biết đơn vị tính của các giá trị"};
constexpr Words kMultiplies{"multiplies the values by a power of ten",
                            "nhân các giá trị với một lũy thừa của 10"};
constexpr Words kGivesStatus{"says whether a value is preliminary or estimated",
                             "cho biết một giá trị là sơ bộ hay ước tính"};
constexpr MeaningColumn kMeaningColumns[] = {
    {"dvt", kGivesUnit, "unit"},
    {"don vi tinh", kGivesUnit, "unit"},
    {"don vi", kGivesUnit, "unit"},
    {"unit", kGivesUnit, "unit"},
    {"units", kGivesUnit, "unit"},
    {"unit_measure", kGivesUnit, "unit"},
    {"unit_of_measure", kGivesUnit, "unit"},
    {"unit_mult", kMultiplies, "UNIT_MULT"},
    {"unit_multiplier", kMultiplies, "UNIT_MULT"},
    {"multiplier", kMultiplies, "UNIT_MULT"},
    {"obs_status", kGivesStatus, "OBS_STATUS"},
};

const MeaningColumn* meaning_column(std::string_view name) {
    if (name.empty()) return nullptr;
    const std::string folded = fold_name(name);
    for (const MeaningColumn& column : kMeaningColumns)
        if (folded == column.folded) return &column;
    return nullptr;
}

// Whether the table knows the column a meaning column is to be renamed to.
bool knows(std::span<const ColumnSpec> specs, std::string_view name) {
    return std::any_of(specs.begin(), specs.end(),
                       [name](const ColumnSpec& spec) { return spec.name == name || spec.synonym == name; });
}

std::string meaning_refused(std::string_view name, const MeaningColumn& meaning) {
    return "column " + quoted(name) + " " + std::string(meaning.what.en) +
           ", so --ignore-extra-columns cannot drop it: every value would be read wrongly; rename it to " +
           quoted(meaning.rename_to) + " to have it read";
}
std::string meaning_refused_vi(std::string_view name, const MeaningColumn& meaning) {
    return "cột " + quoted(name) + " " + std::string(meaning.what.vi) +
           ", nên --ignore-extra-columns không bỏ được cột này: mọi giá trị sẽ bị đọc sai; hãy đổi tên cột "
           "thành " +
           quoted(meaning.rename_to) + " để được đọc";
}

// Column names are case-sensitive; a name that differs only in case is surely meant.
std::string case_hint(std::string_view name, std::span<const ColumnSpec> specs, bool vi) {
    const std::string lower = lower_ascii(name);
    for (const ColumnSpec& spec : specs)
        for (std::string_view known : {spec.name, spec.synonym})
            if (!known.empty() && !name.empty() && lower_ascii(known) == lower)
                return vi ? " (có phải là " + quoted(known) + "? tên cột phân biệt chữ hoa, chữ thường)"
                          : " (did you mean " + quoted(known) + "? column names are case-sensitive)";
    return {};
}

std::string unknown_column(std::string_view name, std::span<const ColumnSpec> specs,
                           const MeaningColumn* meaning) {
    std::string message =
        name.empty() ? std::string("a column without a name") : "unknown column " + quoted(name);
    message += case_hint(name, specs, false) + "; known columns: " + known_columns(specs, false);
    if (meaning == nullptr) return message + "; or pass --ignore-extra-columns";
    return message + "; it " + std::string(meaning->what.en) + ": rename it to " + quoted(meaning->rename_to);
}
std::string unknown_column_vi(std::string_view name, std::span<const ColumnSpec> specs,
                              const MeaningColumn* meaning) {
    std::string message =
        name.empty() ? std::string("một cột không có tên") : "không nhận ra cột " + quoted(name);
    message += case_hint(name, specs, true) + "; các cột đã biết: " + known_columns(specs, true);
    if (meaning == nullptr) return message + "; hoặc dùng --ignore-extra-columns";
    return message + "; cột này " + std::string(meaning->what.vi) + ": hãy đổi tên thành " +
           quoted(meaning->rename_to);
}

}  // namespace

// The common case of parse_year: exactly four digits. Anything else goes the general way.
std::optional<int> quick_year(std::string_view text) {
    if (text.size() != 4) return std::nullopt;
    int year = 0;
    for (char c : text) {
        if (c < '0' || c > '9') return std::nullopt;
        year = year * 10 + (c - '0');
    }
    if (year < kMinYear || year > kMaxYear) return std::nullopt;
    return year;
}

// The common case of parse_number under the dot convention: digits with at most one inner
// point ("1234", "16143.25"), read exactly as parse_number would. Up to 15 digits the digits
// make an integer below 2^53 and the point a power of ten up to 10^15, both exact doubles, so
// one division gives the correctly rounded value (Clinger's fast path), which is what
// std::from_chars returns too; longer numbers go through std::from_chars. Anything else, signs
// and exponents included, goes the general way with its checks and messages.
std::optional<double> quick_number(std::string_view text, NumberConvention convention) {
    if (convention != NumberConvention::dot || text.empty() || text.size() > 32) return std::nullopt;
    static constexpr double kPowers[] = {1e0, 1e1, 1e2,  1e3,  1e4,  1e5,  1e6,  1e7,
                                         1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15};
    // Digits, then optionally one point with digits on both sides, then digits.
    const char* c = text.data();
    const char* const end = c + text.size();
    std::uint64_t digits = 0;
    const char* const whole_start = c;
    while (c != end && *c >= '0' && *c <= '9') digits = digits * 10 + static_cast<std::uint64_t>(*c++ - '0');
    const auto whole = static_cast<int>(c - whole_start);
    int decimals = 0;
    if (c != end) {
        if (*c != '.' || whole == 0 || c + 1 == end) return std::nullopt;
        const char* const fraction_start = ++c;
        while (c != end && *c >= '0' && *c <= '9')
            digits = digits * 10 + static_cast<std::uint64_t>(*c++ - '0');
        if (c != end) return std::nullopt;
        decimals = static_cast<int>(c - fraction_start);
    }
    const int count = whole + decimals;
    if (count <= 15) return static_cast<double>(digits) / kPowers[decimals];
    double value = 0.0;
    const auto [stop, ec] = std::from_chars(text.data(), end, value);
    if (ec != std::errc() || stop != end) return std::nullopt;
    return value;
}

std::string_view trim_spaces(std::string_view text) {
    while (!text.empty() && (text.front() == ' ' || text.front() == '\t')) text.remove_prefix(1);
    while (!text.empty() && (text.back() == ' ' || text.back() == '\t')) text.remove_suffix(1);
    return text;
}

std::optional<std::vector<int>> map_columns(const CsvRecord& header, std::span<const ColumnSpec> specs,
                                            Words table, bool ignore_extra, const CsvReader& reader,
                                            Diagnostics& diagnostics) {
    std::vector<int> columns(specs.size(), kAbsent);
    bool ok = true;
    for (std::size_t i = 0; i < header.fields.size(); ++i) {
        const CsvField& field = header.fields[i];
        const std::string_view name = trim(field.text);
        const auto spec = std::find_if(specs.begin(), specs.end(), [name](const ColumnSpec& s) {
            return name == s.name || (!s.synonym.empty() && name == s.synonym);
        });
        if (spec == specs.end()) {
            const MeaningColumn* meaning = meaning_column(name);
            if (meaning != nullptr && !knows(specs, meaning->rename_to)) meaning = nullptr;
            if (ignore_extra && meaning != nullptr) {
                diagnostics.error(reader.where(field), meaning_refused(name, *meaning),
                                  meaning_refused_vi(name, *meaning));
                ok = false;
            } else if (!ignore_extra) {
                diagnostics.error(reader.where(field), unknown_column(name, specs, meaning),
                                  unknown_column_vi(name, specs, meaning));
                ok = false;
            }
            continue;
        }
        int& column = columns[static_cast<std::size_t>(spec - specs.begin())];
        if (column != kAbsent) {
            const CsvField& first = header.fields[static_cast<std::size_t>(column)];
            const std::string_view first_name = trim(first.text);
            diagnostics.error(reader.where(field),
                              name == first_name ? "column " + quoted(name) + " is given twice; keep one"
                                                 : "column " + quoted(name) + " is the same column as " +
                                                       quoted(first_name) + "; keep one",
                              name == first_name ? "cột " + quoted(name) + " khai báo hai lần; hãy giữ một"
                                                 : "cột " + quoted(name) + " là cùng một cột với " +
                                                       quoted(first_name) + "; hãy giữ một");
            diagnostics.note(reader.where(first), "the first " + quoted(first_name) + " column is here",
                             "cột " + quoted(first_name) + " đầu tiên ở đây");
            ok = false;
            continue;
        }
        column = static_cast<int>(i);
    }
    for (std::size_t i = 0; i < specs.size(); ++i) {
        if (!specs[i].required || columns[i] != kAbsent) continue;
        std::string message = "the header has no " + quoted(specs[i].name) + " column";
        std::string message_vi = "dòng tiêu đề thiếu cột " + quoted(specs[i].name);
        if (!specs[i].synonym.empty()) {
            message += " (SDMX: " + std::string(specs[i].synonym) + ")";
            message_vi += " (SDMX: " + std::string(specs[i].synonym) + ")";
        }
        diagnostics.error(
            reader.where(header.line, 1),
            message + "; a " + std::string(table.en) + " needs " + required_columns(specs, false),
            message_vi + "; " + std::string(table.vi) + " cần các cột " + required_columns(specs, true));
        ok = false;
    }
    if (!ok) return std::nullopt;
    return columns;
}

TableKind table_kind(const CsvRecord& header) {
    bool has_indicator = false, has_name = false, has_kind = false;
    for (const CsvField& field : header.fields) {
        const std::string_view name = trim(field.text);
        has_indicator = has_indicator || name == "indicator" || name == "INDICATOR";
        has_name = has_name || name == "name";
        has_kind = has_kind || name == "kind";
    }
    if (has_indicator) return TableKind::series;
    return (has_name && has_kind) || board::is_board_header(header) ? TableKind::zones : TableKind::unknown;
}

std::size_t AreaIndex::find_or_add(std::string_view name) {
    if (last_ < dataset_.areas.size() && dataset_.areas[last_].name == name) return last_;
    if (const auto it = by_name_.find(name); it != by_name_.end()) return last_ = it->second;
    // The dataset is this file's own and grows only here, so appending is what Dataset::area
    // would do, without its linear search (thousands of communes at commune scale).
    last_ = dataset_.areas.size();
    dataset_.areas.emplace_back();
    dataset_.areas.back().name = std::string(name);
    by_name_.emplace(std::string(name), last_);
    sources_.emplace_back();
    return last_;
}

void AreaIndex::add_source(std::size_t area, std::string_view source) {
    if (source.empty()) return;
    std::vector<std::string>& list = sources_[area];
    if (std::find(list.begin(), list.end(), source) == list.end()) list.emplace_back(source);
}

void AreaIndex::write_sources() {
    for (std::size_t i = 0; i < sources_.size(); ++i) write_source(i);
}

void AreaIndex::write_source(std::size_t area) {
    std::string joined;
    for (const std::string& source : sources_[area]) joined += (joined.empty() ? "" : "; ") + source;
    dataset_.areas[area].source = std::move(joined);
    sources_[area] = {};
}

bool ErrorLimit::note_once() {
    if (!noted_) {
        diagnostics_.note({file_},
                          "stopped reading after " + std::to_string(kMaxErrors) +
                              " errors in this file; fix these and run again",
                          "đã dừng đọc sau " + std::to_string(kMaxErrors) +
                              " lỗi trong tệp này; hãy sửa các lỗi này rồi chạy lại");
        noted_ = true;
    }
    return true;
}

bool SizeLimit::refuse(const CsvRecord& record) {
    const bool rows = rows_ > max_rows_;
    const std::string count = std::to_string(rows ? max_rows_ : max_areas_);
    diagnostics_.error(
        reader_.where(record.line, 1),
        rows ? "this file has more than " + count +
                   " rows, more than chitieu reads from one file; split it (by area or by year)"
             : "this row brings the file to more than " + count +
                   " areas, more than chitieu reads from one file; split it by area",
        rows ? "tệp này có hơn " + count +
                   " dòng, quá mức chitieu đọc từ một tệp; hãy tách tệp (theo địa bàn hoặc theo năm)"
             : "dòng này đưa tệp lên hơn " + count +
                   " địa bàn, quá mức chitieu đọc từ một tệp; hãy tách tệp theo địa bàn");
    return false;
}

void GroupedDotCheck::check(std::string_view what, std::string_view number, double value,
                            const SourceLocation& where, Diagnostics& diagnostics) {
    if (!active_ || !is_thousands_group_shape(number, '.')) return;
    // `what` is a column name (leasable_ha): the same in both languages.
    diagnostics.warning(where, semicolon_group_warning(what, number, value),
                        semicolon_group_warning_vi(what, number, value));
    active_ = false;
}

std::string_view KeyFill::read(const Row& row, int column, Words what, std::string& above) {
    const std::string_view cell = row.cell(column);
    if (column == kAbsent) return cell;
    if (!cell.empty()) {
        if (fill_down_ && cell != above) above.assign(cell);
        return cell;
    }
    if (!fill_down_ || above.empty()) return cell;
    if (!noted_) {
        diagnostics_.note(row.where(column),
                          "--fill-down: this blank " + std::string(what.en) + " cell, and each blank " +
                              std::string(keys_.en) + " cell below, takes the row above's",
                          "--fill-down: ô " + std::string(what.vi) + " trống này, và mỗi ô " +
                              std::string(keys_.vi) + " trống bên dưới, lấy giá trị của dòng trên");
        noted_ = true;
    }
    return above;
}

void KeyFill::blank_key(const Row& row, int column, Words what) {
    const std::string name(what.en);
    const std::string name_vi(what.vi);
    diagnostics_.error(row.where(column),
                       fill_down_
                           ? name + " is empty and no row above gives one to fill it with; write the " +
                                 name + " in this row"
                           : name + " is empty; if it means 'as above', pass --fill-down; else write the " +
                                 name + " in this row",
                       blank_key_vi(name_vi, fill_down_));
}

// The Vietnamese of a blank key cell's error (grid_table.cpp's too): with --fill-down, no row
// above to fill it from; without, the hint to pass it.
std::string blank_key_vi(std::string_view what_vi, bool fill_down) {
    const std::string name(what_vi);
    return fill_down ? "ô " + name + " trống và không có dòng nào bên trên để lấy giá trị; hãy ghi " + name +
                           " vào dòng này"
                     : "ô " + name +
                           " trống; nếu ô trống nghĩa là 'như dòng trên', hãy dùng --fill-down; nếu "
                           "không, hãy ghi " +
                           name + " vào dòng này";
}

std::string measure_error_vi(std::string_view measure) {
    return "measure '" + std::string(measure) +
           "' không phải level cũng không phải index; hãy ghi level cho giá trị, index cho chỉ số phát triển "
           "hằng năm (năm trước = 100), hoặc để trống";
}

}  // namespace chitieu::csv_table
