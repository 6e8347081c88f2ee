// JUnit XML for `chitieu check`: the de-facto schema most CI systems read (testsuites >
// testsuite > testcase, with failure, skipped and system-out children).
//
// Written as it goes: the root element opens with the totals, so everything is counted first (a
// visit over the findings, a loop over the areas' targets), then each testcase is written in
// pieces, a rule's findings one at a time. A commune-scale check has a hundred thousand warnings
// under one rule; their text is never held whole.
#include "chitieu/report/check_junit.hpp"
#include "xml_text.hpp"

#include <vector>

#include "chitieu/report/number_format.hpp"
#include "labels.hpp"

namespace chitieu {

namespace {

// A testcase's element and its children's attributes: what is known before its text is written.
struct TestCase {
    std::string name;
    std::string failure_type;  // empty: no failure
    std::string failure_message;
    std::string skipped_message;  // empty: not skipped
};

// Hands a testcase's text to the writer given, a piece at a time (raw; the writer escapes it).
// Empty: the testcase has no text.
using TestText = std::function<void(const WriteText&)>;

std::string attribute(const char* name, std::string_view value) {
    return std::string(" ") + name + "=\"" + xml_escape(value, XmlWhitespace::reference) + "\"";
}

std::string counted(long count, const char* singular, const char* plural) {
    return std::to_string(count) + " " + (count == 1 ? singular : plural);
}

// The text is the <failure> body when there is one, else the <system-out>. Escaping piece by
// piece gives the bytes escaping the whole would: xml_escape works per character, and each piece
// ends in a line break, so no character spans two pieces (a sequence cut short at a piece's end
// is followed by a line break when joined, and is replaced either way).
void write_testcase(std::string_view suite, const TestCase& test, const TestText& text,
                    const WriteText& out) {
    std::string head = "    <testcase" + attribute("classname", suite) + attribute("name", test.name);
    if (test.failure_type.empty() && test.skipped_message.empty() && !text) {
        out(head + "/>\n");
        return;
    }
    head += ">\n";
    const WriteText escaped = [&out](std::string_view piece) { out(xml_escape(piece, XmlWhitespace::keep)); };
    if (!test.failure_type.empty()) {
        out(head + "      <failure" + attribute("type", test.failure_type) +
            attribute("message", test.failure_message) + ">");
        if (text) text(escaped);
        out("</failure>\n    </testcase>\n");
        return;
    }
    if (!test.skipped_message.empty())
        head += "      <skipped" + attribute("message", test.skipped_message) + "/>\n";
    if (text) {
        out(head + "      <system-out>");
        text(escaped);
        out("</system-out>\n    </testcase>\n");
    } else {
        out(head + "    </testcase>\n");
    }
}

struct Counts {
    std::size_t tests = 0;
    std::size_t failures = 0;
    std::size_t skipped = 0;

