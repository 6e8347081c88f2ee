#include <doctest/doctest.h>

#include <string>

#include "chitieu/report/check_github.hpp"
#include "chitieu/report/check_output.hpp"
#include "chitieu/report/check_report.hpp"
#include "chitieu/report/json_text.hpp"
#include "report/xml_text.hpp"
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

std::vector<Finding> sample_findings() {
    std::vector<Finding> findings;
    // push_back, not a braced list: g++ 12 -O2 warns falsely (maybe-uninitialized) on the list.
    findings.push_back(finding("part-above-whole", Severity::error, {"data, v2.yaml", 12, 5},
                               "100% \"sure\" <a> & b\nnext: line"));
    findings.push_back(
        finding("series-gap", Severity::warning, {"data.yaml", 3, 0}, "output has no value for 2021"));
    findings.push_back(finding("input", Severity::note, {}, "from the built-in set"));
    return findings;
}

const std::vector<std::string> kRules = {"input", "part-above-whole", "series-gap"};

CheckPolicy policy(const std::string& fail_on) {
    if (fail_on == "off-track") return {fail_on, {Status::not_met, Status::off_track}};
    if (fail_on == "at-risk") return {fail_on, {Status::not_met, Status::at_risk, Status::off_track}};
    return {fail_on, {}};
}

// A check's output fed the evaluation's areas one at a time, as the streaming check feeds it;
// no area when `evaluation` is null (the targets were not evaluated).
CheckOutput fed(CheckFormat format, const Evaluation* evaluation, const std::string& fail_on,
                Lang lang = Lang::en) {
    CheckOutput output(format, policy(fail_on), ReportOptions{lang});
    if (evaluation)
        for (const AreaEvaluation& area : evaluation->areas) output.add_area(area);
    return output;
}

std::string check(CheckFormat format, const Evaluation* evaluation, const std::string& fail_on,
                  const std::vector<Finding>& findings, Lang lang = Lang::en) {
    return fed(format, evaluation, fail_on, lang)
        .finish(findings, kRules, evaluation != nullptr, evaluation ? evaluation->as_of : 0);
}

std::string summary(const Evaluation* evaluation, const std::string& fail_on, Lang lang = Lang::en) {
    return fed(CheckFormat::github, evaluation, fail_on, lang)
        .github_summary(sample_findings(), evaluation != nullptr);
}

std::string last_line(const std::string& text) {
    const std::size_t start = text.rfind('\n', text.size() - 2);
    return text.substr(start == std::string::npos ? 0 : start + 1);
}

}  // namespace

TEST_CASE("check tally: severities, statuses, failing targets, and the summary line") {
    const auto sample = test::make_sample();
    const CheckOutput output = fed(CheckFormat::text, &sample->evaluation, "off-track");
    const CheckTally tally = output.tally(sample_findings());
    CHECK(tally.errors == 1);
    CHECK(tally.warnings == 1);
    CHECK(tally.notes == 1);
    CHECK(tally.targets == 8);
    CHECK(tally.statuses[static_cast<std::size_t>(Status::at_risk)] == 2);
    CHECK(tally.statuses[static_cast<std::size_t>(Status::insufficient_data)] == 4);
    CHECK(tally.failing_targets == 1);
    CHECK_FALSE(tally.passed());
    CHECK(last_line(output.finish(sample_findings(), kRules, true, 2022)) ==
          "1 error, 1 warning, 1 note; targets: 1 on_track, 2 at_risk, 1 off_track, 4 insufficient_data; "
          "1 failing --fail-on off-track; check failed\n");

    const CheckOutput clean(CheckFormat::text, policy("invalid"), ReportOptions{});
    CHECK(clean.tally({}).passed());
    CHECK(clean.finish({}, {"input"}, false, 0) ==
          "0 errors, 0 warnings, 0 notes; targets: not evaluated (the inputs are invalid); check passed\n");
    const std::vector<Finding> findings = sample_findings();
    const CheckPolicy invalid = policy("invalid");
    const std::vector<CheckedArea> no_areas;
    CHECK(check_rules(CheckReport{FindingSpan(findings), kRules, invalid, false, 0, no_areas, {}}) ==
          std::vector<std::string>{"input", "part-above-whole", "series-gap"});
    std::vector<Finding> made_up;
    made_up.push_back(finding("made-up", Severity::warning, {}, "x"));
    const std::vector<std::string> input_only = {"input"};
    CHECK(check_rules(CheckReport{FindingSpan(made_up), input_only, invalid, false, 0, no_areas, {}}) ==
          std::vector<std::string>{"input", "made-up"});
    CHECK(area_display("") == "(unnamed area)");
}

