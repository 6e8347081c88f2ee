// The data rules and their messages (declared in model/rules.hpp): FILE:LINE:COL: error: what is
// wrong, and what to do; a note at the other place where there is one.
#include "chitieu/model/rules.hpp"

#include <algorithm>

namespace chitieu {

namespace {

std::string quoted(std::string_view text) {
    return "'" + std::string(text) + "'";
}

// " of area 'X'", or nothing for the unnamed area (the inputs named none).
std::string of_area(const std::string& area) {
    return area.empty() ? std::string() : " of area " + quoted(area);
}
std::string of_area_vi(const std::string& area) {
    return area.empty() ? std::string() : " của địa bàn " + quoted(area);
}

std::string zone_label(const Zone& zone) {
    return zone.name.empty() ? std::string("a zone") : "zone " + quoted(zone.name);
}
std::string zone_label_vi(const Zone& zone) {
    return zone.name.empty() ? std::string("một khu, cụm") : "khu, cụm " + quoted(zone.name);
}

bool is_name_char(char c) {
    return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_';
}

}  // namespace

bool is_indicator_name(std::string_view name) {
    if (name.empty() || name[0] < 'a' || name[0] > 'z') return false;
    return std::all_of(name.begin(), name.end(), is_name_char);
}

namespace {

// The ASCII spelling of an indicator name that breaks the rule, or "" (indicator_name_error).
std::string indicator_name_suggestion(std::string_view name) {
    // The ASCII spelling: upper case lowered, each run of other characters one '_' (none at
    // either end). A name with letters outside ASCII gets no suggestion: dropping them would
    // make another word.
    std::string suggestion;
    bool ascii = true;
    for (char c : name) {
        ascii = ascii && static_cast<unsigned char>(c) < 0x80;
        if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
        if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9'))
            suggestion += c;
        else if (!suggestion.empty() && suggestion.back() != '_')
            suggestion += '_';
    }
    while (!suggestion.empty() && suggestion.back() == '_') suggestion.pop_back();
    if (ascii && is_indicator_name(suggestion) && suggestion != name) return suggestion;
    return {};
}

}  // namespace

std::string indicator_name_error(std::string_view name) {
    std::string message = "indicator name " + quoted(name) +
                          " must be lower-case letters, digits and '_', starting with a letter";
    if (const std::string suggestion = indicator_name_suggestion(name); !suggestion.empty())
        message += ", such as " + quoted(suggestion);
    return message;
}

std::string indicator_name_error_vi(std::string_view name) {
    std::string message =
        "tên chỉ tiêu " + quoted(name) + " phải gồm chữ thường, chữ số và '_', bắt đầu bằng một chữ cái";
    if (const std::string suggestion = indicator_name_suggestion(name); !suggestion.empty())
        message += ", chẳng hạn " + quoted(suggestion);
    return message;
}

bool same_zone_snapshot(const Zone& a, const Zone& b) {
    return a.name == b.name && a.year == b.year;
}

void report_zone_twice(Diagnostics& diagnostics, const Zone& again, const std::string& area,
                       const SourceLocation& first) {
    diagnostics.error(
        again.where,
        "zone " + quoted(again.name) + of_area(area) + " is described twice" +
            (again.year ? " for " + std::to_string(*again.year) + "; keep one description per zone and year"
                        : std::string(" without a year; keep one, or give each its year")),
        "khu, cụm " + quoted(again.name) + of_area_vi(area) + " được mô tả hai lần" +
            (again.year
                 ? " cho năm " + std::to_string(*again.year) + "; mỗi khu, cụm và mỗi năm chỉ giữ một mô tả"
                 : std::string(" mà không ghi năm; hãy giữ một mô tả, hoặc ghi năm cho từng mô tả")));
    diagnostics.note(first, "the first description is here", "mô tả thứ nhất ở đây");
}

bool check_land_dated(const Zone& zone, const SourceLocation& where, Diagnostics& diagnostics) {
    if ((!zone.leasable_ha && !zone.leased_ha) || zone.year) return true;
    diagnostics.error(
        where,
        zone_label(zone) +
            " has land figures but no `year`; give `year`, the year these land figures describe",
        zone_label_vi(zone) +
            " có số liệu đất nhưng không có `year`; hãy ghi `year`, năm mà các số liệu đất này "
            "mô tả");
    return false;
}

bool check_leased_within_leasable(const Zone& zone, const SourceLocation& where, std::string_view leased,
                                  std::string_view leasable, Diagnostics& diagnostics) {
    if (!zone.leased_ha || !zone.leasable_ha || *zone.leased_ha <= *zone.leasable_ha) return true;
    diagnostics.error(
        where,
        "leased_ha (" + std::string(leased) + ") is more than leasable_ha (" + std::string(leasable) +
            ") in " + zone_label(zone) + "; leased land is part of the leasable land: check both figures",
        "leased_ha (" + std::string(leased) + ") lớn hơn leasable_ha (" + std::string(leasable) + ") ở " +
            zone_label_vi(zone) +
            "; diện tích đã cho thuê là một phần của diện tích có thể cho thuê: hãy kiểm tra cả "
            "hai số liệu");
    return false;
}

bool check_expanded_after_established(const Zone& zone, const SourceLocation& where,
                                      Diagnostics& diagnostics) {
    if (!zone.expanded || !zone.established || *zone.expanded >= *zone.established) return true;
    diagnostics.error(where,
                      "expanded (" + std::to_string(*zone.expanded) + ") is before established (" +
                          std::to_string(*zone.established) + ") in " + zone_label(zone) +
                          "; an expansion comes after the establishment: check both years",
                      "expanded (" + std::to_string(*zone.expanded) + ") sớm hơn established (" +
                          std::to_string(*zone.established) + ") ở " + zone_label_vi(zone) +
                          "; việc mở rộng diễn ra sau khi thành lập: hãy kiểm tra cả hai năm");
    return false;
}

void report_given_twice(Diagnostics& diagnostics, YearlyFigure figure, const std::string& indicator,
                        const std::string& area, int year, const SourceLocation& again,
                        const SourceLocation& first) {
    const bool index = figure == YearlyFigure::index;
    const std::string when = std::to_string(year);
    diagnostics.error(
        again,
        "indicator " + quoted(indicator) + of_area(area) + " has " + (index ? "an index" : "a value") +
            " for " + when + " given twice; keep one of them",
        "chỉ tiêu " + quoted(indicator) + of_area_vi(area) + " có " +
            (index ? "chỉ số phát triển" : "giá trị") + " năm " + when + " khai báo hai lần; hãy giữ một");
    diagnostics.note(
        first, std::string("the first ") + (index ? "index" : "value") + " for " + when + " is here",
        std::string(index ? "chỉ số phát triển" : "giá trị") + " năm " + when + " thứ nhất ở đây");
}

void report_unit_differs(Diagnostics& diagnostics, const std::string& indicator, const std::string& area,
                         const std::string& unit, const std::string& first_unit, const SourceLocation& again,
                         const SourceLocation& first) {
    diagnostics.error(again,
                      "indicator " + quoted(indicator) + of_area(area) + " has unit " + quoted(unit) +
                          " here but " + quoted(first_unit) + " elsewhere; use one unit per indicator",
                      "chỉ tiêu " + quoted(indicator) + of_area_vi(area) + " có đơn vị tính " + quoted(unit) +
                          " ở đây nhưng " + quoted(first_unit) +
                          " ở chỗ khác; mỗi chỉ tiêu chỉ dùng một đơn vị tính");
    diagnostics.note(first, "the unit was first given here", "đơn vị tính được ghi lần đầu ở đây");
}

}  // namespace chitieu
