// chitieu report: evaluate statistics against a target set and write the gap report.
#include <CLI/CLI.hpp>

#include <optional>

#include "chitieu/diagnostic.hpp"
#include "chitieu/engine/evaluate.hpp"
#include "chitieu/report/csv_report.hpp"
#include "chitieu/report/json_report.hpp"
#include "chitieu/report/markdown_index.hpp"
#include "chitieu/report/markdown_report.hpp"
#include "chitieu/report/svg_chart.hpp"
#include "cli/commands.hpp"
#include "cli/inputs.hpp"
#include "cli/language.hpp"
#include "cli/progress.hpp"
#include "cli/report_output.hpp"
#include "cli/streamed_report.hpp"
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
    bool charts = false;
    bool quiet = false;
};

void check_combination(const ReportCommandOptions& options) {
    if (options.charts && options.format != "md")
        throw UsageError(
            "--charts goes with the Markdown report: use -f md (the default) with --out-dir DIR");
    if (options.charts && options.out_dir.empty())
        throw UsageError("--charts writes SVG files beside the reports: give --out-dir DIR");
    if (options.format != "md" && !options.out_dir.empty())
        throw UsageError("a " + std::string(options.format == "csv" ? "CSV" : "JSON") +
                         " report is one table for every area: write it with -o FILE, not --out-dir");
}

// One Markdown report per area, and with --charts the charts they link, all rendered before the
// first file is written. With --out-dir, index.md lists every area with its statuses.
void write_markdown(const Evaluation& evaluation, const ReportCommandOptions& options,
                    ReportOptions report_options) {
    if (evaluation.areas.size() > 1 && options.out_dir.empty())
        throw UsageError("the inputs hold " + std::to_string(evaluation.areas.size()) +
                         " areas and a Markdown report is one file per area: give --out-dir DIR, "
                         "pick areas with --area NAME, or use -f csv for one table");
    std::vector<ReportDocument> documents;
    documents.reserve(evaluation.areas.size());
    for (const AreaEvaluation& area : evaluation.areas) documents.push_back({area.area, ""});
    const std::vector<std::string> stems = document_stems(documents);
    const bool show_progress = !options.quiet && stderr_is_terminal();
    std::vector<SideFile> charts;
    {
        Progress progress("rendering reports", documents.size(), show_progress);
        for (std::size_t i = 0; i < documents.size(); ++i) {
            const AreaEvaluation& area = evaluation.areas[i];
            report_options.charts = options.charts;
            report_options.chart_stem = stems[i];
            documents[i].content = write_markdown_report(evaluation, area, report_options);
            progress.step();
            if (!options.charts) continue;
            for (const TargetResult& result : area.results)
                if (has_chart(result))
                    charts.push_back({chart_file_name(stems[i], result.target->id),
                                      write_svg_chart(area, result, report_options)});
        }
    }
    std::string index;
    if (!options.out_dir.empty()) {
        std::vector<IndexEntry> entries;
        entries.reserve(stems.size());
        for (std::size_t i = 0; i < stems.size(); ++i)
            entries.push_back(index_entry(evaluation.areas[i], stems[i] + ".md"));
        index = write_markdown_index(evaluation.targets, evaluation.as_of, entries, report_options);
    }
    if (!charts.empty()) write_side_files(options.out_dir, charts);
    {
        Progress progress("writing reports", documents.size(), show_progress);
        write_documents(documents, options.output_file, options.out_dir, ".md",
                        [&progress] { progress.step(); });
    }
    // The index goes last: when it exists, every report it links does too.
    if (!index.empty()) write_side_files(options.out_dir, {{std::string(kIndexStem) + ".md", index}});
}

