// The options every command that reads statistics shares (INPUT..., --input-format,
// --decimal-comma, --delimiter, --ignore-extra-columns).
#pragma once

#include "chitieu/pipeline/inputs.hpp"

namespace CLI {
class App;
}

namespace chitieu::cli {

void add_input_options(CLI::App& command, InputOptions& options);

}  // namespace chitieu::cli
