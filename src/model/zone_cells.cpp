// Zone cells as offices write them: kinds in Vietnamese, decisions and dates for the years, and
// the cross-checks a management board's list invites (its totals row, its occupancy rates).
#include <algorithm>
#include <charconv>
#include <cmath>
#include <string>
#include <vector>

#include "chitieu/model/rules.hpp"
#include "chitieu/util/unicode.hpp"

namespace chitieu {

namespace {

bool is_digit(char c) {
    return c >= '0' && c <= '9';
}
bool is_date_mark(char c) {
    return c == '/' || c == '-' || c == '.';
}

int digits_value(std::string_view digits) {
    int value = 0;
    for (char c : digits) value = value * 10 + (c - '0');
    return value;
}

// The year of a date written d/m/yyyy (or with '-' or '.'), or yyyy-mm-dd, in `token` (digits
// and marks only); nullopt for anything else ("123/" of "123/QĐ-TTg", a decision's number).
std::optional<int> token_year(std::string_view token) {
    while (!token.empty() && is_date_mark(token.back())) token.remove_suffix(1);
    std::vector<std::string_view> parts;
    char mark = 0;
    std::size_t start = 0;
    for (std::size_t i = 0; i <= token.size(); ++i) {
        if (i < token.size() && is_digit(token[i])) continue;
        if (i < token.size()) {
            if (mark != 0 && token[i] != mark) return std::nullopt;
            mark = token[i];
        }
        if (i == start) return std::nullopt;
        parts.push_back(token.substr(start, i - start));
        start = i + 1;
    }
    if (parts.size() != 3) return std::nullopt;
    int day = 0, month = 0, year = 0;
    if (parts[0].size() <= 2 && parts[1].size() <= 2 && parts[2].size() == 4) {
        day = digits_value(parts[0]);
        month = digits_value(parts[1]);
        year = digits_value(parts[2]);
    } else if (parts[0].size() == 4 && parts[1].size() <= 2 && parts[2].size() <= 2 && mark == '-') {
        year = digits_value(parts[0]);
        month = digits_value(parts[1]);
        day = digits_value(parts[2]);
    } else {
        return std::nullopt;
    }
    if (day < 1 || day > 31 || month < 1 || month > 12) return std::nullopt;
    return year;
}

// The years of the dates in `text`, in order, each once.
std::vector<int> date_years(std::string_view text) {
    std::vector<int> years;
    for (std::size_t i = 0; i < text.size();) {
        if (!is_digit(text[i])) {
            ++i;
            continue;
        }
        std::size_t end = i;
        while (end < text.size() && (is_digit(text[end]) || is_date_mark(text[end]))) ++end;
        if (const std::optional<int> year = token_year(text.substr(i, end - i)))
            if (std::find(years.begin(), years.end(), *year) == years.end()) years.push_back(*year);
        i = end;
    }
    return years;
}

// "năm 2009" (the year of "ngày 05 tháng 3 năm 2009"), case-folded text.
std::optional<int> written_out_year(const std::string& folded) {
    static const std::string kYear = "năm ";
    for (std::size_t at = folded.find(kYear); at != std::string::npos; at = folded.find(kYear, at + 1)) {
        const std::string_view rest = std::string_view(folded).substr(at + kYear.size());
        if (rest.size() >= 4 && std::all_of(rest.begin(), rest.begin() + 4, is_digit) &&
            (rest.size() == 4 || !is_digit(rest[4])))
            return digits_value(rest.substr(0, 4));
    }
    return std::nullopt;
}

std::string collapse_spaces(std::string_view text) {
    std::string out;
    for (char c : text) {
        const bool space = c == ' ' || c == '\t' || c == '\n' || c == '\r';
        if (space && (out.empty() || out.back() == ' ')) continue;
        out += space ? ' ' : c;
    }
    if (!out.empty() && out.back() == ' ') out.pop_back();
    return out;
}

// For the messages only (reports round in report/number_format): to_chars knows no locale.
std::string fixed(double value, int decimals) {
    char buffer[64];
    const auto result =
        std::to_chars(buffer, buffer + sizeof buffer, value, std::chars_format::fixed, decimals);
    return std::string(buffer, result.ptr);
}

}  // namespace

std::string fold_words(std::string_view text) {
    return collapse_spaces(fold_case(text));
}

std::optional<ZoneKind> zone_kind_from_text(std::string_view text) {
    // chitieu's own words as written, nearly every cell of a large table, need no folding.
    if (text == "park") return ZoneKind::park;
    if (text == "cluster") return ZoneKind::cluster;
    const std::string folded = fold_words(text);
    if (folded == "park" || folded == "kcn" || folded == "khu công nghiệp") return ZoneKind::park;
    if (folded == "cluster" || folded == "ccn" || folded == "cụm công nghiệp") return ZoneKind::cluster;
    return std::nullopt;
}

YearParse decision_year(std::string_view text) {
    // A word without a date's marks or a space ("2009", "2O08", "+2009") is meant as a year.
    if (text.find_first_of(" /-.") == std::string_view::npos) return parse_year(text);
    const std::string quoted = "'" + std::string(text) + "'";
    std::vector<int> years = date_years(text);
    if (years.empty())
        if (const std::optional<int> year = written_out_year(fold_case(text))) years.push_back(*year);
    if (years.size() > 1)
        return {std::nullopt,
                quoted + " gives dates in " + std::to_string(years[0]) + " and " + std::to_string(years[1]) +
                    "; write the one year meant",
                quoted + " ghi ngày thuộc hai năm " + std::to_string(years[0]) + " và " +
                    std::to_string(years[1]) + "; hãy viết đúng một năm"};
    if (years.empty())
        return {std::nullopt,
                quoted +
                    " gives no year; write 2009, 05/03/2009, 2009-03-05, or the decision "
                    "with its date, such as 'Số 123/QĐ-TTg ngày 05/03/2009'",
                quoted +
                    " không ghi năm; hãy viết 2009, 05/03/2009, 2009-03-05, hoặc số quyết định kèm ngày, "
                    "chẳng hạn 'Số 123/QĐ-TTg ngày 05/03/2009'"};
    if (years[0] < kMinYear || years[0] > kMaxYear)
        return {std::nullopt,
                quoted + " is dated " + std::to_string(years[0]) + "; years are from " +
                    std::to_string(kMinYear) + " to " + std::to_string(kMaxYear),
                quoted + " ghi năm " + std::to_string(years[0]) + "; năm phải từ " +
                    std::to_string(kMinYear) + " đến " + std::to_string(kMaxYear)};
    return {years[0], {}};
}

std::optional<int> title_year(std::string_view text) {
    const std::string folded = fold_case(text);
    const std::size_t until = folded.find("đến");
    if (until == std::string::npos) return std::nullopt;
    const std::string rest = folded.substr(until);
    const std::vector<int> years = date_years(rest);
    if (!years.empty()) return years.front();
    return written_out_year(rest);
}

double rounding_tolerance(std::string_view written) {
    const std::size_t mark = written.find_last_of(".,");
    const int decimals = mark == std::string_view::npos ? 0 : static_cast<int>(written.size() - mark - 1);
    // Half a unit of the last decimal written, and a hair for the binary fractions.
    return 0.5 * std::pow(10.0, -decimals) + 1e-9;
}

void check_reported_occupancy(const Zone& zone, double reported, std::string_view written,
                              std::string_view leased, std::string_view leasable, const SourceLocation& where,
                              Diagnostics& diagnostics) {
    if (!zone.leasable_ha || !zone.leased_ha || *zone.leasable_ha <= 0) return;
    const double computed = *zone.leased_ha / *zone.leasable_ha * 100.0;
    if (std::fabs(computed - reported) <= rounding_tolerance(written)) return;
    diagnostics.warning(
        where,
        "occupancy rate " + std::string(written) + "% of '" + zone.name + "' is not leased ÷ leasable: " +
            std::string(leased) + " ÷ " + std::string(leasable) + " is " + fixed(computed, 2) +
            "% (rates agree within rounding to the decimals written); chitieu "
            "computes occupancy from the land figures: check which is right",
        "tỷ lệ lấp đầy " + std::string(written) + "% của '" + zone.name +
            "' không bằng diện tích đã cho thuê ÷ diện tích có thể cho thuê: " + std::string(leased) + " ÷ " +
            std::string(leasable) + " là " + fixed(computed, 2) +
            "% (hai tỷ lệ được coi là khớp nếu chỉ chênh do làm tròn theo số chữ số thập phân "
            "đã ghi); chitieu tính tỷ lệ lấp đầy từ số liệu đất: hãy kiểm tra số nào đúng");
}

void check_list_total(std::string_view what, double total, std::string_view written, double sum,
                      std::size_t rows, const SourceLocation& where, Diagnostics& diagnostics) {
    if (std::fabs(total - sum) <= rounding_tolerance(written)) return;
    diagnostics.warning(where,
                        std::string(what) + " total " + std::string(written) + " is not the sum of its " +
                            std::to_string(rows) + " rows, " + fixed(sum, 2) +
                            " (totals agree within half a unit of their last decimal); check the "
                            "rows and the total",
                        "tổng " + std::string(what) + " " + std::string(written) + " không bằng tổng của " +
                            std::to_string(rows) + " dòng, " + fixed(sum, 2) +
                            " (hai tổng được coi là khớp nếu chênh không quá nửa đơn vị của chữ số thập phân "
                            "cuối); hãy kiểm tra các dòng và dòng tổng");
}

}  // namespace chitieu