// Commune-scale inputs are evaluated and written area by area as they are read; a selection of
// areas (--area, in the user's order), a single Markdown report, standard input and files not
// grouped by area are loaded whole.
bool write_streamed(const TargetSet& targets, const ReportCommandOptions& options) {
    if (!options.areas.empty()) return false;
    const StreamedReportRequest request{targets, options.inputs, options.as_of,
                                        ReportOptions{resolve_language(options.lang)},
                                        !options.quiet && stderr_is_terminal()};
    if (options.format == "csv" || options.format == "json")
        return write_streamed_table(request, options.output_file, options.format == "json");
    return !options.out_dir.empty() && write_streamed_markdown(request, options.out_dir, options.charts);
}

int run_report(const ReportCommandOptions& options) {
    check_combination(options);
    const TargetSet targets = load_target_set(options.targets);
    if (write_streamed(targets, options)) return 0;
    const Dataset data = load_inputs(options.inputs);
    // The JSON report prints the chart paths, and --charts draws them; nothing else reads them.
    const bool chart_paths = options.format == "json" || options.charts;
    const Evaluation evaluation = evaluate(targets, data, {options.as_of, options.areas, chart_paths});
    const ReportOptions report_options{resolve_language(options.lang)};

    if (options.format == "csv" || options.format == "json") {
        const bool csv = options.format == "csv";
        // Moved, not copied: an initializer list would copy the whole table twice.
        std::vector<ReportDocument> table(1);
        table[0].content = csv ? write_csv_report(evaluation, report_options)
                               : write_json_report(evaluation, report_options);
        write_documents(table, options.output_file, "", csv ? ".csv" : ".json");
        return 0;
    }
    write_markdown(evaluation, options, report_options);
    return 0;
}

}  // namespace

CommandAction add_report_command(CLI::App& app) {
    auto options = std::make_shared<ReportCommandOptions>();
    CLI::App* command =
        app.add_subcommand("report", "Evaluate statistics against the targets and write a gap report");
    add_input_options(*command, options->inputs);
    command->add_option("-t,--targets", options->targets, kTargetsOptionHelp);
    command
        ->add_option("--as-of", options->as_of,
                     "Evaluate as of this year (default: the latest year in the inputs)")
        ->check(CLI::Range(1900, 2100));
    command->add_option("-f,--format", options->format, "Report format")
        ->check(CLI::IsMember({"md", "csv", "json"}))
        ->capture_default_str();
    command->add_option("--lang", options->lang, "Report language (default: vi when LANG is vi_*, else en)")
        ->check(CLI::IsMember({"en", "vi"}));
    auto* output =
        command->add_option("-o,--output", options->output_file, "Write the report to FILE (atomically)");
    command->add_option("--out-dir", options->out_dir, "Write one Markdown report per area into DIR")
        ->excludes(output);
    command->add_option("--area", options->areas, "Report only this area (repeatable)");
    command->add_flag("--charts", options->charts,
                      "With --out-dir: write an SVG chart per level, share, occupancy and growth target into "
                      "DIR/charts/ and link it from the Markdown report");
    command->add_flag("-q,--quiet", options->quiet, "No progress line on a terminal during long batch runs");
    command->footer(
        "Examples:\n"
        "  chitieu report examples/tuyen-quang/statistics.yaml\n"
        "  chitieu report examples/tuyen-quang/statistics.yaml --lang vi -o bao-cao.md\n"
        "  chitieu report examples/tuyen-quang/statistics.yaml -f csv --as-of 2023 -o gaps.csv\n"
        "  chitieu report communes.csv --out-dir reports/      # one report per area + index.md\n"
        "  chitieu report districts.csv --out-dir reports/ --area \"Sơn Dương\" --area \"Yên Sơn\"\n"
        "  chitieu report examples/tuyen-quang/statistics.yaml -f json -o gaps.json\n"
        "  chitieu report examples/tuyen-quang/statistics.yaml --out-dir report/ --charts\n"
        "  chitieu report data.yaml -t my-plan.yaml\n"
        "Exit codes: 0 success, 1 invalid input, 2 usage error.");
    return [options] { return run_report(*options); };
}

}  // namespace chitieu::cli
