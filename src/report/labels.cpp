// The reports' words in English and Vietnamese (administrative usage, UTF-8, precomposed).
#include "labels.hpp"

#include <algorithm>

#include <fmt/format.h>

#include <string_view>
#include <vector>

#include "chitieu/report/number_format.hpp"
#include "chitieu/util/unicode.hpp"

namespace chitieu {

namespace {

bool vi(Lang lang) {
    return lang == Lang::vi;
}

std::string join_spaced(const std::string& number, const std::string& unit) {
    return unit.empty() ? number : number + " " + unit;
}

// A count target's noun when the target set gives no unit.
const char* zone_noun(const Target& target, Lang lang) {
    if (!target.zone_kind) return vi(lang) ? "khu, cụm công nghiệp" : "zones";
    if (*target.zone_kind == ZoneKind::park) return vi(lang) ? "khu công nghiệp" : "parks";
    return vi(lang) ? "cụm công nghiệp" : "clusters";
}

std::string milestone_goal(const Target& target, Lang lang) {
    const std::size_t n = target.zones.size();
    const bool expanded = target.require == MilestoneRequire::expanded;
    if (vi(lang)) {
        if (n <= 1) return fmt::format("được {} đến năm {}", expanded ? "mở rộng" : "thành lập", target.year);
        return fmt::format("{} đủ {} khu, cụm công nghiệp đến năm {}", expanded ? "mở rộng" : "thành lập", n,
                           target.year);
    }
    if (n <= 1) return fmt::format("{} by {}", expanded ? "expanded" : "established", target.year);
    return fmt::format("all {} {} by {}", n, expanded ? "expanded" : "established", target.year);
}

}  // namespace

const char* status_label(Status status, Lang lang) {
    switch (status) {
        case Status::met:
            return vi(lang) ? "đạt" : "met";
        case Status::not_met:
            return vi(lang) ? "không đạt" : "not met";
        case Status::on_track:
            return vi(lang) ? "đúng tiến độ" : "on track";
        case Status::at_risk:
            return vi(lang) ? "có nguy cơ không đạt" : "at risk";
        case Status::off_track:
            return vi(lang) ? "chệch hướng" : "off track";
        case Status::insufficient_data:
            return vi(lang) ? "chưa đủ dữ liệu" : "insufficient data";
    }
    return "";
}

const char* status_marker(Status status) {
    switch (status) {
        case Status::met:
            return "✅";
        case Status::not_met:
            return "❌";
        case Status::on_track:
            return "🟢";
        case Status::at_risk:
            return "🟡";
        case Status::off_track:
            return "🔴";
        case Status::insufficient_data:
            return "⚪";
    }
    return "";
}

std::string status_with_marker(Status status, Lang lang) {
    return std::string(status_marker(status)) + " " + status_label(status, lang);
}

const char* kind_label(TargetKind kind, Lang lang) {
    switch (kind) {
        case TargetKind::level:
            return vi(lang) ? "giá trị tuyệt đối" : "level";
        case TargetKind::growth:
            return vi(lang) ? "tốc độ tăng trưởng" : "growth";
        case TargetKind::share:
            return vi(lang) ? "tỷ trọng" : "share";
        case TargetKind::occupancy:
            return vi(lang) ? "tỷ lệ lấp đầy" : "occupancy";
        case TargetKind::count:
            return vi(lang) ? "số lượng" : "count";
        case TargetKind::milestones:
            return vi(lang) ? "mốc hoàn thành" : "milestones";
        case TargetKind::ratio:
            return vi(lang) ? "chỉ số bình quân" : "ratio";
        case TargetKind::cumulative:
            return vi(lang) ? "tổng cộng dồn" : "period total";
        case TargetKind::change:
            return vi(lang) ? "mức thay đổi bình quân" : "average change";
    }
    return "";
}

const char* op_display(Op op) {
    switch (op) {
        case Op::gt:
            return ">";
        case Op::ge:
            return "≥";
        case Op::lt:
            return "<";
        case Op::le:
            return "≤";
        case Op::between:
            return "";  // a band prints as lo–hi (goal_text)
    }
    return "";
}

namespace {

// The English words of the unit vocabulary (src/builtin/units.csv) and their Vietnamese: a scale
// word, then a unit, then "per person", then a price basis. A unit written in other words prints
// as written. Both ways: a report is in one language whatever the target set's or inputs' words.
struct WordPair {
    std::string_view english;
    std::string_view vietnamese;
};
// Longest Vietnamese first ("nghìn tỷ" before "nghìn").
constexpr WordPair kScaleWords[] = {
    {"trillion ", "nghìn tỷ "}, {"thousand ", "nghìn "}, {"million ", "triệu "}, {"billion ", "tỷ "}};
// For English from Vietnamese, the first pair with the Vietnamese words is taken.
constexpr WordPair kUnitWords[] = {
    {"VND", "đồng"},
    {"VND", "vnđ"},
    {"VND", "vnd"},
    {"USD", "USD"},
    {"US dollars", "đô la Mỹ"},
    {"persons", "người"},
    {"people", "người"},
    {"workers", "lao động"},
    {"labour", "lao động"},
    {"households", "hộ"},
    {"hectares", "ha"},
    {"ha", "ha"},
    {"hectares", "héc ta"},
    {"km²", "km²"},
    {"square km", "km²"},
    {"kWh", "kWh"},
    {"MWh", "MWh"},
    {"GWh", "GWh"},
    {"tonnes", "tấn"},
    {"tons", "tấn"},
    {"parks", "khu công nghiệp"},
    {"industrial parks", "khu công nghiệp"},
    {"clusters", "cụm công nghiệp"},
    {"industrial clusters", "cụm công nghiệp"},
    {"zones", "khu, cụm công nghiệp"},
    {"villages", "thôn, bản"},
    {"communes", "xã"},
    {"procedures", "thủ tục"},
    {"%", "%"},  // a symbol stays one: "%" is not "percent" in English
    {"percent", "%"},
    {"‰", "‰"},
    {"per mille", "‰"},
};
constexpr WordPair kPerWords[] = {
    {" per person", "/người"}, {" per capita", "/người"}, {" per head", "/người"}};

std::string_view english_of(const WordPair& pair) {
    return pair.english;
}
std::string_view vietnamese_of(const WordPair& pair) {
    return pair.vietnamese;
}

// A table's Vietnamese words case-folded, once for the run: the table's own order.
template <std::size_t N>
std::vector<std::string> folded_vietnamese(const WordPair (&pairs)[N]) {
    std::vector<std::string> folded;
    folded.reserve(N);
    for (const WordPair& pair : pairs) folded.push_back(fold_case(pair.vietnamese));
    return folded;
}

// Scale, unit and "per" words from one language's side of the tables to the other's; "" when
// the text is not such words. Letter case is set aside for the Vietnamese side ("Tỷ đồng"):
// the text is folded, and compared with the tables' words folded once (folding each word at
// each comparison was a fifth of a JSON report's time).
template <typename From, typename To>
std::string translated_unit_words(std::string_view unit, From from, To to) {
    static const std::vector<std::string> folded_scale = folded_vietnamese(kScaleWords);
    static const std::vector<std::string> folded_per = folded_vietnamese(kPerWords);
    static const std::vector<std::string> folded_units = folded_vietnamese(kUnitWords);
    const bool folded = from(kUnitWords[0]) == kUnitWords[0].vietnamese;
    const std::string text = folded ? fold_case(unit) : std::string(unit);
    // The i-th word of `pairs` on the side read from, folded when the text is.
    const auto word_of = [&](const WordPair* pairs, const std::vector<std::string>& folded_words,
                             std::size_t i) {
        return folded ? std::string_view(folded_words[i]) : from(pairs[i]);
    };
    std::string_view rest = text;
    std::string scale;
    for (std::size_t i = 0; i < std::size(kScaleWords); ++i) {
        const std::string_view word = word_of(kScaleWords, folded_scale, i);
        if (rest.size() > word.size() && rest.substr(0, word.size()) == word) {
            scale = to(kScaleWords[i]);
            rest.remove_prefix(word.size());
            break;
        }
    }
    std::string per;
    for (std::size_t i = 0; i < std::size(kPerWords); ++i) {
        const std::string_view word = word_of(kPerWords, folded_per, i);
        if (rest.size() > word.size() && rest.substr(rest.size() - word.size()) == word) {
            per = to(kPerWords[i]);
            rest.remove_suffix(word.size());
            break;
        }
    }
    for (std::size_t i = 0; i < std::size(kUnitWords); ++i)
        if (rest == word_of(kUnitWords, folded_units, i)) return scale + std::string(to(kUnitWords[i])) + per;
    return "";
}

bool is_year_text(std::string_view text) {
    return text.size() == 4 &&
           std::all_of(text.begin(), text.end(), [](char c) { return c >= '0' && c <= '9'; });
}

}  // namespace

std::string unit_label(const std::string& unit, Lang lang) {
    if (unit == "%/yr" || unit == "%/năm") return vi(lang) ? "%/năm" : "%/yr";
    if (unit == "points/yr" || unit == "điểm/năm") return vi(lang) ? "điểm/năm" : "points/yr";
    if (unit == "percentage points/yr" || unit == "điểm phần trăm/năm")
        return vi(lang) ? "điểm phần trăm/năm" : "percentage points/yr";
    // English words stay as they are in English ("%" is not "percent").
    if (!vi(lang) && !translated_unit_words(unit, english_of, english_of).empty()) return unit;
    std::string words = vi(lang) ? translated_unit_words(unit, english_of, vietnamese_of)
                                 : translated_unit_words(unit, vietnamese_of, english_of);
    if (!words.empty()) return words;
    // "billion VND, 2010 prices", "tỷ đồng, giá so sánh 2010": the unit and its price basis, each
    // in the report's language.
    const std::size_t comma = unit.rfind(", ");
    if (comma == std::string::npos) return unit;
    const std::string head = unit_label(unit.substr(0, comma), lang);
    const std::string basis = unit.substr(comma + 2);
    const std::string folded = fold_case(basis);
    std::string year;
    if (basis.size() == 11 && basis.ends_with(" prices") &&
        is_year_text(std::string_view(basis).substr(0, 4)))
        year = basis.substr(0, 4);
    constexpr std::string_view kConstantVi = "giá so sánh ";
    if (folded.starts_with(kConstantVi) && is_year_text(std::string_view(folded).substr(kConstantVi.size())))
        year = folded.substr(kConstantVi.size());
    if (folded == "current prices" || folded == "giá hiện hành")
        return head + (vi(lang) ? ", giá hiện hành" : ", current prices");
    if (!year.empty()) return head + (vi(lang) ? ", giá so sánh " + year : ", " + year + " prices");
    return unit;
}

std::string conversion_factor_text(double factor, Lang lang) {
    if (factor >= 1.0) return "× " + format_exact(factor, lang);
    return "÷ " + format_exact(1.0 / factor, lang);
}

std::string conversions_point(const AreaEvaluation& area, Lang lang,
                              std::string (*escape)(std::string_view)) {
    std::string list;
    for (const TargetResult& result : area.results)
        for (const Note& note : result.notes) {
            if (note.code != NoteCode::unit_converted || note.names.size() < 3 || note.figures.size() < 3)
                continue;
            list += (list.empty() ? "" : "; ") + escape(note.names[0]) + ": " +
                    format_value(note.figures[1], lang) + " " + escape(unit_label(note.names[1], lang)) +
                    " " + conversion_factor_text(note.figures[0], lang) + " → " +
                    format_value(note.figures[2], lang) + " " + escape(unit_label(note.names[2], lang)) +
                    " (" + std::to_string(note.year_a) + ")";
        }
    if (list.empty()) return "";
    return (vi(lang) ? "Đơn vị đã quy đổi trước khi đánh giá: " : "Units converted before judging: ") + list +
           ".";
}

namespace {

// "> 27,700 billion VND", or a band "6.5–7 %/yr" (its lower end is the commitment).
std::string condition_text(const Target& target, const std::string& unit, Lang lang) {
    if (target.op == Op::between)
        return join_spaced(format_exact(target.value, lang) + "–" + format_exact(target.value_high, lang),
                           unit);
    return std::string(op_display(target.op)) + " " + join_spaced(format_exact(target.value, lang), unit);
}

}  // namespace

std::string value_place(const Target& target) {
    if (target.value_source != ValueSource::by_area && target.value_source != ValueSource::target_values)
        return "";
    std::string out = target.value_where.file.str();
    if (target.value_where.line > 0) out += ":" + std::to_string(target.value_where.line);
    return out;
}

std::string value_source_text(const Target& target, const std::string& area, const std::string& where,
                              Lang lang) {
    if (target.value_source == ValueSource::set) return "";
    const std::string value = condition_text(target, unit_label(target.unit, lang), lang);
    switch (target.value_source) {
        case ValueSource::set:
            return "";
        case ValueSource::set_default:
            return vi(lang) ? fmt::format(
                                  "Chỉ tiêu của {}: giá trị chung của bộ chỉ tiêu, {} (địa bàn không "
                                  "có giá trị riêng trong by_area hay --target-values)",
                                  area, value)
                            : fmt::format(
                                  "Target for {}: the target set's value for every area, {} (no value "
                                  "of its own in by_area or --target-values)",
                                  area, value);
        case ValueSource::by_area:
            return vi(lang)
                       ? fmt::format("Chỉ tiêu của {}: giá trị riêng, {} (theo by_area của bộ chỉ tiêu, {})",
                                     area, value, where)
                       : fmt::format("Target for {}: its own, {} (from the target set's by_area, {})", area,
                                     value, where);
        case ValueSource::target_values:
            return vi(lang) ? fmt::format("Chỉ tiêu của {}: giá trị riêng, {} (theo --target-values {})",
                                          area, value, where)
                            : fmt::format("Target for {}: its own, {} (from --target-values {})", area, value,
                                          where);
    }
    return "";
}

std::string left_out_text(const Target& target, const std::string& title, const std::string& area,
                          Lang lang) {
    return vi(lang) ? fmt::format(
                          "{} ({}): bộ chỉ tiêu chỉ giao giá trị theo từng địa bàn và không có giá "
                          "trị cho {}; chỉ tiêu này không được đánh giá ở đây (không lấy giá trị "
                          "của địa bàn khác).",
                          title, target.id, area)
                    : fmt::format(
                          "{} ({}): the target set gives values per area only, and none for {}; "
                          "this target is left out here (never judged against another area's "
                          "value).",
                          title, target.id, area);
}

std::string goal_text(const Target& target, Lang lang) {
    const std::string op = op_display(target.op);
    const std::string value = format_exact(target.value, lang);
    const std::string condition = condition_text(target, unit_label(target.unit, lang), lang);
    switch (target.kind) {
        case TargetKind::level:
        case TargetKind::share:
        case TargetKind::occupancy:
        case TargetKind::ratio:
            if (target.every_year)
                return fmt::format("{} {} {}–{}", condition, vi(lang) ? "hằng năm giai đoạn" : "every year",
                                   target.base_year + 1, target.year);
            return fmt::format("{} {} {}", condition, vi(lang) ? "năm" : "in", target.year);
        case TargetKind::growth:
        case TargetKind::change:
            return fmt::format("{} {} {}–{}", condition, vi(lang) ? "giai đoạn" : "in", target.base_year,
                               target.year);
        case TargetKind::cumulative:
            return fmt::format("{} {} {}–{}", condition, vi(lang) ? "tổng giai đoạn" : "in total",
                               target.sum_from, target.year);
        case TargetKind::count: {
            if (target.op == Op::between) {
                const std::string noun =
                    target.unit.empty() ? zone_noun(target, lang) : unit_label(target.unit, lang);
                return fmt::format("{} {} {}–{}", condition_text(target, noun, lang),
                                   vi(lang) ? "thành lập mới giai đoạn" : "established in",
                                   target.established_from, target.established_to);
            }
            const std::string noun =
                target.unit.empty() ? zone_noun(target, lang) : unit_label(target.unit, lang);
            return fmt::format("{} {} {} {} {}–{}", op, value, noun,
                               vi(lang) ? "thành lập mới giai đoạn" : "established in",
                               target.established_from, target.established_to);
        }
        case TargetKind::milestones:
            return milestone_goal(target, lang);
    }
    return "";
}

const Words& words(Lang lang) {
    static constexpr Words kEnglish{
        .summary = "Summary",
        .targets = "Targets",
        .method = "Method",
        .notes = "Notes:",
        .yearly_values = "Yearly values:",
        .running_total = "Running total:",
        .no_targets = "No targets to evaluate.",
        .col_target = "Target",
        .col_goal = "Goal",
        .col_actual = "Actual",
        .col_year = "Year",
        .col_gap = "Gap",
        .col_status = "Status",
        .col_value = "Value",
        .goal = "Goal",
        .kind = "Kind",
        .status = "Status",
        .progress_ratio = "progress ratio",
        .actual = "Actual",
        .base = "Base",
        .gap = "Gap",
        .achievement = "Achievement",
        .actual_rate = "Actual growth rate",
        .required_rate = "Required growth rate",
        .period_change = "Change over the period",
        .per_year = "/yr",
        .percentage_points = "percentage points",
        .report = "Gap report",
        .year_prefix = "",
    };
    static constexpr Words kVietnamese{
        .summary = "Tổng hợp",
        .targets = "Chi tiết từng chỉ tiêu",
        .method = "Phương pháp",
        .notes = "Ghi chú:",
        .yearly_values = "Số liệu theo năm:",
        .running_total = "Lũy kế theo năm:",
        .no_targets = "Không có chỉ tiêu nào để đánh giá.",
        .col_target = "Chỉ tiêu",
        .col_goal = "Mục tiêu",
        .col_actual = "Thực hiện",
        .col_year = "Năm",
        .col_gap = "Chênh lệch",
        .col_status = "Đánh giá",
        .col_value = "Giá trị",
        .goal = "Mục tiêu",
        .kind = "Loại chỉ tiêu",
        .status = "Đánh giá",
        .progress_ratio = "tỷ số tiến độ",
        .actual = "Thực hiện",
        .base = "Giá trị năm gốc",
        .gap = "Chênh lệch",
        .achievement = "Mức độ hoàn thành",
        .actual_rate = "Tốc độ tăng trưởng thực tế",
        .required_rate = "Tốc độ tăng trưởng cần thiết",
        .period_change = "Thay đổi cả giai đoạn",
        .per_year = "/năm",
        .percentage_points = "điểm phần trăm",
        .report = "Báo cáo đánh giá thực hiện chỉ tiêu",
        .year_prefix = "năm ",
    };
    return vi(lang) ? kVietnamese : kEnglish;
}

std::string intro_sentence(Lang lang, int as_of, const std::string& set_id_code, int base_year,
                           int end_year) {
    if (vi(lang))
        return fmt::format("Đánh giá tại năm {} theo bộ chỉ tiêu {} (giai đoạn {}–{}).", as_of, set_id_code,
                           base_year, end_year);
    return fmt::format("Evaluated as of {} against the target set {} (period {}–{}).", as_of, set_id_code,
                       base_year, end_year);
}

std::string source_sentence(Lang lang, const std::string& source) {
    const bool has_stop = !source.empty() && source.back() == '.';
    return fmt::format("{}: {}{}", vi(lang) ? "Nguồn số liệu" : "Source", source, has_stop ? "" : ".");
}

std::string boundaries_sentence(Lang lang, const std::string& boundaries) {
    return vi(lang) ? fmt::format("Địa giới: mới, theo {}.", boundaries)
                    : fmt::format("Boundaries: new, from {}.", boundaries);
}

std::string achievement_text(Lang lang, const std::string& percent) {
    return vi(lang) ? fmt::format("đạt {} kế hoạch", percent) : fmt::format("{} of the target", percent);
}

std::string remaining_rate_line(Lang lang, int from, int to, const std::string& rate) {
    if (vi(lang)) return fmt::format("Tốc độ tăng trưởng cần đạt từ {} đến {}: {}", from, to, rate);
    return fmt::format("Growth needed from {} to {}: {}", from, to, rate);
}

std::string projection_line(Lang lang, int year, const std::string& value) {
    if (vi(lang)) return fmt::format("Dự báo năm {} theo tốc độ hiện tại: {}", year, value);
    return fmt::format("Projected for {} at the actual pace: {}", year, value);
}

std::string required_per_year_line(Lang lang, const std::string& required, int year,
                                   const std::string& recent, bool estimated) {
    if (vi(lang))
        return fmt::format("Cần thực hiện bình quân mỗi năm còn lại: {}; {} năm {}: {}", required,
                           estimated ? "ước thực hiện" : "thực hiện", year, recent);
    return fmt::format("Needed per remaining year: {}; {}'s {}amount: {}", required, year,
                       estimated ? "estimated " : "", recent);
}

std::string yearly_plan_line(Lang lang, int year, const std::string& plan, const std::string& percent,
                             bool estimated) {
    if (vi(lang))
        return fmt::format("{} năm {} so với kế hoạch năm ({} mỗi năm): đạt {}",
                           estimated ? "Ước thực hiện" : "Thực hiện", year, plan, percent);
    return fmt::format("{}{} against the yearly plan ({} a year): {}", year, estimated ? " (estimated)" : "",
                       plan, percent);
}

std::string estimate_words(Lang lang, int year) {
    return vi(lang) ? fmt::format("ước thực hiện năm {}", year) : fmt::format("{} estimate", year);
}

std::string tally_item(Lang lang, Status status, long count) {
    return fmt::format("{} {} {}", status_marker(status), count, status_label(status, lang));
}

}  // namespace chitieu
