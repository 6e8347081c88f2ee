#include <doctest/doctest.h>

#include <string>

#include "chitieu/report/check_github.hpp"
#include "chitieu/report/check_json.hpp"
#include "chitieu/report/check_junit.hpp"
#include "chitieu/report/check_report.hpp"
#include "chitieu/report/check_text.hpp"
#include "chitieu/report/json_text.hpp"
#include "chitieu/report/xml_text.hpp"
#include "sample_evaluation.hpp"

using namespace chitieu;

namespace {

// Three findings (one per severity, one with text every format must escape) over the sample
// evaluation: Tuyên Quang at_risk, at_risk, on_track, off_track; "=cmd" with no data at all.
Finding finding(std::string rule, Severity severity, SourceLocation where, std::string message) {
    Finding result;
    result.rule = std::move(rule);
    result.diagnostic.severity = severity;
    result.diagnostic.where = std::move(where);
    result.diagnostic.message = std::move(message);
    return result;
}

CheckReport sample_report(const Evaluation* evaluation, const std::string& fail_on) {
    CheckReport report;
    report.rules = {"input", "part-above-whole", "series-gap"};
    // push_back, not a braced list: g++ 12 -O2 warns falsely (maybe-uninitialized) on the list.
    report.findings.push_back(finding("part-above-whole", Severity::error, {"data, v2.yaml", 12, 5},
                                      "100% \"sure\" <a> & b\nnext: line"));
    report.findings.push_back(
        finding("series-gap", Severity::warning, {"data.yaml", 3, 0}, "output has no value for 2021"));
    report.findings.push_back(finding("input", Severity::note, {}, "from the built-in set"));
    report.evaluation = evaluation;
    report.fail_on = fail_on;
    if (fail_on == "off-track") report.failing_statuses = {Status::not_met, Status::off_track};
    return report;
}

}  // namespace

TEST_CASE("check tally: severities, statuses, failing targets, and the summary line") {
    const auto sample = test::make_sample();
    const CheckReport report = sample_report(&sample->evaluation, "off-track");
    const CheckTally tally = tally_check(report);
    CHECK(tally.errors == 1);
    CHECK(tally.warnings == 1);
    CHECK(tally.notes == 1);
    CHECK(tally.targets == 8);
    CHECK(tally.statuses[static_cast<std::size_t>(Status::at_risk)] == 2);
    CHECK(tally.statuses[static_cast<std::size_t>(Status::insufficient_data)] == 4);
    CHECK(tally.failing_targets == 1);
    CHECK_FALSE(tally.passed());
    CHECK(summary_line(report, tally) ==
          "1 error, 1 warning, 1 note; targets: 1 on_track, 2 at_risk, 1 off_track, 4 insufficient_data; "
          "1 failing --fail-on off-track; check failed");

    CheckReport clean;
    clean.rules = {"input"};
    const CheckTally nothing = tally_check(clean);
    CHECK(nothing.passed());
    CHECK(summary_line(clean, nothing) ==
          "0 errors, 0 warnings, 0 notes; targets: not evaluated (the inputs are invalid); check passed");
    CHECK(check_rules(sample_report(nullptr, "invalid")) ==
          std::vector<std::string>{"input", "part-above-whole", "series-gap"});
    clean.findings.clear();
    clean.findings.push_back(finding("made-up", Severity::warning, {}, "x"));
    CHECK(check_rules(clean) == std::vector<std::string>{"input", "made-up"});
    CHECK(area_display("") == "(unnamed area)");
}

