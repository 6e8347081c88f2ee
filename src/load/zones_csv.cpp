// Statistics CSV: the zones table (industrial parks and clusters), with the YAML loader's rules.
#include <array>
#include <map>
#include <tuple>

#include "chitieu/model/rules.hpp"
#include "chitieu/util/unicode.hpp"
#include "csv_table.hpp"
#include "nfc_cache.hpp"

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
    kNote
};

constexpr std::array<ColumnSpec, 11> kZoneColumns = {{
    {"name", "", true},
    {"kind", "", true},
    {"area", "", false},
    {"district", "", false},
    {"year", "", false},  // the year the land figures describe (snapshot)
    {"established", "", false},
    {"expanded", "", false},
    {"leasable_ha", "", false},
    {"leased_ha", "", false},
    {"source", "", false},
    {"note", "", false},  // for people; not read
}};

std::string column_name(ZoneColumn which) {
    return std::string(kZoneColumns[which].name);
}

class ZoneTable {
public:
    ZoneTable(const std::vector<int>& columns, const CsvReader& reader, const CsvOptions& options,
              Dataset& dataset, Diagnostics& diagnostics)
        : columns_(columns),
          options_(options),
          areas_(dataset),
          grouped_(reader, options),
          diagnostics_(diagnostics) {}

    void read_row(const Row& row);
    void finish() { areas_.write_sources(); }

private:
    int column(ZoneColumn which) const { return columns_[which]; }
    std::optional<int> year(const Row& row, ZoneColumn which, bool& ok);
    std::optional<double> hectares(const Row& row, ZoneColumn which, bool& ok);
    void check_rules(const Row& row, const Zone& zone, bool& ok);
    const SourceLocation* described_before(std::size_t area_index, const AreaData& area, const Zone& zone);

    static constexpr std::size_t kScanned = 16;

    const std::vector<int>& columns_;
    const CsvOptions& options_;
    AreaIndex areas_;
    GroupedDotCheck grouped_;
    Diagnostics& diagnostics_;
    NfcCache area_names_, sources_;  // names in NFC, as the series table keeps them
    // (area, name, year or 0) of the areas with kScanned zones or more
    std::map<std::tuple<std::size_t, std::string, int>, SourceLocation> seen_;
};

std::optional<int> ZoneTable::year(const Row& row, ZoneColumn which, bool& ok) {
    if (row.missing(column(which))) return std::nullopt;
    if (const std::optional<int> year = quick_year(row.cell(column(which)))) return year;
    const YearParse parsed = parse_year(row.cell(column(which)));
    if (!parsed.value) {
        diagnostics_.error(row.where(column(which)), column_name(which) + " " + parsed.error);
        ok = false;
    }
    return parsed.value;
}

std::optional<double> ZoneTable::hectares(const Row& row, ZoneColumn which, bool& ok) {
    if (row.missing(column(which))) return std::nullopt;
    if (!grouped_.active())  // a plain decimal is never negative
        if (const std::optional<double> hectares = quick_number(row.cell(column(which)), options_.numbers))
            return hectares;
    const NumberParse parsed = parse_number(row.cell(column(which)), options_.numbers);
    if (!parsed.value) {
        diagnostics_.error(row.where(column(which)), column_name(which) + " " + parsed.error);
        ok = false;
    } else if (*parsed.value < 0) {
        diagnostics_.error(row.where(column(which)), column_name(which) + " '" +
                                                         std::string(row.cell(column(which))) +
                                                         "' is negative; land areas are hectares, 0 or more");
        ok = false;
        return std::nullopt;
    } else if (grouped_.active()) {
        grouped_.check(column_name(which), row.cell(column(which)), *parsed.value, row.where(column(which)),
                       diagnostics_);
    }
    return parsed.value;
}

void ZoneTable::read_row(const Row& row) {
    bool ok = true;
    Zone zone;
    zone.where = row.where();
    zone.name = to_nfc(row.cell(column(kName)));
    if (zone.name.empty()) {
        diagnostics_.error(row.where(column(kName)), "the zone name is missing; every zone row needs a name");
        ok = false;
    }
    const std::string_view kind = row.cell(column(kKind));
    if (kind == "park") {
        zone.kind = ZoneKind::park;
    } else if (kind == "cluster") {
        zone.kind = ZoneKind::cluster;
    } else {
        diagnostics_.error(row.where(column(kKind)),
                           kind.empty()
                               ? std::string("the zone kind is missing; use park or cluster")
                               : "kind '" + std::string(kind) + "' is not a zone kind; use park or cluster");
        ok = false;
    }
    if (!row.missing(column(kDistrict))) zone.district = to_nfc(row.cell(column(kDistrict)));
    zone.established = year(row, kEstablished, ok);
    zone.expanded = year(row, kExpanded, ok);
    zone.year = year(row, kYear, ok);
    zone.leasable_ha = hectares(row, kLeasable, ok);
    zone.leased_ha = hectares(row, kLeased, ok);
    check_rules(row, zone, ok);
    if (!ok) return;

    const std::size_t area_index = areas_.find_or_add(area_names_.nfc(row.cell(column(kArea))));
    AreaData& area = areas_[area_index];
    if (const SourceLocation* first = described_before(area_index, area, zone)) {
        report_zone_twice(diagnostics_, zone, area.name, *first);
        return;
    }
    areas_.add_source(area_index, row.missing(column(kSource)) ? std::string_view()
                                                               : sources_.nfc(row.cell(column(kSource))));
    area.zones.push_back(std::move(zone));
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

void load_zone_table(CsvReader& reader, const CsvRecord& header, const CsvOptions& options, Dataset& dataset,
                     Diagnostics& diagnostics) {
    const auto columns =
        map_columns(header, kZoneColumns, "zones table", options.ignore_extra_columns, reader, diagnostics);
    if (!columns) return;
    // Land figures are snapshots: without a year column no row could say which year they describe.
    if ((*columns)[kYear] == kAbsent) {
        for (ZoneColumn land : {kLeasable, kLeased}) {
            const int index = (*columns)[land];
            if (index == kAbsent) continue;
            diagnostics.error(
                reader.where(header.fields[static_cast<std::size_t>(index)]),
                "column '" + column_name(land) +
                    "' needs a 'year' column beside it, the year the land figures describe; add one");
            return;
        }
    }
    ZoneTable table(*columns, reader, options, dataset, diagnostics);
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
