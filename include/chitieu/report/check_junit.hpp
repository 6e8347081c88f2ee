// `chitieu check --format junit`: JUnit XML, which CI systems show as a test report.
#pragma once

#include "chitieu/report/check_report.hpp"
#include "chitieu/report/report_options.hpp"

namespace chitieu {

// <testsuites> holding a "consistency" suite with one testcase per rule (a <failure> when the rule
// found an error; warnings and notes in <system-out>), then one suite per area with a testcase per
// target (a <failure> when its status fails the --fail-on policy, <skipped> for insufficient data).
void write_check_junit(const CheckReport& report, const ReportOptions& options, const WriteText& out);

}  // namespace chitieu
