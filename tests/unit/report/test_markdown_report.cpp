#include <doctest/doctest.h>

#include <limits>

#include "chitieu/report/markdown_report.hpp"
#include "sample_evaluation.hpp"

using namespace chitieu;

TEST_CASE("Markdown report in English: the whole output") {
    const auto sample = test::make_sample();
    const std::string expected =
        "# Tuyên Quang industrial development 2021–2025\n"
        "\n"
        "Evaluated as of 2022 against the target set `tq-industry-2021-2025` (period 2020–2025). "
        "Source: Niên giám thống kê 2022.\n"
        "\n"
        // the paste-ready paragraph: counts, and how far along the targets behind the pace are
        "As of 2022, of 4 targets: 1 on track, 2 at risk, 1 off track. Behind the pace: Industrial "
        "output, 2010 prices at 65.3 % of the target; Average growth \\| 2021–2025 at 12.2 %/yr "
        "(target > 14 %/yr); New industrial parks.\n"
        "\n"
        "## Summary\n"
        "\n"
        "| Target                         | Goal                         | Actual | Year |    Gap "
        "| Status       |\n"
        "|--------------------------------|------------------------------|-------:|-----:|-------:|-"
        "-------------|\n"
        "| Industrial output, 2010 prices | > 27,700 billion VND in 2025 | 18,095 | 2022 | -9,605 "
        "| 🟡 at risk   |\n"
        "| Average growth \\| 2021–2025    | > 14 %/yr in 2020–2025       |   12.2 | 2022 |   -1.8 "
        "| 🟡 at risk   |\n"
        "| Industry's share of employment | > 25.8 % in 2025             |   22.5 | 2022 |   -3.3 "
        "| 🟢 on track  |\n"
        "| New industrial parks           | all 3 established by 2025    |      1 | 2022 |      — "
        "| 🔴 off track |\n"
        "\n"
        "🟢 1 on track · 🟡 2 at risk · 🔴 1 off track\n"
        "\n"
        "## Targets\n"
        "\n"
        "### 1. Industrial output, 2010 prices (`industrial_output`)\n"
        "\n"
        "- Goal: > 27,700 billion VND in 2025\n"
        "- Kind: level\n"
        "- Status: 🟡 at risk (progress ratio 0.87)\n"
        "- Actual: 18,095 billion VND (2022)\n"
        "- Base: 14,386.6 billion VND (2020)\n"
        "- Gap: -9,605 billion VND\n"
        "- Achievement: 65.3 % of the target\n"
        "- Actual growth rate: 12.2 %/yr\n"
        "- Required growth rate: 14.0 %/yr\n"
        "- Growth needed from 2022 to 2025: 15.3 %/yr\n"
        "- Projected for 2025 at the actual pace: 25,034.2 billion VND\n"
        "\n"
        "Yearly values:\n"
        "\n"
        "| Year | Value (billion VND) |\n"
        "|-----:|--------------------:|\n"
        "| 2020 |            14,386.6 |\n"
        "| 2021 |              16,143 |\n"
        "| 2022 |              18,095 |\n"
        "\n"
        "### 2. Average growth \\| 2021–2025 (`industrial_output_growth`)\n"
        "\n"
        "- Goal: > 14 %/yr in 2020–2025\n"
        "- Kind: growth\n"
        "- Status: 🟡 at risk (progress ratio 0.87)\n"
        "- Actual: 12.2 %/yr (2020–2022)\n"
        "- Base: 14,386.6 (2020)\n"
        "- Gap: -1.8 percentage points\n"
        "- Actual growth rate: 12.2 %/yr\n"
        "- Required growth rate: 14.0 %/yr\n"
        "- Projected for 2025 at the actual pace: 25,034.2\n"
        "\n"
        "Notes:\n"
        "\n"
        "- Growth is the compound (geometric) annual average from the base year.\n"
        "\n"
        "### 3. Industry's share of employment (`industrial_labour_share`)\n"
        "\n"
        "- Goal: > 25.8 % in 2025\n"
        "- Kind: share\n"
        "- Status: 🟢 on track (progress ratio 1.02)\n"
        "- Actual: 22.5 % (2022)\n"
        "- Base: 21 % (2021)\n"
        "- Gap: -3.3 percentage points\n"
        "- Achievement: 87.2 % of the target\n"
        "\n"
        "Yearly values:\n"
        "\n"
        "| Year | Value (%) |\n"
        "|-----:|----------:|\n"
        "| 2021 |        21 |\n"
        "| 2022 |      22.5 |\n"
        "\n"
        "Notes:\n"
        "\n"
        "- No value for the base year 2020; 2021 is used as the base.\n"
        "\n"
        "### 4. New industrial parks (`new_industrial_parks`)\n"
        "\n"
        "- Goal: all 3 established by 2025\n"
        "- Kind: milestones\n"
        "- Status: 🔴 off track\n"
        "- Actual: 1 (2022)\n"
        "\n"
        "Notes:\n"
        "\n"
        "- Reached: Tam Đa.\n"
        "- Not reached: Nam Sơn Dương, Nhữ Khê.\n"
        "\n"
        "## Method\n"
        "\n"
        "- Growth rates are compound annual averages: the actual rate runs from the base year to "
        "the latest year observed, (latest value ÷ base value)^(1 ÷ years) − 1; the required rate "
        "takes the base-year value to the target in the target year; the remaining rate takes the "
        "latest value to the target in the years left.\n"
        "- The projection carries the latest value to the target year at the actual rate.\n"
        "- The gap is actual − target, in the target's unit (percentage points for percentages); "
        "achievement is actual ÷ target × 100, or target ÷ actual × 100 where lower is better "
        "(“< 1 %”), so a missed target is always under 100 %.\n"
        "- A share is numerator ÷ denominator × 100. Occupancy is leased ÷ leasable land × 100, "
        "over all zones together (area-weighted) or as the mean of each zone's rate; each target's "
        "notes say which.\n"
        "- Status: from the target year on, a target is met when the target year's value satisfies "
        "it, else not met. Before the target year, a target already satisfied is met (a growth "
        "target never early); otherwise the progress ratio, actual rate ÷ required rate (sign "
        "reversed for lower-is-better targets; plus 2 for a growth bound the other way, such as < "
        "3 %/yr, so that 1 is the bound), decides: on track at 0.95 or more, at risk from "
        "0.6 to below 0.95, off track below 0.6. Insufficient data: nothing can be judged; the "
        "notes say why.\n"
        "- Method: Eurostat SDG progress assessment (ratio of actual to required growth, also used "
        "by Statistics Canada and Open SDG), with thresholds 0.95 and 0.6.\n"
        "- Comparisons follow the plan's wording: “trên X” (over X) is strictly greater (>), “ít "
        "nhất X” (at least X) is ≥.\n";
    CHECK(write_markdown_report(sample->evaluation, sample->evaluation.areas[0], ReportOptions{Lang::en}) ==
          expected);
}

