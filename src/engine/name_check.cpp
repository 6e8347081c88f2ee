// Names that match nothing (engine/name_check.hpp). The same matcher serves indicators and zones:
// what the targets want, what the inputs hold, and the words each side is called by.
#include "chitieu/engine/name_check.hpp"

#include <algorithm>
#include <functional>
#include <optional>

#include "chitieu/util/edit_distance.hpp"
#include "chitieu/util/unicode.hpp"

namespace chitieu {

namespace {

// Longer lists are cut in a message: the rest is counted.
constexpr std::size_t kListedNames = 12;

// A name the targets want, and the targets that want it, in target-set order.
struct Wanted {
    std::string name;
    std::vector<const Target*> targets;
};

void want(std::vector<Wanted>& wanted, const std::string& name, const Target& target) {
    if (name.empty()) return;
    auto it = std::find_if(wanted.begin(), wanted.end(), [&name](const Wanted& w) { return w.name == name; });
    if (it == wanted.end()) {
        wanted.push_back({name, {&target}});
    } else if (std::find(it->targets.begin(), it->targets.end(), &target) == it->targets.end()) {
        it->targets.push_back(&target);
    }
}

std::vector<Wanted> wanted_series(const TargetSet& targets) {
    std::vector<Wanted> wanted;
    for (const Target& target : targets.targets) {
        want(wanted, target.series, target);
        want(wanted, target.numerator, target);
        want(wanted, target.denominator, target);
    }
    return wanted;
}

std::vector<Wanted> wanted_zones(const TargetSet& targets) {
    std::vector<Wanted> wanted;
    for (const Target& target : targets.targets)
        if (target.kind == TargetKind::milestones)
            for (const std::string& zone : target.zones) want(wanted, zone, target);
    return wanted;
}

std::string digits_of(std::string_view key) {
    std::string digits;
    for (char c : key)
        if (c >= '0' && c <= '9') digits += c;
    return digits;
}

// The edit distance of two names' fold_name keys when they are near, else nothing (the rule in
// the header).
std::optional<std::size_t> near_keys(std::string_view x, std::string_view y) {
    if (digits_of(x) != digits_of(y)) return std::nullopt;
    if (x == y) return 0;
    return typo_distance(x, y);
}

// Said beside "did you mean 'b'?" when the two look alike on screen or nearly: "Nhữ Khê" typed in
// NFD (macOS) prints exactly as the NFC one.
std::string likeness(const std::string& a, const std::string& b, bool vi = false) {
    if (to_nfc(a) == to_nfc(b))
        return vi ? "hai tên có cùng các chữ cái, chỉ khác dạng chuẩn hóa Unicode"
                  : "the two are the same letters in another Unicode normalisation";
    if (fold_name(a) == fold_name(b))
        return vi ? "hai tên chỉ khác nhau ở chữ hoa, chữ thường hoặc dấu"
                  : "the two differ only in case or diacritics";
    return "";
}

std::string also(const std::string& text) {
    return text.empty() ? text : "; " + text;
}

std::string aside(const std::string& text) {
    return text.empty() ? text : " (" + text + ")";
}

std::string quoted(const std::string& name) {
    return "'" + name + "'";
}

// "target 'a' needs" / "targets 'a' and 'b' need" (verb: the singular; its plural drops the s).
std::string targets_verb(const std::vector<const Target*>& targets, const std::string& verb) {
    std::string ids;
    for (std::size_t i = 0; i < targets.size(); ++i) {
        if (i > 0) ids += i + 1 == targets.size() ? " and " : ", ";
        ids += quoted(targets[i]->id);
    }
    if (targets.size() == 1) return "target " + ids + " " + verb;
    return "targets " + ids + " " + verb.substr(0, verb.size() - 1);
}

// "chỉ tiêu 'a' cần" / "các chỉ tiêu 'a' và 'b' cần".
std::string targets_verb_vi(const std::vector<const Target*>& targets, const std::string& verb) {
    std::string ids;
    for (std::size_t i = 0; i < targets.size(); ++i) {
        if (i > 0) ids += i + 1 == targets.size() ? " và " : ", ";
        ids += quoted(targets[i]->id);
    }
    return (targets.size() == 1 ? "chỉ tiêu " : "các chỉ tiêu ") + ids + " " + verb;
}

std::string name_list(const std::vector<std::string>& names, bool vi = false) {
    std::string out;
    for (std::size_t i = 0; i < names.size() && i < kListedNames; ++i) out += (i > 0 ? ", " : "") + names[i];
    if (names.size() > kListedNames)
        out += (vi ? " và " : " and ") + std::to_string(names.size() - kListedNames) +
               (vi ? " tên khác" : " more");
    return out;
}

// How one side is called: indicators and series, or zones on both sides.
struct Words {
    const char* unknown_rule;
    const char* missing_rule;
    const char* input_thing;   // "indicator", "zone"
    const char* not_used;      // "is used by no target"
    const char* wanted_thing;  // "series", "zone"
    const char* verb;          // "needs", "names"
    const char* no_input_has;  // "which no input has"
    const char* otherwise;     // what follows when nothing is near
    bool only_missing;         // unknown-*: compare with the wanted names no input has only
    // The same words in Vietnamese.
    const char* input_thing_vi;   // "chuỗi số liệu", "khu, cụm"
    const char* not_used_vi;      // "không được chỉ tiêu nào dùng"
    const char* wanted_thing_vi;  // "chuỗi số liệu", "khu, cụm"
    const char* verb_vi;          // "cần", "nêu tên"
    const char* it_vi;            // "chuỗi này", "khu, cụm này"
    const char* no_input_has_vi;  // "mà không tệp đầu vào nào có"
    const char* otherwise_vi;
};

const Words kSeriesWords{kRuleUnknownIndicator,
                         kRuleMissingSeries,
                         "indicator",
                         "is used by no target",
                         "series",
                         "needs",
                         "which no input has",
                         "add it: without it, what needs it cannot be judged",
                         false,
                         "chuỗi số liệu",
                         "không được chỉ tiêu nào dùng",
                         "chuỗi số liệu",
                         "cần",
                         "chuỗi này",
                         "mà không tệp đầu vào nào có",
                         "hãy bổ sung: thiếu chuỗi này, các chỉ tiêu cần nó không đánh giá được"};

const Words kZoneWords{
    kRuleUnknownZone,
    kRuleMissingZone,
    "zone",
    "is named by no target",
    "zone",
    "names",
    "which no input zone has",
    "check the name: a zone the inputs lack is never reached",
    true,
    "khu, cụm",
    "không được chỉ tiêu nào nêu tên",
    "khu, cụm",
    "nêu tên",
    "khu, cụm này",
    "mà không khu, cụm nào trong tệp đầu vào có",
    "hãy kiểm tra tên: khu, cụm không có trong tệp đầu vào thì không bao giờ được tính là đạt mốc"};

void add(std::vector<Finding>& out, const char* rule, Severity severity, const SourceLocation& where,
         std::string message, std::string message_vi) {
    out.push_back({rule, {severity, where, std::move(message), std::move(message_vi)}});
}

// unknown-* and missing-* for one kind of name; `quiet_missing` leaves out the missing-* warnings
// (no-matching-series has said it).
void match_names(const std::vector<Wanted>& wanted, const std::vector<InputNames::Seen>& inputs,
                 const std::function<bool(const std::string&)>& input_has, const Words& words,
                 bool notes_at_targets, bool quiet_missing, std::vector<Finding>& out) {
    std::vector<bool> explained(wanted.size(), false);
    // Each name folded once: a commune-scale zones table holds hundreds of distinct names.
    std::vector<std::string> wanted_keys, input_keys;
    for (const Wanted& w : wanted) wanted_keys.push_back(fold_name(w.name));
    for (const InputNames::Seen& input : inputs) input_keys.push_back(fold_name(input.name));
    // An input name nothing wants, near a wanted one: the input is probably misspelt.
    for (std::size_t i = 0; i < inputs.size(); ++i) {
        const InputNames::Seen& input = inputs[i];
        const bool used = std::any_of(wanted.begin(), wanted.end(),
                                      [&input](const Wanted& w) { return w.name == input.name; });
        if (used) continue;
        std::optional<std::size_t> best, best_distance;
        for (std::size_t k = 0; k < wanted.size(); ++k) {
            if (words.only_missing && input_has(wanted[k].name)) continue;
            const std::optional<std::size_t> distance = near_keys(input_keys[i], wanted_keys[k]);
            if (distance && (!best_distance || *distance < *best_distance)) {
                best = k;
                best_distance = distance;
            }
        }
        if (!best) continue;
        const Wanted& match = wanted[*best];
        explained[*best] = true;
        add(out, words.unknown_rule, Severity::error, input.where,
            std::string(words.input_thing) + " " + quoted(input.name) + " " + words.not_used +
                "; did you mean " + quoted(match.name) + "? (" + targets_verb(match.targets, words.verb) +
                " it" + also(likeness(input.name, match.name)) + ")",
            std::string(words.input_thing_vi) + " " + quoted(input.name) + " " + words.not_used_vi +
                "; có phải là " + quoted(match.name) + "? (" + targets_verb_vi(match.targets, words.verb_vi) +
                " " + words.it_vi + also(likeness(input.name, match.name, true)) + ")");
        if (notes_at_targets)
            add(out, words.unknown_rule, Severity::note, match.targets.front()->where,
                targets_verb({match.targets.front()}, words.verb) + " " + words.wanted_thing + " " +
                    quoted(match.name) + " here",
                targets_verb_vi({match.targets.front()}, words.verb_vi) + " " + words.wanted_thing_vi + " " +
                    quoted(match.name) + " ở đây");
    }
    // A wanted name no input has: misspelt in the target set when an input name is near it.
    for (std::size_t k = 0; k < wanted.size(); ++k) {
        const Wanted& w = wanted[k];
        if (explained[k] || input_has(w.name)) continue;
        const InputNames::Seen* best = nullptr;
        std::optional<std::size_t> best_distance;
        for (std::size_t i = 0; i < inputs.size(); ++i) {
            const std::optional<std::size_t> distance = near_keys(input_keys[i], wanted_keys[k]);
            if (distance && (!best_distance || *distance < *best_distance)) {
                best = &inputs[i];
                best_distance = distance;
            }
        }
        const std::string head = targets_verb(w.targets, words.verb) + " " + words.wanted_thing + " " +
                                 quoted(w.name) + ", " + words.no_input_has;
        const std::string head_vi = targets_verb_vi(w.targets, words.verb_vi) + " " + words.wanted_thing_vi +
                                    " " + quoted(w.name) + ", " + words.no_input_has_vi;
        // A built-in set is no file a user can open (nor one a pull request's annotation can land
        // on): its findings go to the inputs, the near name's place or else the first name's.
        if (best != nullptr) {
            add(out, words.missing_rule, Severity::error,
                notes_at_targets ? w.targets.front()->where : best->where,
                head + "; did you mean " + quoted(best->name) + "?" + aside(likeness(w.name, best->name)),
                head_vi + "; có phải là " + quoted(best->name) + "?" +
                    aside(likeness(w.name, best->name, true)));
            if (notes_at_targets)
                add(out, words.missing_rule, Severity::note, best->where,
                    std::string(words.input_thing) + " " + quoted(best->name) + " is here",
                    std::string(words.input_thing_vi) + " " + quoted(best->name) + " ở đây");
        } else if (!quiet_missing) {
            add(out, words.missing_rule, Severity::warning,
                notes_at_targets ? w.targets.front()->where : inputs.front().where,
                head + ": " + words.otherwise, head_vi + ": " + words.otherwise_vi);
        }
    }
}

}  // namespace

const std::vector<std::string>& name_rules() {
    static const std::vector<std::string> rules = {kRuleUnknownIndicator, kRuleNoMatchingSeries,
                                                   kRuleMissingSeries, kRuleUnknownZone, kRuleMissingZone};
    return rules;
}

void InputNames::add(const AreaData& area) {
    for (const auto& [indicator, series] : area.series)
        if (indicator_index_.try_emplace(indicator, indicators_.size()).second)
            indicators_.push_back({indicator, series.where});
    for (const Zone& zone : area.zones)
        if (zone_index_.try_emplace(zone.name, zones_.size()).second)
            zones_.push_back({zone.name, zone.where});
}

void InputNames::clear() {
    indicators_.clear();
    zones_.clear();
    indicator_index_.clear();
    zone_index_.clear();
}

bool names_near(std::string_view a, std::string_view b) {
    return near_keys(fold_name(a), fold_name(b)).has_value();
}

const std::string* nearest_name(std::string_view name, const std::vector<std::string>& candidates) {
    const std::string key = fold_name(name);
    const std::string* best = nullptr;
    std::optional<std::size_t> best_distance;
    for (const std::string& candidate : candidates) {
        const std::optional<std::size_t> distance = near_keys(key, fold_name(candidate));
        if (distance && (!best_distance || *distance < *best_distance)) {
            best = &candidate;
            best_distance = distance;
        }
    }
    return best;
}

std::vector<Finding> check_names(const TargetSet& targets, const InputNames& inputs) {
    std::vector<Finding> out;
    const bool notes_at_targets = !targets.origin.starts_with("builtin:");
    const std::vector<Wanted> series = wanted_series(targets);
    if (!series.empty() && !inputs.indicators().empty()) {
        const bool none = std::none_of(series.begin(), series.end(),
                                       [&inputs](const Wanted& w) { return inputs.has_indicator(w.name); });
        std::vector<Finding> matched;
        match_names(
            series, inputs.indicators(),
            [&inputs](const std::string& name) { return inputs.has_indicator(name); }, kSeriesWords,
            notes_at_targets, none, matched);
        // unknown-indicator first (at the inputs), then the set as a whole, then each series.
        auto split = std::stable_partition(matched.begin(), matched.end(), [](const Finding& finding) {
            return finding.rule == kRuleUnknownIndicator;
        });
        out.insert(out.end(), matched.begin(), split);
        if (none) {
            std::vector<std::string> needed, held;
            for (const Wanted& w : series) needed.push_back(w.name);
            for (const InputNames::Seen& input : inputs.indicators()) held.push_back(input.name);
            add(out, kRuleNoMatchingSeries, Severity::error, inputs.indicators().front().where,
                "none of the series the target set needs is in the inputs: it needs " + name_list(needed) +
                    "; the inputs hold " + name_list(held) +
                    ". Name the indicators as the set does (chitieu targets export prints it), or give "
                    "the right set with -t",
                "các tệp đầu vào không có chuỗi số liệu nào mà bộ chỉ tiêu cần: bộ chỉ tiêu cần " +
                    name_list(needed, true) + "; các tệp đầu vào có " + name_list(held, true) +
                    ". Hãy đặt tên chỉ tiêu như bộ chỉ tiêu đặt (chitieu targets export in ra các tên này), "
                    "hoặc "
                    "chọn đúng bộ chỉ tiêu bằng -t");
        }
        out.insert(out.end(), split, matched.end());
    }
    const std::vector<Wanted> zones = wanted_zones(targets);
    if (!zones.empty() && !inputs.zones().empty())
        match_names(
            zones, inputs.zones(), [&inputs](const std::string& name) { return inputs.has_zone(name); },
            kZoneWords, notes_at_targets, false, out);
    return out;
}

}  // namespace chitieu
