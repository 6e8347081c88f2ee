// `chitieu check --format text`: compiler-style lines a person or an editor can follow.
#pragma once

#include "chitieu/report/check_report.hpp"

namespace chitieu {

// One line per finding, "FILE:LINE:COL: severity: message [rule]"; then one line per target,
// "area: target_id: status"; then the summary line.
// Statuses in `lang`: the machine names in English ("on_track"), the words in Vietnamese.
void write_check_text(const CheckReport& report, Lang lang, const WriteText& out);

}  // namespace chitieu