TEST_CASE("check text: FILE:LINE:COL: severity: message [rule], a line per target, the summary") {
    const auto sample = test::make_sample();
    const std::string expected =
        "data, v2.yaml:12:5: error: 100% \"sure\" <a> & b\nnext: line [part-above-whole]\n"
        "data.yaml:3: warning: output has no value for 2021 [series-gap]\n"
        "chitieu: note: from the built-in set [input]\n"
        "Tuyên Quang: industrial_output: at_risk\n"
        "Tuyên Quang: industrial_output_growth: at_risk\n"
        "Tuyên Quang: industrial_labour_share: on_track\n"
        "Tuyên Quang: new_industrial_parks: off_track\n"
        "=cmd: industrial_output: insufficient_data\n"
        "=cmd: industrial_output_growth: insufficient_data\n"
        "=cmd: industrial_labour_share: insufficient_data\n"
        "=cmd: new_industrial_parks: insufficient_data\n"
        "1 error, 1 warning, 1 note; targets: 1 on_track, 2 at_risk, 1 off_track, 4 insufficient_data; "
        "check failed\n";
    CHECK(write_check_text(sample_report(&sample->evaluation, "invalid")) == expected);
    CHECK(write_check_text(sample_report(nullptr, "invalid")).find("Tuyên Quang") == std::string::npos);
}

TEST_CASE("check github: workflow command escaping") {
    CHECK(github_escape_data("100% done\r\nnext: a, b") == "100%25 done%0D%0Anext: a, b");
    CHECK(github_escape_property("dir: a, b%.yaml\n") == "dir%3A a%2C b%25.yaml%0A");
    CHECK(github_escape_data("") == "");
}

TEST_CASE("check github: an annotation per finding, an error per target failing the policy") {
    const auto sample = test::make_sample();
    const std::string expected =
        "::error file=data%2C v2.yaml,line=12,col=5,title=chitieu part-above-whole::"
        "100%25 \"sure\" <a> & b%0Anext: line\n"
        "::warning file=data.yaml,line=3,title=chitieu series-gap::output has no value for 2021\n"
        "::notice title=chitieu input::from the built-in set\n"
        "::error title=chitieu target new_industrial_parks::Tuyên Quang: new_industrial_parks is off_track "
        "(goal all 3 established by 2025), which fails --fail-on off-track\n"
        "1 error, 1 warning, 1 note; targets: 1 on_track, 2 at_risk, 1 off_track, 4 insufficient_data; "
        "1 failing --fail-on off-track; check failed\n";
    CHECK(write_check_github(sample_report(&sample->evaluation, "off-track")) == expected);
}

TEST_CASE("check github: the job summary has the outcome, the findings and a status table per area") {
    const auto sample = test::make_sample();
    const std::string summary =
        write_check_github_summary(sample_report(&sample->evaluation, "off-track"), ReportOptions{Lang::en});
    CHECK(summary.rfind("## chitieu check failed\n\n1 error, 1 warning, 1 note; targets: 1 on\\_track,", 0) ==
          0);
    CHECK(summary.find(
              "### Findings\n\n- `data, v2.yaml:12:5` error: 100% \"sure\" \\<a\\> & b next: line "
              "(`part-above-whole`)\n- `data.yaml:3` warning: output has no value for 2021 (`series-gap`)\n"
              "- `chitieu` note: from the built-in set (`input`)\n\n") != std::string::npos);
    CHECK(summary.find("### Tuyên Quang\n\n| Target ") != std::string::npos);
    CHECK(summary.find(
              "| `new_industrial_parks` New industrial parks              | 🔴 off track | fails            "
              "   |\n") != std::string::npos);
    CHECK(
        summary.find(
            "| `industrial_output` Industrial output, 2010 prices       | 🟡 at risk   |                  "
            "   |\n") != std::string::npos);
    CHECK(summary.find("### =cmd\n") != std::string::npos);

    // Vietnamese titles and statuses; no policy column when the policy fails no status.
    const std::string vi =
        write_check_github_summary(sample_report(&sample->evaluation, "invalid"), ReportOptions{Lang::vi});
    CHECK(
        vi.find(
            "| `industrial_labour_share` Tỷ trọng lao động ngành công nghiệp       | 🟢 đúng "
            "tiến "
            "độ "
            "        |\n") != std::string::npos);
    CHECK(vi.find("--fail-on") == std::string::npos);
}

