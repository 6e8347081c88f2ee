// JUnit XML for `chitieu check`: the de-facto schema most CI systems read (testsuites >
// testsuite > testcase, with failure, skipped and system-out children).
#include "chitieu/report/check_junit.hpp"

#include <vector>

#include "chitieu/report/json_text.hpp"
#include "chitieu/report/labels.hpp"
#include "chitieu/report/number_format.hpp"

namespace chitieu {

namespace {

constexpr const char* kReplacement = "\xEF\xBF\xBD";  // U+FFFD

struct TestCase {
    std::string name;
    std::string failure_type;  // empty: no failure
    std::string failure_message;
    std::string skipped_message;  // empty: not skipped
    std::string text;             // failure body, else system-out
};

struct TestSuite {
    std::string name;
    std::vector<TestCase> cases;
};

std::string attribute(const char* name, std::string_view value) {
    return std::string(" ") + name + "=\"" + xml_escape(value, true) + "\"";
}

std::string counted(long count, const char* singular, const char* plural) {
    return std::to_string(count) + " " + (count == 1 ? singular : plural);
}

TestSuite rules_suite(const CheckReport& report) {
    TestSuite suite{"consistency", {}};
    for (const std::string& rule : check_rules(report)) {
        TestCase& test = suite.cases.emplace_back();
        test.name = rule;
        long errors = 0;
        for (const Finding& finding : report.findings) {
            if (finding.rule != rule) continue;
            if (finding.diagnostic.severity == Severity::error) ++errors;
            test.text += format_diagnostic(finding.diagnostic) + "\n";
        }
        if (errors > 0) {
            test.failure_type = "error";
            test.failure_message = counted(errors, "error", "errors");
        }
    }
    return suite;
}

TestSuite area_suite(const CheckReport& report, const AreaEvaluation& area, Lang lang) {
    TestSuite suite{area_display(area.area), {}};
    for (const TargetResult& result : area.results) {
        if (!result.target) continue;
        const Target& target = *result.target;
        TestCase& test = suite.cases.emplace_back();
        test.name = target.id;
        test.text =
            target.title.in(lang) + ": " + status_name(result.status) + "; goal " + goal_text(target, lang);
        if (result.actual_value && result.actual_year)
            test.text += "; actual " + format_number(*result.actual_value, kMachineNumbers) +
                         (target.unit.empty() ? "" : " " + target.unit) + " in " +
                         std::to_string(*result.actual_year);
        test.text += "\n";
        if (status_fails(report, result.status)) {
            test.failure_type = status_name(result.status);
            test.failure_message =
                std::string(status_name(result.status)) + " fails --fail-on " + report.fail_on;
        } else if (result.status == Status::insufficient_data) {
            test.skipped_message = "insufficient data to judge the target";
        }
    }
    return suite;
}

struct Counts {
    std::size_t tests = 0;
    std::size_t failures = 0;
    std::size_t skipped = 0;
};

Counts count(const TestSuite& suite) {
    Counts counts;
    for (const TestCase& test : suite.cases) {
        ++counts.tests;
        if (!test.failure_type.empty())
            ++counts.failures;
        else if (!test.skipped_message.empty())
            ++counts.skipped;
    }
    return counts;
}

std::string counts_attributes(const Counts& counts) {
    return attribute("tests", std::to_string(counts.tests)) +
           attribute("failures", std::to_string(counts.failures)) + attribute("errors", "0") +
           attribute("skipped", std::to_string(counts.skipped));
}

std::string write_suite(const TestSuite& suite) {
    std::string out =
        "  <testsuite" + attribute("name", suite.name) + counts_attributes(count(suite)) + ">\n";
    for (const TestCase& test : suite.cases) {
        out += "    <testcase" + attribute("classname", suite.name) + attribute("name", test.name);
        if (test.failure_type.empty() && test.skipped_message.empty() && test.text.empty()) {
            out += "/>\n";
            continue;
        }
        out += ">\n";
        if (!test.failure_type.empty()) {
            out += "      <failure" + attribute("type", test.failure_type) +
                   attribute("message", test.failure_message) + ">" + xml_escape(test.text, false) +
                   "</failure>\n";
        } else {
            if (!test.skipped_message.empty())
                out += "      <skipped" + attribute("message", test.skipped_message) + "/>\n";
            if (!test.text.empty())
                out += "      <system-out>" + xml_escape(test.text, false) + "</system-out>\n";
        }
        out += "    </testcase>\n";
    }
    return out + "  </testsuite>\n";
}

}  // namespace

std::string xml_escape(std::string_view text, bool attribute_value) {
    std::string out;
    out.reserve(text.size());
    for (std::size_t i = 0; i < text.size();) {
        const auto byte = static_cast<unsigned char>(text[i]);
        if (byte >= 0x80) {
            const std::size_t length = utf8_char_length(text, i);
            const bool valid = length > 0;
            // U+FFFE and U+FFFF are valid UTF-8 but not XML characters.
            const bool non_character = valid && length == 3 && byte == 0xEF &&
                                       static_cast<unsigned char>(text[i + 1]) == 0xBF &&
                                       static_cast<unsigned char>(text[i + 2]) >= 0xBE;
            if (valid && !non_character)
                out.append(text, i, length);
            else
                out += kReplacement;
            i += valid ? length : 1;
            continue;
        }
        switch (byte) {
            case '&':
                out += "&amp;";
                break;
            case '<':
                out += "&lt;";
                break;
            case '>':
                out += "&gt;";
                break;
            case '"':
                out += "&quot;";
                break;
            case '\'':
                out += "&apos;";
                break;
            case '\r':
                out += "&#13;";
                break;  // a raw CR would be normalised away by the parser
            case '\n':
                out += attribute_value ? "&#10;" : "\n";
                break;
            case '\t':
                out += attribute_value ? "&#9;" : "\t";
                break;
            default:
                if (byte < 0x20)
                    out += kReplacement;
                else
                    out += static_cast<char>(byte);
        }
        ++i;
    }
    return out;
}

std::string write_check_junit(const CheckReport& report, const ReportOptions& options) {
    std::vector<TestSuite> suites = {rules_suite(report)};
    if (report.evaluation)
        for (const AreaEvaluation& area : report.evaluation->areas)
            suites.push_back(area_suite(report, area, options.lang));
    Counts total;
    for (const TestSuite& suite : suites) {
        const Counts counts = count(suite);
        total.tests += counts.tests;
        total.failures += counts.failures;
        total.skipped += counts.skipped;
    }
    std::string out = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<testsuites" +
                      attribute("name", "chitieu check") + counts_attributes(total) + ">\n";
    for (const TestSuite& suite : suites) out += write_suite(suite);
    return out + "</testsuites>\n";
}

}  // namespace chitieu