TEST_CASE("check tally: a result without a target is counted, as before, but printed by no format") {
    AreaEvaluation odd;
    odd.area = "Odd";
    odd.results.emplace_back().status = Status::off_track;  // no target
    for (const CheckFormat format :
         {CheckFormat::text, CheckFormat::github, CheckFormat::junit, CheckFormat::json}) {
        CheckOutput output(format, policy("off-track"), ReportOptions{});
        output.add_area(odd);
        const CheckTally tally = output.tally({});
        CHECK(tally.targets == 1);
        CHECK(tally.failing_targets == 1);
        const std::string text = output.finish({}, kRules, true, 2022);
        if (format == CheckFormat::junit)  // the area's suite, as before, with no testcase
            CHECK(text.find("<testsuite name=\"Odd\" tests=\"0\" failures=\"0\" errors=\"0\" skipped=\"0\">\n"
                            "  </testsuite>\n") != std::string::npos);
        else
            CHECK(text.find("Odd") == std::string::npos);
    }
}

TEST_CASE("check text: FILE:LINE:COL: severity: message [rule], a line per target, the summary") {
    const auto sample = test::make_sample();
    const std::string expected =
        // The message's line break shown escaped: one finding, one line (issue 17).
        "data, v2.yaml:12:5: error: 100% \"sure\" <a> & b\\nnext: line [part-above-whole]\n"
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
    CHECK(check(CheckFormat::text, &sample->evaluation, "invalid", sample_findings()) == expected);
    CHECK(check(CheckFormat::text, nullptr, "invalid", sample_findings()).find("Tuyên Quang") ==
          std::string::npos);
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
    CHECK(check(CheckFormat::github, &sample->evaluation, "off-track", sample_findings()) == expected);
}

TEST_CASE("check github: the job summary has the outcome, the findings and a status table per area") {
    const auto sample = test::make_sample();
    const std::string en = summary(&sample->evaluation, "off-track");
    CHECK(en.rfind("## chitieu check failed\n\n1 error, 1 warning, 1 note; targets: 1 on\\_track,", 0) == 0);
    CHECK(
        en.find("### Findings\n\n- `data, v2.yaml:12:5` error: 100% \"sure\" \\<a\\> & b next: line "
                "(`part-above-whole`)\n- `data.yaml:3` warning: output has no value for 2021 (`series-gap`)\n"
                "- `chitieu` note: from the built-in set (`input`)\n\n") != std::string::npos);
    CHECK(en.find("### Tuyên Quang\n\n| Target ") != std::string::npos);
    CHECK(
        en.find("| `new_industrial_parks` New industrial parks              | 🔴 off track | fails            "
                "   |\n") != std::string::npos);
    CHECK(
        en.find(
            "| `industrial_output` Industrial output, 2010 prices       | 🟡 at risk   |                  "
            "   |\n") != std::string::npos);
    CHECK(en.find("### =cmd\n") != std::string::npos);

    // Vietnamese titles and statuses; no policy column when the policy fails no status.
    const std::string vi = summary(&sample->evaluation, "invalid", Lang::vi);
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
    const std::string xml = check(CheckFormat::junit, &sample->evaluation, "off-track", sample_findings());
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
    const CheckOutput output(CheckFormat::junit, policy("invalid"), ReportOptions{});
    CHECK(output.finish({}, {"input", "series-gap"}, false, 0) ==
          "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
          "<testsuites name=\"chitieu check\" tests=\"2\" failures=\"0\" errors=\"0\" skipped=\"0\">\n"
          "  <testsuite name=\"consistency\" tests=\"2\" failures=\"0\" errors=\"0\" skipped=\"0\">\n"
          "    <testcase classname=\"consistency\" name=\"input\"/>\n"
          "    <testcase classname=\"consistency\" name=\"series-gap\"/>\n"
          "  </testsuite>\n"
          "</testsuites>\n");
}

