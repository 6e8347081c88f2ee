// chitieu calc: the engine's formulas on numbers typed at the prompt ("what growth do we need?").
#include <fmt/core.h>
#include <CLI/CLI.hpp>

#include <optional>

#include "chitieu/diagnostic.hpp"
#include "chitieu/engine/rates.hpp"
#include "chitieu/report/json_text.hpp"
#include "chitieu/report/number_format.hpp"
#include "chitieu/util/parse_number.hpp"
#include "cli/commands.hpp"
#include "cli/language.hpp"

namespace chitieu::cli {

namespace {

struct CalcOptions {
    std::string from, to, years, value, target, rate, part, whole;
    std::vector<std::string> leased, leasable;
    bool json = false;
    bool decimal_comma = false;  // read 27.700,5 and print 16,7 (JSON stays machine numbers)
    std::string lang;            // of the messages; run.cpp has read it from the arguments already
};

// Set once the options are parsed: every number the command reads or prints follows it.
NumberConvention g_convention = NumberConvention::dot;

double number(const std::string& option, const std::string& text) {
    const NumberParse parsed = parse_number(text, g_convention);
    if (!parsed.value)
        throw UsageError(option + ": " + parsed.error,
                         option + ": " + (parsed.error_vi.empty() ? parsed.error : parsed.error_vi));
    return *parsed.value;
}

double years(const std::string& text) {
    const double value = number("--years", text);
    if (!(value > 0))
        throw UsageError("--years: the number of years must be greater than 0",
                         "--years: số năm phải lớn hơn 0");
    return value;
}

// The text answer: 4 decimals, the decimal mark of the convention read, no grouping.
NumberStyle text_style() {
    return NumberStyle{4, g_convention == NumberConvention::decimal_comma ? ',' : '.', '\0', false};
}

struct Answer {
    std::string calculation;
    std::optional<double> result;
    std::string unit;           // "%", "%/yr" or "" (the input's unit)
    std::string undefined_why;  // when result is empty
    std::string undefined_why_vi;
};

int print(const Answer& answer, bool json) {
    if (!answer.result)
        throw InputError({"calc"}, "cannot compute " + answer.calculation + ": " + answer.undefined_why,
                         "không tính được " + answer.calculation + ": " + answer.undefined_why_vi);
    const std::string figure = format_number(*answer.result, text_style());
    if (json)
        fmt::print("{}\n", json_object_line({{"calculation", json_string(answer.calculation)},
                                             {"result", format_number(*answer.result, kMachineNumbers)},
                                             {"unit", json_string(answer.unit)}}));
    else
        fmt::print("{}{}\n", figure, answer.unit.empty() ? "" : " " + answer.unit);
    return 0;
}

std::optional<double> percent(std::optional<double> fraction) {
    if (!fraction) return std::nullopt;
    return *fraction * 100.0;
}

}  // namespace

CommandAction add_calc_command(CLI::App& app) {
    auto o = std::make_shared<CalcOptions>();
    CLI::App* command = app.add_subcommand("calc", "Quick calculations with the report engine's formulas");
    command->require_subcommand(1);
    // Accepted before the calculation's name and after its options alike ("calc cagr ... --json").
    const auto add_common = [&o](CLI::App* app_) {
        app_->add_flag("--json", o->json, "Print the answer as JSON");
        app_->add_flag("--decimal-comma", o->decimal_comma,
                       "Numbers in the Vietnamese convention: read 27.700,5 and print 16,7 (JSON keeps "
                       "16.7)");
        app_->add_option("--lang", o->lang,
                         "Language of the messages (default: vi when LANG is vi_*, else en)")
            ->check(CLI::IsMember({"en", "vi"}));
    };
    add_common(command);
    command->footer(
        "Examples:\n"
        "  chitieu calc cagr --from 14386.6 --to 27700 --years 5        # 13.9999 %/yr (14386.6 is 27,700 / "
        "1.14⁵ rounded)\n"
        "  chitieu calc required --value 23730 --target 27700 --years 1  # growth needed next year\n"
        "  chitieu calc project --value 23730 --rate 16 --years 1\n"
        "  chitieu calc share --part 129600 --whole 533900\n"
        "  chitieu calc occupancy --leased 201.3 --leasable 290 --leased 58 --leasable 180\n"
        "  chitieu calc cagr --from 12.982 --to 27.150 --years 5 --decimal-comma --json");

    auto* cagr =
        command->add_subcommand("cagr", "Compound annual growth from V0 to V1 over N years, in %/yr");
    cagr->add_option("--from", o->from, "Value at the start")->required();
    cagr->add_option("--to", o->to, "Value at the end")->required();
    cagr->add_option("--years", o->years, "Years between them")->required();
    auto* required =
        command->add_subcommand("required", "Yearly growth needed to go from V to target X in N years");
    required->add_option("--value", o->value, "Value now")->required();
    required->add_option("--target", o->target, "Target value")->required();
    required->add_option("--years", o->years, "Years left")->required();
    auto* project = command->add_subcommand("project", "Value after N years at R % a year");
    project->add_option("--value", o->value, "Value now")->required();
    project->add_option("--rate", o->rate, "Growth in percent per year (14 = 14 %)")->required();
    project->add_option("--years", o->years, "Years ahead")->required();
    auto* share = command->add_subcommand("share", "P as a percentage of W");
    share->add_option("--part", o->part, "The part")->required();
    share->add_option("--whole", o->whole, "The whole")->required();
    auto* occupancy =
        command->add_subcommand("occupancy", "Occupancy of zones: weighted (Σ leased / Σ leasable) and mean");
    occupancy->add_option("--leased", o->leased, "Leased hectares (repeat once per zone)")->required();
    occupancy->add_option("--leasable", o->leasable, "Leasable hectares (repeat once per zone, same order)")
        ->required();

    for (CLI::App* sub : {cagr, required, project, share, occupancy}) add_common(sub);

    return [o, cagr, required, project, share, occupancy]() -> int {
        g_convention = o->decimal_comma ? NumberConvention::decimal_comma : NumberConvention::dot;
        set_vietnamese_diagnostics(resolve_language(o->lang) == Lang::vi);
        if (cagr->parsed())
            return print(
                {"cagr",
                 percent(compound_rate(number("--from", o->from), number("--to", o->to), years(o->years))),
                 "%/yr", "compound growth needs two values above zero",
                 "tăng trưởng bình quân cần hai giá trị lớn hơn 0"},
                o->json);
        if (required->parsed())
            return print({"required",
                          percent(compound_rate(number("--value", o->value), number("--target", o->target),
                                                years(o->years))),
                          "%/yr", "compound growth needs the value and the target above zero",
                          "tăng trưởng bình quân cần giá trị hiện tại và chỉ tiêu đều lớn hơn 0"},
                         o->json);
        if (project->parsed()) {
            const double rate = number("--rate", o->rate) / 100.0;
            return print({"project", project_value(number("--value", o->value), rate, years(o->years)), "",
                          "the rate must be above -100 %", "tốc độ phải lớn hơn -100 %"},
                         o->json);
        }
        if (share->parsed())
            return print({"share", share_pct(number("--part", o->part), number("--whole", o->whole)), "%",
                          "the whole is zero", "tổng bằng 0"},
                         o->json);
        if (occupancy->parsed()) {
            if (o->leased.size() != o->leasable.size())
                throw UsageError("give --leased and --leasable once per zone each (" +
                                     std::to_string(o->leased.size()) + " leased, " +
                                     std::to_string(o->leasable.size()) + " leasable)",
                                 "hãy cho --leased và --leasable mỗi tùy chọn một lần cho mỗi khu (" +
                                     std::to_string(o->leased.size()) + " --leased, " +
                                     std::to_string(o->leasable.size()) + " --leasable)");
            std::vector<LandArea> zones;
            for (std::size_t i = 0; i < o->leased.size(); ++i) {
                LandArea zone{number("--leased", o->leased[i]), number("--leasable", o->leasable[i])};
                if (zone.leased < 0 || zone.leasable < 0)
                    throw UsageError("land areas cannot be negative", "diện tích đất không được âm");
                if (zone.leased > zone.leasable)
                    throw UsageError("zone " + std::to_string(i + 1) + ": leased (" + o->leased[i] +
                                         " ha) is more than leasable (" + o->leasable[i] + " ha)",
                                     "khu " + std::to_string(i + 1) + ": diện tích đã cho thuê (" +
                                         o->leased[i] + " ha) lớn hơn diện tích có thể cho thuê (" +
                                         o->leasable[i] + " ha)");
                zones.push_back(zone);
            }
            const auto weighted = occupancy_weighted_pct(zones);
            const auto mean = occupancy_mean_pct(zones);
            if (!weighted || !mean)
                throw InputError({"calc"}, "cannot compute occupancy: no zone has leasable land",
                                 "không tính được tỷ lệ lấp đầy: không khu nào có diện tích có thể cho thuê");
            if (o->json) {
                fmt::print("{}\n", json_object_line({{"calculation", json_string("occupancy")},
                                                     {"weighted", format_number(*weighted, kMachineNumbers)},
                                                     {"mean", format_number(*mean, kMachineNumbers)},
                                                     {"unit", json_string("%")}}));
            } else {
                const NumberStyle style = text_style();
                fmt::print("weighted: {} %\nmean:     {} %\n", format_number(*weighted, style),
                           format_number(*mean, style));
            }
            return 0;
        }
        return 2;
    };
}

}  // namespace chitieu::cli
