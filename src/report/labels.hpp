// Every word the human-readable reports show, in English and Vietnamese. Writers pick phrases
// from here and never spell user-visible text themselves, so a translation is fixed in one place.
// Nothing here knows Markdown: callers escape names before passing them in.
#pragma once

#include <array>

#include <string>
#include <string_view>
#include <vector>

#include "chitieu/model/evaluation.hpp"
#include "chitieu/model/targets.hpp"
#include "chitieu/model/text.hpp"

namespace chitieu {

const char* status_label(Status status, Lang lang);        // "on track" / "đúng tiến độ"
const char* status_marker(Status status);                  // "🟢"
std::string status_with_marker(Status status, Lang lang);  // "🟢 on track"
const char* kind_label(TargetKind kind, Lang lang);        // "level" / "giá trị tuyệt đối"
const char* op_display(Op op);                             // ">", "≥", "<", "≤"

// A unit as the reader's language writes it: the vocabulary's usual words are translated either
// way ("billion VND, 2010 prices" <-> "tỷ đồng, giá so sánh 2010", "%/yr" <-> "%/năm"); others
// print as written.
std::string unit_label(const std::string& unit, Lang lang);

// A unit conversion's factor: "× 1,000" (nghìn người to persons), "÷ 1,000" (triệu to tỷ).
std::string conversion_factor_text(double factor, Lang lang);

// The Method section's point listing an area's unit conversions (the unit_converted notes):
// "Units converted before judging: employment_industry: 129.6 nghìn người × 1,000 → 129,600
// workers (2024)"; "" when none. `escape` prepares the units and names (user text).
std::string conversions_point(const AreaEvaluation& area, Lang lang, std::string (*escape)(std::string_view));

// The goal of a target in a few words: "> 27,700 billion VND in 2025",
// "> 14 %/yr in 2020–2025", "≥ 5 clusters established in 2021–2025", "all 3 established by 2025".
std::string goal_text(const Target& target, Lang lang);

// Whose value an area is judged against, when some area has one of its own (empty when none has,
// Target::value_source set): "Target for Sơn Dương: its own, 5,200 billion VND (from
// --target-values t.csv:3)". `where` is the value's place as it is to be shown; the area, unit
// and place are inserted as they are (escape them first).
std::string value_source_text(const Target& target, const std::string& area, const std::string& where,
                              Lang lang);
std::string value_place(const Target& target);  // "t.csv:3"; empty for the set's own value

// A target left out of an area's report, having no value for it: one sentence. `title` and
// `area` are inserted as they are.
std::string left_out_text(const Target& target, const std::string& title, const std::string& area, Lang lang);

// One sentence explaining a note, e.g. "No value for the base year 2020; 2021 is used as the
// base." Names are inserted as they are.
std::string note_sentence(const Note& note, Lang lang);

// Fixed phrases: headings, column headers, bullet labels.
struct Words {
    const char* summary;
    const char* targets;
    const char* method;
    const char* notes;
    const char* yearly_values;
    const char* running_total;  // a cumulative target's trajectory
    const char* no_targets;
    // table columns
    const char* col_target;
    const char* col_goal;
    const char* col_actual;
    const char* col_year;
    const char* col_gap;
    const char* col_status;
    const char* col_value;
    // bullet labels
    const char* goal;
    const char* kind;
    const char* status;
    const char* progress_ratio;
    const char* actual;
    const char* base;
    const char* gap;
    const char* achievement;
    const char* actual_rate;
    const char* required_rate;
    const char* period_change;      // an outcome's change from the base: "2.09 times the 2020 value"
    const char* per_year;           // appended to a rate: "%/yr"
    const char* percentage_points;  // a gap between percentages
    const char* report;             // the title when no target set is known
    const char* year_prefix;        // before a year in parentheses: "(2022)" / "(năm 2022)"
};

const Words& words(Lang lang);

// Parametrised phrases.
std::string intro_sentence(Lang lang, int as_of, const std::string& set_id_code, int base_year, int end_year);
std::string source_sentence(Lang lang, const std::string& source);
// --crosswalk: "Boundaries: new, from --crosswalk cw.csv: Tuyên Quang = Tuyên Quang + Hà Giang."
// ("Địa giới: mới, theo ..."), from AreaData::boundaries ("--crosswalk cw.csv: Tuyên Quang = ...").
std::string boundaries_sentence(Lang lang, const std::string& boundaries);
std::string achievement_text(Lang lang, const std::string& percent);  // "65.3 % of the target"
std::string remaining_rate_line(Lang lang, int from, int to, const std::string& rate);
std::string projection_line(Lang lang, int year, const std::string& value);
std::string tally_item(Lang lang, Status status, long count);  // "🟢 2 on track"
// A period total's pace: "Needed per remaining year: 14,750 billion VND; estimated in 2026: 16,000
// billion VND" (vi: "ước thực hiện năm 2026", the council's yearly wording).
std::string required_per_year_line(Lang lang, const std::string& required, int year,
                                   const std::string& recent, bool estimated);
// "2026 against the yearly plan (15,000 billion VND a year): 106.7 %" (vi: "so với kế hoạch năm").
std::string yearly_plan_line(Lang lang, int year, const std::string& plan, const std::string& percent,
                             bool estimated);
// An estimated figure's year as the provincial council's yearly review says it: "ước thực hiện
// năm 2026" / "2026 estimate".
std::string estimate_words(Lang lang, int year);

// The Method section's points (formulas in words, status rules, the source), with the status
// thresholds already formatted: the eurostat method's.
std::vector<std::string> method_points(Lang lang, const std::string& on_track, const std::string& at_risk);
// The Method section's points for the set's assessment method (eurostat: the ones above), each
// naming its source and the thresholds used.
std::vector<std::string> method_points(Lang lang, const Assessment& assessment);

// The method's name and source in a few words: "UN Statistics Division progress chart".
std::string method_title(AssessmentMethod method, Lang lang);
// A method_category note's category in words: ("dns", "partly_cloudy") -> "partly cloudy".
std::string method_category_label(const std::string& method, const std::string& category, Lang lang);
// The category of a result's method_category note in words, when it says more than the status
// ("partly cloudy" beside "at risk"; nothing for "on track" beside "on track"); else "".
std::string method_category_text(const TargetResult& result, Lang lang);
// The measure beside a status: "progress ratio 0.99" (eurostat), "P = 0.62" (unsd), "s = 12.3 %" (dns).
std::string progress_measure(const Assessment& assessment, double ratio, Lang lang);
// The two thresholds the method's measure is judged by (README, "Assessment methods"): eurostat's
// ratio and unsd's P are on track from the first and at risk from the second; dns's s is on
// track below the first and at risk up to the second.
std::array<double, 2> method_thresholds(const Assessment& assessment);

// Charts: the legend's and axes' words.
struct ChartWords {
    const char* actual;      // the observed values
    const char* required;    // the path the target asks for
    const char* projection;  // the projection to the target year
    const char* target;      // the target marker
    const char* year;        // the x axis
    const char* level;       // the y axis of a growth target's levels (unit unknown)
};
const ChartWords& chart_words(Lang lang);

// The Excel report's words beyond the Markdown report's (sheet names, extra column headers).
struct SheetWords {
    const char* col_area;
    const char* col_target_id;
    const char* col_unit;
    const char* col_achievement;  // in percent
    const char* col_series;       // a target sheet's row: observed, required path, target
    const char* as_of;            // the method sheet: "Evaluated as of"
    const char* charts;           // the method sheet: which areas the charts show ({}: how many)
};
const SheetWords& sheet_words(Lang lang);

}  // namespace chitieu
