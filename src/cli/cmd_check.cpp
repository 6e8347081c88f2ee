// chitieu check: validate the inputs, apply the consistency rules, evaluate every target, and
// print the findings in a format a person or a CI system reads; the exit code follows --fail-on.
#include <fmt/core.h>
#include <CLI/CLI.hpp>

#include <algorithm>
#include <cerrno>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <memory>
#include <optional>

#include "chitieu/diagnostic.hpp"
#include "chitieu/engine/consistency.hpp"
#include "chitieu/engine/evaluate.hpp"
#include "chitieu/report/check_output.hpp"
#include "chitieu/report/number_format.hpp"
#include "cli/commands.hpp"
#include "cli/inputs.hpp"
#include "cli/language.hpp"
#include "cli/report_output.hpp"
#include "cli/run.hpp"
#include "cli/target_set_option.hpp"

namespace chitieu::cli {

namespace {

struct CheckCommandOptions {
    InputOptions inputs;
    std::string targets;
    std::optional<int> as_of;
    std::vector<std::string> areas;
    std::string format = "text";
    std::string fail_on = "invalid";
    std::string output_file;
    std::string lang;
};

// The statuses each policy fails. "invalid" fails on invalid input only, which every policy does.
std::vector<Status> failing_statuses(const std::string& fail_on) {
    if (fail_on == "off-track") return {Status::not_met, Status::off_track};
    if (fail_on == "at-risk") return {Status::not_met, Status::at_risk, Status::off_track};
    return {};
}

CheckFormat check_format(const std::string& name) {
    if (name == "github") return CheckFormat::github;
    if (name == "junit") return CheckFormat::junit;
    if (name == "json") return CheckFormat::json;
    return CheckFormat::text;
}

void add_input_findings(std::vector<Finding>& findings, const std::vector<Diagnostic>& diagnostics) {
    for (const Diagnostic& diagnostic : diagnostics) findings.push_back({kRuleInput, diagnostic});
}

// Numbers in the rules' messages, as the English report prints them: 27,700 and 16.4.
std::string message_number(double value, int decimals) {
    return format_number(value, language_style(Lang::en, decimals, true));
}

bool selected(const AreaData& area, const std::vector<std::string>& areas) {
    return areas.empty() || std::find(areas.begin(), areas.end(), area.name) != areas.end();
}

// GitHub Actions shows this file on the run's page. A failure to append is worth a warning, not a
// different outcome: the annotations are already out.
void append_step_summary(const std::string& markdown) {
    const char* path = std::getenv("GITHUB_STEP_SUMMARY");
    if (path == nullptr || *path == '\0') return;
    std::FILE* file = std::fopen(path, "a");
    bool ok = file != nullptr && std::fwrite(markdown.data(), 1, markdown.size(), file) == markdown.size();
    const int error = errno;
    if (file != nullptr && std::fclose(file) != 0) ok = false;
    if (!ok)
        fmt::print(stderr, "{}: warning: cannot append the job summary ($GITHUB_STEP_SUMMARY): {}\n", path,
                   std::strerror(error));
}

int run_check(const CheckCommandOptions& options) {
    std::vector<Finding> findings;
    std::vector<std::string> rules = {kRuleInput};
    for (const std::string& rule : consistency_rules()) rules.push_back(rule);

    // Every problem is a finding in the chosen format, so nothing here stops at the first one.
    std::optional<TargetSet> targets;
    try {
        targets = load_target_set(options.targets);
    } catch (const InputError& error) {
        add_input_findings(findings, error.diagnostics());
    }
    Diagnostics load;
    const Dataset data = load_inputs(options.inputs, load);
    add_input_findings(findings, load.items());

    // Without a target set the rules about the data alone still run (an empty set has no period,
    // no shares and no targets to compare).
    const TargetSet no_targets;
    for (const AreaData& area : data.areas) {
        if (!selected(area, options.areas)) continue;
        for (Finding& finding : check_area(targets ? *targets : no_targets, area, message_number))
            findings.push_back(std::move(finding));
    }
    // Statuses computed from a partly read file would mislead: evaluate only clean inputs.
    std::optional<Evaluation> evaluation;
    if (targets && !load.has_errors()) {
        try {
            evaluation = evaluate(*targets, data, {options.as_of, options.areas});
        } catch (const InputError& error) {
            add_input_findings(findings, error.diagnostics());
        }
    }

    const ReportOptions report_options{resolve_language(options.lang)};
    CheckOutput output(check_format(options.format), {options.fail_on, failing_statuses(options.fail_on)},
                       report_options);
    if (evaluation)
        for (const AreaEvaluation& area : evaluation->areas) output.add_area(area);
    const bool evaluated = evaluation.has_value();
    write_documents({{"", output.finish(findings, rules, evaluated, evaluated ? evaluation->as_of : 0)}},
                    options.output_file, "", "");
    if (options.format == "github") append_step_summary(output.github_summary(findings, evaluated));

    const CheckTally tally = output.tally(findings);
    if (tally.errors > 0) return kExitInvalidInput;
    return tally.failing_targets > 0 ? kExitCheckFailed : kExitOk;
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
    command
        ->add_option("--format", options->format,
                     "Output: text (FILE:LINE:COL lines), github (workflow commands and a job summary in "
                     "$GITHUB_STEP_SUMMARY), junit (XML), json")
        ->check(CLI::IsMember({"text", "github", "junit", "json"}))
        ->capture_default_str();
    command
        ->add_option("--fail-on", options->fail_on,
                     "Exit 3 when a target is off track or not met (off-track), or also at risk (at-risk); "
                     "invalid: only invalid input fails (exit 1)")
        ->check(CLI::IsMember({"invalid", "off-track", "at-risk"}))
        ->capture_default_str();
    command->add_option("-o,--output", options->output_file, "Write the output to FILE (atomically)");
    command->add_option("--lang", options->lang, "Language of target titles and statuses in summaries")
        ->check(CLI::IsMember({"en", "vi"}));
    command->footer(
        "Rules: part-above-whole, share-over-100, leased-above-leasable, negative-count (errors);\n"
        "series-gap, year-outside-period (warnings); level-growth-disagree (note). Loader problems\n"
        "carry the rule 'input'.\n"
        "Examples:\n"
        "  chitieu check examples/tuyen-quang/statistics.yaml\n"
        "  chitieu check data/*.yaml --format github --fail-on off-track\n"
        "  chitieu check districts.csv --format junit -o chitieu-check.xml\n"
        "Exit codes: 0 passed, 1 invalid input or an error finding, 2 usage error,\n"
        "3 a target in a status named by --fail-on.");
    return [options] { return run_check(*options); };
}

}  // namespace chitieu::cli
