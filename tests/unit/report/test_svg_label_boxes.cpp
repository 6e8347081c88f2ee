// The SVG chart's texts do not collide: read back from the written SVG (every <text>, its x, y,
// anchor and size), each text's box is estimated from its character count and font size, and the
// target's label must meet neither the subtitle nor a tick label, and stay inside the plot area,
// for the charts that used to go wrong: one observed year, a target far above or below the
// observations, a lower-is-better target, a target year one after the base, long Vietnamese
// names. The estimate is this test's own (wider than DejaVu Sans's glyphs), not the writer's.
#include <doctest/doctest.h>

#include <optional>
#include <regex>
#include <string>
#include <vector>

#include "chitieu/report/svg_chart.hpp"
#include "chitieu/util/utf8.hpp"

using namespace chitieu;

namespace {

struct Placed {
    std::string text, fill;
    double left, top, right, bottom;
    bool tick = false;  // a tick label: in the axes' group, without a font size of its own
};

std::string unescaped(std::string text) {
    for (const auto& [from, to] : {std::pair<std::string, std::string>{"&lt;", "<"},
                                   {"&gt;", ">"},
                                   {"&quot;", "\""},
                                   {"&apos;", "'"},
                                   {"&amp;", "&"}})
        for (std::size_t at = text.find(from); at != std::string::npos; at = text.find(from, at))
            text.replace(at, from.size(), to);
    return text;
}

std::optional<std::string> attribute(const std::string& attributes, const std::string& name) {
    std::smatch match;
    if (std::regex_search(attributes, match, std::regex(" " + name + "=\"([^\"]*)\""))) return match[1].str();
    return std::nullopt;
}

std::vector<Placed> texts_of(const std::string& svg) {
    std::vector<Placed> out;
    const std::regex element("<text([^>]*)>([^<]*)</text>");
    for (auto it = std::sregex_iterator(svg.begin(), svg.end(), element); it != std::sregex_iterator();
         ++it) {
        const std::string attributes = (*it)[1].str();
        if (attributes.find("rotate(") != std::string::npos) continue;  // the y axis's name, at the left
        Placed placed;
        placed.text = unescaped((*it)[2].str());
        placed.fill = attribute(attributes, "fill").value_or("");
        const std::optional<std::string> size = attribute(attributes, "font-size");
        const std::optional<std::string> anchor = attribute(attributes, "text-anchor");
        placed.tick = !size && anchor;  // legend words have no anchor; ticks are anchored
        const double font = size ? std::stod(*size) : 11.0;
        const bool bold = attributes.find("font-weight=\"bold\"") != std::string::npos;
        // 0.65 em a character, 0.72 in bold; 1 em above the baseline, 0.3 below.
        const double width = static_cast<double>(display_width(placed.text)) * font * (bold ? 0.72 : 0.65);
        const double x = std::stod(*attribute(attributes, "x")), y = std::stod(*attribute(attributes, "y"));
        placed.left = anchor == "end" ? x - width : anchor == "middle" ? x - width / 2 : x;
        placed.right = placed.left + width;
        placed.top = y - font;
        placed.bottom = y + 0.3 * font;
        out.push_back(placed);
    }
    return out;
}

bool meet(const Placed& a, const Placed& b) {
    return a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
}

// Checks the chart of `result` in both languages; returns the target label's text (English).
std::string check_label(const std::string& area_name, const TargetResult& result) {
    std::string label;
    for (const Lang lang : {Lang::en, Lang::vi}) {
        AreaEvaluation area;
        area.area = area_name;
        const std::string svg = write_svg_chart(area, result, ReportOptions{lang});
        const std::vector<Placed> texts = texts_of(svg);
        const Placed* target = nullptr;
        const Placed* subtitle = nullptr;
        for (const Placed& text : texts) {
            if (text.fill == "#c0392b") target = &text;
            if (text.fill == "#444444") subtitle = &text;
        }
        REQUIRE(target != nullptr);
        REQUIRE(subtitle != nullptr);
        INFO("label \"", target->text, "\" at ", target->left, ",", target->top, " – ", target->right, ",",
             target->bottom);
        CHECK_FALSE(meet(*target, *subtitle));
        for (const Placed& text : texts)
            if (text.tick) {
                INFO("tick \"", text.text, "\"");
                CHECK_FALSE(meet(*target, text));
            }
        // Inside the plot area (88..680 x 72..326): a ceiling's label too.
        CHECK(target->left >= 88);
        CHECK(target->right <= 680);
        CHECK(target->top >= 72);
        CHECK(target->bottom <= 326);
        // The subtitle stays on the canvas, long names and all.
        CHECK(subtitle->right <= 720);
        if (lang == Lang::en) label = target->text;
    }
    return label;
}

struct Case {
    Target target;
    TargetResult result;
};

Case make_case(Op op, double value, int base, int year, std::vector<YearValue> observed,
               std::vector<YearValue> required = {}) {
    Case c;
    c.target.id = "t";
    c.target.kind = TargetKind::level;
    c.target.title = {"Industrial output", "Giá trị sản xuất công nghiệp"};
    c.target.unit = "billion VND";
    c.target.op = op;
    c.target.value = value;
    c.target.base_year = base;
    c.target.year = year;
    c.result.status = Status::off_track;
    c.result.trajectory = std::move(observed);
    c.result.required_path = std::move(required);
    if (!c.result.trajectory.empty()) {
        c.result.actual_year = c.result.trajectory.back().year;
        c.result.actual_value = c.result.trajectory.back().value;
    }
    return c;
}

const std::vector<YearValue> kOutput = {
    {2020, 12982}, {2021, 15163}, {2022, 17680}, {2023, 20456.9}, {2024, 23730}};

}  // namespace

