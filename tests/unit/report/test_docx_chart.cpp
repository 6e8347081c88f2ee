// The Word report's native chart: the SVG chart's years (base to target year) and value axis
// (the same nice scale), and the report's number format on the value axis instead of General.
#include <doctest/doctest.h>

#include "report/docx_parts.hpp"
#include "sample_evaluation.hpp"

using namespace chitieu;

TEST_CASE("docx chart: years from the base year, the value axis's scale and number format") {
    auto sample = test::make_sample();
    TargetResult result = sample->evaluation.areas[0].results[0];
    // One observation, in 2022: the categories still run 2020 to 2025 (6 of them).
    result.trajectory = {{2022, 18095}};
    const std::string xml = docx::chart_xml(result, "Output", "billion VND", Lang::vi);
    CHECK(xml.find("<c:ptCount val=\"6\"/><c:pt idx=\"0\"><c:v>2020</c:v>") != std::string::npos);
    CHECK(xml.find("<c:pt idx=\"5\"><c:v>2025</c:v>") != std::string::npos);
    // 18,095 to 27,700: half the range over 2.5 is 1,921, whose nice step is 2,000; 18,000 to 28,000.
    CHECK(xml.find("<c:max val=\"28000\"/><c:min val=\"18000\"/>") != std::string::npos);
    CHECK(xml.find("<c:majorUnit val=\"2000\"/>") != std::string::npos);
    CHECK(xml.find("<c:numFmt formatCode=\"#,##0\" sourceLinked=\"0\"/><c:majorTickMark "
                   "val=\"out\"/><c:minorTickMark "
                   "val=\"none\"/><c:tickLblPos val=\"nextTo\"/>") != std::string::npos);
    CHECK(xml.find("General\" sourceLinked=\"0\"/><c:majorTickMark val=\"out\"/><c:minorTickMark "
                   "val=\"none\"/><c:tickLblPos "
                   "val=\"nextTo\"/>") == std::string::npos);
    // A share from 21 to 22.49 with the target at 22: half the range over 2.5 is 0.298, whose nice
    // step is 0.5: one decimal.
    TargetResult share = sample->evaluation.areas[0].results[2];
    Target target = *share.target;
    target.value = 22;
    share.target = &target;
    const std::string shares = docx::chart_xml(share, "Share", "%", Lang::en);
    CHECK(shares.find("formatCode=\"#,##0.0\"") != std::string::npos);
}