TEST_CASE("Markdown report of an area without data: dashes in the table, the tally, no source") {
    const auto sample = test::make_sample();
    const std::string report =
        write_markdown_report(sample->evaluation, sample->evaluation.areas[1], ReportOptions{Lang::en});
    CHECK(report.rfind("# Tuyên Quang industrial development 2021–2025 — =cmd\n\n"
                       "Evaluated as of 2022 against the target set `tq-industry-2021-2025` "
                       "(period 2020–2025).\n\n"
                       "As of 2022, of 4 targets: 4 insufficient data.\n\n"
                       "## Summary\n\n",
                       0) == 0);
    CHECK(report.find("| Industrial output, 2010 prices | > 27,700 billion VND in 2025 |      — |    — |   — "
                      "| ⚪ insufficient data |\n") != std::string::npos);
    CHECK(report.find("\n⚪ 4 insufficient data\n") != std::string::npos);
    CHECK(report.find("- Status: ⚪ insufficient data\n\nNotes:\n\n- No observation for this target.\n") !=
          std::string::npos);
    CHECK(report.find("Source:") == std::string::npos);
}

TEST_CASE("Markdown report: user text is escaped, an unnamed area has no dash in the title") {
    auto sample = test::make_sample();
    sample->targets.title.en = "Plan *2025* <draft>";
    sample->targets.targets[0].title.en = "Output_[a|b]\nsecond line";
    sample->targets.targets[0].unit = "VND`";
    AreaEvaluation& area = sample->evaluation.areas[0];
    area.area.clear();
    area.source = "Yearbook.";
    area.results.resize(1);
    area.results[0].notes = {Note{NoteCode::milestones_missing, 0, 0, 0, {"Khu *A*"}}};
    const std::string report = write_markdown_report(sample->evaluation, area, ReportOptions{Lang::en});
    CHECK(report.rfind("# Plan \\*2025\\* \\<draft\\>\n\n", 0) == 0);
    CHECK(report.find("Source: Yearbook.\n") != std::string::npos);  // no doubled full stop
    CHECK(report.find("| Output\\_\\[a\\|b\\] second line | > 27,700 VND\\` in 2025 | 18,095 |") !=
          std::string::npos);
    CHECK(report.find("### 1. Output\\_\\[a\\|b\\] second line (`industrial_output`)\n") !=
          std::string::npos);
    CHECK(report.find("- Gap: -9,605 VND\\`\n") != std::string::npos);
    CHECK(report.find("- Not reached: Khu \\*A\\*.\n") != std::string::npos);
    CHECK(report.find("\n🟡 1 at risk\n") != std::string::npos);
}

