// The plain-text check output.
#include "chitieu/report/check_text.hpp"

namespace chitieu {

std::string write_check_text(const CheckReport& report) {
    std::string out;
    for (const Finding& finding : report.findings)
        out += format_diagnostic(finding.diagnostic) + " [" + finding.rule + "]\n";
    if (report.evaluation) {
        for (const AreaEvaluation& area : report.evaluation->areas)
            for (const TargetResult& result : area.results)
                if (result.target)
                    out += area_display(area.area) + ": " + result.target->id + ": " +
                           status_name(result.status) + "\n";
    }
    return out + summary_line(report, tally_check(report)) + "\n";
}

}  // namespace chitieu
