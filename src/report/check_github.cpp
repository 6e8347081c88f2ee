// GitHub Actions output for `chitieu check`: workflow commands and the job summary.
// The runner reads "::command key=value,key=value::message" lines from the step's output; see
// GitHub's "Workflow commands for GitHub Actions" for the encoding.
#include "chitieu/report/check_github.hpp"

#include <vector>

#include "labels.hpp"
#include "markdown_table.hpp"

namespace chitieu {

namespace {

// GitHub shows at most a few annotations per step; the summary lists more, but not without end.
constexpr std::size_t kSummaryFindings = 50;

std::string encode(std::string_view text, bool property) {
    std::string out;
    out.reserve(text.size());
    for (const char c : text) {
        switch (c) {
            case '%':
                out += "%25";
                break;
            case '\r':
                out += "%0D";
                break;
            case '\n':
                out += "%0A";
                break;
            case ':':
                out += property ? "%3A" : ":";
                break;
            case ',':
                out += property ? "%2C" : ",";
                break;
            default:
                out += c;
        }
    }
    return out;
}

const char* command_for(Severity severity) {
    switch (severity) {
        case Severity::error:
            return "error";
        case Severity::warning:
            return "warning";
        case Severity::note:
            return "notice";
    }
    return "error";
}

std::string annotation(const char* command, const SourceLocation& where, const std::string& title,
                       const std::string& message) {
    std::string properties;
    if (!where.file.empty()) properties += "file=" + github_escape_property(where.file) + ",";
    if (!where.file.empty() && where.line > 0) {
        properties += "line=" + std::to_string(where.line) + ",";
        if (where.column > 0) properties += "col=" + std::to_string(where.column) + ",";
    }
    properties += "title=" + github_escape_property(title);
    return std::string("::") + command + " " + properties + "::" + github_escape_data(message) + "\n";
}

std::string place(const SourceLocation& where) {
    std::string out = where.file.empty() ? std::string("chitieu") : where.file.str();
    if (where.line > 0) out += ":" + std::to_string(where.line);
    if (where.line > 0 && where.column > 0) out += ":" + std::to_string(where.column);
    return out;
}

std::string findings_section(const CheckReport& report, Lang lang) {
    if (report.findings.empty()) return "";
    const bool vi = lang == Lang::vi;
    std::string out = vi ? "### Các vấn đề phát hiện\n\n" : "### Findings\n\n";
    std::size_t shown = 0;
    report.findings.for_each([&](const Finding& finding) {
        if (shown++ >= kSummaryFindings) return;
        const Diagnostic& diagnostic = finding.diagnostic;
        out += "- " + markdown_code(place(diagnostic.where)) + " " + severity_name(diagnostic.severity) +
               ": " + markdown_escape(diagnostic.message) + " (" + markdown_code(finding.rule) + ")\n";
    });
    if (report.findings.size() > kSummaryFindings)
        out += vi ? "- … và " + std::to_string(report.findings.size() - kSummaryFindings) +
                        " vấn đề khác: chạy `chitieu check` trên dữ liệu đầu vào để xem đầy đủ\n"
                  : "- … and " + std::to_string(report.findings.size() - kSummaryFindings) +
                        " more: run `chitieu check` on the inputs to see them all\n";
    return out + "\n";
}

std::string area_section(const CheckReport& report, const CheckedArea& area, Lang lang) {
    // The policy column only when the policy can fail a target (not under --fail-on invalid).
    const bool policy_column = !report.policy.failing_statuses.empty();
    std::vector<MarkdownColumn> columns = {{words(lang).col_target}, {words(lang).col_status}};
    if (policy_column) columns.push_back({"--fail-on " + report.policy.fail_on});
    std::vector<std::vector<std::string>> rows;
    for (const CheckedTarget& checked : area.targets) {
        if (!checked.target()) continue;
        std::vector<std::string>& row = rows.emplace_back();
        row.push_back(markdown_code(checked.target()->id) + " " +
                      markdown_escape(checked.target()->title.in(lang)));
        row.push_back(status_with_marker(checked.status(), lang));
        if (policy_column)
            row.push_back(report.policy.fails(checked.status()) ? (lang == Lang::vi ? "không qua" : "fails")
                                                                : "");
    }
    return "### " + markdown_escape(area_display(area.name, lang)) + "\n\n" + markdown_table(columns, rows) +
           "\n";
}

// The ::error lines for an area's targets in a status the policy fails.
std::string failing_annotations(const CheckReport& report, const CheckedArea& area, Lang lang) {
    std::string out;
    for (const CheckedTarget& checked : area.targets) {
        if (!checked.target() || !report.policy.fails(checked.status())) continue;
        const Target& target = *checked.target();
        const std::string message =
            lang == Lang::vi ? area_display(area.name, lang) + ": " + target.id + " " +
                                   status_label(checked.status(), lang) + " (mục tiêu " +
                                   goal_text(target, lang) + "), không qua --fail-on " + report.policy.fail_on
                             : area_display(area.name) + ": " + target.id + " is " +
                                   status_name(checked.status()) + " (goal " + goal_text(target, Lang::en) +
                                   "), which fails --fail-on " + report.policy.fail_on;
        out += annotation("error", target.where, "chitieu target " + target.id, message);
    }
    return out;
}

}  // namespace

std::string github_escape_data(std::string_view text) {
    return encode(text, false);
}

std::string github_escape_property(std::string_view text) {
    return encode(text, true);
}

void write_check_github(const CheckReport& report, Lang lang, const WriteText& out) {
    report.findings.for_each([&out](const Finding& finding) {
        out(annotation(command_for(finding.diagnostic.severity), finding.diagnostic.where,
                       "chitieu " + finding.rule, finding.diagnostic.message));
    });
    for (const CheckedArea& area : report.areas) out(failing_annotations(report, area, lang));
    out(summary_line(report, lang) + "\n");
}

void write_check_github_summary(const CheckReport& report, const ReportOptions& options,
                                const WriteText& out) {
    const bool vi = options.lang == Lang::vi;
    const char* verdict = report.tally.passed() ? (vi ? "đạt" : "passed") : (vi ? "không đạt" : "failed");
    out(std::string(vi ? "## chitieu check: " : "## chitieu check ") + verdict + "\n\n" +
        markdown_escape(summary_line(report, options.lang)) + "\n\n" +
        findings_section(report, options.lang));
    for (const CheckedArea& area : report.areas) out(area_section(report, area, options.lang));
}

}  // namespace chitieu