TEST_CASE("check junit: XML escaping keeps the document well-formed") {
    CHECK(xml_escape("a & b < c > d \"e\" 'f'", XmlWhitespace::keep) ==
          "a &amp; b &lt; c &gt; d &quot;e&quot; &apos;f&apos;");
    CHECK(xml_escape("line\nnext\ttab\rcr", XmlWhitespace::keep) == "line\nnext\ttab&#13;cr");
    CHECK(xml_escape("line\nnext\ttab", XmlWhitespace::reference) == "line&#10;next&#9;tab");
    CHECK(xml_escape(std::string("bell\x07 bad\xff ok ồ"), XmlWhitespace::keep) ==
          "bell\xEF\xBF\xBD bad\xEF\xBF\xBD ok ồ");
    CHECK(xml_escape("\xEF\xBF\xBE", XmlWhitespace::keep) == "\xEF\xBF\xBD");  // U+FFFE is no XML character
}

TEST_CASE("check junit: a suite of rules, then a suite per area with a testcase per target") {
    const auto sample = test::make_sample();
    const std::string xml =
        write_check_junit(sample_report(&sample->evaluation, "off-track"), ReportOptions{Lang::en});
    CHECK(xml.rfind(
              "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
              "<testsuites name=\"chitieu check\" tests=\"11\" failures=\"2\" errors=\"0\" skipped=\"4\">\n"
              "  <testsuite name=\"consistency\" tests=\"3\" failures=\"1\" errors=\"0\" skipped=\"0\">\n"
              "    <testcase classname=\"consistency\" name=\"input\">\n"
              "      <system-out>chitieu: note: from the built-in set\n</system-out>\n"
              "    </testcase>\n"
              "    <testcase classname=\"consistency\" name=\"part-above-whole\">\n"
              "      <failure type=\"error\" message=\"1 error\">data, v2.yaml:12:5: error: 100% "
              "&quot;sure&quot; "
              "&lt;a&gt; &amp; b\nnext: line\n</failure>\n"
              "    </testcase>\n",
              0) == 0);
    CHECK(xml.find(
              "  <testsuite name=\"Tuyên Quang\" tests=\"4\" failures=\"1\" errors=\"0\" skipped=\"0\">\n") !=
          std::string::npos);
    CHECK(xml.find("    <testcase classname=\"Tuyên Quang\" name=\"industrial_output\">\n"
                   "      <system-out>Industrial output, 2010 prices: at_risk; goal &gt; 27,700 billion VND "
                   "in 2025; "
                   "actual 18095 billion VND in 2022\n</system-out>\n") != std::string::npos);
    CHECK(xml.find("      <failure type=\"off_track\" message=\"off_track fails --fail-on off-track\">New "
                   "industrial "
                   "parks: off_track; goal all 3 established by 2025; actual 1 in 2022\n</failure>\n") !=
          std::string::npos);
    CHECK(xml.find("  <testsuite name=\"=cmd\" tests=\"4\" failures=\"0\" errors=\"0\" skipped=\"4\">\n") !=
          std::string::npos);
    CHECK(xml.find("      <skipped message=\"insufficient data to judge the target\"/>\n") !=
          std::string::npos);
    CHECK(xml.size() >= 14);
    CHECK(xml.compare(xml.size() - 14, 14, "</testsuites>\n") == 0);
}

TEST_CASE("check junit: without an evaluation only the rules suite; a rule without findings passes empty") {
    CheckReport report;
    report.rules = {"input", "series-gap"};
    CHECK(write_check_junit(report, ReportOptions{}) ==
          "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
          "<testsuites name=\"chitieu check\" tests=\"2\" failures=\"0\" errors=\"0\" skipped=\"0\">\n"
          "  <testsuite name=\"consistency\" tests=\"2\" failures=\"0\" errors=\"0\" skipped=\"0\">\n"
          "    <testcase classname=\"consistency\" name=\"input\"/>\n"
          "    <testcase classname=\"consistency\" name=\"series-gap\"/>\n"
          "  </testsuite>\n"
          "</testsuites>\n");
}

