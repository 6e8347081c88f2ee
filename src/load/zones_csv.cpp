// Statistics CSV: the zones table (industrial parks and clusters), with the YAML loader's rules.
#include <array>
#include <map>
#include <tuple>

#include "chitieu/model/rules.hpp"
#include "chitieu/util/unicode.hpp"
#include "csv_table.hpp"
#include "nfc_cache.hpp"
#include "zone_board.hpp"

namespace chitieu::csv_table {

namespace {

enum ZoneColumn {
    kName,
    kKind,
    kArea,
    kDistrict,
    kYear,
    kEstablished,
    kExpanded,
    kLeasable,
    kLeased,
    kSource,
    kNote,
    kOccupancy,
    kNumber
};

constexpr std::array<ColumnSpec, 13> kZoneColumns = {{
    {"name", "", true},
    {"kind", "", false},  // always in chitieu's own header (table_kind); a board's list may do without
    {"area", "", false},
    {"district", "", false},
    {"year", "", false},  // the year the land figures describe (snapshot)
    {"established", "", false},
    {"expanded", "", false},
    {"leasable_ha", "", false},
    {"leased_ha", "", false},
    {"source", "", false},
    {"note", "", false},           // for people; not read
    {"occupancy_pct", "", false},  // the occupancy rate the list reports: checked, not used
    {"number", "", false},         // a list's STT (row number): not read
}};

// The sums of a list's land figures, for its totals rows.
struct LandSums {
    double leasable = 0, leased = 0;
    std::size_t leasable_rows = 0, leased_rows = 0;

    void add(const Zone& zone) {
        if (zone.leasable_ha) leasable += *zone.leasable_ha, ++leasable_rows;
        if (zone.leased_ha) leased += *zone.leased_ha, ++leased_rows;
    }
};

// "150,0", "-2,75", "96,5": a decimal comma that cannot be a thousands comma (not three digits
// after it) and no dot.
bool plain_decimal_comma(std::string_view text) {
    if (!text.empty() && text.front() == '-') text.remove_prefix(1);
    const std::size_t comma = text.find(',');
    if (comma == 0 || comma == std::string_view::npos || comma + 1 == text.size()) return false;
    if (text.size() - comma - 1 == 3) return false;
    for (std::size_t i = 0; i < text.size(); ++i)
        if (i != comma && (text[i] < '0' || text[i] > '9')) return false;
    return true;
}

std::string column_name(ZoneColumn which) {
    return std::string(kZoneColumns[which].name);
}

std::string_view kind_word_vi(ZoneKind kind) {
    return kind == ZoneKind::park ? "khu công nghiệp" : "cụm công nghiệp";
}

class ZoneTable {
public:
    ZoneTable(const std::vector<int>& columns, const CsvReader& reader, const CsvOptions& options,
              const ZoneList& list, Dataset& dataset, Diagnostics& diagnostics)
        : columns_(columns),
          options_(options),
          list_(list),
          comma_decimals_(reader.delimiter() == ';' && options.numbers == NumberConvention::dot),
          areas_(dataset),
          grouped_(reader, options),
          keys_(options, kAreaWords, diagnostics),
          diagnostics_(diagnostics) {}

    void read_row(const Row& row);
    void finish() { areas_.write_sources(); }

private:
    int column(ZoneColumn which) const { return columns_[which]; }
    std::optional<int> year(const Row& row, ZoneColumn which, bool& ok);
    std::optional<double> hectares(const Row& row, ZoneColumn which, bool& ok);
    NumberConvention convention(const Row& row, ZoneColumn which);
    bool read_list_row(const Row& row);
    void check_totals(const Row& row, board::Totals which);
    void read_kind(const Row& row, Zone& zone, bool& ok);
    void check_rate(const Row& row, const Zone& zone, bool& ok);
    void check_rules(const Row& row, const Zone& zone, bool& ok);
    const SourceLocation* described_before(std::size_t area_index, const AreaData& area, const Zone& zone);

    static constexpr std::size_t kScanned = 16;

