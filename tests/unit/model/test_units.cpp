// Unit strings read by the built-in vocabulary (src/builtin/units.csv). Each expected reading is
// the table's: a scale word's power of ten times the unit's, e.g. "nghìn tỷ đồng" = 10^3 × 10^9
// đồng = 10^12 (money_vnd); "Triệu kWh" = 10^6 kWh; "GWh" = 10^6 kWh.
#include <doctest/doctest.h>

#include <string>

#include "chitieu/model/units.hpp"

using namespace chitieu;

namespace {

Unit read(const std::string& text) {
    const UnitReading reading = UnitVocabulary::builtin().read(text);
    INFO(text << ": " << reading.problem);
    REQUIRE(reading.unit);
    return *reading.unit;
}

void check_unit(const std::string& text, const std::string& quantity, int exponent,
                PriceBasis basis = PriceBasis::none, int year = 0) {
    INFO(text);
    const Unit unit = read(text);
    CHECK(unit.quantity == quantity);
    CHECK(unit.scale.mantissa == 1.0);
    CHECK(unit.scale.exponent == exponent);
    CHECK(unit.basis == basis);
    CHECK(unit.basis_year == year);
}

}  // namespace

TEST_CASE("units: Vietnamese spellings, any case and spacing") {
    check_unit("Tỷ đồng", "money_vnd", 9);
    check_unit("tỷ VNĐ", "money_vnd", 9);
    check_unit("  tỉ   đồng ", "money_vnd", 9);
    check_unit("triệu đồng", "money_vnd", 6);
    check_unit("nghìn tỷ đồng", "money_vnd", 12);
    check_unit("Nghìn người", "persons", 3);
    check_unit("lao động", "persons", 0);
    check_unit("hộ", "households", 0);
    check_unit("Ha", "hectares", 0);
    check_unit("km²", "square_km", 0);
    check_unit("Triệu kWh", "kwh", 6);
    check_unit("nghìn tấn", "tonnes", 3);
    check_unit("cụm công nghiệp", "clusters", 0);
    check_unit("thôn, bản", "villages", 0);  // the phrase "thôn bản" (a comma separates words)
}

TEST_CASE("units: English spellings and prefixes") {
    check_unit("billion VND", "money_vnd", 9);
    check_unit("trillion VND", "money_vnd", 12);
    check_unit("million USD", "money_usd", 6);
    check_unit("workers", "persons", 0);
    check_unit("thousand persons", "persons", 3);
    check_unit("MWh", "kwh", 3);
    check_unit("GWh", "kwh", 6);
    check_unit("million kWh", "kwh", 6);
    check_unit("hectares", "hectares", 0);
    check_unit("clusters", "clusters", 0);
    check_unit("%", "percent", 0);
    check_unit("‰", "percent", -1);
    check_unit("per mille", "percent", -1);
}

TEST_CASE("units: price bases") {
    check_unit("tỷ đồng, giá so sánh 2010", "money_vnd", 9, PriceBasis::constant, 2010);
    check_unit("billion VND, 2010 prices", "money_vnd", 9, PriceBasis::constant, 2010);
    check_unit("billion VND, constant 2010 prices", "money_vnd", 9, PriceBasis::constant, 2010);
    check_unit("tỷ đồng (giá so sánh năm 1994)", "money_vnd", 9, PriceBasis::constant, 1994);
    check_unit("tỷ đồng, giá hiện hành", "money_vnd", 9, PriceBasis::current);
    check_unit("billion VND, current prices", "money_vnd", 9, PriceBasis::current);
}

TEST_CASE("units: factors written as numbers, and text in NFD") {
    check_unit("1000 người", "persons", 3);
    check_unit("1.000 người", "persons", 3);
    const Unit fifteen_hundred = read("1500 ha");  // 15 × 10^2
    CHECK(fifteen_hundred.scale.mantissa == 15.0);
    CHECK(fifteen_hundred.scale.exponent == 2);
    // "Tỷ đồng" decomposed: y + U+0309 (hook above), o + U+0302 (circumflex) + U+0300 (grave).
    check_unit("Ty\xCC\x89 \xC4\x91o\xCC\x82\xCC\x80ng", "money_vnd", 9);
}

