// A large zones table is read in two halves at once (csv_table::load_zones_in_halves) only when
// that gives what one reading gives. These tables are small and the halves forced (halves_from
// 0): each is loaded both ways and must come out the same, dataset and diagnostics, whatever it
// holds (areas across the middle, sources, duplicates, errors, quotes, line endings).
#include <doctest/doctest.h>

#include <limits>
#include <random>
#include <string>
#include <vector>

#include "../../../src/load/csv_table.hpp"  // the halves themselves, to count how often they serve
#include "chitieu/load/statistics_csv.hpp"
#include "support/messages.hpp"

using namespace chitieu;

namespace {

std::string optional_text(const std::optional<int>& value) {
    return value ? std::to_string(*value) : "-";
}

std::string optional_text(const std::optional<double>& value) {
    return value ? std::to_string(*value) : "-";
}

// Everything a zones table loads, with every place, and the diagnostics.
std::string loaded(std::string_view text, std::size_t halves_from) {
    Diagnostics diagnostics;
    const Dataset dataset = load_statistics_csv(text, "z.csv", {}, diagnostics, halves_from);
    std::string out;
    for (const AreaData& area : dataset.areas) {
        out += "area [" + area.name + "] source [" + area.source + "]\n";
        for (const Zone& zone : area.zones)
            out += "  [" + zone.name + "] " + zone_kind_name(zone.kind) + " [" + zone.district + "] " +
                   optional_text(zone.established) + " " + optional_text(zone.expanded) + " " +
                   optional_text(zone.year) + " " + optional_text(zone.leasable_ha) + " " +
                   optional_text(zone.leased_ha) + " @" + std::to_string(zone.where.line) + "." +
                   std::to_string(zone.where.column) + "\n";
    }
    for (const std::string& message : test::formatted(diagnostics)) out += message + "\n";
    return out;
}

// A cell as a spreadsheet writes it: quoted, inner quotes doubled, when it holds a comma or quote.
std::string csv_cell(const std::string& text) {
    if (text.find_first_of(",\"") == std::string::npos) return text;
    std::string quoted = "\"";
    for (char c : text) quoted += c == '"' ? std::string("\"\"") : std::string(1, c);
    return quoted + "\"";
}

// A random zones table: areas in runs (now and then one coming back), zones with snapshots,
// sources that may differ within an area, and one fault in some tables.
std::string random_table(std::mt19937& random, int round) {
    const std::vector<std::string> areas = {"Xã Đồng Quý",
                                            "Phường Ỷ La",
                                            "Thị trấn Phúc Ứng",
                                            "Xã Long Bình An",
                                            "",
                                            "Xã \"Mới\", huyện Yên Sơn"};
    const auto pick = [&random](int n) { return static_cast<int>(random() % static_cast<unsigned>(n)); };
    const bool crlf = round % 7 == 3;
    const std::string end = crlf ? "\r\n" : "\n";
    std::string text = round % 11 == 5 ? "\xEF\xBB\xBF" : "";
    text += "area,name,kind,district,established,year,leasable_ha,leased_ha,source" + end;
    const int rows = 2 + pick(40);
    int area = pick(static_cast<int>(areas.size()));
    for (int row = 0; row < rows; ++row) {
        if (pick(4) == 0) area = pick(static_cast<int>(areas.size()));
        // Snapshots of the same zone now and then (two rows, two years); a zone described twice
        // in one table in thirty.
        std::string name = "KCN " + std::to_string(row / 2 + (round % 30 == 7 ? 0 : row % 2) * 1000);
        if (pick(15) == 0) name = "\"KCN có, dấu phẩy\"";
        if (round % 13 == 0 && pick(20) == 0) name = "\"KCN hai\ndòng\"";
        const std::string area_cell = csv_cell(areas[static_cast<std::size_t>(area)]);
        const int year = 2018 + row % 2;
        // Sources: the same for the whole table, or now and then another.
        const std::string source = round % 5 == 0 && pick(4) == 0 ? "Sở Công Thương" : "BQL KCN";
        text += area_cell + "," + name + "," + (pick(2) == 0 ? "park" : "cluster") + ",Yên Sơn," +
                std::to_string(2010 + pick(10)) + "," + std::to_string(year) + "," +
                std::to_string(100 + pick(50)) + ".5," + std::to_string(pick(100)) + "," + source + end;
    }
    // One fault in a table out of three: a bad number, a missing kind, a short row, bad UTF-8.
    if (round % 3 == 1) {
        const std::size_t at =
            text.size() / 2 + static_cast<std::size_t>(pick(static_cast<int>(text.size() / 2)));
        const std::size_t line = text.rfind('\n', at);
        const std::vector<std::string> faults = {"Xã X,KCN Z,park,,2020,2021,abc,1" + end,
                                                 "Xã X,KCN Z,,,2020,2021,1,1" + end, "Xã X,KCN Z" + end,
                                                 "Xã \xC3,KCN Z,park,,2020,2021,1,1" + end};
        if (line != std::string::npos)
            text.insert(line + 1, faults[static_cast<std::size_t>(pick(static_cast<int>(faults.size())))]);
    }
    return text;
}

}  // namespace

TEST_CASE("zones csv halves: two halves load what one reading loads, or the file is read once") {
    std::mt19937 random(20261126);
    int halved = 0;
    for (int round = 0; round < 1500; ++round) {
        const std::string text = random_table(random, round);
        CAPTURE(text);
        CHECK(loaded(text, 0) == loaded(text, std::numeric_limits<std::size_t>::max()));
        if (csv_table::load_zones_in_halves(text, "z.csv", {})) ++halved;
    }
    // Most tables are read in halves (the others have a fault, or a zone or source across the
    // middle): the comparison above is not only the plain reading against itself.
    CHECK(halved > 600);
    CHECK(halved < 1400);
}

TEST_CASE("zones csv halves: the second half's places count lines as one reading does") {
    // Lines 2 to 9, the halves split near the middle; "\r\n" line breaks count once.
    std::string text = "area,name,kind,year,leasable_ha,leased_ha\r\n";
    for (int line = 2; line <= 9; ++line)
        text += "Xã Đồng Quý,KCN " + std::to_string(line) + ",park,2021,10,5\r\n";
    const std::string both = loaded(text, 0);
    CHECK(both == loaded(text, std::numeric_limits<std::size_t>::max()));
    CHECK(both.find("[KCN 9] park [] - - 2021 10.000000 5.000000 @9.1") != std::string::npos);
}
