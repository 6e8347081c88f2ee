// chitieu schema: print the JSON Schema of an input format, for editors and validators.
#include <fmt/core.h>
#include <CLI/CLI.hpp>

#include "chitieu/load/json_schemas.hpp"
#include "cli/commands.hpp"

namespace chitieu::cli {

CommandAction add_schema_command(CLI::App& app) {
    auto which = std::make_shared<std::string>();
    CLI::App* command = app.add_subcommand("schema", "Print the JSON Schema (2020-12) of a file format");
    command->add_option("FORMAT", *which, "statistics | targets | report")
        ->required()
        ->check(CLI::IsMember({"statistics", "targets", "report", "map"}));
    command->footer(
        "Examples:\n"
        "  chitieu schema statistics > statistics.schema.json\n"
        "  chitieu schema targets\n"
        "  chitieu schema report        # the shape of -f json reports\n"
        "  chitieu schema map           # --map files: labels to indicator ids\n"
        "Editors that speak yaml-language-server check a file as you type when its first line is\n"
        "  # yaml-language-server: $schema=statistics.schema.json");
    return [which] {
        fmt::print("{}", find_json_schema(*which)->text);
        return 0;
    };
}

}  // namespace chitieu::cli
