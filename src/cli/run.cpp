#include "cli/run.hpp"

#include <fmt/core.h>
#include <CLI/CLI.hpp>

#include <cstdio>
#include <new>
#include <string_view>
#include <vector>

#include "chitieu/diagnostic.hpp"
#include "chitieu/util/interrupt.hpp"
#include "chitieu/util/utf8.hpp"
#include "cli/commands.hpp"
#include "cli/language.hpp"
#include "cli/parse_error_vi.hpp"

namespace chitieu::cli {

namespace {

void print_diagnostics(const std::vector<Diagnostic>& diagnostics) {
    for (const Diagnostic& diagnostic : diagnostics)
        fmt::print(stderr, "{}\n", format_diagnostic_line(diagnostic));
}

// The language of the messages, decided before CLI11 parses: a parse error (an unknown option, a
// missing value) can come before CLI11 has read --lang, or in a command without it. So it is read
// here from the raw arguments, the last "--lang vi", "--lang=vi" (or "en") among them, and else
// from the environment (resolve_language: LC_ALL, LC_MESSAGES, LANG). A command sets it again
// from its parsed --lang, to the same answer.
Lang language_of(int argc, char** argv) {
    std::string lang;
    for (int i = 1; i < argc; ++i) {
        const std::string_view argument = argv[i];
        if (argument == "--") break;  // what follows is not an option
        if (argument == "--lang" && i + 1 < argc)
            lang = argv[++i];
        else if (argument.starts_with("--lang="))
            lang = argument.substr(7);
    }
    return resolve_language(lang == "vi" || lang == "en" ? lang : std::string());
}

// The deepest command the arguments named ("chitieu calc cagr"), for the help hint.
std::string command_path(const CLI::App& app) {
    std::string path = "chitieu";
    for (const CLI::App* at = &app;;) {
        const CLI::App* next = nullptr;
        for (const CLI::App* sub : at->get_subcommands())
            if (sub->parsed()) next = sub;
        if (next == nullptr) return path;
        path += " " + next->get_name();
        at = next;
    }
}

int parse_failed(const CLI::App& app, const CLI::ParseError& error) {
    // CLI11 exits with 100-127 for parse errors; the interface says 2. Help and version are 0.
    if (vietnamese_diagnostics() && error.get_exit_code() != 0 &&
        !dynamic_cast<const CLI::RuntimeError*>(&error)) {
        // CLI11's own line is English only: the same error, rebuilt in Vietnamese.
        fmt::print(stderr, "chitieu: lỗi: {}\nChạy '{} --help' để xem cách dùng.\n",
                   escape_controls(parse_error_vi(error)), command_path(app));
        return kExitUsage;
    }
    const int code = app.exit(error);
    return code == 0 ? kExitOk : kExitUsage;
}

int run_unguarded(int argc, char** argv) {
    set_vietnamese_diagnostics(language_of(argc, argv) == Lang::vi);
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
        return parse_failed(app, error);
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
