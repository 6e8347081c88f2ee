// Each command registers its options on the app and returns the function that runs it.
// One command, one file: cmd_<name>.cpp.
#pragma once

#include <functional>

namespace CLI {
class App;
}

namespace chitieu::cli {

using CommandAction = std::function<int()>;

CommandAction add_report_command(CLI::App& app);
CommandAction add_targets_command(CLI::App& app);
CommandAction add_schema_command(CLI::App& app);
CommandAction add_calc_command(CLI::App& app);
CommandAction add_check_command(CLI::App& app);
CommandAction add_units_command(CLI::App& app);

}  // namespace chitieu::cli
