// chitieu targets: list, show or export a target set (the built-in one by default).
#include <fmt/core.h>
#include <CLI/CLI.hpp>

#include "chitieu/diagnostic.hpp"
#include "chitieu/load/builtin_targets.hpp"
#include "chitieu/report/number_format.hpp"
#include "chitieu/util/utf8.hpp"
#include "cli/commands.hpp"
#include "cli/language.hpp"
#include "cli/target_set_option.hpp"
#include "report/labels.hpp"

namespace chitieu::cli {

namespace {

struct TargetsCommandOptions {
    std::string action = "list";
    std::string id;
    std::string targets;
    std::string lang;
};

std::string pad(const std::string& text, std::size_t width) {
    const std::size_t shown = display_width(text);
    return text + std::string(shown < width ? width - shown : 0, ' ');
}

// The goal as `targets list` shows it: in English the compact form scripts may read ("> 27700
// billion VND, 2010 prices in 2025"); in Vietnamese the reports' own words ("> 27.700 tỷ đồng, giá
// so sánh 2010 năm 2025").
std::string goal_of(const Target& target, Lang lang = Lang::en) {
    if (lang == Lang::vi) return goal_text(target, lang);
    if (target.kind == TargetKind::milestones) {
        std::string names;
        for (const std::string& zone : target.zones) names += (names.empty() ? "" : ", ") + zone;
        return std::string(target.require == MilestoneRequire::expanded ? "expanded: " : "established: ") +
               names + " by " + std::to_string(target.year);
    }
    std::string goal = target.op == Op::between ? format_number(target.value, kMachineNumbers) + "–" +
                                                      format_number(target.value_high, kMachineNumbers)
                                                : std::string(op_symbol(target.op)) + " " +
                                                      format_number(target.value, kMachineNumbers);
    if (!target.unit.empty()) goal += (target.unit == "%" || target.unit == "%/yr" ? "" : " ") + target.unit;
    if (target.kind == TargetKind::growth || target.kind == TargetKind::change)
        goal += " " + std::to_string(target.base_year) + "–" + std::to_string(target.year);
    else if (target.kind == TargetKind::cumulative)
        goal += " total " + std::to_string(target.sum_from) + "–" + std::to_string(target.year);
    else if (target.every_year)
        goal += " every year " + std::to_string(target.base_year + 1) + "–" + std::to_string(target.year);
    else
        goal += " in " + std::to_string(target.year);
    return goal;
}

// A target set's texts reach the terminal as they were written; a YAML string may hold a line
// feed or an escape sequence ("\n", "\e"), shown escaped so that one target is one line.
std::string shown(std::string_view text) {
    return escape_controls(text);
}

void list_targets(const TargetSet& set, Lang lang) {
    fmt::print("{}  {} ({}–{})\n\n", set.id, shown(set.title.in(lang)), set.base_year, set.end_year);
    std::size_t id_width = 2, kind_width = 4, goal_width = 4;
    for (const Target& target : set.targets) {
        id_width = std::max(id_width, display_width(target.id));
        kind_width = std::max(kind_width, display_width(target_kind_name(target.kind)));
        goal_width = std::max(goal_width, display_width(shown(goal_of(target, lang))));
    }
    const bool vi = lang == Lang::vi;
    fmt::print("{}  {}  {}  {}\n", pad(vi ? "MÃ" : "ID", id_width), pad(vi ? "LOẠI" : "KIND", kind_width),
               pad(vi ? "MỤC TIÊU" : "GOAL", goal_width), vi ? "TÊN CHỈ TIÊU" : "TITLE");
    for (const Target& target : set.targets)
        fmt::print("{}  {}  {}  {}\n", pad(target.id, id_width),
                   pad(target_kind_name(target.kind), kind_width),
                   pad(shown(goal_of(target, lang)), goal_width), shown(target.title.in(lang)));
}

// Every built-in set, after the one listed: a new user learns there is more than the default.
void list_builtin_sets(Lang lang) {
    const bool vi = lang == Lang::vi;
    fmt::print("\n{}:\n",
               vi ? "Các bộ chỉ tiêu dựng sẵn (-t builtin:NAME)" : "Built-in target sets (-t builtin:NAME)");
    for (const EmbeddedFile& file : builtin_target_sets())
        fmt::print("  builtin:{}{}\n", file.name,
                   file.name != kDefaultTargetSet ? ""
                   : vi                           ? "  (mặc định)"
                                                  : "  (the default)");
}

void show_target(const Target& target) {
    fmt::print(
        "id:       {}\nkind:     {}\ntitle:    {}\n          {}\ngoal:     {}\nbase:     {}\nyear:     {}\n",
        target.id, target_kind_name(target.kind), shown(target.title.en), shown(target.title.vi),
        shown(goal_of(target)), target.base_year, target.year);
    if (!target.series.empty()) fmt::print("series:   {}\n", target.series);
    if (target.kind == TargetKind::share)
        fmt::print("share:    {} / {} × 100\n", target.numerator, target.denominator);
    if (target.kind == TargetKind::ratio)
        fmt::print("ratio:    {} / {} × {}\n", target.numerator, target.denominator,
                   format_number(target.scale, kMachineNumbers));
    if (target.every_year) fmt::print("held:     every year\n");
    if (target.kind == TargetKind::occupancy)
        fmt::print("method:   {}\n", target.method == OccupancyMethod::weighted ? "weighted" : "mean");
    if (target.kind == TargetKind::growth) {
        const char* mean = target.mean == GrowthMean::compound     ? "compound"
                           : target.mean == GrowthMean::arithmetic ? "arithmetic"
                                                                   : "every_year";
        fmt::print("mean:     {}\n", mean);
    }
    if (target.kind == TargetKind::count) {
        fmt::print("counts:   {} established {}–{}\n",
                   target.zone_kind ? zone_kind_name(*target.zone_kind) : "zones", target.established_from,
                   target.established_to);
    }
}

int run_targets(const TargetsCommandOptions& options) {
    set_vietnamese_diagnostics(resolve_language(options.lang) == Lang::vi);
    if (options.action == "export") {
        const std::string prefix = "builtin:";
        const std::string name =
            options.targets.empty() ? std::string(kDefaultTargetSet)
            : options.targets.rfind(prefix, 0) == 0
                ? options.targets.substr(prefix.size())
                : throw UsageError(
                      "export prints a built-in set; name it as -t builtin:NAME",
                      "export in ra một bộ chỉ tiêu dựng sẵn; hãy gọi tên nó bằng -t builtin:NAME");
        load_target_set(prefix + name);  // unknown names fail here, with the list of built-in sets
        const EmbeddedFile* builtin = find_builtin_target_set(name);
        fmt::print("{}", builtin->text);
        return 0;
    }
    const TargetSet set = load_target_set(options.targets);
    if (options.action == "list") {
        if (!options.id.empty())
            throw UsageError("'targets list' takes no ID; use 'targets show ID'",
                             "'targets list' không nhận ID; hãy dùng 'targets show ID'");
        list_targets(set, resolve_language(options.lang));
        list_builtin_sets(resolve_language(options.lang));
        return 0;
    }
    if (options.id.empty())
        throw UsageError("'targets show' needs a target ID; 'chitieu targets list' lists them",
                         "'targets show' cần mã chỉ tiêu (ID); 'chitieu targets list' liệt kê các mã");
    const Target* target = set.find(options.id);
    if (!target) {
        std::string ids;
        for (const Target& each : set.targets) ids += (ids.empty() ? "" : ", ") + each.id;
        throw UsageError(
            "no target '" + options.id + "' in " + set.id + "; its targets are: " + ids,
            "không có chỉ tiêu '" + options.id + "' trong " + set.id + "; các chỉ tiêu của bộ này: " + ids);
    }
    show_target(*target);
    return 0;
}

}  // namespace

CommandAction add_targets_command(CLI::App& app) {
    auto options = std::make_shared<TargetsCommandOptions>();
    CLI::App* command =
        app.add_subcommand("targets", "List, show or export a target set (the built-in one by default)");
    command->add_option("ACTION", options->action, "list | show | export")
        ->check(CLI::IsMember({"list", "show", "export"}))
        ->capture_default_str();
    command->add_option("ID", options->id, "The target to show");
    command->add_option("-t,--targets", options->targets, kTargetsOptionHelp);
    command->add_option("--lang", options->lang, "Language of titles")->check(CLI::IsMember({"en", "vi"}));
    command->footer(
        "Examples:\n"
        "  chitieu targets list\n"
        "  chitieu targets show industrial_output_growth\n"
        "  chitieu targets export > my-plan.yaml   # a starting point for your own plan\n"
        "  chitieu targets list -t examples/custom-plan/targets.yaml");
    return [options] { return run_targets(*options); };
}

}  // namespace chitieu::cli