TEST_CASE("Markdown report: the title names the area unless the plan's title already does, as words") {
    auto sample = test::make_sample();
    AreaEvaluation& area = sample->evaluation.areas[0];
    const auto heading = [&](const std::string& title, const std::string& name) {
        sample->targets.title.en = title;
        area.area = name;
        const std::string report = write_markdown_report(sample->evaluation, area, ReportOptions{Lang::en});
        return report.substr(0, report.find('\n'));
    };
    CHECK(heading("Tuyên Quang plan 2021–2025", "Tuyên Quang") == "# Tuyên Quang plan 2021–2025");
    CHECK(heading("Plan for Hàm Yên (draft)", "Hàm Yên") == "# Plan for Hàm Yên (draft)");
    CHECK(heading("Commune plan", "Xã An Khánh") == "# Commune plan — Xã An Khánh");
    // Inside another word, in ASCII or in Vietnamese letters, it is not the area's name.
    CHECK(heading("Anh Sơn plan", "An") == "# Anh Sơn plan — An");
    CHECK(heading("Plan Bình Anh", "Bình An") == "# Plan Bình Anh — Bình An");
    CHECK(heading("Plan Yên Sơnđ", "Yên Sơn") == "# Plan Yên Sơnđ — Yên Sơn");
}

TEST_CASE("Markdown report: a growth target's levels carry the series' unit") {
    auto sample = test::make_sample();
    AreaEvaluation& area = sample->evaluation.areas[0];
    TargetResult& growth = area.results.at(1);
    REQUIRE(growth.target->kind == TargetKind::growth);
    growth.level_unit = "billion VND";
    growth.trajectory = {{2020, 14386.6}, {2022, 18095}};
    const std::string report = write_markdown_report(sample->evaluation, area, ReportOptions{Lang::en});
    CHECK(report.find("- Base: 14,386.6 billion VND (2020)\n") != std::string::npos);
    CHECK(report.find("- Projected for 2025 at the actual pace: 25,034.2 billion VND\n") !=
          std::string::npos);
    CHECK(report.find("| Year | Value (billion VND) |") != std::string::npos);
    CHECK(report.find("- Actual growth rate: 12.2 %/yr\n") != std::string::npos);  // the rate keeps its unit
}

TEST_CASE("Markdown report: the method prints the thresholds in use") {
    auto sample = test::make_sample();
    sample->targets.assessment = {0.9, 0.5};
    const std::string report =
        write_markdown_report(sample->evaluation, sample->evaluation.areas[0], ReportOptions{Lang::en});
    CHECK(report.find("on track at 0.9 or more, at risk from 0.5 to below 0.9, off track below 0.5.") !=
          std::string::npos);
    CHECK(report.find("Open SDG), with thresholds 0.9 and 0.5.\n") != std::string::npos);
}

TEST_CASE("Markdown report: a positive gap shows its sign, a lower-is-better goal its symbol") {
    auto sample = test::make_sample();
    sample->targets.targets[0].op = Op::le;
    AreaEvaluation& area = sample->evaluation.areas[0];
    area.results[0].gap = 120.04;
    area.results[1].gap = 0.04;  // rounds to zero: no sign
    const std::string report = write_markdown_report(sample->evaluation, area, ReportOptions{Lang::en});
    CHECK(report.find("| ≤ 27,700 billion VND in 2025 | 18,095 | 2022 | +120 |") != std::string::npos);
    CHECK(report.find("- Gap: +120 billion VND\n") != std::string::npos);
    CHECK(report.find("- Gap: 0.0 percentage points\n") != std::string::npos);
    CHECK(report.find("| 2022 |  0.0 |") != std::string::npos);
}

TEST_CASE("Markdown report without targets or target set still reads well") {
    const Evaluation evaluation;
    const AreaEvaluation area;
    const std::string report = write_markdown_report(evaluation, area, ReportOptions{Lang::vi});
    CHECK(report.rfind("# Báo cáo đánh giá thực hiện chỉ tiêu\n\n## Tổng hợp\n\n"
                       "Không có chỉ tiêu nào để đánh giá.\n\n## Phương pháp\n\n",
                       0) == 0);
    CHECK(report.find("## Chi tiết từng chỉ tiêu") == std::string::npos);
}

TEST_CASE("Markdown report: a non-finite figure reads as absent, never nan") {
    auto sample = test::make_sample();
    AreaEvaluation& area = sample->evaluation.areas[0];
    area.results[0].gap = std::numeric_limits<double>::quiet_NaN();
    area.results[0].achievement_pct = std::numeric_limits<double>::infinity();
    area.results[0].trajectory.push_back({2023, std::numeric_limits<double>::quiet_NaN()});
    const std::string report = write_markdown_report(sample->evaluation, area, ReportOptions{Lang::en});
    CHECK(report.find("| 18,095 | 2022 |    — | 🟡 at risk   |") != std::string::npos);
    // only the growth target's gap is left
    CHECK(report.find("- Gap:") == report.find("- Gap: -1.8 percentage points"));
    CHECK(report.find("Achievement: ") == report.find("Achievement: 87.2 %"));
    CHECK(report.find("| 2023 |") == std::string::npos);
    CHECK(report.find("nan") == std::string::npos);
    CHECK(report.find("inf") == std::string::npos);
}
