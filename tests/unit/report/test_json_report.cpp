// The JSON gap report: exact text for a small evaluation, nulls for absent figures, escaping,
// words in the report's language, and the assessment method.
#include <doctest/doctest.h>

#include <limits>

#include "chitieu/report/json_report.hpp"
#include "sample_evaluation.hpp"

using namespace chitieu;

namespace {

struct Small {
    TargetSet set;
    Evaluation evaluation;
};

// One area, one level target with every figure, and one target with none.
std::unique_ptr<Small> make_small() {
    auto small = std::make_unique<Small>();
    small->set.id = "plan";
    small->set.title = {"Plan \"A\"", "Kế hoạch A"};
    small->set.base_year = 2020;
    small->set.end_year = 2025;
    small->set.origin = "plan.yaml";
    Target output;
    output.id = "output";
    output.title = {"Output", "Giá trị"};
    output.unit = "billion VND";
    output.op = Op::ge;
    output.value = 200;
    output.base_year = 2020;
    output.year = 2025;
    Target other = output;
    other.id = "other";
    other.kind = TargetKind::share;
    other.unit = "%";
    small->set.targets = {output, other};

    TargetResult full;
    full.target = &small->set.targets[0];
    full.status = Status::at_risk;
    full.actual_value = 121;
    full.actual_year = 2022;
    full.base_year = 2020;
    full.base_value = 100;
    full.gap = -79;
    full.achievement_pct = 60.5;
    full.actual_rate_pct = 10.000000004;
    full.required_rate_pct = 14.869835499703509;
    full.remaining_rate_pct = 18.2;
    full.projected_value = 161.051;
    full.progress_ratio = 0.6725023958872571;
    full.trajectory = {{2020, 100}, {2022, 121}};
    full.required_path = {{2020, 100}, {2025, 200}};
    full.projection_path = {{2022, 121}, {2025, 161.051}};
    full.notes = {Note{NoteCode::base_year_fallback, 2019, 2020, 0, {}}};
    TargetResult empty;
    empty.target = &small->set.targets[1];
    empty.notes = {Note{NoteCode::no_observation, 0, 0, 0, {}}};

    small->evaluation.targets = &small->set;
    small->evaluation.as_of = 2022;
    AreaEvaluation area;
    area.area = "Hàm Yên";
    area.results = {full, empty};
    small->evaluation.areas = {area};
    return small;
}

}  // namespace

TEST_CASE("json report: the whole document for a small evaluation") {
    auto small = make_small();
    const std::string json = write_json_report(small->evaluation, ReportOptions{Lang::en});
    const std::string method_notes_start = "  \"method_notes\": [\n    \"Growth rates are compound";
    REQUIRE(json.find(method_notes_start) != std::string::npos);
    // Everything but the method notes (their words are the Markdown report's, tested there).
    const std::size_t notes_begin = json.find("  \"method_notes\"");
    const std::size_t notes_end = json.find("  \"areas\"");
    const std::string without_notes = json.substr(0, notes_begin) + json.substr(notes_end);
    CHECK(without_notes ==
          R"({
  "language": "en",
  "as_of": 2022,
  "target_set": {
    "id": "plan",
    "title": "Plan \"A\"",
    "period": {"base": 2020, "end": 2025},
    "origin": "plan.yaml",
    "assessment": {
      "method": "eurostat",
      "title": "Eurostat SDG progress assessment",
      "on_track": 0.95,
      "at_risk": 0.6,
      "changes": null
    }
  },
  "areas": [
    {
      "area": "Hàm Yên",
      "source": null,
      "targets": [
        {
          "area": "Hàm Yên",
          "target_id": "output",
          "kind": "level",
          "title": "Output",
          "op": ">=",
          "target_value": 200,
          "unit": "billion VND",
          "target_year": 2025,
          "actual_value": 121,
          "actual_year": 2022,
          "gap": -79,
          "achievement_pct": 60.5,
          "actual_rate_pct": 10,
          "required_rate_pct": 14.8698,
          "remaining_rate_pct": 18.2,
          "projected_value": 161.051,
          "status": "at_risk",
          "status_label": "at risk",
          "unit_label": "billion VND",
          "progress_ratio": 0.6725,
          "method_category": null,
          "base_year": 2020,
          "base_value": 100,
          "level_unit": null,
          "trajectory": [
            {"year": 2020, "value": 100},
            {"year": 2022, "value": 121}
          ],
          "required_path": [
            {"year": 2020, "value": 100},
            {"year": 2025, "value": 200}
          ],
          "projection_path": [
            {"year": 2022, "value": 121},
            {"year": 2025, "value": 161.051}
          ],
          "notes": [
            {
              "code": "base_year_fallback",
              "text": "No value for the base year 2019; 2020 is used as the base."
            }
          ]
        },
        {
          "area": "Hàm Yên",
          "target_id": "other",
          "kind": "share",
          "title": "Output",
          "op": ">=",
          "target_value": 200,
          "unit": "%",
          "target_year": 2025,
          "actual_value": null,
          "actual_year": null,
          "gap": null,
          "achievement_pct": null,
          "actual_rate_pct": null,
          "required_rate_pct": null,
          "remaining_rate_pct": null,
          "projected_value": null,
          "status": "insufficient_data",
          "status_label": "insufficient data",
          "unit_label": "%",
          "progress_ratio": null,
          "method_category": null,
          "base_year": null,
          "base_value": null,
          "level_unit": null,
          "trajectory": [],
          "required_path": [],
          "projection_path": [],
          "notes": [
            {
              "code": "no_observation",
              "text": "No observation for this target."
            }
          ]
        }
      ]
    }
  ]
}
)");
}