TEST_CASE("check json: string escaping") {
    CHECK(json_string("plain ồ") == "\"plain ồ\"");
    CHECK(json_string("q\"b\\s/\n\r\t\b\f") == "\"q\\\"b\\\\s/\\n\\r\\t\\b\\f\"");
    CHECK(json_string(std::string("nul\0end", 7)) == "\"nul\\u0000end\"");
    CHECK(json_string("\x1f") == "\"\\u001f\"");
    CHECK(json_string("bad\xc3(") == "\"bad\\ufffd(\"");     // a broken UTF-8 sequence
    CHECK(json_string("\xe1\xbb") == "\"\\ufffd\\ufffd\"");  // cut short at the end
}

TEST_CASE("check json: findings, targets and summary") {
    const auto sample = test::make_sample();
    CheckReport report = sample_report(&sample->evaluation, "off-track");
    report.findings.resize(2);
    sample->evaluation.areas.resize(1);
    sample->evaluation.areas[0].results.resize(2);
    const std::string expected =
        "{\n"
        "  \"findings\": [\n"
        "    {\"rule\": \"part-above-whole\", \"severity\": \"error\", \"file\": \"data, v2.yaml\", "
        "\"line\": 12, "
        "\"column\": 5, \"message\": \"100% \\\"sure\\\" <a> & b\\nnext: line\"},\n"
        "    {\"rule\": \"series-gap\", \"severity\": \"warning\", \"file\": \"data.yaml\", \"line\": 3, "
        "\"column\": null, \"message\": \"output has no value for 2021\"}\n"
        "  ],\n"
        "  \"targets\": [\n"
        "    {\"area\": \"Tuyên Quang\", \"target_id\": \"industrial_output\", \"kind\": \"level\", "
        "\"title\": "
        "\"Industrial output, 2010 prices\", \"op\": \">\", \"target_value\": 27700, \"unit\": \"billion "
        "VND\", "
        "\"target_year\": 2025, \"actual_value\": 18095, \"actual_year\": 2022, \"status\": \"at_risk\", "
        "\"fails\": false},\n"
        "    {\"area\": \"Tuyên Quang\", \"target_id\": \"industrial_output_growth\", \"kind\": \"growth\", "
        "\"title\": "
        "\"Average growth | 2021–2025\", \"op\": \">\", \"target_value\": 14, \"unit\": \"%/yr\", "
        "\"target_year\": 2025, \"actual_value\": 12.1581, \"actual_year\": 2022, \"status\": \"at_risk\", "
        "\"fails\": false}\n"
        "  ],\n"
        "  \"summary\": {\"errors\": 1, \"warnings\": 1, \"notes\": 0, \"evaluated\": true, \"as_of\": 2022, "
        "\"targets\": 2, \"statuses\": {\"met\": 0, \"not_met\": 0, \"on_track\": 0, \"at_risk\": 2, "
        "\"off_track\": 0, \"insufficient_data\": 0}, \"fail_on\": \"off-track\", \"failing_targets\": 0, "
        "\"passed\": false}\n"
        "}\n";
    CHECK(write_check_json(report, ReportOptions{Lang::en}) == expected);

    CheckReport empty;
    CHECK(write_check_json(empty, ReportOptions{}) ==
          "{\n  \"findings\": [],\n  \"targets\": [],\n  \"summary\": {\"errors\": 0, \"warnings\": 0, "
          "\"notes\": 0, "
          "\"evaluated\": false, \"as_of\": null, \"targets\": 0, \"statuses\": {\"met\": 0, \"not_met\": 0, "
          "\"on_track\": 0, \"at_risk\": 0, \"off_track\": 0, \"insufficient_data\": 0}, \"fail_on\": "
          "\"invalid\", "
          "\"failing_targets\": 0, \"passed\": true}\n}\n");
}

TEST_CASE("xml_escape turns line breaks into spaces for single-line SVG text") {
    CHECK(xml_escape("Long\nBình\tAn\r<x>", XmlWhitespace::space) == "Long Bình An &lt;x&gt;");
    CHECK(xml_escape("del\x7F", XmlWhitespace::space) == "del\xEF\xBF\xBD");
}