    void add(const Counts& other) {
        tests += other.tests;
        failures += other.failures;
        skipped += other.skipped;
    }
};

std::string counts_attributes(const Counts& counts) {
    return attribute("tests", std::to_string(counts.tests)) +
           attribute("failures", std::to_string(counts.failures)) + attribute("errors", "0") +
           attribute("skipped", std::to_string(counts.skipped));
}

std::string suite_head(std::string_view name, const Counts& counts) {
    return "  <testsuite" + attribute("name", name) + counts_attributes(counts) + ">\n";
}

// A rule's testcase: a <failure> when it found an error; its findings' text either way.
struct RuleCase {
    std::string rule;
    long findings = 0;
    long errors = 0;
};

// The rules in check_rules order, with their findings counted in one visit.
std::vector<RuleCase> count_rules(const CheckReport& report) {
    std::vector<RuleCase> rules;
    for (std::string& rule : check_rules(report)) rules.push_back({std::move(rule)});
    report.findings.for_each([&rules](const Finding& finding) {
        for (RuleCase& rule : rules) {
            if (rule.rule != finding.rule) continue;
            ++rule.findings;
            if (finding.diagnostic.severity == Severity::error) ++rule.errors;
        }
    });
    return rules;
}

Counts count(const std::vector<RuleCase>& rules) {
    Counts counts;
    for (const RuleCase& rule : rules) {
        ++counts.tests;
        if (rule.errors > 0) ++counts.failures;
    }
    return counts;
}

// The "consistency" suite, its rules' findings written as they are visited (one visit a rule).
void write_rules_suite(const CheckReport& report, const std::vector<RuleCase>& rules, const WriteText& out) {
    out(suite_head("consistency", count(rules)));
    for (const RuleCase& rule : rules) {
        TestCase test{rule.rule, {}, {}, {}};
        if (rule.errors > 0) {
            test.failure_type = "error";
            test.failure_message = counted(rule.errors, "error", "errors");
        }
        TestText text;
        if (rule.findings > 0)
            text = [&report, &rule](const WriteText& piece) {
                report.findings.for_each([&](const Finding& finding) {
                    if (finding.rule == rule.rule) piece(format_diagnostic(finding.diagnostic) + "\n");
                });
            };
        write_testcase("consistency", test, text, out);
    }
    out("  </testsuite>\n");
}

// How a target's testcase ends: a <failure> when its status fails the policy, else <skipped> for
// insufficient data, else it passes. The suite and the totals both count by this.
enum class Outcome { passed, failed, skipped };

Outcome outcome(const CheckReport& report, Status status) {
    if (report.policy.fails(status)) return Outcome::failed;
    return status == Status::insufficient_data ? Outcome::skipped : Outcome::passed;
}

// An area's testcases counted from its targets, so that its suite (and <testsuites>, summing
// every area) can open with the counts.
Counts count(const CheckReport& report, const CheckedArea& area) {
    Counts counts;
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
    return counts;
}

void write_area_suite(const CheckReport& report, const CheckedArea& area, Lang lang, const WriteText& out) {
    const bool vi = lang == Lang::vi;
    const std::string suite = area_display(area.name, lang);
    out(suite_head(suite, count(report, area)));
    for (const CheckedTarget& checked : area.targets) {
        if (!checked.target()) continue;
        const Target& target = *checked.target();
        const Status status = checked.status();
        const std::optional<double> actual_value = checked.actual_value();
        const std::optional<int> actual_year = checked.actual_year();
        TestCase test{target.id, {}, {}, {}};
        std::string line = target.title.in(lang) + ": " +
                           (vi ? status_label(status, lang) : status_name(status)) +
                           (vi ? "; mục tiêu " : "; goal ") + goal_text(target, lang);
        if (actual_value && actual_year)
            line += (vi ? "; thực hiện " : "; actual ") + format_number(*actual_value, kMachineNumbers) +
                    (target.unit.empty() ? "" : " " + unit_label(target.unit, lang)) +
                    (vi ? " năm " : " in ") + std::to_string(*actual_year);
        line += "\n";
        switch (outcome(report, status)) {
            case Outcome::failed:
                test.failure_type = status_name(status);
                test.failure_message =
                    vi ? std::string(status_label(status, lang)) + ", không qua --fail-on " +
                             report.policy.fail_on
                       : std::string(status_name(status)) + " fails --fail-on " + report.policy.fail_on;
                break;
            case Outcome::skipped:
                test.skipped_message =
                    vi ? "chưa đủ dữ liệu để đánh giá chỉ tiêu" : "insufficient data to judge the target";
                break;
            case Outcome::passed:
                break;
        }
        write_testcase(
            suite, test, [&line](const WriteText& piece) { piece(line); }, out);
    }
    out("  </testsuite>\n");
}

}  // namespace

void write_check_junit(const CheckReport& report, const ReportOptions& options, const WriteText& out) {
    const std::vector<RuleCase> rules = count_rules(report);
    Counts total = count(rules);
    for (const CheckedArea& area : report.areas) total.add(count(report, area));
    out("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<testsuites" + attribute("name", "chitieu check") +
        counts_attributes(total) + ">\n");
    write_rules_suite(report, rules, out);
    for (const CheckedArea& area : report.areas) write_area_suite(report, area, options.lang, out);
    out("</testsuites>\n");
}

}  // namespace chitieu
