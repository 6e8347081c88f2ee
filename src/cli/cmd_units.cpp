// chitieu units: the unit vocabulary (src/builtin/units.csv), as a table or as the file itself.
#include <fmt/core.h>
#include <CLI/CLI.hpp>

#include "chitieu/model/units.hpp"
#include "chitieu/util/utf8.hpp"
#include "cli/commands.hpp"

namespace chitieu::cli {

namespace {

std::string padded(const std::string& text, std::size_t width) {
    const std::size_t length = character_count(text);
    return text + std::string(length < width ? width - length : 1, ' ');
}

std::string factor_text(const Scale& scale) {
    std::string mantissa = fmt::format("{}", scale.mantissa);
    if (scale.exponent == 0) return mantissa;
    return (mantissa == "1" ? "" : mantissa + " × ") + fmt::format("10^{}", scale.exponent);
}

void print_table() {
    const UnitVocabulary& vocabulary = UnitVocabulary::builtin();
    fmt::print(
        "A unit string is read word by word, case, spacing and normalisation aside (commas and\n"
        "brackets separate): scale words and whole numbers multiply, then one unit, then at most one\n"
        "price basis. \"nghìn tỷ đồng\" is 10^12 đồng; \"1000 người\" is 10^3 persons. A series is\n"
        "converted to its target's unit within one quantity and price basis; otherwise refused.\n\n");
    fmt::print("{}{}{}\n", padded("UNIT", 22), padded("QUANTITY", 20), "FACTOR");
    for (const UnitVocabulary::Entry& entry : vocabulary.entries())
        if (entry.kind == "unit")
            fmt::print("{}{}{}\n", padded(entry.text, 22), padded(quantity_words(entry.quantity), 20),
                       factor_text(entry.scale));
    fmt::print("\n{}{}\n", padded("SCALE", 42), "FACTOR");
    for (const UnitVocabulary::Entry& entry : vocabulary.entries())
        if (entry.kind == "scale") fmt::print("{}{}\n", padded(entry.text, 42), factor_text(entry.scale));
    fmt::print("\n{}{}\n", padded("PER (after the unit)", 42), "QUANTITY");
    for (const UnitVocabulary::Entry& entry : vocabulary.entries())
        if (entry.kind == "per")
            fmt::print("{}... {}\n", padded(entry.text, 42), quantity_words(entry.quantity));
    fmt::print("\n{}{}\n", padded("PRICE BASIS (YEAR: 1900-2100)", 42), "BASIS");
    for (const UnitVocabulary::Entry& entry : vocabulary.entries())
        if (entry.kind == "basis")
            fmt::print("{}{}\n", padded(entry.text, 42),
                       entry.basis == PriceBasis::current ? "current prices" : "constant prices of YEAR");
}

}  // namespace

CommandAction add_units_command(CLI::App& app) {
    auto csv = std::make_shared<bool>(false);
    CLI::App* command = app.add_subcommand("units", "List the units chitieu reads and converts");
    command->add_flag("--csv", *csv, "Print the vocabulary file itself (units.csv)");
    command->footer(
        "Examples:\n"
        "  chitieu units\n"
        "  chitieu units --csv > units.csv");
    return [csv] {
        if (*csv) {
            for (const EmbeddedFile& file : builtin_unit_tables())
                if (file.name == "units") fmt::print("{}", file.text);
        } else {
            print_table();
        }
        return 0;
    };
}

}  // namespace chitieu::cli
