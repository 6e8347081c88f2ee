// The header words of a series table, and the year headers of a wide one (header_words.hpp).
#include "header_words.hpp"

#include <array>
#include <string>
#include <utility>

#include "chitieu/model/rules.hpp"
#include "csv_table.hpp"  // trim, quick_year: the long loader's, one home

namespace chitieu::header_words {

namespace {

// By their folded words (fold_words: NFC, case-folded with diacritics kept, spaces collapsed).
// chitieu's own names and the SDMX ones are here too, so that "Indicator" or "VALUE" is read.
constexpr std::array<std::pair<std::string_view, std::string_view>, 27> kColumns = {{
    {"area", "area"},           {"địa bàn", "area"},     {"địa phương", "area"}, {"tỉnh, thành phố", "area"},
    {"tỉnh/thành phố", "area"}, {"tỉnh", "area"},        {"ref_area", "area"},   {"indicator", "indicator"},
    {"chỉ tiêu", "indicator"},  {"year", "year"},        {"năm", "year"},        {"time_period", "year"},
    {"value", "value"},         {"giá trị", "value"},    {"số liệu", "value"},   {"obs_value", "value"},
    {"unit", "unit"},           {"đơn vị tính", "unit"}, {"đơn vị", "unit"},     {"đvt", "unit"},
    {"unit_measure", "unit"},   {"source", "source"},    {"nguồn", "source"},    {"nguồn số liệu", "source"},
    {"note", "note"},           {"ghi chú", "note"},     {"measure", "measure"},
}};

// The words before or after a year that say its figures are not final (folded).
struct StandingWord {
    std::string_view words;
    Standing standing;
};
constexpr StandingWord kStandingWords[] = {
    {"sơ bộ", Standing::preliminary},       {"(sơ bộ)", Standing::preliminary},
    {"preliminary", Standing::preliminary}, {"prelim.", Standing::preliminary},
    {"(prelim.)", Standing::preliminary},   {"(preliminary)", Standing::preliminary},
    {"ước", Standing::estimated},           {"ước tính", Standing::estimated},
    {"ước thực hiện", Standing::estimated}, {"(ước)", Standing::estimated},
    {"(ước tính)", Standing::estimated},    {"(ước thực hiện)", Standing::estimated},
    {"estimate", Standing::estimated},      {"estimated", Standing::estimated},
    {"(est.)", Standing::estimated},        {"(estimate)", Standing::estimated},
    {"est.", Standing::estimated},
};

std::optional<Standing> standing_of(std::string_view words) {
    if (words.empty()) return Standing::normal;
    if (words == "năm" || words == "year") return Standing::normal;
    for (const StandingWord& word : kStandingWords)
        if (words == word.words) return word.standing;
    return std::nullopt;
}

}  // namespace

std::optional<std::string_view> column_for(std::string_view cell) {
    const std::string words = fold_words(csv_table::trim(cell));
    for (const auto& [name, column] : kColumns)
        if (words == name) return column;
    return std::nullopt;
}

bool is_parent_column(std::string_view cell) {
    const std::string words = fold_words(csv_table::trim(cell));
    for (std::string_view name :
         {"parent", "thuộc", "trực thuộc", "cấp trên", "đơn vị cấp trên", "địa bàn cấp trên"})
        if (words == name) return true;
    return false;
}

std::optional<std::string_view> crosswalk_column_for(std::string_view cell) {
    const std::string words = fold_words(csv_table::trim(cell));
    for (std::string_view name : {"old", "đơn vị cũ", "địa bàn cũ", "tên cũ", "cũ", "trước sắp xếp"})
        if (words == name) return "old";
    for (std::string_view name : {"new", "đơn vị mới", "địa bàn mới", "tên mới", "mới", "sau sắp xếp"})
        if (words == name) return "new";
    for (std::string_view name : {"share", "tỷ lệ", "tỉ lệ", "hệ số", "tỷ trọng"})
        if (words == name) return "share";
    return std::nullopt;
}

std::optional<YearHeader> year_for(std::string_view cell) {
    const std::string words = fold_words(csv_table::trim(cell));
    if (words.size() < 4) return std::nullopt;
    // "2025e": the year and an e.
    if (words.size() == 5 && words.back() == 'e') {
        if (const auto year = csv_table::quick_year(std::string_view(words).substr(0, 4)))
            return YearHeader{*year, Standing::estimated};
        return std::nullopt;
    }
    // The year first ("2020", "2020 (sơ bộ)") or last ("Năm 2020", "Sơ bộ 2024").
    const std::string_view all = words;
    if (const auto year = csv_table::quick_year(all.substr(0, 4));
        year && (all.size() == 4 || all[4] == ' ')) {
        const std::optional<Standing> standing = standing_of(all.size() == 4 ? "" : all.substr(5));
        if (standing) return YearHeader{*year, *standing};
    }
    if (const auto year = csv_table::quick_year(all.substr(all.size() - 4));
        year && all.size() > 5 && all[all.size() - 5] == ' ') {
        const std::optional<Standing> standing = standing_of(all.substr(0, all.size() - 5));
        if (standing) return YearHeader{*year, *standing};
    }
    return std::nullopt;
}

bool is_missing_mark(std::string_view cell) {
    const std::string_view text = csv_table::trim(cell);
    return text.empty() || text == ".." || text == "..." || text == "\xE2\x80\xA6" || text == "x" ||
           text == "X" || text == "NA";
}

}  // namespace chitieu::header_words