TEST_CASE("check junit: a rule's findings, written one at a time, read as their joined text escaped") {
    // Only the rule's own findings, in order; a sequence cut short at a finding's end, a CR and
    // markup escaped as in the whole text (each piece ends in a line break, so none spans two).
    std::vector<Finding> findings;
    findings.push_back(finding("series-gap", Severity::warning, {}, "cut \xe1\xbb"));
    findings.push_back(finding("input", Severity::note, {}, "between"));
    findings.push_back(finding("series-gap", Severity::note, {"d.csv", 2, 0}, "cr\r & <x>"));
    findings.push_back(finding("part-above-whole", Severity::warning, {}, "first"));
    findings.push_back(finding("part-above-whole", Severity::error, {}, "second"));
    const CheckOutput output(CheckFormat::junit, policy("invalid"), ReportOptions{});
    const std::string xml = output.finish(findings, kRules, false, 0);
    const std::string series_gap =
        format_diagnostic(findings[0].diagnostic) + "\n" + format_diagnostic(findings[2].diagnostic) + "\n";
    CHECK(xml.find("<system-out>" + xml_escape(series_gap, XmlWhitespace::keep) + "</system-out>") !=
          std::string::npos);
    CHECK(xml.find("<system-out>chitieu: warning: cut \xEF\xBF\xBD\xEF\xBF\xBD\n"
                   "d.csv:2: note: cr&#13; &amp; &lt;x&gt;\n</system-out>") != std::string::npos);
    CHECK(xml.find("      <failure type=\"error\" message=\"1 error\">chitieu: warning: first\n"
                   "chitieu: error: second\n</failure>\n") != std::string::npos);
    CHECK(xml.find(
              "<testsuites name=\"chitieu check\" tests=\"3\" failures=\"1\" errors=\"0\" skipped=\"0\">") !=
          std::string::npos);
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
    std::vector<Finding> findings = sample_findings();
    findings.resize(2);
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
    CHECK(check(CheckFormat::json, &sample->evaluation, "off-track", findings) == expected);

    const CheckOutput empty(CheckFormat::json, policy("invalid"), ReportOptions{});
    CHECK(empty.finish({}, {}, false, 0) ==
          "{\n  \"findings\": [],\n  \"targets\": [],\n  \"summary\": {\"errors\": 0, \"warnings\": 0, "
          "\"notes\": 0, "
          "\"evaluated\": false, \"as_of\": null, \"targets\": 0, \"statuses\": {\"met\": 0, \"not_met\": 0, "
          "\"on_track\": 0, \"at_risk\": 0, \"off_track\": 0, \"insufficient_data\": 0}, \"fail_on\": "
          "\"invalid\", "
          "\"failing_targets\": 0, \"passed\": true}\n}\n");
}

// Captured from the writers that took a whole Evaluation, before the check output took its areas
// one at a time: the multi-area sample under --fail-on off-track.
const char* const kJsonBefore = R"({
  "findings": [
    {"rule": "part-above-whole", "severity": "error", "file": "data, v2.yaml", "line": 12, "column": 5, "message": "100% \"sure\" <a> & b\nnext: line"},
    {"rule": "series-gap", "severity": "warning", "file": "data.yaml", "line": 3, "column": null, "message": "output has no value for 2021"},
    {"rule": "input", "severity": "note", "file": null, "line": null, "column": null, "message": "from the built-in set"}
  ],
  "targets": [
    {"area": "Tuyên Quang", "target_id": "industrial_output", "kind": "level", "title": "Industrial output, 2010 prices", "op": ">", "target_value": 27700, "unit": "billion VND", "target_year": 2025, "actual_value": 18095, "actual_year": 2022, "status": "at_risk", "fails": false},
    {"area": "Tuyên Quang", "target_id": "industrial_output_growth", "kind": "growth", "title": "Average growth | 2021–2025", "op": ">", "target_value": 14, "unit": "%/yr", "target_year": 2025, "actual_value": 12.1581, "actual_year": 2022, "status": "at_risk", "fails": false},
    {"area": "Tuyên Quang", "target_id": "industrial_labour_share", "kind": "share", "title": "Industry's share of employment", "op": ">", "target_value": 25.8, "unit": "%", "target_year": 2025, "actual_value": 22.49, "actual_year": 2022, "status": "on_track", "fails": false},
    {"area": "Tuyên Quang", "target_id": "new_industrial_parks", "kind": "milestones", "title": "New industrial parks", "op": ">", "target_value": 0, "unit": "", "target_year": 2025, "actual_value": 1, "actual_year": 2022, "status": "off_track", "fails": true},
    {"area": "=cmd", "target_id": "industrial_output", "kind": "level", "title": "Industrial output, 2010 prices", "op": ">", "target_value": 27700, "unit": "billion VND", "target_year": 2025, "actual_value": null, "actual_year": null, "status": "insufficient_data", "fails": false},
    {"area": "=cmd", "target_id": "industrial_output_growth", "kind": "growth", "title": "Average growth | 2021–2025", "op": ">", "target_value": 14, "unit": "%/yr", "target_year": 2025, "actual_value": null, "actual_year": null, "status": "insufficient_data", "fails": false},
    {"area": "=cmd", "target_id": "industrial_labour_share", "kind": "share", "title": "Industry's share of employment", "op": ">", "target_value": 25.8, "unit": "%", "target_year": 2025, "actual_value": null, "actual_year": null, "status": "insufficient_data", "fails": false},
    {"area": "=cmd", "target_id": "new_industrial_parks", "kind": "milestones", "title": "New industrial parks", "op": ">", "target_value": 0, "unit": "", "target_year": 2025, "actual_value": null, "actual_year": null, "status": "insufficient_data", "fails": false}
  ],
  "summary": {"errors": 1, "warnings": 1, "notes": 1, "evaluated": true, "as_of": 2022, "targets": 8, "statuses": {"met": 0, "not_met": 0, "on_track": 1, "at_risk": 2, "off_track": 1, "insufficient_data": 4}, "fail_on": "off-track", "failing_targets": 1, "passed": false}
}
)";

