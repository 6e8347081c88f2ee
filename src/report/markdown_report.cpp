// The Markdown gap report for one area: title, summary table, one section per target, method.
// Every figure comes from the evaluation as it is; this file only chooses words and formats.
#include "chitieu/report/markdown_report.hpp"

#include <algorithm>
#include <cmath>

#include "chitieu/report/number_format.hpp"
#include "chitieu/report/svg_chart.hpp"
#include "labels.hpp"
#include "markdown_table.hpp"
#include "outcome_text.hpp"
#include "report_lines.hpp"

namespace chitieu {

namespace {

constexpr const char* kAbsent = "—";  // an empty table cell
constexpr int kStatusCount = static_cast<int>(Status::insufficient_data) + 1;

// Figures of a growth target (its actual value, its gap) are rates: 1 decimal, fixed. Everything
// else is a value: up to 1 decimal, trailing zeros trimmed.
std::string figure(double value, const Target& target, Lang lang) {
    return target.kind == TargetKind::growth ? format_number(value, language_style(lang, 1, false))
                                             : format_value(value, lang);
}

// A gap shows its direction: "+120", "-9,605". Zero, or what rounds to it, has no sign.
std::string signed_figure(double value, const Target& target, Lang lang) {
    const std::string text = figure(value, target, lang);
    const bool nonzero = text.find_first_of("123456789") != std::string::npos;
    return value > 0 && nonzero ? "+" + text : text;
}

std::string with_unit(const std::string& number, const std::string& unit) {
    return unit.empty() ? number : number + " " + unit;
}

// The unit of a target's levels (base, projection, trajectory). A growth target's unit is a
// rate ("%/yr"), and the level's own unit is not known here.
// The unit of a level: the target's, or for a growth target (whose unit is the rate's) the
// series' as the inputs give it.
}  // namespace

std::string level_unit(const Target& target, const TargetResult& result, Lang lang, TextEscape escape) {
    const std::string& unit = target.kind == TargetKind::growth || target.kind == TargetKind::change
                                  ? result.level_unit
                                  : target.unit;
    return unit.empty() ? std::string() : escape(unit_label(unit, lang));
}

namespace {

std::string rate_text(double percent, Lang lang) {
    return format_percent(percent, lang) + words(lang).per_year;
}

std::string year_paren(int year, Lang lang) {
    return " (" + std::string(words(lang).year_prefix) + std::to_string(year) + ")";
}

std::string escaped_goal(const Target& target, Lang lang, TextEscape escape) {
    Target shown = target;  // the unit is user text: escape it before it joins the phrase
    shown.unit = escape(target.unit);
    return goal_text(shown, lang);
}

}  // namespace

// The engine never yields NaN or infinity; should one slip through, it reads as an absent figure
// rather than a blank after a label.
TargetResult finite_only(const TargetResult& result) {
    TargetResult out = result;
    for (std::optional<double>* slot :
         {&out.actual_value, &out.base_value, &out.gap, &out.achievement_pct, &out.actual_rate_pct,
          &out.required_rate_pct, &out.remaining_rate_pct, &out.projected_value, &out.progress_ratio,
          &out.required_per_year, &out.recent_yearly_value, &out.yearly_plan_value, &out.yearly_plan_pct})
        if (*slot && !std::isfinite(**slot)) slot->reset();
    std::erase_if(out.trajectory, [](const YearValue& point) { return !std::isfinite(point.value); });
    return out;
}

namespace {

// " (ước)", " (sơ bộ)", " (est.)", " (prelim.)" after a figure its publisher has not made final
// (the engine's figure_standing note); empty for a final one.
std::string standing_mark(const TargetResult& result, Lang lang) {
    for (const Note& note : result.notes) {
        if (note.code != NoteCode::figure_standing || note.names.empty()) continue;
        const bool estimated = note.names.front() == "estimated";
        if (lang == Lang::vi) return estimated ? " (ước)" : " (sơ bộ)";
        return estimated ? " (est.)" : " (prelim.)";
    }
    return {};
}

// The figure judged is an estimate (OBS_STATUS E): the council's "ước thực hiện năm …".
bool judged_on_estimate(const TargetResult& result) {
    return std::any_of(result.notes.begin(), result.notes.end(), [](const Note& note) {
        return note.code == NoteCode::figure_standing && !note.names.empty() && note.names[0] == "estimated";
    });
}

}  // namespace

SummaryTable summary_table(const AreaEvaluation& area, Lang lang, TextEscape escape) {
    SummaryTable table;
    std::vector<std::vector<std::string>>& rows = table.rows;
    long tally[kStatusCount] = {};
    for (const TargetResult& given : area.results) {
        if (!given.target) continue;
        const TargetResult result = finite_only(given);
        const Target& target = *result.target;
        rows.push_back({
            escape(target.title.in(lang)),
            escaped_goal(target, lang, escape),
            result.actual_value ? figure(*result.actual_value, target, lang) + standing_mark(result, lang)
                                : kAbsent,
            result.actual_year ? std::to_string(*result.actual_year) : kAbsent,
            result.gap ? signed_figure(*result.gap, target, lang) : kAbsent,
            stage_status_short(result, lang),
        });
        ++tally[static_cast<int>(result.status)];
    }
    for (int s = 0; s < kStatusCount; ++s) {
        if (tally[s] == 0) continue;
        if (!table.tally.empty()) table.tally += " · ";
        table.tally += tally_item(lang, static_cast<Status>(s), tally[s]);
    }
    return table;
}

namespace {

std::string summary(const AreaEvaluation& area, Lang lang) {
    const Words& w = words(lang);
    const auto [rows, line] = summary_table(area, lang, markdown_escape);
    if (rows.empty()) return std::string(w.no_targets) + "\n";

    std::string out = markdown_table({{w.col_target, Align::left},
                                      {w.col_goal, Align::left},
                                      {w.col_actual, Align::right},
                                      {w.col_year, Align::right},
                                      {w.col_gap, Align::right},
                                      {w.col_status, Align::left}},
                                     rows);
    return out + "\n" + line + "\n";
}

std::string labelled(const char* label, const std::string& text) {
    return std::string(label) + ": " + text;
}

// The status with the method's own category (unsd, dns) and the measure that decided it.
std::string status_text(const TargetResult& result, const Assessment& assessment, Lang lang) {
    std::string status = stage_status(result, lang);
    const std::string category = method_category_text(result, lang);
    if (!category.empty()) status += " — " + category;
    if (result.progress_ratio)
        status += " (" + progress_measure(assessment, *result.progress_ratio, lang) + ")";
    return status;
}

}  // namespace

// The bullet list of a target: each figure only when the evaluation has it.
std::vector<std::string> figure_lines(const TargetResult& result, const Assessment& assessment, Lang lang,
                                      TextEscape escape) {
    const Words& w = words(lang);
    const Target& target = *result.target;
    const bool estimated = judged_on_estimate(result);
    const std::string unit = escape(unit_label(target.unit, lang));
    std::vector<std::string> lines;
    lines.push_back(labelled(w.goal, escaped_goal(target, lang, escape)));
    if (target.value_source != ValueSource::set) {
        Target shown = target;
        shown.unit = escape(target.unit);
        lines.push_back(
            value_source_text(shown, escape(target.value_area), escape(value_place(target)), lang));
    }
    lines.push_back(labelled(w.kind, kind_label(target.kind, lang)));
    lines.push_back(labelled(w.status, status_text(result, assessment, lang)));

    if (result.actual_value) {
        // An estimate says so with its year ("ước thực hiện năm 2026"); a preliminary figure is marked.
        std::string actual = with_unit(figure(*result.actual_value, target, lang), unit);
        if (!estimated) actual += standing_mark(result, lang);
        if ((target.kind == TargetKind::growth || target.kind == TargetKind::change) && result.base_year &&
            result.actual_year)
            actual += " (" + std::to_string(*result.base_year) + "–" + std::to_string(*result.actual_year) +
                      (estimated ? ", " + estimate_words(lang, *result.actual_year) : std::string()) + ")";
        else if (result.actual_year && estimated)
            actual += " (" + estimate_words(lang, *result.actual_year) + ")";
        else if (result.actual_year)
            actual += year_paren(*result.actual_year, lang);
        lines.push_back(labelled(w.actual, actual));
    }
    if (result.base_value) {
        std::string base =
            with_unit(format_value(*result.base_value, lang), level_unit(target, result, lang, escape));
        if (result.base_year) base += year_paren(*result.base_year, lang);
        lines.push_back(labelled(w.base, base));
    }
    if (result.gap) {
        const std::string gap_unit = percent_valued(target) ? std::string(w.percentage_points) : unit;
        lines.push_back(labelled(w.gap, with_unit(signed_figure(*result.gap, target, lang), gap_unit)));
    }
    if (result.achievement_pct)
        lines.push_back(
            labelled(w.achievement, achievement_text(lang, format_percent(*result.achievement_pct, lang))));
    // An outcome says its change over the period instead of the paces of a plan in progress.
    const bool outcome = result.stage == Stage::outcome;
    if (const std::string change = period_change_text(result, lang); !change.empty())
        lines.push_back(labelled(w.period_change, change));
    if (result.actual_rate_pct && !outcome)
        lines.push_back(labelled(w.actual_rate, rate_text(*result.actual_rate_pct, lang)));
    if (result.required_rate_pct && !outcome)
        lines.push_back(labelled(w.required_rate, rate_text(*result.required_rate_pct, lang)));
    // A target met early needs no growth: its (often negative) r_rem would read as an instruction.
    if (result.remaining_rate_pct && result.stage != Stage::met_early) {
        // "from the latest year": the engine's r_rem runs from actual_year to the target year
        const int from = result.actual_year.value_or(result.base_year.value_or(target.base_year));
        lines.push_back(
            remaining_rate_line(lang, from, target.year, rate_text(*result.remaining_rate_pct, lang)));
    }
    if (result.required_per_year && result.recent_yearly_value && result.actual_year) {
        lines.push_back(required_per_year_line(
            lang, with_unit(format_value(*result.required_per_year, lang), unit), *result.actual_year,
            with_unit(format_value(*result.recent_yearly_value, lang), unit), estimated));
    }
    if (result.yearly_plan_value && result.yearly_plan_pct && result.actual_year)
        lines.push_back(yearly_plan_line(lang, *result.actual_year,
                                         with_unit(format_value(*result.yearly_plan_value, lang), unit),
                                         format_percent(*result.yearly_plan_pct, lang), estimated));
    if (result.projected_value) {
        const std::string projected =
            with_unit(format_value(*result.projected_value, lang), level_unit(target, result, lang, escape));
        lines.push_back(projection_line(lang, target.year, projected));
    }
    return lines;
}

namespace {

std::string target_section(const TargetResult& given, int number, const Assessment& assessment,
                           const ReportOptions& options) {
    const Lang lang = options.lang;
    const TargetResult result = finite_only(given);
    const Words& w = words(lang);
    const Target& target = *result.target;
    std::string out = "### " + std::to_string(number) + ". " + markdown_escape(target.title.in(lang)) + " (" +
                      markdown_code(target.id) + ")\n\n";
    for (const std::string& line : figure_lines(result, assessment, lang, markdown_escape))
        out += "- " + line + "\n";
    // Chart names are stems, '-', '_' and target ids: nothing a link destination must escape.
    if (options.charts && has_chart(result))
        out += "\n![" + markdown_escape(target.title.in(lang)) + "](" +
               chart_file_name(options.chart_stem, target.id) + ")\n";

    if (!result.trajectory.empty()) {
        const std::string unit = level_unit(target, result, lang, markdown_escape);
        std::vector<std::vector<std::string>> rows;
        for (const YearValue& point : result.trajectory)
            rows.push_back({std::to_string(point.year), format_value(point.value, lang)});
        out += "\n" +
               std::string(target.kind == TargetKind::cumulative && result.actual_value ? w.running_total
                                                                                        : w.yearly_values) +
               "\n\n";
        out += markdown_table(
            {{w.col_year, Align::right},
             {std::string(w.col_value) + (unit.empty() ? "" : " (" + unit + ")"), Align::right}},
            rows);
    }
    if (!result.notes.empty()) {
        out += "\n" + std::string(w.notes) + "\n\n";
        for (const Note& note : result.notes) {
            Note shown = note;  // zone names are user text; a method's names are keys to words
            const bool keys =
                note.code == NoteCode::method_category || note.code == NoteCode::dns_extrapolation;
            if (!keys)
                for (std::string& name : shown.names) name = markdown_escape(name);
            out += "- " + note_sentence(shown, lang) + "\n";
        }
    }
    return out;
}

}  // namespace

// Whether `title` names `area` already, as whole words ("Tuyên Quang industrial development …"
// names "Tuyên Quang"; "Anh Sơn plan" does not name "An"): then the heading does not repeat it.
bool names_area(std::string_view title, std::string_view area) {
    const auto word_byte = [](char c) {  // ASCII letters and digits, and any byte of a UTF-8 letter
        const auto byte = static_cast<unsigned char>(c);
        return byte >= 0x80 || (byte >= '0' && byte <= '9') || (byte >= 'A' && byte <= 'Z') ||
               (byte >= 'a' && byte <= 'z');
    };
    for (std::size_t at = title.find(area); !area.empty() && at != std::string_view::npos;
         at = title.find(area, at + 1)) {
        const std::size_t end = at + area.size();
        if ((at == 0 || !word_byte(title[at - 1])) && (end == title.size() || !word_byte(title[end])))
            return true;
    }
    return false;
}

std::string write_markdown_report(const Evaluation& evaluation, const AreaEvaluation& area,
                                  const ReportOptions& options) {
    const Lang lang = options.lang;
    const Words& w = words(lang);
    const TargetSet* set = evaluation.targets;

    const std::string title = set ? set->title.in(lang) : std::string();
    std::string out = "# " + (title.empty() ? std::string(w.report) : markdown_escape(title));
    if (!area.area.empty() && !names_area(title, area.area)) out += " — " + markdown_escape(area.area);
    out += "\n\n";

    std::string intro =
        set ? intro_sentence(lang, evaluation.as_of, markdown_code(set->id), set->base_year, set->end_year)
            : std::string();
    if (!area.source.empty())
        intro += (intro.empty() ? "" : " ") + source_sentence(lang, markdown_escape(area.source));
    if (!intro.empty()) out += intro + "\n\n";
    if (!area.boundaries.empty()) out += boundaries_sentence(lang, markdown_escape(area.boundaries)) + "\n\n";
    if (set) {
        const std::string paragraph =
            summary_paragraph(area, evaluation.as_of, set->base_year, set->end_year, lang, markdown_escape);
        if (!paragraph.empty()) out += paragraph + "\n\n";
    }

    out += "## " + std::string(w.summary) + "\n\n" + summary(area, lang) + "\n";

    const Assessment assessment = set ? set->assessment : Assessment{};
    std::string sections;
    int number = 0;
    for (const TargetResult& result : area.results)
        if (result.target) sections += target_section(result, ++number, assessment, options) + "\n";
    if (!sections.empty()) out += "## " + std::string(w.targets) + "\n\n" + sections;
    if (!area.left_out.empty()) {
        out +=
            "## " + std::string(lang == Lang::vi ? "Chỉ tiêu không đánh giá" : "Targets not judged") + "\n\n";
        for (const Target* target : area.left_out) {
            const std::string& name = target->title.in(lang).empty() ? target->id : target->title.in(lang);
            out +=
                "- " + left_out_text(*target, markdown_escape(name), markdown_escape(area.area), lang) + "\n";
        }
        out += "\n";
    }

    out += "## " + std::string(w.method) + "\n\n";
    for (const std::string& point : method_points(lang, assessment)) out += "- " + point + "\n";
    if (const std::string conversions = conversions_point(area, lang, markdown_escape); !conversions.empty())
        out += "- " + conversions + "\n";
    return out;
}

}  // namespace chitieu
