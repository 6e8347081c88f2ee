// Statistics YAML loader (the interface's "Statistics, YAML"; schemas/statistics.schema.json).
#pragma once

#include <string>
#include <string_view>

#include "chitieu/diagnostic.hpp"
#include "chitieu/model/statistics.hpp"

namespace chitieu {

// Parse the statistics YAML in `text`; `file` names it in diagnostics. Every problem found is
// added to `diagnostics` as FILE:LINE:COL; parsing continues where it can so that all problems
// of a file are reported at once. The result holds what could be read (one area).
Dataset load_statistics_yaml(std::string_view text, const std::string& file, Diagnostics& diagnostics);

}  // namespace chitieu