const char* const kJunitBefore = R"(<?xml version="1.0" encoding="UTF-8"?>
<testsuites name="chitieu check" tests="11" failures="2" errors="0" skipped="4">
  <testsuite name="consistency" tests="3" failures="1" errors="0" skipped="0">
    <testcase classname="consistency" name="input">
      <system-out>chitieu: note: from the built-in set
</system-out>
    </testcase>
    <testcase classname="consistency" name="part-above-whole">
      <failure type="error" message="1 error">data, v2.yaml:12:5: error: 100% &quot;sure&quot; &lt;a&gt; &amp; b
next: line
</failure>
    </testcase>
    <testcase classname="consistency" name="series-gap">
      <system-out>data.yaml:3: warning: output has no value for 2021
</system-out>
    </testcase>
  </testsuite>
  <testsuite name="Tuyên Quang" tests="4" failures="1" errors="0" skipped="0">
    <testcase classname="Tuyên Quang" name="industrial_output">
      <system-out>Industrial output, 2010 prices: at_risk; goal &gt; 27,700 billion VND in 2025; actual 18095 billion VND in 2022
</system-out>
    </testcase>
    <testcase classname="Tuyên Quang" name="industrial_output_growth">
      <system-out>Average growth | 2021–2025: at_risk; goal &gt; 14 %/yr in 2020–2025; actual 12.1581 %/yr in 2022
</system-out>
    </testcase>
    <testcase classname="Tuyên Quang" name="industrial_labour_share">
      <system-out>Industry&apos;s share of employment: on_track; goal &gt; 25.8 % in 2025; actual 22.49 % in 2022
</system-out>
    </testcase>
    <testcase classname="Tuyên Quang" name="new_industrial_parks">
      <failure type="off_track" message="off_track fails --fail-on off-track">New industrial parks: off_track; goal all 3 established by 2025; actual 1 in 2022
</failure>
    </testcase>
  </testsuite>
  <testsuite name="=cmd" tests="4" failures="0" errors="0" skipped="4">
    <testcase classname="=cmd" name="industrial_output">
      <skipped message="insufficient data to judge the target"/>
      <system-out>Industrial output, 2010 prices: insufficient_data; goal &gt; 27,700 billion VND in 2025
</system-out>
    </testcase>
    <testcase classname="=cmd" name="industrial_output_growth">
      <skipped message="insufficient data to judge the target"/>
      <system-out>Average growth | 2021–2025: insufficient_data; goal &gt; 14 %/yr in 2020–2025
</system-out>
    </testcase>
    <testcase classname="=cmd" name="industrial_labour_share">
      <skipped message="insufficient data to judge the target"/>
      <system-out>Industry&apos;s share of employment: insufficient_data; goal &gt; 25.8 % in 2025
</system-out>
    </testcase>
    <testcase classname="=cmd" name="new_industrial_parks">
      <skipped message="insufficient data to judge the target"/>
      <system-out>New industrial parks: insufficient_data; goal all 3 established by 2025
</system-out>
    </testcase>
  </testsuite>
