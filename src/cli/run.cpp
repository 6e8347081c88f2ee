#include "cli/run.hpp"

#include <fmt/core.h>
#include <CLI/CLI.hpp>

#include <cstdio>
#include <new>
#include <vector>

#include "chitieu/diagnostic.hpp"
#include "chitieu/util/interrupt.hpp"
#include "chitieu/util/utf8.hpp"
#include "cli/commands.hpp"
#include "cli/language.hpp"

namespace chitieu::cli {

namespace {

void print_diagnostics(const std::vector<Diagnostic>& diagnostics) {
    for (const Diagnostic& diagnostic : diagnostics)
        fmt::print(stderr, "{}\n", format_diagnostic_line(diagnostic));
}

int run_unguarded(int argc, char** argv) {
    // The environment's language until a command's --lang says otherwise (report, check).
    set_vietnamese_diagnostics(resolve_language("") == Lang::vi);
    CLI::App app{
        "chitieu: evaluate yearly statistics against a plan's numeric targets (chỉ tiêu)\n"
        "and write gap reports (Markdown, CSV)."};
    app.name("chitieu");
    app.set_version_flag("--version", std::string("chitieu ") + CHITIEU_VERSION);
    app.require_subcommand(1);
    app.footer(
        "Examples:\n"
        "  chitieu report examples/tuyen-quang/statistics.yaml\n"
        "  chitieu report data.yaml --lang vi -o bao-cao.md\n"
        "  chitieu targets list\n"
        "Run 'chitieu COMMAND --help' for a command's options.");

    std::vector<std::pair<CLI::App*, CommandAction>> commands;
    auto add = [&app, &commands](CommandAction (*adder)(CLI::App&)) {
        const std::size_t before = app.get_subcommands({}).size();
        CommandAction action = adder(app);
        commands.emplace_back(app.get_subcommands({}).at(before), std::move(action));
    };
    add(add_report_command);
    add(add_targets_command);
    add(add_schema_command);
    add(add_calc_command);
    add(add_check_command);
    add(add_units_command);

    try {
        app.parse(argc, argv);
    } catch (const CLI::ParseError& error) {
        // CLI11 exits with 100-127 for parse errors; the interface says 2. Help and version are 0.
        const int code = app.exit(error);
        return code == 0 ? kExitOk : kExitUsage;
    }
    for (auto& [command, action] : commands)
        if (command->parsed()) return action();
    return kExitUsage;
}

}  // namespace

int run(int argc, char** argv) {
    install_interrupt_handlers();
    // Exceptions are caught here and nowhere else: every failure becomes a message and an exit code.
    try {
        return run_unguarded(argc, argv);
    } catch (const Interrupted& interrupted) {
        // Unwound: the temporary files went with their owners, the previous outputs are as they
        // were. 128 + the signal, as a shell reports a process the signal stopped.
        std::fputs(vietnamese_diagnostics() ? "chitieu: bị ngắt; không ghi gì\n"
                                            : "chitieu: interrupted; nothing written\n",
                   stderr);
        return 128 + interrupted.signal;
    } catch (const InputError& error) {
        print_diagnostics(error.diagnostics());
        return kExitInvalidInput;
    } catch (const UsageError& error) {
        if (vietnamese_diagnostics() && error.has_vietnamese())
            fmt::print(stderr, "chitieu: lỗi: {}\nChạy 'chitieu --help' để xem cách dùng.\n",
                       escape_controls(error.shown()));
        else
            fmt::print(stderr, "chitieu: error: {}\nRun 'chitieu --help' for usage.\n",
                       escape_controls(error.what()));
        return kExitUsage;
    } catch (const std::bad_alloc&) {
        std::fputs(vietnamese_diagnostics()
                       ? "chitieu: lỗi: hết bộ nhớ; hãy chia dữ liệu đầu vào thành các tệp nhỏ hơn\n"
                       : "chitieu: error: out of memory; split the input into smaller files\n",
                   stderr);
        return kExitInvalidInput;
    } catch (const std::exception& error) {
        if (vietnamese_diagnostics())
            fmt::print(stderr,
                       "chitieu: lỗi: lỗi nội bộ: {}; vui lòng báo lỗi này kèm dữ liệu đầu vào gây ra nó\n",
                       escape_controls(error.what()));
        else
            fmt::print(
                stderr,
                "chitieu: error: internal error: {}; please report this with the input that caused it\n",
                escape_controls(error.what()));
        return kExitInvalidInput;
    }
}

}  // namespace chitieu::cli