TEST_CASE("svg chart label boxes: one observed year") {
    Case c = make_case(Op::ge, 500, 2020, 2025, {{2023, 320}}, {{2023, 320}, {2024, 400}, {2025, 500}});
    c.result.target = &c.target;
    CHECK(check_label("Long Bình An", c.result) == "≥ 500");
    // The x axis runs from the base year to the target year, not from the one observation.
    AreaEvaluation area;
    area.area = "Long Bình An";
    const std::string svg = write_svg_chart(area, c.result, ReportOptions{Lang::en});
    CHECK(svg.find(">2020</text>") != std::string::npos);
    CHECK(svg.find(">2025</text>") != std::string::npos);
    // Without any path: still base to target year.
    c.result.required_path.clear();
    check_label("Nhữ Khê", c.result);
    CHECK(write_svg_chart(area, c.result, ReportOptions{Lang::en}).find(">2020</text>") != std::string::npos);
}

TEST_CASE("svg chart label boxes: a target far above and far below the observations") {
    Case above = make_case(Op::ge, 90000, 2020, 2025, kOutput);
    above.result.target = &above.target;
    CHECK(check_label("Long Bình An", above.result) == "≥ 90,000");
    Case below = make_case(Op::le, 100, 2020, 2025, kOutput);
    below.result.target = &below.target;
    CHECK(check_label("Long Bình An", below.result) == "≤ 100");
    // A floor right at the top of the axis (30,000 is a tick): its label goes below the marker.
    Case top = make_case(Op::ge, 30000, 2020, 2025, kOutput);
    top.result.target = &top.target;
    check_label("Nhữ Khê", top.result);
}

TEST_CASE("svg chart label boxes: lower is better") {
    Case poverty =
        make_case(Op::lt, 3, 2020, 2025, {{2020, 9.8}, {2021, 8.1}, {2022, 6.9}, {2023, 5.2}, {2024, 4.1}});
    poverty.target.unit = "%";
    poverty.result.target = &poverty.target;
    CHECK(check_label("Long Bình An", poverty.result) == "< 3");
    // One observation and the ceiling at the axis's foot.
    Case single =
        make_case(Op::lt, 2, 2020, 2025, {{2022, 6.5}}, {{2022, 6.5}, {2023, 4.4}, {2024, 3}, {2025, 2}});
    single.target.unit = "%";
    single.result.target = &single.target;
    CHECK(check_label("Nhữ Khê", single.result) == "< 2");
}

TEST_CASE("svg chart label boxes: the target year one after the base") {
    Case next = make_case(Op::ge, 26000, 2024, 2025, {{2024, 23730}}, {{2024, 23730}, {2025, 26000}});
    next.result.target = &next.target;
    check_label("Long Bình An", next.result);
    Case ceiling = make_case(Op::le, 3, 2024, 2025, {{2024, 4.1}}, {{2024, 4.1}, {2025, 3}});
    ceiling.result.target = &ceiling.target;
    check_label("Nhữ Khê", ceiling.result);
}

TEST_CASE("svg chart label boxes: long Vietnamese names stay on the canvas") {
    Case c = make_case(Op::ge, 30000, 2020, 2025, kOutput);
    c.target.title = {"Industrial output", "Giá trị sản xuất công nghiệp trên địa bàn (giá so sánh 2010)"};
    c.result.target = &c.target;
    check_label("Khu công nghiệp Long Bình An, thành phố Tuyên Quang, tỉnh Tuyên Quang", c.result);
    check_label("Xã Nhữ Khê, huyện Yên Sơn, tỉnh Tuyên Quang", c.result);
}
