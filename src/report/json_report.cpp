// The JSON gap report. Objects are written one key per line, and each {year, value} point on a
// line of its own, so that a report under version control diffs readably.
//
// Everything is appended straight into the report as it is written: at commune scale the report
// holds 159,000 target objects (about 2 KB each), and building each field, object and array as a
// string of its own and then copying it into the one around it was most of the run.
#include "chitieu/report/json_report.hpp"

#include <algorithm>
#include <charconv>
#include <cstring>
#include <string_view>

#include "chitieu/report/json_text.hpp"
#include "chitieu/report/number_format.hpp"
#include "labels.hpp"

namespace chitieu {

namespace {

// The characters from `begin` to `end` appended to `out`. As a pointer and a length: given two
// pointers, std::string::append takes them for iterators and goes through replace(), which
// costs four times as much.
void append_chars(std::string& out, const char* begin, const char* end) {
    out.append(begin, static_cast<std::size_t>(end - begin));
}

void append_int(std::string& out, int value) {
    char digits[16];
    append_chars(out, digits, std::to_chars(digits, digits + sizeof digits, value).ptr);
}

// A number the CSV report would print, or null, written at `at`, which has room for
// kMaxNumberChars; returns the end. write_number prints NaN and infinity as nothing, which
// becomes null here.
char* put_number_or_null(char* at, const std::optional<double>& value,
                         const NumberStyle& style = kMachineNumbers) {
    char* const end = value ? write_number(at, *value, style) : at;
    return end == at ? std::copy_n("null", 4, at) : end;
}

// A year or null written at `at`, which has room for 16 chars; returns the end.
char* put_year_or_null(char* at, const std::optional<int>& value) {
    return value ? std::to_chars(at, at + 16, *value).ptr : std::copy_n("null", 4, at);
}

void append_text_or_null(std::string& out, const std::string& value) {
    if (value.empty())
        out += "null";
    else
        append_json_string(out, value);
}

// The writer's own spacing: a few levels deep at most.
constexpr std::string_view kSpaces = "                                ";

// What stands before an object's member or an array's item at `depth`, written at `at`: the
// comma after the one before (none before the first), the line break and the indentation.
// Returns the end; `at` has room for 2 + kSpaces.size() chars: all the spaces are copied (a
// fixed size, one move) and the end is set after the indentation's.
char* put_separator(char* at, bool first, int depth) {
    if (!first) *at++ = ',';
    *at++ = '\n';
    std::memcpy(at, kSpaces.data(), kSpaces.size());
    return at + std::min(static_cast<std::size_t>(depth) * 2, kSpaces.size());
}

// The same appended to `out`; with `first`, just the line break and indentation before a
// closing bracket.
void append_separator(std::string& out, bool first, int depth) {
    char text[2 + kSpaces.size()];
    append_chars(out, text, put_separator(text, first, depth));
}

// {"a": 1, ...} over several lines at `depth`, written member by member: member() writes what
// stands before a value and returns the report to append the value to; close() ends the object
// ({} when it has no member). The keys are the writer's own ASCII names: nothing to escape.
class Members {
public:
    Members(std::string& out, int depth) : out_(out), depth_(depth) { out_ += '{'; }

    // Separator, key and colon in one piece: 27 members a target, 4 million a commune report.
    template <std::size_t N>
    std::string& member(const char (&key)[N]) {
        char text[kKeyRoom + N];
        append_chars(out_, text, put_key(text, key));
        return out_;
    }

    // A figure's member, key and value in one piece (12 a target).
    template <std::size_t N>
    void number(const char (&key)[N], const std::optional<double>& value,
                const NumberStyle& style = kMachineNumbers) {
        char text[kKeyRoom + N + kMaxNumberChars];
        append_chars(out_, text, put_number_or_null(put_key(text, key), value, style));
    }

    template <std::size_t N>
    void year(const char (&key)[N], const std::optional<int>& value) {
        char text[kKeyRoom + N + 16];
        append_chars(out_, text, put_year_or_null(put_key(text, key), value));
    }

    void close() {
        if (!first_) append_separator(out_, true, depth_);
        out_ += '}';
    }

private:
    // The room a key of N - 1 chars needs besides, quotes, colon and space included.
    static constexpr std::size_t kKeyRoom = 2 + kSpaces.size() + 4;

    // What stands before the member's value, written at `at`; returns the end.
    template <std::size_t N>
    char* put_key(char* at, const char (&key)[N]) {
        static_assert(N <= 32, "a key of the report's own, short");
        char* end = put_separator(at, first_, depth_ + 1);
        first_ = false;
        *end++ = '"';
        end = std::copy_n(key, N - 1, end);
        return std::copy_n("\": ", 3, end);
    }

