// Unit strings read word by word against the vocabulary table (src/builtin/units.csv).
#include "chitieu/model/units.hpp"

#include <charconv>
#include <cmath>
#include <stdexcept>
#include <utility>

#include "chitieu/util/edit_distance.hpp"
#include "chitieu/util/unicode.hpp"

namespace chitieu {

namespace {

constexpr std::string_view kYearWord = "year";  // the table's YEAR, folded
constexpr int kMaxExponent = 24;                // 10^24: far beyond nghìn tỷ, and exact in a double

std::vector<std::string_view> split(std::string_view text, char separator) {
    std::vector<std::string_view> parts;
    std::size_t start = 0;
    for (;;) {
        const std::size_t end = text.find(separator, start);
        parts.push_back(text.substr(start, end == std::string_view::npos ? text.npos : end - start));
        if (end == std::string_view::npos) return parts;
        start = end + 1;
    }
}

bool is_separator(char c) {
    return c == ' ' || c == '\t' || c == ',' || c == ';' || c == '(' || c == ')';
}

struct Token {
    std::size_t at = 0;  // byte offset in the folded text
    std::string_view text;
};

// Words, with "%" apart from what it follows ("5%" is not a unit, but "%" after a bracket is) and
// "/" apart from both sides.
std::vector<Token> tokens_of(std::string_view text) {
    std::vector<Token> tokens;
    std::size_t at = 0;
    while (at < text.size()) {
        if (is_separator(text[at])) {
            ++at;
            continue;
        }
        std::size_t end = at + 1;  // "/" is a word of its own ("triệu đồng/người")
        if (text[at] != '/')
            while (end < text.size() && !is_separator(text[end]) && text[end] != '/' && text[end] != '%')
                ++end;
        tokens.push_back({at, text.substr(at, end - at)});
        at = end;
    }
    return tokens;
}

// "1000", "1.000", "500": a whole number written as a factor ("1000 người").
std::optional<Scale> number_scale(std::string_view token) {
    std::string digits;
    for (std::size_t i = 0; i < token.size(); ++i) {
        const char c = token[i];
        if (c >= '0' && c <= '9') {
            digits += c;
        } else if (c != '.' || i == 0 || (token.size() - i - 1) % 4 != 3) {
            return std::nullopt;  // a dot only before a group of three digits
        }
    }
    if (digits.empty() || digits.size() > 15 || digits[0] == '0') return std::nullopt;
    Scale scale;
    while (digits.size() > 1 && digits.back() == '0') {
        digits.pop_back();
        ++scale.exponent;
    }
    long long mantissa = 0;
    std::from_chars(digits.data(), digits.data() + digits.size(), mantissa);
    scale.mantissa = static_cast<double>(mantissa);
    return scale;
}

bool is_year(std::string_view token, int& year) {
    if (token.size() != 4) return false;
    const auto [end, error] = std::from_chars(token.data(), token.data() + 4, year);
    return error == std::errc() && end == token.data() + 4 && year >= 1900 && year <= 2100;
}

Scale parse_factor(std::string_view text) {
    Scale scale;
    const std::size_t e = text.find('e');
    const std::string_view mantissa = text.substr(0, e);
    const auto [end, error] =
        std::from_chars(mantissa.data(), mantissa.data() + mantissa.size(), scale.mantissa);
    bool ok = error == std::errc() && end == mantissa.data() + mantissa.size();
    if (e != std::string_view::npos) {
        const std::string_view exponent = text.substr(e + 1);
        const auto [x_end, x_error] =
            std::from_chars(exponent.data(), exponent.data() + exponent.size(), scale.exponent);
        ok = ok && x_error == std::errc() && x_end == exponent.data() + exponent.size();
    }
    if (!ok) throw std::invalid_argument("units table: bad factor '" + std::string(text) + "'");
    return scale;
}

void multiply(Scale& into, const Scale& by) {
    into.mantissa *= by.mantissa;
    into.exponent += by.exponent;
}

// How near a word is to a vocabulary word, for suggestions: 0 for the same letters without marks
// ("ty", "tỷ"), else the typos in it (util/edit_distance.hpp: typo_distance); nullopt when too far.
std::optional<std::size_t> nearness(std::string_view word, std::string_view vocabulary_word) {
    const std::string a = fold_name(word), b = fold_name(vocabulary_word);
    if (a == b) return 0;
    return typo_distance(a, b);
}

}  // namespace

bool same_scale(const Scale& a, const Scale& b) {
    return a.mantissa == b.mantissa && a.exponent == b.exponent;
}

double convert_value(double value, const Scale& from, const Scale& to) {
    double out = value;
    if (from.mantissa != to.mantissa) out = out * from.mantissa / to.mantissa;
    const int shift = from.exponent - to.exponent;
    const double power = std::pow(10.0, std::abs(shift));  // exact up to 10^22
    return shift >= 0 ? out * power : out / power;
}

UnitVocabulary::UnitVocabulary(std::string_view table) {
    bool header = true;
    for (std::string_view line : split(table, '\n')) {
        if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
        if (line.empty() || line.front() == '#') continue;
        if (header) {
            header = false;
            continue;
        }
        const std::vector<std::string_view> cells = split(line, ',');
        if (cells.size() < 3)
            throw std::invalid_argument("units table: short line '" + std::string(line) + "'");
        Entry entry;
        entry.kind = std::string(cells[0]);
        entry.text = std::string(cells[1]);
        entry.quantity = std::string(cells[2]);
        if (entry.kind == "unit" || entry.kind == "scale") {
            if (cells.size() < 4)
                throw std::invalid_argument("units table: no factor in '" + std::string(line) + "'");
            entry.scale = parse_factor(cells[3]);
        } else if (entry.kind == "basis") {
            if (entry.quantity != "current" && entry.quantity != "constant")
                throw std::invalid_argument("units table: basis is current or constant: '" +
                                            std::string(line) + "'");
            entry.basis = entry.quantity == "current" ? PriceBasis::current : PriceBasis::constant;
            entry.quantity.clear();
        } else if (entry.kind != "quantity" && entry.kind != "per") {
            throw std::invalid_argument("units table: unknown kind '" + entry.kind + "'");
        }
        std::vector<std::string> words;
        const std::string folded = fold_case(entry.text);
        for (const Token& token : tokens_of(folded)) words.emplace_back(token.text);
        words_.push_back(std::move(words));
        entries_.push_back(std::move(entry));
    }
}

const UnitVocabulary& UnitVocabulary::builtin() {
    static const UnitVocabulary vocabulary = [] {
        for (const EmbeddedFile& file : builtin_unit_tables())
            if (file.name == "units") return UnitVocabulary(file.text);
        throw std::logic_error("the built-in units table is missing");
    }();
    return vocabulary;
}

UnitReading UnitVocabulary::read(std::string_view unit_text) const {
    UnitReading reading;
    const std::string folded = fold_case(unit_text);
    const std::vector<Token> tokens = tokens_of(folded);
    Unit unit;
    int units = 0, bases = 0, pers = 0;
    std::string per;
    std::vector<std::size_t> unknown;  // token indices
    for (std::size_t i = 0; i < tokens.size();) {
        std::size_t best = entries_.size(), best_length = 0;
        int best_year = 0;
        for (std::size_t e = 0; e < entries_.size(); ++e) {
            const std::vector<std::string>& words = words_[e];
            if (entries_[e].kind == "quantity" || words.size() <= best_length ||
                i + words.size() > tokens.size())
                continue;
            bool match = true;
            int year = 0;
            for (std::size_t w = 0; w < words.size() && match; ++w) {
                const std::string_view token = tokens[i + w].text;
                match = (entries_[e].kind == "basis" && words[w] == kYearWord) ? is_year(token, year)
                                                                               : token == words[w];
            }
            if (!match) continue;
            best = e;
            best_length = words.size();
            best_year = year;
        }
        if (best == entries_.size()) {
            if (const std::optional<Scale> factor = number_scale(tokens[i].text))
                multiply(unit.scale, *factor);
            else
                unknown.push_back(i);
            ++i;
            continue;
        }
        const Entry& entry = entries_[best];
        if (entry.kind == "unit") {
            ++units;
            unit.quantity = entry.quantity;
            multiply(unit.scale, entry.scale);
        } else if (entry.kind == "scale") {
            multiply(unit.scale, entry.scale);
        } else if (entry.kind == "per") {
            ++pers;
            per = entry.quantity;
        } else {
            ++bases;
            unit.basis = entry.basis;
            unit.basis_year = best_year;
        }
        i += best_length;
    }
    // "nghìn nghìn nghìn …" or a 30-digit factor would carry values past what a double holds.
    const bool in_range = unit.scale.mantissa <= 1e15 && unit.scale.exponent >= -kMaxExponent &&
                          unit.scale.exponent <= kMaxExponent;
    if (unknown.empty() && units == 1 && bases <= 1 && pers <= 1 && in_range) {
        if (!per.empty()) unit.quantity += "/" + per;  // money per person is not money
        reading.unit = std::move(unit);
        return reading;
    }
    if (!unknown.empty()) {
        reading.problem =
            "'" + std::string(tokens[unknown.front()].text) + "' is not a word of chitieu's units";
        reading.problem_vi = "'" + std::string(tokens[unknown.front()].text) +
                             "' không phải là một từ trong danh mục đơn vị tính của chitieu";
        // The same string with each unknown word replaced by the nearest vocabulary word.
        std::string suggestion = folded;
        for (auto it = unknown.rbegin(); it != unknown.rend(); ++it) {
            const Token& token = tokens[*it];
            const std::string* best = nullptr;
            std::size_t best_distance = 0;
            for (const std::vector<std::string>& words : words_) {
                if (words.size() != 1 || words[0] == kYearWord) continue;
                const std::optional<std::size_t> distance = nearness(token.text, words[0]);
                if (distance && (best == nullptr || *distance < best_distance)) {
                    best = &words[0];
                    best_distance = *distance;
                }
            }
            if (best != nullptr) suggestion.replace(token.at, token.text.size(), *best);
        }
        if (suggestion != folded && read(suggestion).unit) reading.suggestion = suggestion;
    } else if (!in_range) {
        reading.problem = "its scale is out of range (at most 10^" + std::to_string(kMaxExponent) + ")";
        reading.problem_vi =
            "hệ số quy mô vượt quá giới hạn (tối đa 10^" + std::to_string(kMaxExponent) + ")";
    } else if (units == 0) {
        reading.problem = "it names no unit (a scale or price basis alone)";
        reading.problem_vi = "không nêu đơn vị nào (chỉ có hệ số quy mô hoặc loại giá)";
    } else if (units > 1) {
        reading.problem = "it names more than one unit";
        reading.problem_vi = "nêu nhiều hơn một đơn vị";
    } else if (pers > 1) {
        reading.problem = "it names more than one \"per\"";
        reading.problem_vi = "nêu nhiều hơn một \"per\" (bình quân trên)";
    } else {
        reading.problem = "it names more than one price basis";
        reading.problem_vi = "nêu nhiều hơn một loại giá";
    }
    return reading;
}

std::string quantity_words(std::string_view quantity) {
    if (const std::size_t slash = quantity.find('/'); slash != std::string_view::npos)
        return quantity_words(quantity.substr(0, slash)) + " " + quantity_words(quantity.substr(slash + 1));
    for (const UnitVocabulary::Entry& entry : UnitVocabulary::builtin().entries())
        if (entry.kind == "quantity" && entry.quantity == quantity) return entry.text;
    return std::string(quantity);
}

std::string quantity_words_vi(std::string_view quantity) {
    if (const std::size_t slash = quantity.find('/'); slash != std::string_view::npos)
        return quantity_words_vi(quantity.substr(0, slash)) + " " +
               quantity_words_vi(quantity.substr(slash + 1));
    // The quantities of src/builtin/units.csv; another prints as the English words do.
    static const std::pair<std::string_view, std::string_view> kWords[] = {
        {"money_vnd", "tiền đồng (VND)"},
        {"money_usd", "tiền đô la Mỹ (USD)"},
        {"persons", "người"},
        {"households", "hộ"},
        {"hectares", "héc-ta"},
        {"square_km", "km²"},
        {"kwh", "kWh"},
        {"tonnes", "tấn"},
        {"parks", "khu công nghiệp"},
        {"clusters", "cụm công nghiệp"},
        {"villages", "thôn, bản"},
        {"communes", "xã"},
        {"percent", "phần trăm"},
        {"per_person", "bình quân đầu người"},
    };
    for (const auto& [name, words] : kWords)
        if (name == quantity) return std::string(words);
    return quantity_words(quantity);
}

std::string basis_words_vi(const Unit& unit) {
    switch (unit.basis) {
        case PriceBasis::none:
            return "";
        case PriceBasis::current:
            return "giá hiện hành";
        case PriceBasis::constant:
            return "giá so sánh " + std::to_string(unit.basis_year);
    }
    return "";
}

std::string basis_words(const Unit& unit) {
    switch (unit.basis) {
        case PriceBasis::none:
            return "";
        case PriceBasis::current:
            return "current prices";
        case PriceBasis::constant:
            return std::to_string(unit.basis_year) + " prices";
    }
    return "";
}

const UnitReading& UnitCache::read(const std::string& unit) {
    auto it = readings_.find(unit);
    if (it == readings_.end()) it = readings_.emplace(unit, UnitVocabulary::builtin().read(unit)).first;
    return it->second;
}

}  // namespace chitieu
