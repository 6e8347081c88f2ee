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

std::string zone_label(const Zone& zone) {
    return zone.name.empty() ? std::string("a zone") : "zone " + quoted(zone.name);
}

bool is_name_char(char c) {
    return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_';
}

}  // namespace

bool is_indicator_name(std::string_view name) {
    if (name.empty() || name[0] < 'a' || name[0] > 'z') return false;
    return std::all_of(name.begin(), name.end(), is_name_char);
}

std::string indicator_name_error(std::string_view name) {
    std::string message = "indicator name " + quoted(name) +
                          " must be lower-case letters, digits and '_', starting with a letter";
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
    if (ascii && is_indicator_name(suggestion) && suggestion != name)
        message += ", such as " + quoted(suggestion);
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
                        : std::string(" without a year; keep one, or give each its year")));
    diagnostics.note(first, "the first description is here");
}

bool check_land_dated(const Zone& zone, const SourceLocation& where, Diagnostics& diagnostics) {
    if ((!zone.leasable_ha && !zone.leased_ha) || zone.year) return true;
    diagnostics.error(
        where, zone_label(zone) +
                   " has land figures but no `year`; give `year`, the year these land figures describe");
    return false;
}

bool check_leased_within_leasable(const Zone& zone, const SourceLocation& where, std::string_view leased,
                                  std::string_view leasable, Diagnostics& diagnostics) {
    if (!zone.leased_ha || !zone.leasable_ha || *zone.leased_ha <= *zone.leasable_ha) return true;
    diagnostics.error(where, "leased_ha (" + std::string(leased) + ") is more than leasable_ha (" +
                                 std::string(leasable) + ") in " + zone_label(zone) +
                                 "; leased land is part of the leasable land: check both figures");
    return false;
}

bool check_expanded_after_established(const Zone& zone, const SourceLocation& where,
                                      Diagnostics& diagnostics) {
    if (!zone.expanded || !zone.established || *zone.expanded >= *zone.established) return true;
    diagnostics.error(where, "expanded (" + std::to_string(*zone.expanded) + ") is before established (" +
                                 std::to_string(*zone.established) + ") in " + zone_label(zone) +
                                 "; an expansion comes after the establishment: check both years");
    return false;
}

void report_given_twice(Diagnostics& diagnostics, YearlyFigure figure, const std::string& indicator,
                        const std::string& area, int year, const SourceLocation& again,
                        const SourceLocation& first) {
    const bool index = figure == YearlyFigure::index;
    const std::string when = std::to_string(year);
    diagnostics.error(again, "indicator " + quoted(indicator) + of_area(area) + " has " +
                                 (index ? "an index" : "a value") + " for " + when +
                                 " given twice; keep one of them");
    diagnostics.note(first,
                     std::string("the first ") + (index ? "index" : "value") + " for " + when + " is here");
}

void report_unit_differs(Diagnostics& diagnostics, const std::string& indicator, const std::string& area,
                         const std::string& unit, const std::string& first_unit, const SourceLocation& again,
                         const SourceLocation& first) {
    diagnostics.error(again, "indicator " + quoted(indicator) + of_area(area) + " has unit " + quoted(unit) +
                                 " here but " + quoted(first_unit) +
                                 " elsewhere; use one unit per indicator");
    diagnostics.note(first, "the unit was first given here");
}

}  // namespace chitieu
