// Ratio targets: numerator ÷ denominator × scale per year (GRDP per person), judged like a level.
//
// The scale is the target set's `scale`, or what the units imply: a numerator in tỷ đồng (10^9
// VND), a denominator in người and a target in triệu đồng/người (10^6 VND per person) imply
// 10^9 / 1 / 10^6 = 1000. A scale given and one implied that differ are a misreading, not a
// number: the target is insufficient data, and the note names both.
#include <cmath>

#include "judge.hpp"

namespace chitieu {

namespace {

// The scale the three units imply, when all three are read and the numerator's quantity is the
// one the target's unit divides ("money_vnd" of "money_vnd/per_person"); else nothing.
std::optional<double> implied_scale(const Target& target, const Series* numerator,
                                    const Series* denominator) {
    if (!target.measure || numerator == nullptr || denominator == nullptr || numerator->unit.empty() ||
        denominator->unit.empty())
        return std::nullopt;
    const UnitVocabulary& vocabulary = UnitVocabulary::builtin();
    const UnitReading top = vocabulary.read(numerator->unit);
    const UnitReading bottom = vocabulary.read(denominator->unit);
    if (!top.unit || !bottom.unit) return std::nullopt;
    const std::string& quantity = target.measure->quantity;
    if (quantity.rfind(top.unit->quantity + "/", 0) != 0) return std::nullopt;
    // Exponents apart first, so that 10^9 / 10^6 is 1000 exactly.
    const double mantissa =
        top.unit->scale.mantissa / (bottom.unit->scale.mantissa * target.measure->scale.mantissa);
    const int exponent =
        top.unit->scale.exponent - bottom.unit->scale.exponent - target.measure->scale.exponent;
    const double implied = mantissa * std::pow(10.0, exponent);
    if (!std::isfinite(implied) || !(implied > 0.0)) return std::nullopt;
    return implied;
}

std::string scale_text(double scale) {
    // A scale is a power of ten or a plain multiple: printed as written, without a locale.
    std::string text = std::to_string(scale);
    text.erase(text.find_last_not_of('0') + 1);
    if (!text.empty() && text.back() == '.') text.pop_back();
    return text;
}

}  // namespace

std::optional<double> ratio_scale(const Target& target, const Series* numerator, const Series* denominator,
                                  TargetResult& result) {
    const std::optional<double> implied = implied_scale(target, numerator, denominator);
    if (!implied) return target.scale;
    if (!target.scale_given) {
        if (*implied != 1.0)
            result.notes.push_back(make_names_note(NoteCode::ratio_scale_from_units, {scale_text(*implied)}));
        return *implied;
    }
    if (std::fabs(*implied - target.scale) <= 1e-9 * std::fabs(*implied)) return target.scale;
    result.notes.push_back(
        make_names_note(NoteCode::ratio_scale_mismatch, {scale_text(*implied), scale_text(target.scale)}));
    return std::nullopt;
}

YearValues ratio_values(const Series* numerator, const Series* denominator, double scale, int as_of,
                        std::vector<Note>& notes) {
    YearValues values;
    if (numerator == nullptr || denominator == nullptr) return values;
    values.reserve(numerator->values.size());
    // A ratio exists only in years where both parts are observed, as a share does.
    for (const auto& [year, part] : numerator->values) {
        if (year > as_of) break;
        auto whole = denominator->values.find(year);
        if (whole == denominator->values.end()) continue;
        if (whole->second.value == 0.0) {
            notes.push_back(make_note(NoteCode::denominator_zero, year));  // year left out
            continue;
        }
        const double ratio = part.value / whole->second.value * scale;
        if (std::isfinite(ratio)) values.emplace(year, ratio);
    }
    return values;
}

}  // namespace chitieu