TEST_CASE("json report: Vietnamese words, the method and its category") {
    auto small = make_small();
    small->set.assessment.method = AssessmentMethod::dns;
    small->set.assessment.dns_changes = DnsChanges::absolute;
    small->evaluation.areas[0].results[0].notes.push_back(
        Note{NoteCode::method_category, 0, 0, 0, {"dns", "cloudy"}});
    const std::string json = write_json_report(small->evaluation, ReportOptions{Lang::vi});
    CHECK(json.find("\"language\": \"vi\"") != std::string::npos);
    CHECK(json.find("\"title\": \"Kế hoạch A\"") != std::string::npos);
    CHECK(json.find("\"status_label\": \"có nguy cơ không đạt\"") != std::string::npos);
    CHECK(json.find("\"method\": \"dns\"") != std::string::npos);
    CHECK(json.find("\"on_track\": 0.05,\n      \"at_risk\": 0.2,\n      \"changes\": \"absolute\"") !=
          std::string::npos);
    CHECK(json.find("\"method_category\": \"cloudy\"") != std::string::npos);
    CHECK(json.find("\"text\": \"Ký hiệu thời tiết DNS: nhiều mây — ") != std::string::npos);
    CHECK(json.find("Phương pháp: ký hiệu thời tiết") != std::string::npos);
    // Numbers stay machine numbers in Vietnamese: a dot, no grouping.
    CHECK(json.find("\"projected_value\": 161.051") != std::string::npos);
}

TEST_CASE("json report: text is escaped, areas share one document") {
    auto sample = chitieu::test::make_sample();
    const std::string json = write_json_report(sample->evaluation, ReportOptions{Lang::en});
    CHECK(json.find("\"area\": \"=cmd\"") != std::string::npos);  // JSON needs no formula defence
    CHECK(json.find("\"title\": \"Average growth | 2021–2025\"") != std::string::npos);
    CHECK(json.find("\"origin\": null") != std::string::npos);
    CHECK(json.find(": nan") == std::string::npos);
    CHECK(json.find(": inf") == std::string::npos);
    CHECK(json.back() == '\n');

    sample->evaluation.areas[0].area = "Line\nbreak \"quoted\" \\ tab\t";
    const std::string escaped = write_json_report(sample->evaluation, ReportOptions{Lang::en});
    CHECK(escaped.find(R"("area": "Line\nbreak \"quoted\" \\ tab\t")") != std::string::npos);
}

TEST_CASE("json report: no evaluation of a target set, no areas") {
    Evaluation evaluation;
    evaluation.as_of = 2024;
    const std::string json = write_json_report(evaluation, ReportOptions{Lang::en});
    CHECK(json.find("\"target_set\": null") != std::string::npos);
    CHECK(json.find("\"areas\": []") != std::string::npos);
}

TEST_CASE("json report: a figure or point that is not a number is null") {
    auto small = make_small();
    TargetResult& full = small->evaluation.areas[0].results[0];
    full.gap = std::numeric_limits<double>::infinity();
    full.trajectory = {{2020, std::numeric_limits<double>::quiet_NaN()}, {2022, 121}};
    const std::string json = write_json_report(small->evaluation, ReportOptions{Lang::en});
    CHECK(json.find("\"gap\": null,\n") != std::string::npos);
    CHECK(json.find("\"trajectory\": [\n            {\"year\": 2020, \"value\": null},\n"
                    "            {\"year\": 2022, \"value\": 121}\n          ],") != std::string::npos);
}
