// One target of a target set: its keys checked against its kind, its defaults resolved.
#include "target_entry.hpp"

#include <algorithm>

#include "chitieu/util/unicode.hpp"

namespace chitieu::yaml_support {

namespace {

constexpr std::string_view kTargetKeys[] = {
    "id",        "kind",        "title", "unit",    "op",        "value",       "year",       "base",
    "series",    "from",        "to",    "mean",    "numerator", "denominator", "zone_kinds", "method",
    "zone_kind", "established", "zones", "require", "scale",     "every_year",  "by_area"};
constexpr std::string_view kCommonKeys[] = {"id",    "kind", "title", "unit",   "op",
                                            "value", "year", "base",  "by_area"};
constexpr std::string_view kKinds[] = {"level",      "growth", "share",      "occupancy", "count",
                                       "milestones", "ratio",  "cumulative", "change"};  // TargetKind order

// The keys each kind adds to the common ones, in TargetKind order.
constexpr std::string_view kLevelKeys[] = {"series", "every_year"};
constexpr std::string_view kGrowthKeys[] = {"series", "from", "to", "mean"};
constexpr std::string_view kShareKeys[] = {"numerator", "denominator", "every_year"};
constexpr std::string_view kOccupancyKeys[] = {"zone_kinds", "method"};
constexpr std::string_view kCountKeys[] = {"zone_kind", "established"};
constexpr std::string_view kMilestoneKeys[] = {"zones", "require"};
constexpr std::string_view kRatioKeys[] = {"numerator", "denominator", "scale", "every_year"};
constexpr std::string_view kCumulativeKeys[] = {"series", "from"};  // from: the first year summed
constexpr std::string_view kChangeKeys[] = {"series"};
constexpr std::span<const std::string_view> kKindKeys[] = {kLevelKeys,     kGrowthKeys,     kShareKeys,
                                                           kOccupancyKeys, kCountKeys,      kMilestoneKeys,
                                                           kRatioKeys,     kCumulativeKeys, kChangeKeys};

constexpr std::string_view kOps[] = {">", ">=", "<", "<=", "between"};  // Op order
constexpr std::string_view kBooleans[] = {"false", "true"};
constexpr std::string_view kMeans[] = {"compound", "arithmetic", "every_year"};
constexpr std::string_view kMethods[] = {"weighted", "mean"};
constexpr std::string_view kZoneKinds[] = {"park", "cluster"};
constexpr std::string_view kRequires[] = {"established", "expanded"};

bool contains(std::span<const std::string_view> list, std::string_view word) {
    return std::find(list.begin(), list.end(), word) != list.end();
}

std::string label(const Target& target) {
    return target.id.empty() ? "a target" : "target '" + target.id + "'";
}
std::string label_vi(const Target& target) {
    return target.id.empty() ? "một chỉ tiêu" : "chỉ tiêu '" + target.id + "'";
}

// "a level target", "an occupancy target".
std::string kind_phrase(TargetKind kind) {
    const std::string name = target_kind_name(kind);
    return (kind == TargetKind::occupancy ? "an " : "a ") + name + " target";
}
// "chỉ tiêu loại level".
std::string kind_phrase_vi(TargetKind kind) {
    return std::string("chỉ tiêu loại ") + target_kind_name(kind);
}

// "a list of 3" / "một danh sách 3 phần tử", else what the node is.
LocalText found_list(const YAML::Node& node) {
    if (node.IsSequence())
        return {"a list of " + std::to_string(node.size()),
                "một danh sách " + std::to_string(node.size()) + " phần tử"};
    return {describe(node), describe_vi(node)};
}

const char* default_unit(TargetKind kind) {
    switch (kind) {
        case TargetKind::growth:
            return "%/yr";
        case TargetKind::share:
        case TargetKind::occupancy:
            return "%";
        case TargetKind::change:
            return "points/yr";  // the series' own points: percentage points for a percentage
        case TargetKind::level:
        case TargetKind::count:
        case TargetKind::milestones:
        case TargetKind::ratio:
        case TargetKind::cumulative:
            return "";
    }
    return "";
}

bool is_blank_scalar(const YAML::Node& node) {
    return node.IsNull() || (node.IsScalar() && node.Scalar().find_first_not_of(" \t") == std::string::npos);
}

}  // namespace

std::optional<Target> TargetReader::read(const YAML::Node& item) {
    if (!item.IsMap()) {
        file_.error(
            item, "each target is a map with `id:`, `kind:` and its condition; found " + describe(item),
            "mỗi chỉ tiêu là một map có `id:`, `kind:` và điều kiện của nó; ở đây là " + describe_vi(item));
        return std::nullopt;
    }
    const std::size_t errors_before = file_.error_count();
    const Mapping fields(file_, item, kTargetKeys, "in a target", "trong một chỉ tiêu");
    Target target;
    target.where = file_.at(item);
    read_id(fields, target);

    const Field* kind = fields.find("kind");
    std::optional<std::size_t> kind_index;
    if (!kind || kind->value.IsNull())
        file_.error(kind ? where(file_, *kind) : target.where,
                    label(target) + " needs `kind:` (" + list_choices(kKinds) + ")",
                    label_vi(target) + " cần `kind:` (" + list_choices(kKinds, " hoặc ") + ")");
    else
        kind_index = read_choice(file_, *kind, kKinds, "a target kind", "loại chỉ tiêu");
    if (!kind_index) return std::nullopt;  // what else the target needs depends on its kind
    target.kind = static_cast<TargetKind>(*kind_index);

    for (const Field& field : fields.fields()) {
        if (target.kind == TargetKind::milestones &&
            (field.key == "op" || field.key == "value" || field.key == "by_area"))
            file_.error(field.key_node,
                        "'" + field.key +
                            "' does not apply to a milestones target; its value is "
                            "the number of zones listed, so remove it",
                        "'" + field.key +
                            "' không dùng cho chỉ tiêu loại milestones; giá trị của nó là số khu, cụm "
                            "được liệt kê, vì vậy hãy xóa khóa này");
        else if (!contains(kCommonKeys, field.key) && !contains(kKindKeys[*kind_index], field.key))
            file_.error(field.key_node,
                        "'" + field.key + "' does not apply to " + kind_phrase(target.kind) + "; " +
                            target_kind_name(target.kind) + " targets take " +
                            list_choices(kKindKeys[*kind_index], " and "),
                        "'" + field.key + "' không dùng cho " + kind_phrase_vi(target.kind) +
                            "; chỉ tiêu loại " + target_kind_name(target.kind) + " nhận " +
                            list_choices(kKindKeys[*kind_index], " và "));
    }

    target.title = LocalText{target.id, target.id};
    if (const Field* title = fields.find("title"))
        target.title = read_local_text(file_, *title).value_or(target.title);
    target.unit = default_unit(target.kind);
    if (const Field* unit = fields.find("unit")) {
        target.unit = read_text(file_, *unit).value_or(target.unit);
        target.unit_where = where(file_, *unit);
        if (target.kind == TargetKind::level || target.kind == TargetKind::count ||
            target.kind == TargetKind::cumulative)
            read_unit(target);
        if (target.kind == TargetKind::ratio) read_ratio_unit(target);
    }
    if (target.kind != TargetKind::milestones) read_condition(fields, target);
    read_years(fields, target);
    read_kind_keys(fields, target);
    if (file_.error_count() != errors_before) return std::nullopt;
    return target;
}

// A ratio's unit ("triệu đồng/người") is read when the vocabulary can: its scale is checked
// against the series' units at evaluation. One it cannot read is kept as text (a ratio may be
// any quotient), and the target's `scale` is then taken as given.
void TargetReader::read_ratio_unit(Target& target) {
    const UnitReading reading = UnitVocabulary::builtin().read(target.unit);
    if (reading.unit) target.measure = reading.unit;
}

// A level or count target's unit in the unit vocabulary (model/units.hpp): what its series are
// brought to. One the vocabulary cannot read is an error here, before any series is judged.
void TargetReader::read_unit(Target& target) {
    const UnitReading reading = UnitVocabulary::builtin().read(target.unit);
    if (reading.unit) {
        target.measure = reading.unit;
        return;
    }
    file_.error(
        target.unit_where,
        "target '" + target.id + "': unknown unit '" + target.unit + "': " + reading.problem +
            (reading.suggestion.empty() ? std::string() : "; did you mean '" + reading.suggestion + "'?") +
            " (`chitieu units` lists the units)",
        "chỉ tiêu '" + target.id + "': không nhận ra đơn vị tính '" + target.unit +
            "': " + (reading.problem_vi.empty() ? reading.problem : reading.problem_vi) +
            (reading.suggestion.empty() ? std::string() : "; có phải là '" + reading.suggestion + "'?") +
            " (`chitieu units` liệt kê các đơn vị tính)");
}

bool TargetReader::read_id(const Mapping& fields, Target& target) {
    const Field* id = fields.find("id");
    if (!id || is_blank_scalar(id->value)) {
        file_.error(id ? where(file_, *id) : target.where,
                    "a target needs `id:`, a name like industrial_output",
                    "chỉ tiêu cần `id:`, một tên như industrial_output");
        return false;
    }
    const std::optional<std::string> text = read_text(file_, *id);
    if (!text) return false;
    const SourceLocation at = where(file_, *id);
    if (!is_indicator_name(*text)) {
        file_.error(
            at,
            "target id '" + *text + "' must be lower-case letters, digits and '_', starting with a letter",
            "id chỉ tiêu '" + *text + "' phải gồm chữ thường, chữ số và '_', bắt đầu bằng một chữ cái");
        return false;
    }
    target.id = *text;
    const auto [first, inserted] = ids_.try_emplace(*text, at);
    if (!inserted) {
        file_.error(at, "target id '" + *text + "' is used twice in this set; give each target its own id",
                    "id chỉ tiêu '" + *text +
                        "' được dùng hai lần trong bộ chỉ tiêu này; hãy đặt cho mỗi chỉ "
                        "tiêu một id riêng");
        file_.note(first->second, "the first target '" + *text + "' is here",
                   "chỉ tiêu '" + *text + "' đầu tiên ở đây");
        return false;
    }
    return true;
}

// op and value: required for every kind but milestones.
void TargetReader::read_condition(const Mapping& fields, Target& target) {
    const Field* op = fields.find("op");
    if (!op || op->value.IsNull()) {
        file_.error(op ? where(file_, *op) : target.where,
                    label(target) + " needs `op:` (\">\", \">=\", \"<\", \"<=\" or between)",
                    label_vi(target) + " cần `op:` (\">\", \">=\", \"<\", \"<=\" hoặc between)");
    } else if (const std::optional<std::string> text = read_text(file_, *op)) {
        const auto found = std::find(std::begin(kOps), std::end(kOps), *text);
        if (found != std::end(kOps))
            target.op = static_cast<Op>(found - std::begin(kOps));
        else
            file_.error(where(file_, *op),
                        "'" + *text +
                            "' is not a comparison; use \">\", \">=\", \"<\" or \"<=\", in quotes "
                            "(a bare > starts a YAML text block), or between for a band",
                        "'" + *text +
                            "' không phải là phép so sánh; hãy dùng \">\", \">=\", \"<\" hoặc \"<=\", trong "
                            "ngoặc kép (dấu > đứng riêng mở đầu một khối văn bản YAML), hoặc between cho một "
                            "khoảng");
    }
    const Field* value = fields.find("value");
    const Field* by_area = fields.find("by_area");
    if ((!value || value->value.IsNull()) && by_area && !by_area->value.IsNull()) {
        // Values per area only: an area not listed is left out of this target.
        target.has_value = false;
    } else if (!value || value->value.IsNull()) {
        file_.error(value ? where(file_, *value) : target.where,
                    label(target) + " needs `value:`, the target figure (or `by_area:`, one per area)",
                    label_vi(target) +
                        " cần `value:`, con số chỉ tiêu (hoặc `by_area:`, một giá trị cho mỗi địa bàn)");
        return;
    } else if (value->value.IsSequence() || target.op == Op::between) {
        read_band(*value, target.op == Op::between, target);
    } else if (const std::optional<double> number = read_number(file_, *value)) {
        target.value = *number;
    }
    if (by_area && !by_area->value.IsNull()) read_by_area(*by_area, target);
}

// by_area: {Sơn Dương: 5200, Yên Sơn: 4100}: each area's own value (op between: [lo, hi]).
// Names are kept in NFC, as the inputs' area names are; one given twice is an error.
void TargetReader::read_by_area(const Field& field, const Target& target) {
    if (!field.value.IsMap() || field.value.size() == 0) {
        file_.error(where(file_, field),
                    "by_area of " + label(target) +
                        " must be a map of area names to values, like "
                        "{Sơn Dương: 5200, Yên Sơn: 4100}; found " +
                        describe(field.value),
                    "by_area của " + label_vi(target) +
                        " phải là một map từ tên địa bàn đến giá trị, như {Sơn Dương: 5200, Yên Sơn: 4100}; "
                        "ở đây là " +
                        describe_vi(field.value));
        return;
    }
    const Mapping areas(file_, field.value, {}, "in by_area", "trong by_area");
    std::map<std::string, AreaValue>& values = by_area_.targets[target.id];
    for (const Field& entry : areas.fields()) {
        const std::string area = to_nfc(entry.key);
        if (is_blank_scalar(entry.key_node)) {
            file_.error(entry.key_node, "an area name in by_area of " + label(target) + " is empty",
                        "một tên địa bàn trong by_area của " + label_vi(target) + " bị để trống");
            continue;
        }
        Target band = target;  // read_band fills value and value_high
        AreaValue value{0.0, 0.0, where(file_, entry)};
        if (entry.value.IsNull()) {
            file_.error(where(file_, entry),
                        "by_area of " + label(target) + " gives no value for '" + area +
                            "'; give a number, or remove the line",
                        "by_area của " + label_vi(target) + " không có giá trị cho '" + area +
                            "'; hãy ghi một số, hoặc xóa dòng này");
            continue;
        }
        if (entry.value.IsSequence() || target.op == Op::between) {
            const std::size_t before = file_.error_count();
            read_band(entry, target.op == Op::between, band);
            if (file_.error_count() != before) continue;
            value.value = band.value;
            value.value_high = band.value_high;
        } else if (const std::optional<double> number = read_number(file_, entry)) {
            value.value = *number;
        } else {
            continue;
        }
        const auto [at, inserted] = values.emplace(area, value);
        if (!inserted) {
            file_.error(value.where,
                        "'" + area + "' is given twice in by_area of " + label(target) +
                            " (the same name in NFC); give it once",
                        "'" + area + "' được khai báo hai lần trong by_area của " + label_vi(target) +
                            " (cùng một tên theo NFC); hãy ghi một lần");
            file_.note(at->second.where, "the first '" + area + "' is here", "'" + area + "' đầu tiên ở đây");
        }
    }
    if (values.empty()) by_area_.targets.erase(target.id);
}

// op: between takes value: [lo, hi], lo < hi; a list under any other op is an error.
void TargetReader::read_band(const Field& value, bool band, Target& target) {
    const YAML::Node& list = value.value;
    if (!band) {
        file_.error(where(file_, value),
                    "a list [lo, hi] as `value:` of " + label(target) +
                        " is a band: write op: between, or give one number",
                    "một danh sách [lo, hi] làm `value:` của " + label_vi(target) +
                        " là một khoảng: hãy viết op: between, hoặc ghi một số");
        return;
    }
    if (!list.IsSequence() || list.size() != 2) {
        const LocalText found = found_list(list);
        file_.error(where(file_, value),
                    "op: between needs value: [lo, hi], two numbers like [6.5, 7]; found " + found.en,
                    "op: between cần value: [lo, hi], hai số như [6.5, 7]; ở đây là " + found.vi);
        return;
    }
    const auto at = [this, &value](const YAML::Node& node) {
        return node.IsNull() ? where(file_, value) : file_.at(node);
    };
    const std::optional<double> lo = read_number(file_, list[0], at(list[0]), "value", "value");
    const std::optional<double> hi = read_number(file_, list[1], at(list[1]), "value", "value");
    if (!lo || !hi) {
        if (list[0].IsNull() || list[1].IsNull())
            file_.error(where(file_, value), "op: between needs both ends of the band, value: [lo, hi]",
                        "op: between cần cả hai đầu của khoảng, value: [lo, hi]");
        return;
    }
    if (!(*lo < *hi)) {
        file_.error(where(file_, value),
                    "the band [" + list[0].Scalar() + ", " + list[1].Scalar() + "] of " + label(target) +
                        " needs its lower end first and below the upper one",
                    "khoảng [" + list[0].Scalar() + ", " + list[1].Scalar() + "] của " + label_vi(target) +
                        " phải ghi đầu dưới trước và nhỏ hơn đầu trên");
        return;
    }
    target.value = *lo;
    target.value_high = *hi;
}

// year/base, with growth's to/from as synonyms; the defaults come from the set's period.
void TargetReader::read_years(const Mapping& fields, Target& target) {
    const std::size_t errors_before = file_.error_count();
    const auto read = [this, &fields](std::string_view key) -> std::pair<const Field*, std::optional<int>> {
        const Field* field = fields.find(key);
        return {field, field ? read_year(file_, *field) : std::nullopt};
    };
    auto [year_field, year] = read("year");
    auto [base_field, base] = read("base");
    if (target.kind == TargetKind::growth) {
        const auto merge = [this, &target](std::pair<const Field*, std::optional<int>> alias,
                                           const Field*& main_field, std::optional<int>& main) {
            if (!alias.second) return;
            if (main && *main != *alias.second)
                file_.error(where(file_, *alias.first),
                            "`" + alias.first->key + "` (" + std::to_string(*alias.second) + ") and `" +
                                main_field->key + "` (" + std::to_string(*main) + ") of " + label(target) +
                                " differ; give one of them",
                            "`" + alias.first->key + "` (" + std::to_string(*alias.second) + ") và `" +
                                main_field->key + "` (" + std::to_string(*main) + ") của " +
                                label_vi(target) + " khác nhau; hãy ghi một trong hai");
            main = alias.second;
            main_field = alias.first;
        };
        merge(read("to"), year_field, year);
        merge(read("from"), base_field, base);
    }
    target.year = year.value_or(end_year_);
    target.base_year = base.value_or(base_year_);
    if (file_.error_count() != errors_before || target.year == 0 || target.base_year == 0) return;
    if (target.base_year >= target.year) {
        const Field* at = year_field ? year_field : base_field;
        file_.error(at ? where(file_, *at) : target.where,
                    "the base year (" + std::to_string(target.base_year) + ") of " + label(target) +
                        " is not before its target year (" + std::to_string(target.year) +
                        "); the base year comes first",
                    "năm gốc (" + std::to_string(target.base_year) + ") của " + label_vi(target) +
                        " không trước năm mục tiêu (" + std::to_string(target.year) +
                        "); năm gốc phải đến trước");
    }
}

std::optional<std::string> TargetReader::read_indicator(const Mapping& fields, std::string_view key,
                                                        const Target& target) {
    const Field* field = fields.find(key);
    if (!field || field->value.IsNull()) {
        file_.error(
            field ? where(file_, *field) : target.where,
            label(target) + " needs `" + std::string(key) + ":`, an indicator name like industrial_output",
            label_vi(target) + " cần `" + std::string(key) +
                ":`, một tên chuỗi số liệu như industrial_output");
        return std::nullopt;
    }
    std::optional<std::string> name = read_text(file_, *field);
    if (name && !is_indicator_name(*name)) {
        file_.error(where(file_, *field), indicator_name_error(*name), indicator_name_error_vi(*name));
        return std::nullopt;
    }
    return name;
}

void TargetReader::read_kind_keys(const Mapping& fields, Target& target) {
    const auto choice = [this, &fields](std::string_view key, std::span<const std::string_view> choices,
                                        std::string_view what,
                                        std::string_view what_vi) -> std::optional<std::size_t> {
        const Field* field = fields.find(key);
        return field ? read_choice(file_, *field, choices, what, what_vi) : std::nullopt;
    };
    switch (target.kind) {
        case TargetKind::level:
            target.series = read_indicator(fields, "series", target).value_or("");
            read_every_year(fields, target);
            break;
        case TargetKind::change:
            target.series = read_indicator(fields, "series", target).value_or("");
            break;
        case TargetKind::cumulative:
            target.series = read_indicator(fields, "series", target).value_or("");
            read_sum_from(fields, target);
            break;
        case TargetKind::ratio:
            target.numerator = read_indicator(fields, "numerator", target).value_or("");
            target.denominator = read_indicator(fields, "denominator", target).value_or("");
            if (const Field* scale = fields.find("scale"); scale && !scale->value.IsNull())
                if (const std::optional<double> number = read_number(file_, *scale)) {
                    if (*number > 0.0) {
                        target.scale = *number;
                        target.scale_given = true;
                    } else {
                        file_.error(
                            where(file_, *scale),
                            "scale of " + label(target) +
                                " multiplies numerator / denominator and must be above 0, like 1000",
                            "scale của " + label_vi(target) +
                                " là hệ số nhân với numerator / denominator và phải lớn hơn 0, như 1000");
                    }
                }
            read_every_year(fields, target);
            break;
        case TargetKind::growth:
            target.series = read_indicator(fields, "series", target).value_or("");
            if (const auto mean =
                    choice("mean", kMeans, "a way to average growth", "cách tính bình quân tăng trưởng"))
                target.mean = GrowthMean(*mean);
            break;
        case TargetKind::share:
            target.numerator = read_indicator(fields, "numerator", target).value_or("");
            target.denominator = read_indicator(fields, "denominator", target).value_or("");
            read_every_year(fields, target);
            break;
        case TargetKind::occupancy:
            target.zone_kinds = {ZoneKind::park, ZoneKind::cluster};
            if (const Field* kinds = fields.find("zone_kinds"); kinds && !kinds->value.IsNull())
                read_zone_kinds(*kinds, target);
            if (const auto method =
                    choice("method", kMethods, "an occupancy method", "cách tính tỷ lệ lấp đầy"))
                target.method = OccupancyMethod(*method);
            break;
        case TargetKind::count:
            if (const auto kind = choice("zone_kind", kZoneKinds, "a zone kind", "loại khu, cụm"))
                target.zone_kind = ZoneKind(*kind);
            target.established_from = target.base_year + 1;
            target.established_to = target.year;
            if (const Field* established = fields.find("established");
                established && !established->value.IsNull())
                read_established(*established, target);
            break;
        case TargetKind::milestones:
            if (const Field* zones = fields.find("zones"); zones && !zones->value.IsNull())
                read_zone_names(*zones, target);
            else
                file_.error(
                    zones ? where(file_, *zones) : target.where,
                    label(target) + " needs `zones:`, the list of zones that must reach the milestone",
                    label_vi(target) + " cần `zones:`, danh sách các khu, cụm phải đạt mốc");
            if (const auto require =
                    choice("require", kRequires, "a milestone requirement", "yêu cầu của mốc"))
                target.require = MilestoneRequire(*require);
            target.op = Op::ge;
            target.value = static_cast<double>(target.zones.size());
            break;
    }
}

void TargetReader::read_every_year(const Mapping& fields, Target& target) {
    const Field* field = fields.find("every_year");
    if (!field || field->value.IsNull()) return;
    if (const auto index = read_choice(file_, *field, kBooleans, "a yes or no for every_year",
                                       "giá trị có/không cho every_year"))
        target.every_year = *index == 1;
}

// A cumulative target sums from `from` (default: the year after the base) to the as-of year;
// its base is the year before the first one summed.
void TargetReader::read_sum_from(const Mapping& fields, Target& target) {
    target.sum_from = target.base_year + 1;
    const Field* field = fields.find("from");
    if (!field || field->value.IsNull()) return;
    const std::optional<int> from = read_year(file_, *field);
    if (!from) return;
    if (target.year != 0 && *from > target.year) {
        file_.error(where(file_, *field),
                    "`from` (" + std::to_string(*from) + ") of " + label(target) +
                        " is after its target year (" + std::to_string(target.year) +
                        "); the total runs from `from` to the target year",
                    "`from` (" + std::to_string(*from) + ") của " + label_vi(target) + " sau năm mục tiêu (" +
                        std::to_string(target.year) + "); tổng được cộng từ `from` đến năm mục tiêu");
        return;
    }
    if (fields.find("base") != nullptr && *from != target.base_year + 1) {
        file_.error(where(file_, *field),
                    "`from` (" + std::to_string(*from) + ") and `base` (" + std::to_string(target.base_year) +
                        ") of " + label(target) +
                        " disagree: the total starts the year after the base; give one "
                        "of them",
                    "`from` (" + std::to_string(*from) + ") và `base` (" + std::to_string(target.base_year) +
                        ") của " + label_vi(target) +
                        " không khớp nhau: tổng bắt đầu từ năm sau năm gốc; hãy ghi một trong hai");
        return;
    }
    target.sum_from = *from;
    target.base_year = *from - 1;
}

void TargetReader::read_zone_kinds(const Field& field, Target& target) {
    target.zone_kinds.clear();
    if (!field.value.IsSequence() || field.value.size() == 0) {
        file_.error(where(file_, field),
                    "zone_kinds must be a list of park, cluster or both, like [park, cluster]; "
                    "found " +
                        describe(field.value),
                    "zone_kinds phải là một danh sách gồm park, cluster hoặc cả hai, như [park, cluster]; "
                    "ở đây là " +
                        describe_vi(field.value));
        return;
    }
    for (const YAML::Node& item : field.value) {
        const auto index = read_choice(file_, Field{field.key, field.key_node, item}, kZoneKinds,
                                       "a zone kind", "loại khu, cụm");
        if (!index) continue;
        const auto kind = static_cast<ZoneKind>(*index);
        if (std::find(target.zone_kinds.begin(), target.zone_kinds.end(), kind) != target.zone_kinds.end())
            file_.error(item, "'" + item.Scalar() + "' is listed twice in zone_kinds; list it once",
                        "'" + item.Scalar() + "' được liệt kê hai lần trong zone_kinds; hãy liệt kê một lần");
        else
            target.zone_kinds.push_back(kind);
    }
}

void TargetReader::read_established(const Field& field, Target& target) {
    const YAML::Node& range = field.value;
    if (!range.IsSequence() || range.size() != 2) {
        const LocalText found = found_list(range);
        file_.error(where(file_, field),
                    "established must be two years [from, to], like [2021, 2025]; found " + found.en,
                    "established phải là hai năm [from, to], như [2021, 2025]; ở đây là " + found.vi);
        return;
    }
    const YAML::Node first = range[0];
    const YAML::Node last = range[1];
    const auto at = [this, &field](const YAML::Node& node) {
        return node.IsNull() ? where(file_, field) : file_.at(node);
    };
    const std::optional<int> from = read_year(file_, first, at(first), "established", "established");
    const std::optional<int> to = read_year(file_, last, at(last), "established", "established");
    if (!from || !to) {
        if (first.IsNull() || last.IsNull())
            file_.error(where(file_, field), "established needs both years [from, to], like [2021, 2025]",
                        "established cần cả hai năm [from, to], như [2021, 2025]");
        return;
    }
    if (*from > *to) {
        file_.error(where(file_, field),
                    "established [" + std::to_string(*from) + ", " + std::to_string(*to) +
                        "] runs backwards; write [from, to] with from <= to",
                    "established [" + std::to_string(*from) + ", " + std::to_string(*to) +
                        "] bị ngược; hãy viết [from, to] với from <= to");
        return;
    }
    target.established_from = *from;
    target.established_to = *to;
}

void TargetReader::read_zone_names(const Field& field, Target& target) {
    if (!field.value.IsSequence() || field.value.size() == 0) {
        file_.error(where(file_, field),
                    "zones must be a non-empty list of zone names, like [Nam Sơn Dương, Tam Đa]; "
                    "found " +
                        describe(field.value),
                    "zones phải là một danh sách tên khu, cụm không rỗng, như [Nam Sơn Dương, Tam Đa]; "
                    "ở đây là " +
                        describe_vi(field.value));
        return;
    }
    for (const YAML::Node& item : field.value) {
        if (!item.IsScalar() || is_blank_scalar(item)) {
            file_.error(item.IsNull() ? where(file_, field) : file_.at(item),
                        "each entry of zones is a zone name; found " + describe(item),
                        "mỗi mục của zones là một tên khu, cụm; ở đây là " + describe_vi(item));
            continue;
        }
        const std::string name = to_nfc(item.Scalar());  // matched against the zones' NFC names
        if (std::find(target.zones.begin(), target.zones.end(), name) != target.zones.end()) {
            file_.error(item, "zone '" + name + "' is listed twice in " + label(target) + "; list it once",
                        "khu, cụm '" + name + "' được liệt kê hai lần trong " + label_vi(target) +
                            "; hãy liệt kê một lần");
            continue;
        }
        target.zones.push_back(name);
    }
}

}  // namespace chitieu::yaml_support
