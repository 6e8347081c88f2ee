// chitieu check: validate the inputs, apply the consistency rules, evaluate every target, and
// print the findings in a format a person or a CI system reads; the exit code follows --fail-on.
#include <CLI/CLI.hpp>

#include <cstdlib>
#include <memory>
#include <optional>

#include "chitieu/diagnostic.hpp"
#include "chitieu/pipeline/check_sink.hpp"
#include "chitieu/pipeline/pipeline.hpp"
#include "cli/commands.hpp"
#include "cli/input_options.hpp"
#include "cli/language.hpp"
#include "cli/run.hpp"
#include "cli/target_set_option.hpp"
#include "cli/target_values_option.hpp"

namespace chitieu::cli {

namespace {

struct CheckCommandOptions {
    InputOptions inputs;
    std::string targets;
    std::optional<int> as_of;
    std::vector<std::string> areas;
    std::string roll_up;
    std::string crosswalk;
    std::string format = "text";
    std::string fail_on = "invalid";
    std::string output_file;
    std::string lang;
    std::string target_values;  // --target-values FILE; empty: none
};

CheckFormat check_format(const std::string& name) {
    if (name == "github") return CheckFormat::github;
    if (name == "junit") return CheckFormat::junit;
    if (name == "json") return CheckFormat::json;
    return CheckFormat::text;
}

int run_check(const CheckCommandOptions& options) {
    set_vietnamese_diagnostics(resolve_language(options.lang) == Lang::vi);
    if (!options.crosswalk.empty() && !options.areas.empty())
        throw UsageError("--crosswalk checks every new unit from its old units; leave out --area",
                         "--crosswalk kiểm tra mọi đơn vị mới từ các đơn vị cũ của nó; hãy bỏ --area");
    if (!options.roll_up.empty() && !options.areas.empty())
        throw UsageError("--roll-up checks every area and its parents; leave out --area",
                         "--roll-up kiểm tra mọi địa bàn và đơn vị cấp trên của nó; hãy bỏ --area");
    CheckRequest check;
    check.roll_up = !options.roll_up.empty();
    check.format = check_format(options.format);
    check.fail_on = options.fail_on;
    check.options = ReportOptions{resolve_language(options.lang)};
    check.output_file = options.output_file;
    if (const char* summary = std::getenv("GITHUB_STEP_SUMMARY")) check.summary_file = summary;
    // Every problem is a finding in the chosen format, so nothing here stops at the first one.
    TargetSet targets;  // empty when the set cannot be read: the rules about the data alone run
    try {
        targets = load_target_set(options.targets);
    } catch (const InputError& error) {
        check.target_set_problems = error.diagnostics();
        check.targets_usable = false;
    }
    AreaValues target_values;
    if (check.targets_usable && !options.target_values.empty()) {
        try {
            target_values = load_target_values_file(options.target_values, targets, options.inputs);
        } catch (const InputError& error) {
            check.target_set_problems = error.diagnostics();
            check.targets_usable = false;
        }
    }
    CheckSink sink(std::move(check), targets);
    PipelineRequest request{targets, options.inputs, options.as_of, options.areas, false, {}};
    if (!options.target_values.empty()) request.target_values = &target_values;
    request.roll_up = options.roll_up;
    request.crosswalk = options.crosswalk;
    run_pipeline(request, sink);

    if (sink.tally().errors > 0) return kExitInvalidInput;
    return sink.tally().policy_failed() ? kExitCheckFailed : kExitOk;
}

}  // namespace

CommandAction add_check_command(CLI::App& app) {
    auto options = std::make_shared<CheckCommandOptions>();
    CLI::App* command = app.add_subcommand(
        "check", "Validate statistics, apply consistency rules and evaluate the targets, for people and CI");
    add_input_options(*command, options->inputs);
    command->add_option("-t,--targets", options->targets, kTargetsOptionHelp);
    command
        ->add_option("--as-of", options->as_of,
                     "Evaluate as of this year (default: the latest year in the inputs)")
        ->check(CLI::Range(1900, 2100));
    command->add_option("--area", options->areas, "Check only this area (repeatable)");
    command->add_option("--target-values", options->target_values, kTargetValuesHelp);
    command->add_option("--roll-up", options->roll_up, kRollUpOptionHelp);
    command->add_option("--crosswalk", options->crosswalk, kCrosswalkOptionHelp);
    command
        ->add_option("--format", options->format,
                     "Output: text (FILE:LINE:COL lines), github (workflow commands and a job summary in "
                     "$GITHUB_STEP_SUMMARY), junit (XML), json")
        ->check(CLI::IsMember({"text", "github", "junit", "json"}))
        ->capture_default_str();
    command
        ->add_option("--fail-on", options->fail_on,
                     "Exit 3 when a target is off track or not met (off-track), or also at risk (at-risk); "
                     "when a target is insufficient_data or not met (insufficient-data); when any warning "
                     "is found (warning). invalid: only invalid input and error findings fail (exit 1), "
                     "as they do under every policy")
        ->check(CLI::IsMember({"invalid", "warning", "insufficient-data", "off-track", "at-risk"}))
        ->capture_default_str();
    command->add_option("-o,--output", options->output_file, "Write the output to FILE (atomically)");
    command
        ->add_option("--lang", options->lang,
                     "Language of the output: titles, statuses and the summary line in every format "
                     "(default: vi when LANG is vi_*, else en)")
        ->check(CLI::IsMember({"en", "vi"}));
    command->footer(
        "Rules: part-above-whole, share-over-100, negative-count (errors);\n"
        "series-gap, year-outside-period, final-on-estimate (warnings); level-growth-disagree (note);\n"
        "names that match nothing: unknown-indicator, no-matching-series (errors), missing-series\n"
        "(a warning; an error with 'did you mean'), unknown-zone (error), missing-zone (a warning;\n"
        "an error with 'did you mean'). Loader problems carry the rule 'input'; so do per-area\n"
        "target values (by_area, --target-values) for an area the inputs lack ('did you mean').\n"
        "With --roll-up:\n"
        "children-sum (a warning: a parent's own figure and its children's sum differ by more than\n"
        "0.1 % of the figure).\n"
        "Examples:\n"
        "  chitieu check examples/tuyen-quang/statistics.yaml\n"
        "  chitieu check data/*.yaml --format github --fail-on off-track\n"
        "  chitieu check districts.csv --format junit -o chitieu-check.xml\n"
        "  chitieu check districts.csv -t plan.yaml --target-values district-targets.csv\n"
        "  chitieu check districts.csv province.csv --roll-up roll-up.csv\n"
        "  chitieu check old-communes.csv --crosswalk crosswalk.csv   # shares of each old unit sum to 1\n"
        "Exit codes: 0 passed, 1 invalid input or an error finding, 2 usage error,\n"
        "3 a target in a status named by --fail-on (or a warning, with --fail-on warning).");
    return [options] { return run_check(*options); };
}

}  // namespace chitieu::cli