TEST_CASE("units: what is not a unit says why, with the nearest reading") {
    const UnitReading no_marks = UnitVocabulary::builtin().read("ty dong");
    CHECK_FALSE(no_marks.unit);  // never guessed: a suggestion, not a reading
    CHECK(no_marks.problem == "'ty' is not a word of chitieu's units");
    CHECK(no_marks.suggestion == "tỷ đồng");
    const UnitReading typo = UnitVocabulary::builtin().read("billon VND");
    CHECK(typo.suggestion == "billion vnd");
    const UnitReading unknown = UnitVocabulary::builtin().read("con");
    CHECK(unknown.problem == "'con' is not a word of chitieu's units");
    CHECK(unknown.suggestion.empty());
    CHECK(UnitVocabulary::builtin().read("tỷ").problem == "it names no unit (a scale or price basis alone)");
    CHECK(UnitVocabulary::builtin().read("USD VND").problem == "it names more than one unit");
    CHECK(UnitVocabulary::builtin().read("tỷ đồng, giá hiện hành, 2010 prices").problem ==
          "it names more than one price basis");
    CHECK_FALSE(UnitVocabulary::builtin().read("người/km2").unit);  // a density is not in the vocabulary
}

TEST_CASE("units: conversions are exact between decimal scales") {
    // 23,730,000 triệu đồng = 23,730 tỷ đồng: divided by 10^3, not multiplied by 0.001
    // (23730000 * 0.001 is 23730.000000000004 in binary floating point).
    CHECK(convert_value(23730000.0, Scale{1, 6}, Scale{1, 9}) == 23730.0);
    CHECK(convert_value(129.6, Scale{1, 3}, Scale{1, 0}) == 129600.0);  // nghìn người -> người
    CHECK(convert_value(5.0, Scale{1, -1}, Scale{1, 0}) == 0.5);        // 5 ‰ = 0.5 %
    CHECK(convert_value(2.0, Scale{15, 2}, Scale{1, 0}) == 3000.0);     // 2 × "1500 ha"
    CHECK(same_scale(read("tỷ đồng").scale, read("billion VND, 2010 prices").scale));
}

TEST_CASE("units: the vocabulary table is checked when read") {
    CHECK_THROWS_AS(UnitVocabulary("kind,text,quantity,factor\nunit,x,q\n"), std::invalid_argument);
    CHECK_THROWS_AS(UnitVocabulary("kind,text,quantity,factor\nunit,x,q,abc\n"), std::invalid_argument);
    CHECK_THROWS_AS(UnitVocabulary("kind,text,quantity,factor\nbasis,x,old\n"), std::invalid_argument);
    const UnitVocabulary tiny(
        "# comment\nkind,text,quantity,factor\nunit,widget,widgets,1\nscale,dozen,,12\n");
    const UnitReading reading = tiny.read("Dozen widget");
    REQUIRE(reading.unit);
    CHECK(reading.unit->quantity == "widgets");
    CHECK(reading.unit->scale.mantissa == 12.0);
}

TEST_CASE("units: a scale past 10^24 is refused, never carried into inf") {
    // Nine "nghìn" are 10^27; 10^24 (eight) is the most the vocabulary reads.
    CHECK(UnitVocabulary::builtin().read("nghìn nghìn nghìn nghìn nghìn nghìn nghìn nghìn đồng").unit);
    CHECK(UnitVocabulary::builtin()
              .read("nghìn nghìn nghìn nghìn nghìn nghìn nghìn nghìn nghìn đồng")
              .problem == "its scale is out of range (at most 10^24)");
}

TEST_CASE("units: per person is a quantity of its own") {
    // "triệu đồng/người" (GRDP per head): 10^6 đồng per person, not money.
    check_unit("triệu đồng/người", "money_vnd/per_person", 6);
    check_unit("million VND per capita", "money_vnd/per_person", 6);
    check_unit("triệu đồng / người", "money_vnd/per_person", 6);
    CHECK(quantity_words("money_vnd/per_person") == "money in VND per person");
    CHECK_FALSE(UnitVocabulary::builtin().read("người/km2").unit);  // a density: not in the vocabulary
}
