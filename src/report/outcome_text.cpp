// Final-review wording: outcomes with their margins, the period's change, the summary paragraph.
#include "outcome_text.hpp"

#include <cmath>

#include <fmt/format.h>

#include "chitieu/report/number_format.hpp"
#include "labels.hpp"

namespace chitieu {

namespace {

bool vi(Lang lang) {
    return lang == Lang::vi;
}

// A rounded figure that still says something: "0.0" and "0" do not.
bool nonzero(const std::string& text) {
    return text.find_first_of("123456789") != std::string::npos;
}

std::string points(double value, Lang lang) {
    return format_number(value, language_style(lang, 1, false));
}

// "exceeded by 3.2 %" / "vượt 3,2 % so với chỉ tiêu"; "" when the margin rounds to nothing.
std::string exceeded_text(const TargetResult& result, Lang lang) {
    const Target& target = *result.target;
    if (percent_valued(target)) {
        if (!result.margin_points || !(*result.margin_points > 0.0)) return "";
        const std::string text = points(*result.margin_points, lang);
        if (!nonzero(text)) return "";
        return vi(lang) ? fmt::format("vượt {} điểm phần trăm so với chỉ tiêu", text)
                        : fmt::format("exceeded by {} percentage points", text);
    }
    if (!result.margin_pct || !(*result.margin_pct > 0.0)) return "";
    const std::string text = format_percent(*result.margin_pct, lang);
    if (!nonzero(text)) return "";
    return vi(lang) ? fmt::format("vượt {} so với chỉ tiêu", text) : fmt::format("exceeded by {}", text);
}

// "98.0 % of the target" / "đạt 98,0 % kế hoạch"; "" without an achievement figure.
std::string achieved_text(const TargetResult& result, Lang lang) {
    if (!result.achievement_pct || !std::isfinite(*result.achievement_pct)) return "";
    return achievement_text(lang, format_percent(*result.achievement_pct, lang));
}

std::string held_text(const TargetResult& result, Lang lang) {
    const int until = result.target->year;
    if (vi(lang))
        return result.met_since
                   ? fmt::format("đạt sớm (từ năm {}) — cần duy trì đến năm {}", *result.met_since, until)
                   : fmt::format("đạt sớm — cần duy trì đến năm {}", until);
    return result.met_since
               ? fmt::format("met early (since {}) — to be held until {}", *result.met_since, until)
               : fmt::format("met early — to be held until {}", until);
}

std::string joined(const std::vector<std::string>& items, const char* separator) {
    std::string out;
    for (const std::string& item : items) {
        if (!out.empty()) out += separator;
        out += item;
    }
    return out;
}

// A target in the paragraph: its title and, where there is one, how far along it is.
std::string paragraph_item(const TargetResult& result, Lang lang, EscapeText escape) {
    const Target& target = *result.target;
    const std::string title = escape(target.title.in(lang));
    if (target.kind == TargetKind::growth && result.actual_value) {
        // A rate against a rate: "7.3 %/yr (target > 12 %/yr)"; a percentage of a rate says little.
        const std::string per_year = words(lang).per_year;
        const std::string goal =
            fmt::format("{} {}{}", op_display(target.op), format_exact(target.value, lang),
                        target.unit.empty() ? "" : " " + escape(unit_label(target.unit, lang)));
        return vi(lang) ? fmt::format("{} đạt {}{} (chỉ tiêu {})", title,
                                      format_percent(*result.actual_value, lang), per_year, goal)
                        : fmt::format("{} at {}{} (target {})", title,
                                      format_percent(*result.actual_value, lang), per_year, goal);
    }
    const std::string achieved = achieved_text(result, lang);
    if (achieved.empty()) return title;
    return vi(lang) ? title + " " + achieved : title + " at " + achieved;
}

std::vector<std::string> items_with(const AreaEvaluation& area, Status status, Lang lang, EscapeText escape) {
    std::vector<std::string> items;
    for (const TargetResult& result : area.results)
        if (result.target && result.status == status) items.push_back(paragraph_item(result, lang, escape));
    return items;
}

long count_of(const AreaEvaluation& area, Status status) {
    long count = 0;
    for (const TargetResult& result : area.results)
        if (result.target && result.status == status) ++count;
    return count;
}

std::string outcome_paragraph(const AreaEvaluation& area, int as_of, int first, int last, long total,
                              Lang lang, EscapeText escape) {
    const long met = count_of(area, Status::met);
    const std::vector<std::string> missed = items_with(area, Status::not_met, lang, escape);
    const std::vector<std::string> unknown = items_with(area, Status::insufficient_data, lang, escape);
    std::string out;
    if (vi(lang)) {
        out = fmt::format("Kết quả thực hiện giai đoạn {}–{} (đánh giá tại năm {}): {}/{} chỉ tiêu đạt",
                          first, last, as_of, met, total);
        if (!missed.empty())
            out += fmt::format("; {} chỉ tiêu không đạt: {}", missed.size(), joined(missed, "; "));
        if (!unknown.empty())
            out += fmt::format("; {} chỉ tiêu chưa đủ số liệu để đánh giá: {}", unknown.size(),
                               joined(unknown, "; "));
        return out + ".";
    }
    out = fmt::format("Outcome of the period {}–{}, as of {}: {} of {} targets met", first, last, as_of, met,
                      total);
    if (!missed.empty()) out += fmt::format("; {} not met: {}", missed.size(), joined(missed, "; "));
    if (!unknown.empty())
        out += fmt::format("; {} could not be judged for want of data: {}", unknown.size(),
                           joined(unknown, "; "));
    return out + ".";
}

std::string progress_paragraph(const AreaEvaluation& area, int as_of, int last, long total, Lang lang,
                               EscapeText escape) {
    std::vector<std::string> counts;
    const long met = count_of(area, Status::met);
    if (met > 0)
        counts.push_back(vi(lang) ? fmt::format("{} đã đạt sớm (cần duy trì đến năm {})", met, last)
                                  : fmt::format("{} met early (to be held until {})", met, last));
    for (const Status status :
         {Status::on_track, Status::at_risk, Status::off_track, Status::insufficient_data}) {
        const long n = count_of(area, status);
        if (n > 0) counts.push_back(fmt::format("{} {}", n, status_label(status, lang)));
    }
    std::vector<std::string> behind = items_with(area, Status::at_risk, lang, escape);
    for (std::string& item : items_with(area, Status::off_track, lang, escape))
        behind.push_back(std::move(item));
    std::string out =
        vi(lang) ? fmt::format("Tính đến năm {}, trong {} chỉ tiêu: {}.", as_of, total, joined(counts, ", "))
                 : fmt::format("As of {}, of {} targets: {}.", as_of, total, joined(counts, ", "));
    if (!behind.empty())
        out += vi(lang) ? fmt::format(" Cần đẩy nhanh tiến độ: {}.", joined(behind, "; "))
                        : fmt::format(" Behind the pace: {}.", joined(behind, "; "));
    return out;
}

}  // namespace

bool percent_valued(const Target& target) {
    return target.kind == TargetKind::growth || target.kind == TargetKind::share ||
           target.kind == TargetKind::occupancy || target.unit.rfind('%', 0) == 0;
}

std::string stage_status(const TargetResult& result, Lang lang) {
    std::string out = status_with_marker(result.status, lang);
    if (result.target == nullptr) return out;
    if (result.stage == Stage::met_early)
        return std::string(status_marker(result.status)) + " " + held_text(result, lang);
    if (result.stage != Stage::outcome) return out;
    const std::string margin =
        result.status == Status::met ? exceeded_text(result, lang) : achieved_text(result, lang);
    return margin.empty() ? out : out + " — " + margin;
}

std::string stage_status_short(const TargetResult& result, Lang lang) {
    if (result.stage == Stage::met_early)
        return std::string(status_marker(result.status)) + (vi(lang) ? " đạt sớm" : " met early");
    return status_with_marker(result.status, lang);
}

std::string period_change_text(const TargetResult& result, Lang lang) {
    if (result.stage != Stage::outcome || result.target == nullptr || !result.base_year ||
        !result.actual_year)
        return "";
    const Target& target = *result.target;
    const int base = *result.base_year;
    std::vector<std::string> parts;
    if (percent_valued(target) && target.kind != TargetKind::growth) {
        if (result.period_change) {
            std::string text = points(*result.period_change, lang);
            if (*result.period_change > 0.0 && nonzero(text)) text = "+" + text;
            parts.push_back(vi(lang) ? fmt::format("{} điểm phần trăm so với năm {}", text, base)
                                     : fmt::format("{} percentage points since {}", text, base));
        }
    } else if (result.period_multiple) {
        const std::string times = format_ratio(*result.period_multiple, lang);
        parts.push_back(vi(lang) ? fmt::format("gấp {} lần năm {}", times, base)
                                 : fmt::format("{} times the {} value", times, base));
    }
    // A growth target's actual is that average already; the others add it.
    if (target.kind != TargetKind::growth && result.actual_rate_pct) {
        const std::string rate = format_percent(*result.actual_rate_pct, lang) + words(lang).per_year;
        parts.push_back(vi(lang)
                            ? fmt::format("bình quân {} giai đoạn {}–{}", rate, base + 1, *result.actual_year)
                            : fmt::format("average {} in {}–{}", rate, base + 1, *result.actual_year));
    }
    return joined(parts, "; ");
}

std::string summary_paragraph(const AreaEvaluation& area, int as_of, int period_base, int period_end,
                              Lang lang, EscapeText escape) {
    long total = 0;
    for (const TargetResult& result : area.results)
        if (result.target) ++total;
    if (total == 0) return "";
    // "giai đoạn 2021–2025": a period is named by its years after the base.
    if (as_of >= period_end)
        return outcome_paragraph(area, as_of, period_base + 1, period_end, total, lang, escape);
    return progress_paragraph(area, as_of, period_end, total, lang, escape);
}

}  // namespace chitieu