    const std::vector<int>& columns_;
    const CsvOptions& options_;
    const ZoneList& list_;
    // A file split at ';' under the dot convention reads "150,0" as 150 (plain_decimal_comma):
    // it can mean nothing else there. Said once.
    const bool comma_decimals_;
    bool comma_noted_ = false;
    std::optional<ZoneKind> group_;  // a board's list: the kind of the group row above
    LandSums all_, in_group_;        // the zones read, for the totals rows
    AreaIndex areas_;
    GroupedDotCheck grouped_;
    KeyFill keys_;  // blank area cells
    std::string above_area_;
    Diagnostics& diagnostics_;
    NfcCache area_names_, sources_;  // names in NFC, as the series table keeps them
    // (area, name, year or 0) of the areas with kScanned zones or more
    std::map<std::tuple<std::size_t, std::string, int>, SourceLocation> seen_;
};

// The snapshot year a plain year; the decisions' years also from a date or the decision's text.
std::optional<int> ZoneTable::year(const Row& row, ZoneColumn which, bool& ok) {
    if (row.missing(column(which))) return std::nullopt;
    if (const std::optional<int> year = quick_year(row.cell(column(which)))) return year;
    const YearParse parsed =
        which == kYear ? parse_year(row.cell(column(which))) : decision_year(row.cell(column(which)));
    if (!parsed.value) {
        diagnostics_.error(
            row.where(column(which)), column_name(which) + " " + parsed.error,
            parsed.error_vi.empty() ? std::string() : column_name(which) + " " + parsed.error_vi);
        ok = false;
    }
    return parsed.value;
}

NumberConvention ZoneTable::convention(const Row& row, ZoneColumn which) {
    if (!comma_decimals_ || !plain_decimal_comma(row.cell(column(which)))) return options_.numbers;
    if (!comma_noted_) {
        diagnostics_.note(
            row.where(column(which)),
            "'" + std::string(row.cell(column(which))) +
                "' is read with a decimal comma, as every such number in this zones table split "
                "at ';' (a comma before three digits would be ambiguous: pass --decimal-comma "
                "for those)",
            "'" + std::string(row.cell(column(which))) +
                "' được đọc với dấu phẩy thập phân, như mọi số như vậy trong bảng khu, cụm công nghiệp tách "
                "theo ';' này (dấu phẩy trước ba chữ số thì không rõ nghĩa: hãy dùng --decimal-comma cho "
                "các số đó)");
        comma_noted_ = true;
    }
    return NumberConvention::decimal_comma;
}

// Hectares, and the occupancy rate in percent: a number, 0 or more.
std::optional<double> ZoneTable::hectares(const Row& row, ZoneColumn which, bool& ok) {
    if (row.missing(column(which))) return std::nullopt;
    if (!grouped_.active())  // a plain decimal is never negative
        if (const std::optional<double> hectares = quick_number(row.cell(column(which)), options_.numbers))
            return hectares;
    const NumberParse parsed = parse_number(row.cell(column(which)), convention(row, which));
    if (!parsed.value) {
        diagnostics_.error(row.where(column(which)), column_name(which) + " " + parsed.error,
                           column_name(which) + " " + parsed.error_vi);
        ok = false;
    } else if (*parsed.value < 0) {
        diagnostics_.error(
            row.where(column(which)),
            column_name(which) + " '" + std::string(row.cell(column(which))) +
                (which == kOccupancy ? "' is negative; a rate is 0 or more"
                                     : "' is negative; land areas are hectares, 0 or more"),
            column_name(which) + " '" + std::string(row.cell(column(which))) +
                (which == kOccupancy ? "' là số âm; tỷ lệ phải từ 0 trở lên"
                                     : "' là số âm; diện tích đất tính bằng ha, từ 0 trở lên"));
        ok = false;
        return std::nullopt;
    } else if (grouped_.active()) {
        grouped_.check(column_name(which), row.cell(column(which)), *parsed.value, row.where(column(which)),
                       diagnostics_);
    }
    return parsed.value;
}

void ZoneTable::read_row(const Row& row) {
    if (read_list_row(row)) return;
    bool ok = true;
    const std::string_view area_name = keys_.read(row, column(kArea), kAreaWords, above_area_);
    if (area_name.empty() && column(kArea) != kAbsent) {
        keys_.blank_key(row, column(kArea), kAreaWords);
        ok = false;
    }
    Zone zone;
    zone.where = row.where();
    zone.name = to_nfc(row.cell(column(kName)));
    if (zone.name.empty()) {
        diagnostics_.error(row.where(column(kName)), "the zone name is missing; every zone row needs a name",
                           "thiếu tên khu, cụm; mỗi dòng khu, cụm công nghiệp cần một tên");
        ok = false;
    }
    read_kind(row, zone, ok);
    if (!row.missing(column(kDistrict))) zone.district = to_nfc(row.cell(column(kDistrict)));
    zone.established = year(row, kEstablished, ok);
    zone.expanded = year(row, kExpanded, ok);
    zone.year = column(kYear) == kAbsent ? list_.year : year(row, kYear, ok);
    zone.leasable_ha = hectares(row, kLeasable, ok);
    zone.leased_ha = hectares(row, kLeased, ok);
    check_rules(row, zone, ok);
    check_rate(row, zone, ok);
    if (!ok) return;
    all_.add(zone);
    in_group_.add(zone);

    const std::size_t area_index = areas_.find_or_add(area_names_.nfc(area_name));
    AreaData& area = areas_[area_index];
    if (const SourceLocation* first = described_before(area_index, area, zone)) {
        report_zone_twice(diagnostics_, zone, area.name, *first);
        return;
    }
    areas_.add_source(area_index, row.missing(column(kSource)) ? std::string_view()
                                                               : sources_.nfc(row.cell(column(kSource))));
    area.zones.push_back(std::move(zone));
}

// The rows of a list that are not zones: a totals row (any table), a group row giving the kind
// of the zones below it and a row without text (a board's list). True when the row was one.
bool ZoneTable::read_list_row(const Row& row) {
    const std::string_view label = row.cell(column(kName));
    for (std::string_view cell : {label, row.cell(column(kNumber))}) {
        if (const board::Totals totals = board::totals_row(cell); totals != board::Totals::none) {
            check_totals(row, totals);
            return true;
        }
    }
    if (!list_.board) return false;
    int figures = kAbsent;  // the first other cell with text
    for (std::size_t i = 0; i < columns_.size() && figures == kAbsent; ++i)
        if (i != kName && i != kNumber && i != kNote && !row.missing(columns_[i])) figures = columns_[i];
    if (label.empty() && figures == kAbsent) return true;  // a row the spreadsheet left blank
    const std::optional<ZoneKind> kind = board::group_kind(label);
    if (!kind) return false;
    // "KHU CÔNG NGHIỆP" is a group, never a zone; figures beside it are the group's, which its
    // "Cộng" row (if any) gives and has checked.
    if (figures != kAbsent)
        diagnostics_.note(row.where(figures),
                          "this is the group row of the " +
                              std::string(*kind == ZoneKind::park ? "parks" : "clusters") +
                              " below it: its figures are not read; a 'Cộng' row below "
                              "the group is checked against its zones",
                          "đây là dòng nhóm của các " +
                              std::string(*kind == ZoneKind::park ? "khu công nghiệp" : "cụm công nghiệp") +
                              " bên dưới: số liệu của dòng này không được đọc; dòng 'Cộng' bên dưới nhóm "
                              "được đối chiếu với các khu, cụm của nhóm");
    group_ = kind;
    in_group_ = {};
    return true;
}

// A totals row against the zones it totals (every zone read, or those of its group): leasable,
// leased and the rate it reports. Never a zone.
void ZoneTable::check_totals(const Row& row, board::Totals which) {
    const LandSums& sums = which == board::Totals::all ? all_ : in_group_;
    bool ok = true;
    Zone total;
    total.name =
        to_nfc(row.cell(column(kName)).empty() ? row.cell(column(kNumber)) : row.cell(column(kName)));
    total.leasable_ha = hectares(row, kLeasable, ok);
    total.leased_ha = hectares(row, kLeased, ok);
    if (total.leasable_ha)
        check_list_total(column_name(kLeasable), *total.leasable_ha, row.cell(column(kLeasable)),
                         sums.leasable, sums.leasable_rows, row.where(column(kLeasable)), diagnostics_);
    if (total.leased_ha)
        check_list_total(column_name(kLeased), *total.leased_ha, row.cell(column(kLeased)), sums.leased,
                         sums.leased_rows, row.where(column(kLeased)), diagnostics_);
    if (const std::optional<double> rate = hectares(row, kOccupancy, ok))
        check_reported_occupancy(total, *rate, row.cell(column(kOccupancy)), row.cell(column(kLeased)),
                                 row.cell(column(kLeasable)), row.where(column(kOccupancy)), diagnostics_);
    if (which == board::Totals::group) in_group_ = {};
}

// The kind: chitieu's own `kind` column; in a board's list, also the name's prefix (KCN An Phú,
// dropped from the name) or the group row above, which must agree with each other.
void ZoneTable::read_kind(const Row& row, Zone& zone, bool& ok) {
    const std::string_view kind = row.cell(column(kKind));
    std::optional<ZoneKind> from_column;
    if (!kind.empty()) {
        from_column = zone_kind_from_text(kind);
        if (!from_column) {
            diagnostics_.error(row.where(column(kKind)),
                               "kind '" + std::string(kind) +
                                   "' is not a zone kind; use park or cluster (or KCN, "
                                   "khu công nghiệp, CCN, cụm công nghiệp)",
                               "kind '" + std::string(kind) +
                                   "' không phải loại khu, cụm; hãy dùng park hoặc cluster (hoặc KCN, "
                                   "khu công nghiệp, CCN, cụm công nghiệp)");
            ok = false;
            return;
        }
    }
    if (!list_.board) {
        if (!from_column) {
            diagnostics_.error(row.where(column(kKind)), "the zone kind is missing; use park or cluster",
                               "thiếu loại khu, cụm; hãy dùng park hoặc cluster");
            ok = false;
        } else {
            zone.kind = *from_column;
        }
        return;
    }
    board::Prefixed prefixed = board::split_kind_prefix(zone.name);
    const std::string written = zone.name;
    zone.name = std::move(prefixed.name);
    const auto word = [](ZoneKind k) { return std::string(k == ZoneKind::park ? "park" : "cluster"); };
    const std::optional<ZoneKind> found = from_column ? from_column : prefixed.kind ? prefixed.kind : group_;
    if (!found) {
        diagnostics_.error(
            row.where(column(kName)),
            "the kind of '" + written +
                "' is not given: put the zone under a group row (I; KHU CÔNG NGHIỆP), give it "
                "in a Loại column, or start its name with KCN or CCN",
            "không có loại của '" + written +
                "': hãy đặt khu, cụm dưới một dòng nhóm (I; KHU CÔNG NGHIỆP), ghi loại trong cột "
                "Loại, hoặc bắt đầu tên bằng KCN hoặc CCN");
        ok = false;
        return;
    }
    for (const auto& [other, from, from_vi] :
         {std::tuple{prefixed.kind, "its name", "theo tên"},
          std::tuple{group_, "the group row above", "theo dòng nhóm bên trên"}}) {
        if (other && *other != *found) {
            diagnostics_.error(row.where(column(kName)),
                               "'" + written + "' is a " + word(*found) + " by " +
                                   (from_column ? "its Loại (kind) cell" : "its name") + " and a " +
                                   word(*other) + " by " + from + "; correct one of them",
                               "'" + written + "' là " + std::string(kind_word_vi(*found)) + " " +
                                   (from_column ? "theo ô Loại (kind)" : "theo tên") + " nhưng là " +
                                   std::string(kind_word_vi(*other)) + " " + from_vi +
                                   "; hãy sửa một trong hai");
            ok = false;
            return;
        }
    }
    zone.kind = *found;
}

// A rate the list reports beside the land figures is checked against them; a rate without them
// cannot be weighted, so the zone stays out of occupancy, as any zone without land figures.
void ZoneTable::check_rate(const Row& row, const Zone& zone, bool& ok) {
    const std::optional<double> rate = hectares(row, kOccupancy, ok);
    if (!rate) return;
    if (zone.leasable_ha && zone.leased_ha) {
        check_reported_occupancy(zone, *rate, row.cell(column(kOccupancy)), row.cell(column(kLeased)),
                                 row.cell(column(kLeasable)), row.where(column(kOccupancy)), diagnostics_);
        return;
    }
    diagnostics_.note(
        row.where(column(kOccupancy)),
        "'" + zone.name + "' has an occupancy rate (" + std::string(row.cell(column(kOccupancy))) +
            "%) without both its leasable and leased land: a rate alone cannot be weighted, so "
            "the zone is left out of occupancy; give its land figures to count it",
        "'" + zone.name + "' có tỷ lệ lấp đầy (" + std::string(row.cell(column(kOccupancy))) +
            "%) nhưng không có đủ diện tích có thể cho thuê và diện tích đã cho thuê: riêng tỷ lệ "
            "thì không tính trọng số được, nên khu, cụm này không được tính vào tỷ lệ lấp đầy; "
            "hãy ghi số liệu đất để được tính");
}

// Where the same zone and snapshot year was described already in this area, if it was. An area
// has a handful of zones: looking through them beats a map keyed by copies of every name. Past
// kScanned zones in one area (a hostile file could put 60,000 in one), a map keeps it linear.
const SourceLocation* ZoneTable::described_before(std::size_t area_index, const AreaData& area,
                                                  const Zone& zone) {
    if (area.zones.size() < kScanned) {
        for (const Zone& other : area.zones)
            if (same_zone_snapshot(other, zone)) return &other.where;
        return nullptr;
    }
    if (area.zones.size() == kScanned)  // from here on the map holds every zone of the area
        for (const Zone& other : area.zones)
            seen_.try_emplace({area_index, other.name, other.year.value_or(0)}, other.where);
    const auto [first, added] = seen_.try_emplace({area_index, zone.name, zone.year.value_or(0)}, zone.where);
    return added ? nullptr : &first->second;
}

// The rules between cells of one row; each is checked only when its cells could be read.
void ZoneTable::check_rules(const Row& row, const Zone& zone, bool& ok) {
    if ((zone.leasable_ha || zone.leased_ha) &&
        !check_land_dated(zone, row.where(column(zone.leasable_ha ? kLeasable : kLeased)), diagnostics_))
        ok = false;
    if (zone.leasable_ha && zone.leased_ha &&
        !check_leased_within_leasable(zone, row.where(column(kLeased)), row.cell(column(kLeased)),
                                      row.cell(column(kLeasable)), diagnostics_))
        ok = false;
    if (zone.expanded && !check_expanded_after_established(zone, row.where(column(kExpanded)), diagnostics_))
        ok = false;
}

}  // namespace

void load_zone_table(CsvReader& reader, const CsvRecord& header, const CsvOptions& options,
                     std::optional<int> title_year, Dataset& dataset, Diagnostics& diagnostics) {
    ZoneList list;
    list.board = board::is_board_header(header);
    // A board's Vietnamese names read as chitieu's own, at their own places.
    CsvRecord named = header;
    if (list.board)
        for (CsvField& field : named.fields)
            if (const std::optional<std::string_view> column = board::column_for(field.text))
                field.text = *column;
    const auto columns = map_columns(named, kZoneColumns, {"zones table", "bảng khu, cụm công nghiệp"},
                                     options.ignore_extra_columns, reader, diagnostics);
    if (!columns) {
        if (list.board)
            diagnostics.note(
                reader.where(header.line, 1),
                "a board's list may name its columns STT, Tên khu, cụm công nghiệp (or Tên KCN, "
                "CCN), Loại, Địa điểm (or Huyện, thành phố), Quyết định thành lập, Quyết định mở "
                "rộng, Diện tích … cho thuê (ha), Đã cho thuê (ha), Tỷ lệ lấp đầy (%), Ghi chú",
                "danh sách của ban quản lý có thể đặt tên cột là STT, Tên khu, cụm công nghiệp (hoặc Tên "
                "KCN, CCN), Loại, Địa điểm (hoặc Huyện, thành phố), Quyết định thành lập, Quyết định mở "
                "rộng, Diện tích … cho thuê (ha), Đã cho thuê (ha), Tỷ lệ lấp đầy (%), Ghi chú");
        return;
    }
    // Land figures are snapshots: without a year column no row could say which year they describe,
    // unless --year or the list's title ("Số liệu đến 31/12/2024") says it for every row.
    list.year = options.year ? options.year : title_year;
    if ((*columns)[kYear] == kAbsent && !list.year) {
        for (ZoneColumn land : {kLeasable, kLeased}) {
            const int index = (*columns)[land];
            if (index == kAbsent) continue;
            diagnostics.error(
                reader.where(header.fields[static_cast<std::size_t>(index)]),
                list.board ? "the list's land figures need the year they describe, and its title "
                             "gives none (such as 'Số liệu đến 31/12/2024'); pass --year YEAR"
                           : "column '" + column_name(land) +
                                 "' needs a 'year' column beside it, the year the land figures "
                                 "describe; add one, or pass --year YEAR",
                list.board ? "số liệu đất của danh sách cần năm mà số liệu mô tả, nhưng tên bảng không "
                             "ghi năm nào (như 'Số liệu đến 31/12/2024'); hãy dùng --year YEAR"
                           : "cột '" + column_name(land) +
                                 "' cần một cột 'year' bên cạnh, là năm của số liệu đất; hãy thêm cột "
                                 "đó, hoặc dùng --year YEAR");
            return;
        }
    }
    ZoneTable table(*columns, reader, options, list, dataset, diagnostics);
    ErrorLimit limit(reader.file(), diagnostics);
    CsvRecord record;
    SizeLimit size(reader, dataset, diagnostics);
    while (!limit.reached() && reader.next(record)) {
        table.read_row(Row(record, reader));
        if (!size.allows(record)) break;
    }
    table.finish();
}

}  // namespace chitieu::csv_table