</testsuites>
)";

const char* const kSummaryBefore = R"(## chitieu check failed

1 error, 1 warning, 1 note; targets: 1 on\_track, 2 at\_risk, 1 off\_track, 4 insufficient\_data; 1 failing --fail-on off-track; check failed

### Findings

- `data, v2.yaml:12:5` error: 100% "sure" \<a\> & b next: line (`part-above-whole`)
- `data.yaml:3` warning: output has no value for 2021 (`series-gap`)
- `chitieu` note: from the built-in set (`input`)

### Tuyên Quang

| Target                                                   | Status       | --fail-on off-track |
|----------------------------------------------------------|--------------|---------------------|
| `industrial_output` Industrial output, 2010 prices       | 🟡 at risk   |                     |
| `industrial_output_growth` Average growth \| 2021–2025   | 🟡 at risk   |                     |
| `industrial_labour_share` Industry's share of employment | 🟢 on track  |                     |
| `new_industrial_parks` New industrial parks              | 🔴 off track | fails               |

### =cmd

| Target                                                   | Status               | --fail-on off-track |
|----------------------------------------------------------|----------------------|---------------------|
| `industrial_output` Industrial output, 2010 prices       | ⚪ insufficient data |                     |
| `industrial_output_growth` Average growth \| 2021–2025   | ⚪ insufficient data |                     |
| `industrial_labour_share` Industry's share of employment | ⚪ insufficient data |                     |
| `new_industrial_parks` New industrial parks              | ⚪ insufficient data |                     |

)";

TEST_CASE("check output: areas fed one at a time give the bytes the whole evaluation gave") {
    const auto sample = test::make_sample();
    CHECK(check(CheckFormat::json, &sample->evaluation, "off-track", sample_findings()) == kJsonBefore);
    CHECK(check(CheckFormat::junit, &sample->evaluation, "off-track", sample_findings()) == kJunitBefore);
    CHECK(summary(&sample->evaluation, "off-track") == kSummaryBefore);

    // A sink gets the same bytes in pieces: the findings, then a piece per area, then the rest.
    const CheckOutput output = fed(CheckFormat::json, &sample->evaluation, "off-track");
    std::string pieces;
    std::size_t count = 0;
    output.finish(FindingSpan(sample_findings()), kRules, true, 2022, [&](std::string_view piece) {
        pieces += piece;
        ++count;
    });
    CHECK(pieces == kJsonBefore);
    CHECK(count > 2);
}

TEST_CASE("check output: discard_areas goes back to no area, for every format and the summary") {
    const auto sample = test::make_sample();
    Evaluation first = sample->evaluation;
    first.areas.resize(1);
    for (const CheckFormat format :
         {CheckFormat::text, CheckFormat::github, CheckFormat::junit, CheckFormat::json}) {
        CAPTURE(static_cast<int>(format));
        // Errors found after the areas: the evaluation is abandoned, as if never made.
        CheckOutput abandoned = fed(format, &sample->evaluation, "at-risk");
        abandoned.discard_areas();
        CHECK(abandoned.finish(sample_findings(), kRules, false, 0) ==
              check(format, nullptr, "at-risk", sample_findings()));
        CHECK(abandoned.tally({}).targets == 0);
        CHECK(abandoned.tally({}).failing_targets == 0);
        CHECK(abandoned.tally({}).statuses[static_cast<std::size_t>(Status::at_risk)] == 0);

        // A restart: the areas come again (here only the first), counted once.
        CheckOutput restarted = fed(format, &sample->evaluation, "at-risk");
        restarted.discard_areas();
        restarted.add_area(sample->evaluation.areas[0]);
        const std::string text = restarted.finish(sample_findings(), kRules, true, 2022);
        CHECK(text == check(format, &first, "at-risk", sample_findings()));
        CHECK(text.find("=cmd") == std::string::npos);
        CHECK(restarted.tally({}).targets == 4);
        CHECK(restarted.tally({}).failing_targets == 3);
        CHECK(restarted.github_summary(sample_findings(), true) == summary(&first, "at-risk"));
    }
}

TEST_CASE("xml_escape turns line breaks into spaces for single-line SVG text") {
    CHECK(xml_escape("Long\nBình\tAn\r<x>", XmlWhitespace::space) == "Long Bình An &lt;x&gt;");
    CHECK(xml_escape("del\x7F", XmlWhitespace::space) == "del\xEF\xBF\xBD");
}
