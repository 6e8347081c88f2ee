// Target-set YAML -> TargetSet: the set's id, title, period and thresholds here; each target in
// target_entry.cpp. Problems become located diagnostics; a target with an error is left out.
#include "chitieu/load/targets_yaml.hpp"

#include "series_block.hpp"
#include "target_entry.hpp"
#include "yaml_support.hpp"

namespace chitieu {

namespace {

using yaml_support::Field;
using yaml_support::Mapping;
using yaml_support::YamlFile;

constexpr std::string_view kSetKeys[] = {"id", "title", "period", "assessment", "series", "targets"};
constexpr std::string_view kPeriodKeys[] = {"base", "end"};
constexpr std::string_view kAssessmentKeys[] = {"method", "on_track", "at_risk", "changes"};
constexpr std::string_view kMethods[] = {"eurostat", "unsd", "dns"};  // AssessmentMethod order
constexpr std::string_view kChanges[] = {"relative", "absolute"};     // DnsChanges order

// [a-z0-9][a-z0-9_.-]*: safe in file names and as builtin:NAME.
bool is_set_id(std::string_view id) {
    const auto plain = [](char c) { return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9'); };
    if (id.empty() || !plain(id[0])) return false;
    for (char c : id)
        if (!plain(c) && c != '_' && c != '.' && c != '-') return false;
    return true;
}

void read_id(YamlFile& file, const YAML::Node& root, const Mapping& top, TargetSet& set) {
    const Field* id = top.find("id");
    if (!id || id->value.IsNull()) {
        file.error(id ? where(file, *id) : file.at(root),
                   "a target set needs `id:`, a name like tuyen-quang-industry-2021-2025",
                   "bộ chỉ tiêu cần `id:`, một tên như tuyen-quang-industry-2021-2025");
        return;
    }
    const std::optional<std::string> text = read_text(file, *id);
    if (!text) return;
    if (!is_set_id(*text)) {
        file.error(
            where(file, *id),
            "target-set id '" + *text +
                "' must be lower-case letters, digits, '_', '.' and "
                "'-', starting with a letter or digit",
            "id bộ chỉ tiêu '" + *text +
                "' phải gồm chữ thường, chữ số, '_', '.' và '-', bắt đầu bằng một chữ cái hoặc chữ số");
        return;
    }
    set.id = *text;
}

void read_period(YamlFile& file, const YAML::Node& root, const Mapping& top, TargetSet& set) {
    const Field* period = top.find("period");
    if (!period || period->value.IsNull()) {
        file.error(period ? where(file, *period) : file.at(root),
                   "a target set needs `period:`, like period: {base: 2020, end: 2025}",
                   "bộ chỉ tiêu cần `period:`, như period: {base: 2020, end: 2025}");
        return;
    }
    if (!period->value.IsMap()) {
        file.error(where(file, *period),
                   "period must be a map like {base: 2020, end: 2025}; found " +
                       yaml_support::describe(period->value),
                   "period phải là một map như {base: 2020, end: 2025}; ở đây là " +
                       yaml_support::describe_vi(period->value));
        return;
    }
    const Mapping years(file, period->value, kPeriodKeys, "in period", "trong period");
    std::optional<int> base;
    std::optional<int> end;
    for (std::string_view key : kPeriodKeys) {
        const Field* field = years.find(key);
        if (!field || field->value.IsNull()) {
            file.error(field ? where(file, *field) : where(file, *period),
                       "period needs `" + std::string(key) + ":`, like period: {base: 2020, end: 2025}",
                       "period cần `" + std::string(key) + ":`, như period: {base: 2020, end: 2025}");
            continue;
        }
        (key == "base" ? base : end) = read_year(file, *field);
    }
    if (!base || !end) return;
    if (*base >= *end) {
        file.error(where(file, *years.find("end")),
                   "period end (" + std::to_string(*end) + ") must be after its base (" +
                       std::to_string(*base) + ")",
                   "năm cuối kỳ (end: " + std::to_string(*end) +
                       ") phải sau năm gốc (base: " + std::to_string(*base) + ")");
        return;
    }
    set.base_year = *base;
    set.end_year = *end;
}

// assessment: {on_track, at_risk}, both optional; 0 < at_risk < on_track.
void read_assessment(YamlFile& file, const Field& field, TargetSet& set) {
    if (field.value.IsNull()) return;
    if (!field.value.IsMap()) {
        file.error(where(file, field),
                   "assessment must be a map like {on_track: 0.95, at_risk: 0.60}; found " +
                       yaml_support::describe(field.value),
                   "assessment phải là một map như {on_track: 0.95, at_risk: 0.60}; ở đây là " +
                       yaml_support::describe_vi(field.value));
        return;
    }
    const std::size_t errors_before = file.error_count();
    const Mapping thresholds(file, field.value, kAssessmentKeys, "in assessment", "trong assessment");
    const Field* on_track = thresholds.find("on_track");
    const Field* at_risk = thresholds.find("at_risk");
    Assessment assessment;
    // method: eurostat (default) | unsd | dns; changes: relative (default) | absolute, dns only.
    const Field* method = thresholds.find("method");
    const Field* changes = thresholds.find("changes");
    if (method)
        if (auto index = read_choice(file, *method, kMethods, "an assessment method", "phương pháp đánh giá"))
            assessment.method = static_cast<AssessmentMethod>(*index);
    if (changes)
        if (auto index = read_choice(file, *changes, kChanges, "a way to average changes",
                                     "cách tính bình quân các mức thay đổi"))
            assessment.dns_changes = static_cast<DnsChanges>(*index);
    if (file.error_count() != errors_before) return;
    if (changes && assessment.method != AssessmentMethod::dns)
        file.error(where(file, *changes),
                   "changes: applies to the dns method only (how its last five annual "
                   "changes are averaged); add method: dns or remove it",
                   "changes: chỉ dùng với phương pháp dns (cách tính bình quân năm mức thay đổi hằng năm "
                   "gần nhất); hãy thêm method: dns hoặc xóa nó");
    const Field* threshold = on_track ? on_track : at_risk;
    if (threshold && assessment.method != AssessmentMethod::eurostat)
        file.error(where(file, *threshold),
                   std::string(threshold->key) + ": sets a threshold of the eurostat method; the " +
                       assessment_method_name(assessment.method) +
                       " method has its own (see the README): remove it or use method: eurostat",
                   std::string(threshold->key) + ": đặt ngưỡng của phương pháp eurostat; phương pháp " +
                       assessment_method_name(assessment.method) +
                       " có ngưỡng riêng (xem README): hãy xóa nó hoặc dùng method: eurostat");
    if (on_track) assessment.on_track = read_number(file, *on_track).value_or(assessment.on_track);
    if (at_risk) assessment.at_risk = read_number(file, *at_risk).value_or(assessment.at_risk);
    if (file.error_count() != errors_before) return;
    if (!(assessment.at_risk > 0 && assessment.at_risk < assessment.on_track)) {
        const auto shown = [](const Field* given, const char* fallback, const char* default_word) {
            return given && !given->value.IsNull() ? given->value.Scalar()
                                                   : std::string(fallback) + " (" + default_word + ")";
        };
        const Field* at = at_risk ? at_risk : on_track;
        file.error(at ? where(file, *at) : where(file, field),
                   "assessment thresholds need 0 < at_risk < on_track; here at_risk is " +
                       shown(at_risk, "0.60", "the default") + " and on_track " +
                       shown(on_track, "0.95", "the default"),
                   "các ngưỡng đánh giá phải thỏa 0 < at_risk < on_track; ở đây at_risk là " +
                       shown(at_risk, "0.60", "mặc định") + " và on_track là " +
                       shown(on_track, "0.95", "mặc định"));
        return;
    }
    set.assessment = assessment;
}

void read_targets(YamlFile& file, const YAML::Node& root, const Mapping& top, TargetSet& set) {
    const Field* targets = top.find("targets");
    if (!targets || targets->value.IsNull()) {
        file.error(targets ? where(file, *targets) : file.at(root),
                   "a target set needs `targets:`, a list of targets",
                   "bộ chỉ tiêu cần `targets:`, danh sách các chỉ tiêu");
        return;
    }
    if (!targets->value.IsSequence() || targets->value.size() == 0) {
        file.error(where(file, *targets),
                   "targets must be a list with at least one `- id: ...` item; found " +
                       yaml_support::describe(targets->value),
                   "targets phải là một danh sách có ít nhất một mục `- id: ...`; ở đây là " +
                       yaml_support::describe_vi(targets->value));
        return;
    }
    yaml_support::TargetReader reader(file, set.base_year, set.end_year, set.by_area);
    for (const YAML::Node& item : targets->value)
        if (std::optional<Target> target = reader.read(item)) set.targets.push_back(std::move(*target));
}

void read_document(YamlFile& file, const YAML::Node& root, TargetSet& set) {
    const std::optional<SourceLocation> content = file.first_content();
    if (root.IsNull() && !content) {
        file.error({file.file()}, "the file is empty; a target set needs `id:`, `period:` and `targets:`",
                   "tệp trống; bộ chỉ tiêu cần `id:`, `period:` và `targets:`");
        return;
    }
    if (!root.IsMap()) {  // a null root with content: text yaml-cpp reads as nothing, like a stray ','
        file.error(root.IsNull() ? *content : file.at(root),
                   "a target set is a map with `id:`, `period:` and `targets:` at the top; found " +
                       yaml_support::describe(root),
                   "bộ chỉ tiêu là một map có `id:`, `period:` và `targets:` ở cấp trên cùng; ở đây là " +
                       yaml_support::describe_vi(root));
        return;
    }
    const Mapping top(file, root, kSetKeys, "at the top of a target set", "ở cấp trên cùng của bộ chỉ tiêu");
    read_id(file, root, top, set);
    set.title = LocalText{set.id, set.id};
    if (const Field* title = top.find("title")) set.title = read_local_text(file, *title).value_or(set.title);
    read_period(file, root, top, set);  // before the targets: their default years come from it
    if (const Field* assessment = top.find("assessment")) read_assessment(file, *assessment, set);
    if (const Field* series = top.find("series")) read_series_block(file, *series, set);
    read_targets(file, root, top, set);
}

}  // namespace

TargetSet load_targets_yaml(std::string_view text, const std::string& file, Diagnostics& diagnostics) {
    TargetSet set;
    set.origin = file;
    YamlFile yaml(text, file, diagnostics);
    yaml.read([&](const YAML::Node& root) { read_document(yaml, root, set); });
    return set;
}

}  // namespace chitieu
