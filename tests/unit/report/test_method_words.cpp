// The assessment methods in the reports' words: method section, status line, notes, and the
// Markdown report's links to charts.
#include <doctest/doctest.h>

#include "chitieu/report/markdown_report.hpp"
#include "report/labels.hpp"
#include "sample_evaluation.hpp"

using namespace chitieu;

namespace {

Assessment with_method(AssessmentMethod method, DnsChanges changes = DnsChanges::relative) {
    Assessment assessment;
    assessment.method = method;
    assessment.dns_changes = changes;
    return assessment;
}

}  // namespace

TEST_CASE("method words: eurostat's points are the Method section as before") {
    Assessment assessment;
    assessment.on_track = 0.9;
    assessment.at_risk = 0.5;
    CHECK(method_points(Lang::en, assessment) == method_points(Lang::en, "0.9", "0.5"));
    CHECK(method_points(Lang::vi, assessment) == method_points(Lang::vi, "0,9", "0,5"));
}

TEST_CASE("method words: unsd and dns name the method, its source and thresholds") {
    const std::vector<std::string> eurostat = method_points(Lang::en, Assessment{});
    const std::vector<std::string> unsd = method_points(Lang::en, with_method(AssessmentMethod::unsd));
    REQUIRE(unsd.size() == eurostat.size());
    CHECK(unsd[0] == eurostat[0]);
    CHECK(unsd.back() == eurostat.back());
    CHECK(unsd[4].find("P = (projection − base value) ÷ (target − base value)") != std::string::npos);
    CHECK(unsd[4].find("on track at 0.95 or more, acceleration needed (at risk) from 0.1 to below 0.95") !=
          std::string::npos);
    CHECK(unsd[5] ==
          "Method: UN Statistics Division (UNSD) SDG progress chart (technical note), progress towards a "
          "quantitative target, with thresholds 0.95 and 0.1.");

    const std::vector<std::string> dns = method_points(Lang::en, with_method(AssessmentMethod::dns));
    CHECK(dns[4].find("the average of the last 5 annual changes (relative changes, as a compound rate)") !=
          std::string::npos);
    CHECK(dns[4].find("partly cloudy (at risk: on track with a warning) from 5 % to 20 %") !=
          std::string::npos);
    CHECK(
        dns[5] ==
        "Method: weather symbols of the German Sustainable Development Strategy's indicator report (Federal "
        "Statistical Office, Destatis), with thresholds 5 % and 20 %; changes averaged relatively.");
    const std::vector<std::string> absolute =
        method_points(Lang::vi, with_method(AssessmentMethod::dns, DnsChanges::absolute));
    CHECK(
        absolute[5] ==
        "Phương pháp: ký hiệu thời tiết trong báo cáo chỉ số của Chiến lược phát triển bền vững của Đức (Cơ "
        "quan Thống kê Liên bang Đức, Destatis), với các ngưỡng 5 % và 20 %; mức thay đổi tính theo giá trị "
        "tuyệt đối.");
    CHECK(method_points(Lang::vi, with_method(AssessmentMethod::unsd))[5].find("các ngưỡng 0,95 và 0,1") !=
          std::string::npos);
}

TEST_CASE("method words: categories, measures and notes") {
    CHECK(method_category_label("unsd", "acceleration_needed", Lang::en) == "acceleration needed");
    CHECK(method_category_label("unsd", "stagnation_or_regression", Lang::vi) == "trì trệ hoặc đi lùi");
    CHECK(method_category_label("dns", "thunderstorm", Lang::vi) == "giông bão");
    CHECK(method_category_label("dns", "drizzle", Lang::en) == "drizzle");
    CHECK(progress_measure(with_method(AssessmentMethod::eurostat), 0.8684, Lang::en) ==
          "progress ratio 0.87");
    CHECK(progress_measure(with_method(AssessmentMethod::unsd), 0.61051, Lang::vi) == "P = 0,61");
    CHECK(progress_measure(with_method(AssessmentMethod::dns), 0.131667, Lang::en) == "s = 13.2 %");
    // Never a figure that contradicts the status: 0.59995 is off track, not "0.60"; an s of
    // 4.99996 % is sunny, not "5.0 %"; a P of 0.0999996 is stagnation, not "0.10".
    CHECK(progress_measure(with_method(AssessmentMethod::eurostat), 0.59995, Lang::en) ==
          "progress ratio 0.59995");
    CHECK(progress_measure(with_method(AssessmentMethod::dns), 0.0499996, Lang::vi) == "s = 4,99996 %");
    CHECK(progress_measure(with_method(AssessmentMethod::unsd), 0.0999996, Lang::en) == "P = 0.0999996");

    CHECK(
        note_sentence(Note{NoteCode::method_category, 0, 0, 0, {"unsd", "acceleration_needed"}}, Lang::en) ==
        "UNSD progress chart: acceleration needed — the projection covers 10 % to under 95 % of the way from "
        "the base to the target.");
    CHECK(note_sentence(Note{NoteCode::method_category, 0, 0, 0, {"dns", "sunny"}}, Lang::vi) ==
          "Ký hiệu thời tiết DNS: nắng — nếu giữ xu hướng này, chỉ tiêu sẽ đạt hoặc chỉ hụt dưới 5 % khoảng "
          "cách còn lại.");
    CHECK(note_sentence(Note{NoteCode::dns_extrapolation, 2019, 2024, 0, {"relative"}}, Lang::en) ==
          "Projection: the average relative (compound) annual change 2019–2024, carried to the target year.");
    CHECK(note_sentence(
              Note{NoteCode::dns_extrapolation, 2022, 2024, 0, {"absolute", "positive_values_needed"}},
              Lang::en) ==
          "Projection: the average absolute annual change 2022–2024, carried to the target year (a straight "
          "line). Relative changes need positive values, so absolute changes are used.");
    CHECK(note_sentence(Note{NoteCode::dns_extrapolation, 2019, 2024, 0, {"absolute"}}, Lang::vi) ==
          "Dự báo: giữ mức thay đổi tuyệt đối bình quân hằng năm giai đoạn 2019–2024 đến năm mục tiêu (đường "
          "thẳng).");
}

TEST_CASE("markdown report: the method's category in the status line, charts linked") {
    auto sample = test::make_sample();
    sample->targets.assessment = with_method(AssessmentMethod::dns);
    AreaEvaluation& area = sample->evaluation.areas[0];
    area.results[0].progress_ratio = 0.131667;
    area.results[0].notes.push_back(Note{NoteCode::method_category, 0, 0, 0, {"dns", "partly_cloudy"}});
    ReportOptions options{Lang::en};
    options.charts = true;
    options.chart_stem = "Tuyên-Quang";
    const std::string report = write_markdown_report(sample->evaluation, area, options);
    CHECK(report.find("- Status: 🟡 at risk — partly cloudy (s = 13.2 %)\n") != std::string::npos);
    CHECK(report.find("- DNS weather symbol: partly cloudy — ") != std::string::npos);
    CHECK(report.find("\n![Industrial output, 2010 prices](charts/Tuyên-Quang-industrial_output.svg)\n") !=
          std::string::npos);
    CHECK(report.find("(charts/Tuyên-Quang-industrial_labour_share.svg)") != std::string::npos);
    CHECK(report.find("(charts/Tuyên-Quang-new_industrial_parks.svg)") == std::string::npos);  // milestones
    CHECK(report.find("changes averaged relatively.") != std::string::npos);

    options.charts = false;
    CHECK(write_markdown_report(sample->evaluation, area, options).find("![") == std::string::npos);
}
