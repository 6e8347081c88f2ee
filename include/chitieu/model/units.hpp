// Units: a unit string ("tỷ đồng, giá so sánh 2010", "billion VND, 2010 prices", "nghìn người",
// "Triệu kWh", "%") read as a quantity, a scale and a price basis, so that a figure can be brought
// to a target's unit or refused. The words are data (src/builtin/units.csv, embedded at build
// time, listed by `chitieu units`); this file reads them and the strings. Pure; no I/O.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "chitieu/util/embedded_file.hpp"

namespace chitieu {

// The embedded vocabulary file(s) (generated: cmake/embed_files.cmake); "units" is the table.
const std::vector<EmbeddedFile>& builtin_unit_tables();

enum class PriceBasis { none, current, constant };

// A scale as exactly as a decimal word says it: mantissa × 10^exponent ("nghìn tỷ" is 1 × 10^12,
// "‰" of percent 1 × 10^-1, "1500 người" 1.5 × 10^3). Conversions divide or multiply by the
// difference of exponents, a power of ten that a double holds exactly.
struct Scale {
    double mantissa = 1.0;
    int exponent = 0;
};

struct Unit {
    std::string quantity;  // the vocabulary's name: "money_vnd", "persons", "kwh", "percent", ...
    Scale scale;           // how many of the quantity's first unit one of this unit is
    PriceBasis basis = PriceBasis::none;
    int basis_year = 0;  // constant prices: the year
};

// `value` in unit `from` expressed in unit `to` (same quantity): full double precision, exact for
// the powers of ten between the usual scales (23,730,000 triệu → 23,730 tỷ, not 23,730.000000000004).
double convert_value(double value, const Scale& from, const Scale& to);
bool same_scale(const Scale& a, const Scale& b);

// "money in VND", "persons", ... for messages; the quantity's name itself when the table has no
// words for it.
std::string quantity_words(std::string_view quantity);
// The same in Vietnamese ("tiền đồng (VND)", "người"), for the messages' Vietnamese form.
std::string quantity_words_vi(std::string_view quantity);
// "current prices", "2010 prices", "" for none.
std::string basis_words(const Unit& unit);
// "giá hiện hành", "giá so sánh 2010", "" for none.
std::string basis_words_vi(const Unit& unit);

// The answer for one unit string: the unit, or what is wrong with it (the words not understood,
// and a reading of the whole string with the nearest vocabulary words: "tỷ đồng" for "ty dong").
struct UnitReading {
    std::optional<Unit> unit;
    std::string problem;     // empty when `unit` is set
    std::string problem_vi;  // the same in Vietnamese (Diagnostic::message_vi)
    std::string suggestion;  // may be empty
};

// The vocabulary, read from its table.
class UnitVocabulary {
public:
    struct Entry {
        std::string kind;  // "unit", "scale", "basis"
        std::string text;  // as the table spells it (folded for matching)
        std::string quantity;
        Scale scale;
        PriceBasis basis = PriceBasis::none;
    };

    explicit UnitVocabulary(std::string_view table);  // throws std::invalid_argument on a bad table
    static const UnitVocabulary& builtin();           // from the embedded units.csv

    UnitReading read(std::string_view unit) const;
    const std::vector<Entry>& entries() const { return entries_; }

private:
    std::vector<Entry> entries_;
    std::vector<std::vector<std::string>> words_;  // each entry's text, folded, split into words
};

// Each distinct unit string read once: a commune-scale input repeats a dozen units 10,600 times.
class UnitCache {
public:
    const UnitReading& read(const std::string& unit);

private:
    std::unordered_map<std::string, UnitReading> readings_;
};

}  // namespace chitieu
