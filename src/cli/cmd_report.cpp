// chitieu report: evaluate statistics against a target set and write the gap report.
#include <CLI/CLI.hpp>

#include <algorithm>
#include <memory>
#include <optional>

#include "chitieu/diagnostic.hpp"
#include "chitieu/pipeline/markdown_sinks.hpp"
#include "chitieu/pipeline/pipeline.hpp"
#include "chitieu/pipeline/table_sink.hpp"
#include "chitieu/pipeline/xlsx_sink.hpp"
#include "cli/commands.hpp"
#include "cli/input_options.hpp"
#include "cli/language.hpp"
#include "cli/progress_line.hpp"
#include "cli/target_set_option.hpp"
#include "cli/target_values_option.hpp"

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
    std::string roll_up;
    std::string crosswalk;
    std::vector<int> levels;
    bool charts = false;
    bool quiet = false;
    std::string csv_dialect;    // empty: not given (the standard dialect)
    std::string target_values;  // --target-values FILE; empty: none
};

CsvDialect dialect_of(const std::string& name) {
    if (name == "excel") return CsvDialect::excel;
    if (name == "excel-vi") return CsvDialect::excel_vi;
    return CsvDialect::standard;
}

void check_combination(const ReportCommandOptions& options) {
    if (!options.crosswalk.empty() && !options.areas.empty())
        throw UsageError("--crosswalk reports every new unit from its old units; leave out --area",
                         "--crosswalk báo cáo mọi đơn vị mới từ các đơn vị cũ của nó; hãy bỏ --area");
    if (!options.roll_up.empty() && !options.areas.empty())
        throw UsageError("--roll-up reports every area and its parents; leave out --area",
                         "--roll-up báo cáo mọi địa bàn và đơn vị cấp trên của nó; hãy bỏ --area");
    if (!options.levels.empty() &&
        (options.roll_up.empty() || options.out_dir.empty() || options.format != "md"))
        throw UsageError(
            "--level picks the levels of a roll-up's tree of Markdown reports: give it with "
            "--roll-up FILE and --out-dir DIR",
            "--level chọn các cấp trong cây báo cáo Markdown của --roll-up: hãy dùng kèm "
            "--roll-up FILE và --out-dir DIR");
    if (options.charts && options.format == "docx")
        throw UsageError("a Word report holds its charts already: leave out --charts",
                         "báo cáo Word đã có sẵn biểu đồ: hãy bỏ --charts");
    if (options.charts && options.format != "md")
        throw UsageError("--charts goes with the Markdown report: use -f md (the default) with --out-dir DIR",
                         "--charts đi cùng báo cáo Markdown: hãy dùng -f md (mặc định) với --out-dir DIR");
    if (options.charts && options.out_dir.empty())
        throw UsageError("--charts writes SVG files beside the reports: give --out-dir DIR",
                         "--charts ghi các tệp SVG bên cạnh báo cáo: hãy cho --out-dir DIR");
    // A .docx is a zip archive: never to a terminal, and chitieu writes it atomically to a file.
    if (options.format == "docx" && options.out_dir.empty() &&
        (options.output_file.empty() || options.output_file == "-"))
        throw UsageError("a Word report is a file: give -o FILE.docx, or --out-dir DIR for one per area",
                         "báo cáo Word là một tệp: hãy cho -o FILE.docx, hoặc --out-dir DIR để có một tệp "
                         "cho mỗi địa bàn");
    if (options.format == "xlsx" && !options.out_dir.empty())
        throw UsageError(
            "an Excel report is one workbook for every area: write it with -o FILE.xlsx, not --out-dir",
            "báo cáo Excel là một sổ tính cho mọi địa bàn: hãy ghi bằng -o FILE.xlsx, không dùng --out-dir");
    if (options.format == "xlsx" && (options.output_file.empty() || options.output_file == "-"))
        throw UsageError("an Excel report is a file: give -o FILE.xlsx",
                         "báo cáo Excel là một tệp: hãy cho -o FILE.xlsx");
    if (!options.csv_dialect.empty() && options.format != "csv")
        throw UsageError("--csv-dialect shapes the CSV report: use it with -f csv",
                         "--csv-dialect định dạng báo cáo CSV: hãy dùng kèm -f csv");
    if ((options.format == "csv" || options.format == "json") && !options.out_dir.empty())
        throw UsageError("a " + std::string(options.format == "csv" ? "CSV" : "JSON") +
                             " report is one table for every area: write it with -o FILE, not --out-dir",
                         "báo cáo " + std::string(options.format == "csv" ? "CSV" : "JSON") +
                             " là một bảng cho mọi địa bàn: hãy ghi bằng -o FILE, không dùng --out-dir");
}

std::unique_ptr<AreaSink> make_sink(const ReportCommandOptions& options,
                                    const ReportOptions& report_options) {
    if (options.format == "csv" || options.format == "json")
        return std::make_unique<TableSink>(options.format == "csv" ? TableFormat::csv : TableFormat::json,
                                           options.output_file, report_options);
    if (options.format == "xlsx") return std::make_unique<XlsxSink>(options.output_file, report_options);
    const AreaFormat format = options.format == "docx" ? AreaFormat::docx : AreaFormat::markdown;
    if (!options.out_dir.empty()) {
        auto batch =
            std::make_unique<MarkdownBatchSink>(options.out_dir, options.charts, report_options, format);
        batch->write_levels(options.levels);
        return batch;
    }
    // --area is refused with --roll-up and --crosswalk (check_combination): not offered there.
    const bool pick_areas = options.roll_up.empty() && options.crosswalk.empty();
    return std::make_unique<MarkdownFileSink>(options.output_file, report_options, format, pick_areas);
}