    std::string& out_;
    int depth_;
    bool first_ = true;
};

// [a, b] with one item per line at `depth`, the same way: item() before each item, close() at
// the end ([] when it has no item).
class Items {
public:
    Items(std::string& out, int depth) : out_(out), depth_(depth) { out_ += '['; }

    std::string& item() {
        append_separator(out_, first_, depth_ + 1);
        first_ = false;
        return out_;
    }

    void close() {
        if (!first_) append_separator(out_, true, depth_);
        out_ += ']';
    }

private:
    std::string& out_;
    int depth_;
    bool first_ = true;
};

// A point a line, each written in one piece with what stands before it: 14 points a target,
// 2.2 million in a commune report. The layout is Items' own.
void append_points(std::string& out, const std::vector<YearValue>& values, int depth) {
    if (values.empty()) {
        out += "[]";
        return;
    }
    out += '[';
    for (std::size_t i = 0; i < values.size(); ++i) {
        constexpr std::string_view year = "{\"year\": ", value = ", \"value\": ";
        char text[2 + kSpaces.size() + year.size() + 16 + value.size() + kMaxNumberChars + 1];
        char* end = put_separator(text, i == 0, depth + 1);
        end = std::copy(year.begin(), year.end(), end);
        end = std::to_chars(end, end + 16, values[i].year).ptr;
        end = put_number_or_null(std::copy(value.begin(), value.end(), end), values[i].value);
        *end++ = '}';
        append_chars(out, text, end);
    }
    append_separator(out, true, depth);
    out += ']';
}

void append_notes(std::string& out, const std::vector<Note>& list, Lang lang, int depth) {
    Items items(out, depth);
    for (const Note& note : list) {
        Members fields(items.item(), depth + 1);
        append_json_string(fields.member("code"), note_code_name(note.code));
        append_json_string(fields.member("text"), note_sentence(note, lang));
        fields.close();
    }
    items.close();
}

void append_method_category(std::string& out, const TargetResult& result) {
    for (const Note& note : result.notes)
        if (note.code == NoteCode::method_category && note.names.size() >= 2) {
            append_json_string(out, note.names[1]);
            return;
        }
    out += "null";
}

// `area` is the area's name as a JSON string already: the same in each of its targets.
void append_target(std::string& out, std::string_view area, const TargetResult& result,
                   const Assessment& assessment, Lang lang, int depth) {
    const Target& target = *result.target;
    Members fields(out, depth);
    // The CSV report's columns, in its order.
    fields.member("area") += area;
    append_json_string(fields.member("target_id"), target.id);
    append_json_string(fields.member("kind"), target_kind_name(target.kind));
    append_json_string(fields.member("title"), target.title.in(lang));
    append_json_string(fields.member("op"), op_symbol(target.op));
    fields.number("target_value", target.value);
    append_json_string(fields.member("unit"), target.unit);
    fields.year("target_year", target.year);
    fields.number("actual_value", result.actual_value);
    fields.year("actual_year", result.actual_year);
    fields.number("gap", result.gap);
    fields.number("achievement_pct", result.achievement_pct);
    fields.number("actual_rate_pct", result.actual_rate_pct);
    fields.number("required_rate_pct", result.required_rate_pct);
    fields.number("remaining_rate_pct", result.remaining_rate_pct);
    fields.number("projected_value", result.projected_value);
    append_json_string(fields.member("status"), status_name(result.status));
    // Whose value the target is, when some area has one of its own (the CSV's target_source).
    if (target.value_source != ValueSource::set)
        append_json_string(
            fields.member("target_source"),
            target.value_source == ValueSource::by_area || target.value_source == ValueSource::target_values
                ? "area"
                : "target_set");
    // What only the JSON report has. A band's upper end and a total's yearly figures appear only
    // on the targets they belong to.
    if (target.op == Op::between) fields.number("target_value_high", target.value_high);
    if (target.every_year) fields.member("every_year") += "true";
    if (target.kind == TargetKind::cumulative) {
        fields.number("required_per_year", result.required_per_year);
        fields.number("recent_yearly_value", result.recent_yearly_value);
        fields.number("yearly_plan_value", result.yearly_plan_value);
        fields.number("yearly_plan_pct", result.yearly_plan_pct);
    }
    append_json_string(fields.member("status_label"), status_label(result.status, lang));
    // The unit in the report's language ("tỷ đồng, giá so sánh 2010" under vi); `unit` is the
    // target set's, as the CSV report gives it.
    append_text_or_null(fields.member("unit_label"), unit_label(target.unit, lang));
    // Never rounded onto a threshold it is not at (0.59995 beside off track is not 0.6).
    if (result.progress_ratio) {
        NumberStyle style = kMachineNumbers;
        style.decimals =
            decimals_beside(*result.progress_ratio, style.decimals, method_thresholds(assessment));
        fields.number("progress_ratio", result.progress_ratio, style);
    } else {
        fields.number("progress_ratio", result.progress_ratio);
    }
    append_method_category(fields.member("method_category"), result);
    fields.year("base_year", result.base_year);
    fields.number("base_value", result.base_value);
    append_text_or_null(fields.member("level_unit"), result.level_unit);
    append_points(fields.member("trajectory"), result.trajectory, depth + 1);
    append_points(fields.member("required_path"), result.required_path, depth + 1);
    append_points(fields.member("projection_path"), result.projection_path, depth + 1);
    append_notes(fields.member("notes"), result.notes, lang, depth + 1);
    fields.close();
}

void append_target_set(std::string& out, const TargetSet* set, Lang lang, int depth) {
    if (set == nullptr) {
        out += "null";
        return;
    }
    const Assessment& assessment = set->assessment;
    const auto [on_track, at_risk] = method_thresholds(assessment);
    Members fields(out, depth);
    append_json_string(fields.member("id"), set->id);
    append_json_string(fields.member("title"), set->title.in(lang));
    fields.member("period") += "{\"base\": ";
    append_int(out, set->base_year);
    out += ", \"end\": ";
    append_int(out, set->end_year);
    out += '}';
    append_text_or_null(fields.member("origin"), set->origin);
    Members method(fields.member("assessment"), depth + 1);
    append_json_string(method.member("method"), assessment_method_name(assessment.method));
    append_json_string(method.member("title"), method_title(assessment.method, lang));
    method.number("on_track", on_track);
    method.number("at_risk", at_risk);
    std::string& changes = method.member("changes");
    if (assessment.method == AssessmentMethod::dns)
        append_json_string(changes, dns_changes_name(assessment.dns_changes));
    else
        changes += "null";
    method.close();
    fields.close();
}

}  // namespace

std::string json_report_head(const TargetSet* targets, int as_of, const ReportOptions& options) {
    const Lang lang = options.lang;
    const Assessment assessment = targets ? targets->assessment : Assessment{};
    std::string out;
    // The document's object with "areas" last, left open: the areas follow one at a time.
    Members fields(out, 0);
    append_json_string(fields.member("language"), lang == Lang::vi ? "vi" : "en");
    append_int(fields.member("as_of"), as_of);
    append_target_set(fields.member("target_set"), targets, lang, 1);
    Items method_notes(fields.member("method_notes"), 1);
    for (const std::string& point : method_points(lang, assessment))
        append_json_string(method_notes.item(), point);
    method_notes.close();
    fields.member("areas") += '[';
    return out;
}

void append_json_area(std::string& out, const AreaEvaluation& area, const Assessment& assessment,
                      const ReportOptions& options, bool first) {
    append_separator(out, first, 2);
    Members fields(out, 2);
    const std::string name = json_string(area.area);
    fields.member("area") += name;
    append_text_or_null(fields.member("source"), area.source);
    // --crosswalk only: a member the interface adds, absent on the inputs' own boundaries.
    if (!area.boundaries.empty()) append_json_string(fields.member("boundaries"), area.boundaries);
    Items targets(fields.member("targets"), 3);
    for (const TargetResult& result : area.results)
        if (result.target) append_target(targets.item(), name, result, assessment, options.lang, 4);
    targets.close();
    // The targets with no value for this area (by_area only, the area not listed): not judged.
    if (!area.left_out.empty()) {
        Items left_out(fields.member("left_out"), 3);
        for (const Target* target : area.left_out) append_json_string(left_out.item(), target->id);
        left_out.close();
    }
    fields.close();
}

std::string json_report_tail(bool any_area) {
    return any_area ? "\n  ]\n}\n" : "]\n}\n";
}

std::string write_json_report(const Evaluation& evaluation, const ReportOptions& options) {
    std::string out = json_report_head(evaluation.targets, evaluation.as_of, options);
    const Assessment assessment = evaluation.targets ? evaluation.targets->assessment : Assessment{};
    for (std::size_t i = 0; i < evaluation.areas.size(); ++i)
        append_json_area(out, evaluation.areas[i], assessment, options, i == 0);
    return out + json_report_tail(!evaluation.areas.empty());
}

}  // namespace chitieu
