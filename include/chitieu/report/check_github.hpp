// `chitieu check --format github`: GitHub Actions workflow commands, so each finding lands as an
// annotation on the pull request's line, and a Markdown job summary.
#pragma once

#include <string>
#include <string_view>

#include "chitieu/report/check_report.hpp"
#include "chitieu/report/report_options.hpp"

namespace chitieu {

// A workflow command's message: % CR LF percent-encoded, as GitHub's runner decodes them.
std::string github_escape_data(std::string_view text);
// A workflow command's property value (file, title): the message's encoding plus ':' and ','.
std::string github_escape_property(std::string_view text);

// "::error file=F,line=L,col=C,title=chitieu RULE::MESSAGE" per finding (::warning, ::notice for
// the other severities; unknown places are left out), an ::error per target in a status the
// policy fails, then the summary line as plain log text.
void write_check_github(const CheckReport& report, Lang lang, const WriteText& out);

// The job summary (for $GITHUB_STEP_SUMMARY): the outcome and counts, the findings, and per area
// a table of the targets and their status. Target titles and statuses in `options.lang`.
void write_check_github_summary(const CheckReport& report, const ReportOptions& options,
                                const WriteText& out);

}  // namespace chitieu