int run_report(const ReportCommandOptions& options) {
    set_vietnamese_diagnostics(resolve_language(options.lang) == Lang::vi);
    check_combination(options);
    const TargetSet targets = load_target_set(options.targets);
    AreaValues target_values;
    if (!options.target_values.empty())
        target_values = load_target_values_file(options.target_values, targets, options.inputs);
    ReportOptions report_options{resolve_language(options.lang)};
    // Some area judged against a value of its own: the CSV says whose value each row's is.
    report_options.target_sources = !options.target_values.empty() || !targets.by_area.empty() ||
                                    std::any_of(targets.targets.begin(), targets.targets.end(),
                                                [](const Target& target) { return !target.has_value; });
    report_options.csv_dialect = dialect_of(options.csv_dialect);
    const std::unique_ptr<AreaSink> sink = make_sink(options, report_options);
    std::shared_ptr<Progress> bar;
    PipelineRequest request{targets, options.inputs, options.as_of, options.areas, false, {}};
    if (!options.target_values.empty()) request.target_values = &target_values;
    request.roll_up = options.roll_up;
    request.crosswalk = options.crosswalk;
    // The JSON report prints the chart paths; --charts, the Word and Excel reports draw them.
    request.chart_paths =
        options.format == "json" || options.format == "docx" || options.format == "xlsx" || options.charts;
    request.progress = progress_callback(
        bar,
        vietnamese_diagnostics() ? (options.out_dir.empty() ? "đang ghi báo cáo" : "đang ghi các báo cáo")
        : options.out_dir.empty() ? "writing the report"
                                  : "writing reports",
        !options.quiet && stderr_is_terminal());
    run_pipeline(request, *sink);
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
    command
        ->add_option(
            "-f,--format", options->format,
            "Report format: md, csv, json, docx (Word, laid out per Decree 30/2020/NĐ-CP) or xlsx (Excel, "
            "one workbook for every area)")
        ->check(CLI::IsMember({"md", "csv", "json", "docx", "xlsx"}))
        ->capture_default_str();
    command->add_option("--lang", options->lang, "Report language (default: vi when LANG is vi_*, else en)")
        ->check(CLI::IsMember({"en", "vi"}));
    auto* output =
        command->add_option("-o,--output", options->output_file, "Write the report to FILE (atomically)");
    command
        ->add_option("--out-dir", options->out_dir,
                     "Write one report per area into DIR (Markdown, or -f docx)")
        ->excludes(output);
    command->add_option("--area", options->areas, "Report only this area (repeatable)");
    command->add_option("--target-values", options->target_values, kTargetValuesHelp);
    command->add_option("--roll-up", options->roll_up, kRollUpOptionHelp);
    command->add_option("--crosswalk", options->crosswalk, kCrosswalkOptionHelp);
    command
        ->add_option("--level", options->levels,
                     "With --roll-up and --out-dir: write only these levels of the tree (1: the top areas, "
                     "2: their parts, ...; comma-separated or repeated)")
        ->delimiter(',')
        ->check(CLI::Range(1, 9));
    command->add_flag("--charts", options->charts,
                      "With --out-dir: write an SVG chart per level, share, occupancy and growth target into "
                      "DIR/charts/ and link it from the Markdown report");
    command
        ->add_option("--csv-dialect", options->csv_dialect,
                     "With -f csv: default (the interface's: no BOM, ',' and '.'), excel (UTF-8 BOM, ',' and "
                     "'.': double-click it in Excel in English) or excel-vi (UTF-8 BOM, ';' and a decimal "
                     "comma: double-click it in Excel set to Vietnamese)")
        ->check(CLI::IsMember({"default", "excel", "excel-vi"}));
    command->add_flag("-q,--quiet", options->quiet, "No progress line on a terminal during long batch runs");
    command->footer(
        "Examples:\n"
        "  chitieu report examples/tuyen-quang/statistics.yaml\n"
        "  chitieu report examples/tuyen-quang/statistics.yaml --lang vi -o bao-cao.md\n"
        "  chitieu report examples/tuyen-quang/statistics.yaml -f csv --as-of 2023 -o gaps.csv\n"
        "  chitieu report examples/tuyen-quang/statistics.yaml -f csv --csv-dialect excel-vi -o bang.csv"
        "   # double-click: Excel in Vietnamese\n"
        "  chitieu report communes.csv --out-dir reports/      # one report per area + index.md\n"
        "  chitieu report districts.csv --out-dir reports/ --area \"Sơn Dương\" --area \"Yên Sơn\"\n"
        "  chitieu report examples/tuyen-quang/statistics.yaml -f json -o gaps.json\n"
        "  chitieu report examples/tuyen-quang/statistics.yaml --lang vi -f docx -o tong-ket.docx\n"
        "  chitieu report communes.csv --lang vi -f xlsx -o phu-luc.xlsx\n"
        "  chitieu report examples/tuyen-quang/statistics.yaml --out-dir report/ --charts\n"
        "  chitieu report data.yaml -t my-plan.yaml\n"
        "  chitieu report districts.csv -t plan.yaml --target-values district-targets.csv --out-dir "
        "reports/\n"
        "  chitieu report tuyen-quang.yaml ha-giang.yaml --crosswalk crosswalk.csv   # on the new "
        "boundaries\n"
        "Exit codes: 0 success, 1 invalid input, 2 usage error.");
    return [options] { return run_report(*options); };
}

}  // namespace chitieu::cli
