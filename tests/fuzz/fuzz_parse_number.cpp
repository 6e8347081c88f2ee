// libFuzzer target: parse_number and parse_year. Beyond not crashing, their promises are checked:
// a parsed number is finite, a parsed year lies in [1900, 2100], a refusal says why, and a text
// of the thousands-group shape is a non-zero number.
#include <cmath>
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string_view>

#include "chitieu/util/parse_number.hpp"

namespace {

void check(bool condition) {
    if (!condition) std::abort();
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string_view text(reinterpret_cast<const char*>(data), size);
    for (const auto convention : {chitieu::NumberConvention::dot, chitieu::NumberConvention::decimal_comma}) {
        const chitieu::NumberParse number = chitieu::parse_number(text, convention);
        check(number.value ? std::isfinite(*number.value) : !number.error.empty());
    }
    // A thousands-group shape ("23.730", "23,730") is a number in its convention, never 0.
    if (chitieu::is_thousands_group_shape(text, '.')) {
        const chitieu::NumberParse number = chitieu::parse_number(text);
        check(number.value && *number.value != 0.0);
    }
    if (chitieu::is_thousands_group_shape(text, ',')) {
        const chitieu::NumberParse number =
            chitieu::parse_number(text, chitieu::NumberConvention::decimal_comma);
        check(number.value && *number.value != 0.0);
    }
    const chitieu::YearParse year = chitieu::parse_year(text);
    check(year.value ? (*year.value >= 1900 && *year.value <= 2100) : !year.error.empty());
    return 0;
}
