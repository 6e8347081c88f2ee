// JUnit XML for `chitieu check`: the de-facto schema most CI systems read (testsuites >
// testsuite > testcase, with failure, skipped and system-out children).
#include "chitieu/report/check_junit.hpp"
#include "chitieu/report/xml_text.hpp"

#include <vector>

#include "chitieu/report/labels.hpp"
#include "chitieu/report/number_format.hpp"

namespace chitieu {

namespace {

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
    return std::string(" ") + name + "=\"" + xml_escape(value, XmlWhitespace::reference) + "\"";
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
                   attribute("message", test.failure_message) + ">" +
                   xml_escape(test.text, XmlWhitespace::keep) + "</failure>\n";
        } else {
            if (!test.skipped_message.empty())
                out += "      <skipped" + attribute("message", test.skipped_message) + "/>\n";
            if (!test.text.empty())
                out += "      <system-out>" + xml_escape(test.text, XmlWhitespace::keep) + "</system-out>\n";
        }
        out += "    </testcase>\n";
    }
    return out + "  </testsuite>\n";
}

}  // namespace

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
