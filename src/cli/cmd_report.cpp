// chitieu report: evaluate statistics against a target set and write the gap report.
#include <CLI/CLI.hpp>

#include <optional>

#include "chitieu/diagnostic.hpp"
#include "chitieu/engine/evaluate.hpp"
#include "chitieu/report/csv_report.hpp"
#include "chitieu/report/markdown_report.hpp"
#include "cli/commands.hpp"
#include "cli/inputs.hpp"
#include "cli/language.hpp"
#include "cli/report_output.hpp"
#include "cli/target_set_option.hpp"

namespace chitieu::cli {

namespace {

struct ReportCommandOptions {
    InputOptions inputs;
    std::string targets;
    std::optional<int> as_of;
    std::string format = "md";
    std::string lang;
    std::string output_file;
    std::string out_dir;
    std::vector<std::string> areas;
};

int run_report(const ReportCommandOptions& options) {
    if (options.format == "csv" && !options.out_dir.empty())
        throw UsageError("a CSV report is one table for every area: write it with -o FILE, not --out-dir");

    const TargetSet targets = load_target_set(options.targets);
    const Dataset data = load_inputs(options.inputs);
    const Evaluation evaluation = evaluate(targets, data, {options.as_of, options.areas});
    const ReportOptions report_options{resolve_language(options.lang)};

    std::vector<ReportDocument> documents;
    if (options.format == "csv") {
        documents.push_back({"", write_csv_report(evaluation, report_options)});
        write_documents(documents, options.output_file, "", ".csv");
        return 0;
    }
    if (evaluation.areas.size() > 1 && options.out_dir.empty())
        throw UsageError("the inputs hold " + std::to_string(evaluation.areas.size()) +
                         " areas and a Markdown report is one file per area: give --out-dir DIR, "
                         "pick areas with --area NAME, or use -f csv for one table");
    for (const AreaEvaluation& area : evaluation.areas)
        documents.push_back({area.area, write_markdown_report(evaluation, area, report_options)});
    write_documents(documents, options.output_file, options.out_dir, ".md");
    return 0;
}

}  // namespace

CommandAction add_report_command(CLI::App& app) {
    auto options = std::make_shared<ReportCommandOptions>();
    CLI::App* command = app.add_subcommand("report", "Evaluate statistics against the targets and write a gap report");
    add_input_options(*command, options->inputs);
    command->add_option("-t,--targets", options->targets, kTargetsOptionHelp);
    command->add_option("--as-of", options->as_of, "Evaluate as of this year (default: the latest year in the inputs)")
        ->check(CLI::Range(1900, 2100));
    command->add_option("-f,--format", options->format, "Report format")
        ->check(CLI::IsMember({"md", "csv"}))
        ->capture_default_str();
    command->add_option("--lang", options->lang, "Report language (default: vi when LANG is vi_*, else en)")
        ->check(CLI::IsMember({"en", "vi"}));
    auto* output = command->add_option("-o,--output", options->output_file, "Write the report to FILE (atomically)");
    command->add_option("--out-dir", options->out_dir, "Write one Markdown report per area into DIR")
        ->excludes(output);
    command->add_option("--area", options->areas, "Report only this area (repeatable)");
    command->footer(
        "Examples:\n"
        "  chitieu report examples/tuyen-quang/statistics.yaml\n"
        "  chitieu report examples/tuyen-quang/statistics.yaml --lang vi -o bao-cao.md\n"
        "  chitieu report examples/tuyen-quang/statistics.yaml -f csv --as-of 2023 -o gaps.csv\n"
        "  chitieu report districts.csv --out-dir reports/ --area \"Sơn Dương\"\n"
        "  chitieu report data.yaml -t my-plan.yaml\n"
        "Exit codes: 0 success, 1 invalid input, 2 usage error.");
    return [options] { return run_report(*options); };
}

}  // namespace chitieu::cli
