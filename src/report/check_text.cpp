// The plain-text check output.
#include "chitieu/report/check_text.hpp"

namespace chitieu {

void write_check_text(const CheckReport& report, const WriteText& out) {
    report.findings.for_each([&out](const Finding& finding) {
        out(format_diagnostic(finding.diagnostic) + " [" + finding.rule + "]\n");
    });
    std::string lines;
    for (const CheckedArea& area : report.areas) {
        lines.clear();
        for (const CheckedTarget& target : area.targets)
            if (target.target())
                lines += area_display(area.name) + ": " + target.target()->id + ": " +
                         status_name(target.status()) + "\n";
        out(lines);
    }
    out(summary_line(report) + "\n");
}

}  // namespace chitieu
