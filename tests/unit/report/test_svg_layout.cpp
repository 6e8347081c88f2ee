// The SVG chart's layout: text boxes, the years spanned, the subtitle's size, and where the target
// label goes (above a floor's marker, below a ceiling's, inside the plot area in every case).
#include <doctest/doctest.h>

#include "report/svg_layout.hpp"

using namespace chitieu;
using namespace chitieu::svg;

namespace {

ChartData level_data(double target, std::vector<YearValue> actual) {
    ChartData data;
    data.actual = std::move(actual);
    data.has_target = true;
    data.target = {2025, target};
    data.first_year = 2020;
    data.last_year = 2025;
    return data;
}

ChartTexts texts_for(const std::string& label, int direction) {
    ChartTexts texts;
    texts.title = "Industrial output";
    texts.subtitle = "Long Bình An · ≥ 27,700 billion VND in 2025 · at risk";
    texts.target_label = label;
    texts.target_direction = direction;
    return texts;
}

bool clear_of_other_texts(const ChartLayout& layout) {
    const Box label = text_box(*layout.target_label);
    if (!inside(label, layout.plot) || overlaps(label, text_box(layout.subtitle))) return false;
    for (const auto* ticks : {&layout.value_ticks, &layout.year_ticks})
        for (const TextItem& tick : *ticks)
            if (overlaps(label, text_box(tick))) return false;
    return true;
}

}  // namespace

TEST_CASE("svg layout: boxes") {
    // "≥ 500": 5 characters at 12 px, bold: 5 x 12 x 0.72 = 43.2 px wide, ending at x = 100.
    const Box box = text_box({100, 50, "≥ 500", 12, Anchor::end, true});
    CHECK(box.left == doctest::Approx(56.8));
    CHECK(box.right == doctest::Approx(100));
    CHECK(box.top == doctest::Approx(38));
    CHECK(box.bottom == doctest::Approx(53.6));
    // Vietnamese letters count once each (NFC): "Nhữ Khê" is 7 characters, 7 x 10 x 0.65 = 45.5.
    const Box middle = text_box({100, 50, "Nhữ Khê", 10, Anchor::middle, false});
    CHECK(middle.right - middle.left == doctest::Approx(45.5));
    CHECK(middle.left == doctest::Approx(77.25));
    CHECK(overlaps({0, 0, 10, 10}, {5, 5, 15, 15}));
    CHECK_FALSE(overlaps({0, 0, 10, 10}, {10, 0, 20, 10}));  // touching is not overlapping
    CHECK(inside({1, 1, 2, 2}, {0, 0, 3, 3}));
    CHECK_FALSE(inside({1, 1, 4, 2}, {0, 0, 3, 3}));
}

TEST_CASE("svg layout: the years and the value axis") {
    ChartData data = level_data(500, {{2023, 320}});
    ChartLayout layout = chart_layout(data, texts_for("≥ 500", +1));
    CHECK(layout.frame.first_year == 2020);
    CHECK(layout.frame.last_year == 2025);
    REQUIRE(layout.year_ticks.size() == 6);
    CHECK(layout.year_ticks.front().text == "2020");
    CHECK(layout.frame.x(2020) == doctest::Approx(kPlotLeft));
    CHECK(layout.frame.x(2025) == doctest::Approx(kPlotRight));
    // 320 to 500: half the range over 2.5 is 36, whose nice step is 50; 300 to 500.
    CHECK(value_scale(data).step == doctest::Approx(50));
    CHECK(layout.value_ticks.front().text == "300");
    CHECK(layout.value_ticks.back().text == "500");
    // One year only (a base year equal to the target year): the axis still has a width.
    data.first_year = data.last_year = 2025;
    layout = chart_layout(data, texts_for("≥ 500", +1));
    CHECK(layout.frame.last_year == 2026);
}

TEST_CASE("svg layout: the target label's place") {
    // A floor inside the range: above the marker, left of it.
    ChartLayout layout =
        chart_layout(level_data(20000, {{2020, 12982}, {2024, 23730}}), texts_for("≥ 20,000", +1));
    REQUIRE(layout.target_label);
    const double marker_y = layout.frame.y(20000);
    CHECK(layout.target_label->baseline == doctest::Approx(marker_y - 10));
    CHECK(layout.target_label->anchor == Anchor::end);
    CHECK(clear_of_other_texts(layout));
    // A floor at the top of the axis: no room above, so below.
    layout = chart_layout(level_data(30000, {{2020, 12982}, {2024, 23730}}), texts_for("≥ 30,000", +1));
    CHECK(layout.frame.y(30000) == doctest::Approx(kPlotTop));
    CHECK(layout.target_label->baseline == doctest::Approx(kPlotTop + 20));
    CHECK(clear_of_other_texts(layout));
    // A ceiling inside the range: below; at the foot of the axis: above.
    layout = chart_layout(level_data(5, {{2020, 9.8}, {2024, 4.1}}), texts_for("< 5", -1));
    CHECK(layout.target_label->baseline == doctest::Approx(layout.frame.y(5) + 20));
    CHECK(clear_of_other_texts(layout));
    layout = chart_layout(level_data(2, {{2020, 9.8}, {2024, 4.1}}), texts_for("< 2", -1));
    CHECK(layout.frame.y(2) == doctest::Approx(kPlotBottom));
    CHECK(layout.target_label->baseline == doctest::Approx(kPlotBottom - 10));
    CHECK(clear_of_other_texts(layout));
    // The marker at the left edge (the target year first on the axis): right of it.
    ChartData early = level_data(20000, {{2025, 21000}, {2027, 23000}});
    early.first_year = 2025;
    early.last_year = 2027;
    layout = chart_layout(early, texts_for("≥ 20,000", +1));
    CHECK(layout.target_label->anchor == Anchor::start);
    CHECK(clear_of_other_texts(layout));
    // No target, no label.
    ChartData none = level_data(0, {{2020, 1}});
    none.has_target = false;
    CHECK_FALSE(chart_layout(none, texts_for("", +1)).target_label);
}

TEST_CASE("svg layout: a long subtitle gets a smaller font and stays on the canvas") {
    ChartTexts texts = texts_for("≥ 1", +1);
    CHECK(chart_layout(level_data(1, {{2020, 0}}), texts).subtitle.size == 12);
    texts.subtitle =
        "Khu công nghiệp Long Bình An, thành phố Tuyên Quang · ≥ 27.700 tỷ đồng năm 2025 · có nguy cơ "
        "không đạt — cần tăng tốc";
    const ChartLayout layout = chart_layout(level_data(1, {{2020, 0}}), texts);
    CHECK(layout.subtitle.size < 12);
    CHECK(layout.subtitle.size >= 8);
    CHECK(text_box(layout.subtitle).right <= 720);
}
