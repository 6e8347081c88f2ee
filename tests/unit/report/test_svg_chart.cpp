// SVG charts: which targets get one, their names, and what a chart shows (words and numbers in
// the report's language, escaped text, the target marker, nothing external, never NaN).
#include <doctest/doctest.h>

#include <cmath>
#include <limits>

#include "chitieu/report/svg_chart.hpp"
#include "sample_evaluation.hpp"

using namespace chitieu;

namespace {

std::size_t count(const std::string& text, const std::string& needle) {
    std::size_t n = 0;
    for (std::size_t at = text.find(needle); at != std::string::npos; at = text.find(needle, at + 1)) ++n;
    return n;
}

// The sample's industrial output target with the paths the engine would give.
TargetResult output_result(const test::Sample& sample) {
    TargetResult result = sample.evaluation.areas[0].results[0];
    result.required_path = {{2020, 14386.6}, {2021, 16400.7}, {2022, 18696.8},
                            {2023, 21314.4}, {2024, 24298.4}, {2025, 27700}};
    result.projection_path = {{2022, 18095}, {2023, 20295}, {2024, 22762}, {2025, 25034.21}};
    return result;
}

}  // namespace

TEST_CASE("svg chart: which targets get a chart, and its file name") {
    auto sample = test::make_sample();
    const auto& results = sample->evaluation.areas[0].results;
    CHECK(has_chart(results[0]));        // level
    CHECK_FALSE(has_chart(results[1]));  // growth without a trajectory in the sample
    CHECK(has_chart(results[2]));        // share
    CHECK_FALSE(has_chart(results[3]));  // milestones
    TargetResult growth = results[1];
    growth.trajectory = {{2020, 14386.6}, {2022, 18095}};
    CHECK(has_chart(growth));
    TargetResult no_target = results[0];
    no_target.target = nullptr;
    CHECK_FALSE(has_chart(no_target));
    CHECK(chart_file_name("Tuyên-Quang", "industrial_output") == "charts/Tuyên-Quang-industrial_output.svg");
}

TEST_CASE("svg chart: an English level chart") {
    auto sample = test::make_sample();
    const std::string svg =
        write_svg_chart(sample->evaluation.areas[0], output_result(*sample), ReportOptions{Lang::en});
    CHECK(svg.rfind("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<svg xmlns=\"http://www.w3.org/2000/svg\" "
                    "version=\"1.1\" "
                    "width=\"720\" height=\"420\" viewBox=\"0 0 720 420\" font-family=\"sans-serif\">\n",
                    0) == 0);
    CHECK(svg.find("<title>Industrial output, 2010 prices</title>") != std::string::npos);
    CHECK(svg.find(">Tuyên Quang · &gt; 27,700 billion VND in 2025 · at risk</text>") != std::string::npos);
    // Axes: years 2020-2025 and the unit; value ticks 10,000 to 30,000 in steps of 5,000.
    for (const char* label : {">2020</text>", ">2025</text>", ">Year</text>", ">billion VND</text>",
                              ">10,000</text>", ">30,000</text>"})
        CHECK_MESSAGE(svg.find(label) != std::string::npos, label);
    CHECK(svg.find(">9,000</text>") == std::string::npos);
    // Legend and lines: observations (3 dots + the legend's), required path, projection, target.
    CHECK(svg.find(">Actual</text>") != std::string::npos);
    CHECK(svg.find(">Required path</text>") != std::string::npos);
    CHECK(svg.find(">Projection</text>") != std::string::npos);
    CHECK(svg.find(">Target (2025)</text>") != std::string::npos);
    CHECK(svg.find(">&gt; 27,700</text>") != std::string::npos);
    CHECK(count(svg, "<circle") == 4);
    CHECK(count(svg, "<polyline") == 3);
    CHECK(svg.find("<script") == std::string::npos);
    CHECK(svg.find("href") == std::string::npos);
    CHECK(svg.rfind("</svg>\n") == svg.size() - 7);
}

