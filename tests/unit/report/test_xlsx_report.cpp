#include <doctest/doctest.h>

#include "chitieu/report/xlsx_report.hpp"
#include "chitieu/util/unicode.hpp"
#include "sample_evaluation.hpp"

using namespace chitieu;

namespace {
// Excel's length: UTF-16 units (every character here is in the BMP: one each).
std::size_t characters(const std::string& text) {
    std::size_t n = 0;
    for (const char c : text) n += (static_cast<unsigned char>(c) & 0xC0) != 0x80;
    return n;
}
}  // namespace

TEST_CASE("xlsx: sheet names fit Excel's rules, in the report's language") {
    Target target;
    target.id = "t";
    target.title = {"Output [2010]: a/b*c?d\\e", "Giá trị sản xuất công nghiệp (giá so sánh 2010)"};
    // Forbidden characters become spaces: "1. Output  2010   a b c d e" (no cut: 27 characters).
    CHECK(target_sheet_name(target, 1, Lang::en) == "1. Output  2010   a b c d e");
    // "12. Giá trị sản xuất công nghiệp (giá…" would be 38: cut at the word that starts within the
    // first 30 characters ("nghiệp" would end at 32), then "…".
    const std::string vi = target_sheet_name(target, 12, Lang::vi);
    CHECK(vi == "12. Giá trị sản xuất công…");
    CHECK(characters(vi) <= 31);
    CHECK(is_nfc(vi));
    CHECK(summary_sheet_name(Lang::vi) == "Tổng hợp");
    CHECK(method_sheet_name(Lang::en) == "Method");
}

TEST_CASE("xlsx: summary rows keep numbers as numbers and statuses in words") {
    const auto sample = test::make_sample();
    const AreaEvaluation& area = sample->evaluation.areas.front();
    const std::vector<SheetRow> rows = summary_rows(area, Lang::vi);
    REQUIRE(rows.size() == area.results.size());
    const SheetRow& first = rows.front();
    REQUIRE(first.size() == summary_columns(Lang::vi).size());
    CHECK(first[0].text == "Tuyên Quang");
    CHECK(first[4].number == area.results[0].actual_value);  // as the evaluation has it: unrounded
    CHECK(first[4].style == CellStyle::value);
    CHECK(first[6].number == 2022.0);
    CHECK(first[9].text == status_cell_text(area.results[0].status, Lang::vi));
}

TEST_CASE("xlsx: a target sheet's row per area puts each value under its year") {
    const auto sample = test::make_sample();
    const AreaEvaluation& area = sample->evaluation.areas.front();
    const YearSpan years = sheet_years(sample->targets, 2022);
    CHECK(years.first == 2020);
    CHECK(years.last == 2025);
    const SheetRow row = target_row(area, 0, years, Lang::en);
    REQUIRE(row.size() == kTargetFirstYearColumn + 6);
    // The sample's trajectory: 14386.6 (2020), 16143 (2021), 18095 (2022); nothing after.
    CHECK(row[0].text == "Tuyên Quang");
    CHECK(row[kTargetFirstYearColumn + 0].number == 14386.6);
    CHECK(row[kTargetFirstYearColumn + 2].number == 18095.0);
    CHECK_FALSE(row[kTargetFirstYearColumn + 3].number);
    // The chart's blocks: the required path as the evaluation has it (two points set here: the
    // sample has none), the target (T, X) alone.
    AreaEvaluation charted = area;
    charted.results[0].required_path = {{2020, 14386.6}, {2023, 20000.5}};
    const std::vector<SheetRow> blocks = chart_block_rows(charted, 0, years);
    REQUIRE(blocks.size() == 2);
    const Target& target = *area.results[0].target;
    CHECK(blocks[1][1 + (target.year - 2020)].number == target.value);
    CHECK_FALSE(blocks[1][1].number);
    CHECK(blocks[0][1].number == 14386.6);
    CHECK(blocks[0][1 + 3].number == 20000.5);
    CHECK_FALSE(blocks[0][1 + 1].number);
}

TEST_CASE(
    "xlsx: SummaryRows writes summary_rows's rows, for the set's own targets and an area's own values") {
    const auto sample = test::make_sample();
    const AreaEvaluation& area = sample->evaluation.areas.front();
    const auto same = [](const std::vector<SheetRow>& a, const std::vector<SheetRow>& b) {
        if (a.size() != b.size()) return false;
        for (std::size_t r = 0; r < a.size(); ++r) {
            if (a[r].size() != b[r].size()) return false;
            for (std::size_t c = 0; c < a[r].size(); ++c)
                if (a[r][c].text != b[r][c].text || a[r][c].number != b[r][c].number ||
                    a[r][c].style != b[r][c].style)
                    return false;
        }
        return true;
    };
    for (const Lang lang : {Lang::en, Lang::vi}) {
        const SummaryRows rows(sample->targets, lang);
        CHECK(same(rows.rows(area), summary_rows(area, lang)));
        // An area judged against values of its own: its results point into another set, whose
        // goals differ from the set's (cells made afresh, not the set's).
        TargetSet own = sample->targets;
        for (Target& target : own.targets) target.value = target.value * 2 + 1;
        AreaEvaluation judged = area;
        for (std::size_t i = 0; i < judged.results.size(); ++i)
            if (judged.results[i].target) judged.results[i].target = &own.targets.at(i);
        const std::vector<SheetRow> fresh = rows.rows(judged);
        CHECK(same(fresh, summary_rows(judged, lang)));
        CHECK_FALSE(same(fresh, rows.rows(area)));
    }
}
