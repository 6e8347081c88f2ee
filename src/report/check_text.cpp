// The plain-text check output: one line per finding and per target, names escaped (a name
// holding a line break cannot draw a verdict line of its own).
#include "chitieu/report/check_text.hpp"

#include "chitieu/util/utf8.hpp"
#include "labels.hpp"

namespace chitieu {

void write_check_text(const CheckReport& report, Lang lang, const WriteText& out) {
    report.findings.for_each([&out](const Finding& finding) {
        out(format_diagnostic_line(finding.diagnostic) + " [" + finding.rule + "]\n");
    });
    std::string lines;
    for (const CheckedArea& area : report.areas) {
        lines.clear();
        for (const CheckedTarget& target : area.targets)
            if (target.target())
                lines +=
                    escape_controls(area_display(area.name, lang)) + ": " + target.target()->id + ": " +
                    (lang == Lang::vi ? status_label(target.status(), lang) : status_name(target.status())) +
                    "\n";
        out(lines);
    }
    out(summary_line(report, lang) + "\n");
}

}  // namespace chitieu