TEST_CASE("svg chart: Vietnamese words and numbers") {
    auto sample = test::make_sample();
    const std::string svg =
        write_svg_chart(sample->evaluation.areas[0], output_result(*sample), ReportOptions{Lang::vi});
    CHECK(svg.find("<title>Giá trị sản xuất công nghiệp (giá so sánh 2010)</title>") != std::string::npos);
    CHECK(svg.find(">Năm</text>") != std::string::npos);
    CHECK(svg.find(">tỷ đồng</text>") != std::string::npos);
    CHECK(svg.find(">10.000</text>") != std::string::npos);
    CHECK(svg.find(">&gt; 27.700</text>") != std::string::npos);
    CHECK(svg.find(">Thực hiện</text>") != std::string::npos);
    CHECK(svg.find(">Lộ trình cần thiết</text>") != std::string::npos);
    CHECK(svg.find(">Dự báo</text>") != std::string::npos);
    CHECK(svg.find(">Chỉ tiêu (2025)</text>") != std::string::npos);
    CHECK(svg.find("có nguy cơ không đạt</text>") != std::string::npos);
}

TEST_CASE("svg chart: growth targets chart levels and mark where the target rate leads") {
    auto sample = test::make_sample();
    TargetResult growth = sample->evaluation.areas[0].results[1];
    growth.trajectory = {{2020, 100}, {2022, 121}};
    growth.required_path = {{2020, 100},    {2021, 114},   {2022, 129.96},
                            {2023, 148.15}, {2024, 168.9}, {2025, 192.54}};
    const std::string svg = write_svg_chart(sample->evaluation.areas[0], growth, ReportOptions{Lang::en});
    CHECK(svg.find(">Level</text>") != std::string::npos);  // the series' unit unknown
    CHECK(svg.find(">&gt; 192.5</text>") != std::string::npos);
    growth.level_unit = "tỷ đồng";  // in the chart's language: an English chart says billion VND
    CHECK(write_svg_chart(sample->evaluation.areas[0], growth, ReportOptions{Lang::en})
              .find(">billion VND</text>") != std::string::npos);
    CHECK(svg.find(">Projection</text>") == std::string::npos);  // none given
    // Without a required path there is no level to mark.
    growth.required_path.clear();
    const std::string bare = write_svg_chart(sample->evaluation.areas[0], growth, ReportOptions{Lang::en});
    CHECK(bare.find(">Target (") == std::string::npos);
    CHECK(bare.find("<path") == std::string::npos);
}

TEST_CASE("svg chart: user text is escaped, odd numbers never print as nan") {
    auto sample = test::make_sample();
    AreaEvaluation area = sample->evaluation.areas[0];
    area.area = "A & B <\"x\"> 'y'\x01\xff";
    TargetResult result = output_result(*sample);
    Target target = *result.target;
    target.title.en = "Title </text><script>alert(1)</script>";
    result.target = &target;
    result.trajectory.push_back({2023, std::numeric_limits<double>::quiet_NaN()});
    const std::string svg = write_svg_chart(area, result, ReportOptions{Lang::en});
    CHECK(svg.find("A &amp; B &lt;&quot;x&quot;&gt; &apos;y&apos;\xEF\xBF\xBD\xEF\xBF\xBD") !=
          std::string::npos);
    CHECK(svg.find("<script") == std::string::npos);
    CHECK(svg.find("&lt;/text&gt;&lt;script&gt;") != std::string::npos);
    CHECK(svg.find("nan") == std::string::npos);

    // Values near the largest double: every coordinate stays finite.
    result.trajectory = {{2020, 1e308}, {2022, 1.7e308}};
    result.required_path = {{2020, -1e308}, {2025, 1.5e308}};
    result.projection_path.clear();
    target.value = 1.5e308;
    const std::string huge = write_svg_chart(area, result, ReportOptions{Lang::en});
    CHECK(huge.find("nan") == std::string::npos);
    CHECK(huge.find("inf") == std::string::npos);
    // A single observation equal to the target still gets a value axis.
    result.trajectory = {{2022, 27700}};
    result.required_path.clear();
    target.value = 27700;
    const std::string flat = write_svg_chart(area, result, ReportOptions{Lang::en});
    CHECK(count(flat, "<circle") == 2);
    CHECK(flat.find("nan") == std::string::npos);
}
