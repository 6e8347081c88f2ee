// The options every command that reads statistics shares (INPUT..., --input-format,
// --decimal-comma, --delimiter, --ignore-extra-columns).
#pragma once

#include "chitieu/pipeline/inputs.hpp"

namespace CLI {
class App;
}

namespace chitieu::cli {

inline constexpr const char* kCrosswalkOptionHelp =
    "Map the inputs onto new boundaries first: a CSV table old,new[,share] (Đơn vị cũ, Đơn vị mới, "
    "Tỷ lệ); each new unit gets share x its old units' sums, the old units are not reported";
inline constexpr const char* kRollUpOptionHelp =
    "Evaluate every parent area in FILE (columns area,parent: communes in districts, districts in "
    "provinces) from its children too; series add up as the target set's series: block says";

void add_input_options(CLI::App& command, InputOptions& options);

}  // namespace chitieu::cli
