// libFuzzer target: the statistics CSV loader (series and zones tables) under both number
// conventions and every delimiter choice. The first byte picks the options so that one corpus
// explores them all; the rest is the file. The unit-slip rule then judges what was read.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "chitieu/load/statistics_csv.hpp"
#include "chitieu/model/rules.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    if (size == 0) return 0;
    static constexpr char kDelimiters[] = {0, ',', ';', '\t'};
    chitieu::CsvOptions options;
    options.delimiter = kDelimiters[data[0] & 3];
    options.numbers =
        (data[0] & 4) ? chitieu::NumberConvention::decimal_comma : chitieu::NumberConvention::dot;
    options.ignore_extra_columns = (data[0] & 8) != 0;
    const std::string_view text(reinterpret_cast<const char*>(data) + 1, size - 1);
    chitieu::Diagnostics diagnostics;
    const chitieu::Dataset dataset = chitieu::load_statistics_csv(text, "fuzz.csv", options, diagnostics);
    chitieu::UnitSlipRule().check(dataset, diagnostics);  // what the pipeline runs on the areas next
    return 0;
}
