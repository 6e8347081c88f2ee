// JUnit XML for `chitieu check`: the de-facto schema most CI systems read (testsuites >
// testsuite > testcase, with failure, skipped and system-out children).
#include "chitieu/report/check_junit.hpp"
#include "xml_text.hpp"

#include <vector>

#include "labels.hpp"
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
        report.findings.for_each([&](const Finding& finding) {
            if (finding.rule != rule) return;
            if (finding.diagnostic.severity == Severity::error) ++errors;
            test.text += format_diagnostic(finding.diagnostic) + "\n";
        });
        if (errors > 0) {
            test.failure_type = "error";
            test.failure_message = counted(errors, "error", "errors");
        }
    }
    return suite;
}

// How a target's testcase ends: a <failure> when its status fails the policy, else <skipped> for
// insufficient data, else it passes. The suite and the totals both count by this.
enum class Outcome { passed, failed, skipped };

Outcome outcome(const CheckReport& report, Status status) {
    if (report.policy.fails(status)) return Outcome::failed;
    return status == Status::insufficient_data ? Outcome::skipped : Outcome::passed;
}

TestSuite area_suite(const CheckReport& report, const CheckedArea& area, Lang lang) {
    TestSuite suite{area_display(area.name), {}};
    for (const CheckedTarget& checked : area.targets) {
        if (!checked.target()) continue;
        const Target& target = *checked.target();
        const Status status = checked.status();
        const std::optional<double> actual_value = checked.actual_value();
        const std::optional<int> actual_year = checked.actual_year();
        TestCase& test = suite.cases.emplace_back();
        test.name = target.id;
        test.text = target.title.in(lang) + ": " + status_name(status) + "; goal " + goal_text(target, lang);
        if (actual_value && actual_year)
            test.text += "; actual " + format_number(*actual_value, kMachineNumbers) +
                         (target.unit.empty() ? "" : " " + target.unit) + " in " +
                         std::to_string(*actual_year);
        test.text += "\n";
        switch (outcome(report, status)) {
            case Outcome::failed:
                test.failure_type = status_name(status);
                test.failure_message =
                    std::string(status_name(status)) + " fails --fail-on " + report.policy.fail_on;
                break;
            case Outcome::skipped:
                test.skipped_message = "insufficient data to judge the target";
                break;
            case Outcome::passed:
                break;
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

// The areas' testcases counted from their targets, so that <testsuites> can open with the totals
// before any area's suite is built.
Counts count_areas(const CheckReport& report) {
    Counts counts;
    for (const CheckedArea& area : report.areas) {
        for (const CheckedTarget& checked : area.targets) {
            if (!checked.target()) continue;
            ++counts.tests;
            switch (outcome(report, checked.status())) {
                case Outcome::failed:
                    ++counts.failures;
                    break;
                case Outcome::skipped:
                    ++counts.skipped;
                    break;
                case Outcome::passed:
                    break;
            }
        }
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

void write_check_junit(const CheckReport& report, const ReportOptions& options, const WriteText& out) {
    const TestSuite rules = rules_suite(report);
    Counts total = count(rules);
    const Counts areas = count_areas(report);
    total.tests += areas.tests;
    total.failures += areas.failures;
    total.skipped += areas.skipped;
    out("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<testsuites" + attribute("name", "chitieu check") +
        counts_attributes(total) + ">\n" + write_suite(rules));
    for (const CheckedArea& area : report.areas) out(write_suite(area_suite(report, area, options.lang)));
    out("</testsuites>\n");
}

}  // namespace chitieu
