// The JSON gap report. Objects are written one key per line, and each {year, value} point on a
// line of its own, so that a report under version control diffs readably.
#include "chitieu/report/json_report.hpp"

#include <utility>
#include <vector>

#include "chitieu/report/json_text.hpp"
#include "labels.hpp"
#include "chitieu/report/number_format.hpp"

namespace chitieu {

namespace {

using Fields = std::vector<std::pair<std::string, std::string>>;  // key, JSON text of the value

std::string indent(int depth) {
    return std::string(static_cast<std::size_t>(depth) * 2, ' ');
}

// A number the CSV report would print, or null. format_number never yields NaN or infinity: it
// prints those as "", which becomes null here.
std::string number(const std::optional<double>& value) {
    const std::string text = format_optional(value, kMachineNumbers);
    return text.empty() ? "null" : text;
}

std::string year(const std::optional<int>& value) {
    return value ? std::to_string(*value) : "null";
}

std::string text(const std::string& value) {
    return json_string(value);
}

std::string text_or_null(const std::string& value) {
    return value.empty() ? "null" : json_string(value);
}

// {"a": 1, ...} over several lines at `depth`; an empty object as {}.
std::string object(const Fields& fields, int depth) {
    if (fields.empty()) return "{}";
    std::string out = "{\n";
    for (std::size_t i = 0; i < fields.size(); ++i)
        out += indent(depth + 1) + json_string(fields[i].first) + ": " + fields[i].second +
               (i + 1 < fields.size() ? ",\n" : "\n");
    return out + indent(depth) + "}";
}

// [a, b] with one item per line at `depth`; an empty array as [].
std::string array(const std::vector<std::string>& items, int depth) {
    if (items.empty()) return "[]";
    std::string out = "[\n";
    for (std::size_t i = 0; i < items.size(); ++i)
        out += indent(depth + 1) + items[i] + (i + 1 < items.size() ? ",\n" : "\n");
    return out + indent(depth) + "]";
}

std::string points(const std::vector<YearValue>& values, int depth) {
    std::vector<std::string> items;
    for (const YearValue& point : values)
        items.push_back("{\"year\": " + std::to_string(point.year) + ", \"value\": " + number(point.value) +
                        "}");
    return array(items, depth);
}

std::string notes(const std::vector<Note>& list, Lang lang, int depth) {
    std::vector<std::string> items;
    for (const Note& note : list)
        items.push_back(
            object({{"code", text(note_code_name(note.code))}, {"text", text(note_sentence(note, lang))}},
                   depth + 1));
    return array(items, depth);
}

std::string method_category(const TargetResult& result) {
    for (const Note& note : result.notes)
        if (note.code == NoteCode::method_category && note.names.size() >= 2) return text(note.names[1]);
    return "null";
}

std::string target_object(const std::string& area, const TargetResult& result, Lang lang, int depth) {
    const Target& target = *result.target;
    const Fields fields = {
        // The CSV report's columns, in its order.
        {"area", text(area)},
        {"target_id", text(target.id)},
        {"kind", text(target_kind_name(target.kind))},
        {"title", text(target.title.in(lang))},
        {"op", text(op_symbol(target.op))},
        {"target_value", number(target.value)},
        {"unit", text(target.unit)},
        {"target_year", std::to_string(target.year)},
        {"actual_value", number(result.actual_value)},
        {"actual_year", year(result.actual_year)},
        {"gap", number(result.gap)},
        {"achievement_pct", number(result.achievement_pct)},
        {"actual_rate_pct", number(result.actual_rate_pct)},
        {"required_rate_pct", number(result.required_rate_pct)},
        {"remaining_rate_pct", number(result.remaining_rate_pct)},
        {"projected_value", number(result.projected_value)},
        {"status", text(status_name(result.status))},
        // What only the JSON report has.
        {"status_label", text(status_label(result.status, lang))},
        {"progress_ratio", number(result.progress_ratio)},
        {"method_category", method_category(result)},
        {"base_year", year(result.base_year)},
        {"base_value", number(result.base_value)},
        {"level_unit", text_or_null(result.level_unit)},
        {"trajectory", points(result.trajectory, depth + 1)},
        {"required_path", points(result.required_path, depth + 1)},
        {"projection_path", points(result.projection_path, depth + 1)},
        {"notes", notes(result.notes, lang, depth + 1)},
    };
    return object(fields, depth);
}

// The thresholds the method applies (README, "Assessment methods"): eurostat's ratio and unsd's P
// are on track at or above on_track and at risk from at_risk; dns's s is on track below on_track
// and at risk up to at_risk.
std::pair<double, double> thresholds(const Assessment& assessment) {
    switch (assessment.method) {
        case AssessmentMethod::eurostat:
            break;
        case AssessmentMethod::unsd:
            return {kUnsdOnTrack, kUnsdAcceleration};
        case AssessmentMethod::dns:
            return {kDnsWarning, kDnsOffTrack};
    }
    return {assessment.on_track, assessment.at_risk};
}

std::string target_set_object(const TargetSet* set, Lang lang, int depth) {
    if (set == nullptr) return "null";
    const Assessment& assessment = set->assessment;
    const auto [on_track, at_risk] = thresholds(assessment);
    const Fields method = {
        {"method", text(assessment_method_name(assessment.method))},
        {"title", text(method_title(assessment.method, lang))},
        {"on_track", number(on_track)},
        {"at_risk", number(at_risk)},
        {"changes", assessment.method == AssessmentMethod::dns
                        ? text(dns_changes_name(assessment.dns_changes))
                        : "null"},
    };
    const Fields fields = {
        {"id", text(set->id)},
        {"title", text(set->title.in(lang))},
        {"period", "{\"base\": " + std::to_string(set->base_year) +
                       ", \"end\": " + std::to_string(set->end_year) + "}"},
        {"origin", text_or_null(set->origin)},
        {"assessment", object(method, depth + 1)},
    };
    return object(fields, depth);
}

}  // namespace

std::string json_report_head(const TargetSet* targets, int as_of, const ReportOptions& options) {
    const Lang lang = options.lang;
    const Assessment assessment = targets ? targets->assessment : Assessment{};
    std::vector<std::string> method_notes;
    for (const std::string& point : method_points(lang, assessment)) method_notes.push_back(text(point));
    const Fields fields = {
        {"language", text(lang == Lang::vi ? "vi" : "en")},
        {"as_of", std::to_string(as_of)},
        {"target_set", target_set_object(targets, lang, 1)},
        {"method_notes", array(method_notes, 1)},
    };
    // object(fields, 0) with "areas" last, left open: the areas follow one at a time.
    std::string out = "{\n";
    for (const auto& [key, value] : fields) out += indent(1) + json_string(key) + ": " + value + ",\n";
    return out + indent(1) + json_string("areas") + ": [";
}

void append_json_area(std::string& out, const AreaEvaluation& area, const ReportOptions& options,
                      bool first) {
    std::vector<std::string> targets;
    for (const TargetResult& result : area.results)
        if (result.target) targets.push_back(target_object(area.area, result, options.lang, 4));
    out += first ? "\n" : ",\n";
    out += indent(2);
    out += object(
        {{"area", text(area.area)}, {"source", text_or_null(area.source)}, {"targets", array(targets, 3)}},
        2);
}

std::string json_report_tail(bool any_area) {
    return (any_area ? "\n" + indent(1) + "]" : std::string("]")) + "\n}\n";
}

std::string write_json_report(const Evaluation& evaluation, const ReportOptions& options) {
    std::string out = json_report_head(evaluation.targets, evaluation.as_of, options);
    for (std::size_t i = 0; i < evaluation.areas.size(); ++i)
        append_json_area(out, evaluation.areas[i], options, i == 0);
    return out + json_report_tail(!evaluation.areas.empty());
}

}  // namespace chitieu
