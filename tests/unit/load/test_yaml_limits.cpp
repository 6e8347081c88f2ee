// The limits of limits.hpp on YAML input, through both loaders, and the input file size cap.
#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>
#include <string>

#include <unistd.h>

#include "chitieu/load/input_file.hpp"
#include "chitieu/load/limits.hpp"
#include "chitieu/load/statistics_yaml.hpp"
#include "chitieu/load/targets_yaml.hpp"
#include "support/messages.hpp"

using namespace chitieu;

namespace {

// The formatted diagnostics, one per line, so that a failed check prints them.
std::string joined(const Diagnostics& diagnostics) {
    std::string text;
    for (const Diagnostic& d : diagnostics.items()) text += format_diagnostic(d) + "\n";
    return text;
}

std::string statistics_messages(std::string_view text) {
    Diagnostics diagnostics;
    (void)load_statistics_yaml(text, "s.yaml", diagnostics);
    return joined(diagnostics);
}

std::string targets_messages(std::string_view text) {
    Diagnostics diagnostics;
    (void)load_targets_yaml(text, "t.yaml", diagnostics);
    return joined(diagnostics);
}

std::string lines(std::initializer_list<std::string> messages) {
    std::string text;
    for (const std::string& message : messages) text += message + "\n";
    return text;
}

std::string repeat(std::string_view text, std::size_t times) {
    std::string out;
    out.reserve(text.size() * times);
    for (std::size_t i = 0; i < times; ++i) out += text;
    return out;
}

// The classic "billion laughs": nine levels, each alias standing for ten of the level below.
std::string billion_laughs() {
    std::string text = "a: &a [lol, lol, lol, lol, lol, lol, lol, lol, lol, lol]\n";
    for (char level = 'b'; level <= 'i'; ++level) {
        const char below = static_cast<char>(level - 1);
        text += std::string(1, level) + ": &" + level + " [";
        for (int i = 0; i < 10; ++i) text += std::string(i ? ", *" : "*") + below;
        text += "]\n";
    }
    return text;
}

}  // namespace

TEST_CASE("yaml limits: nesting deeper than 64 levels is refused where it happens") {
    REQUIRE(limits::kMaxYamlDepth == 64);
    // 65 opening brackets: the 65th, at column 65, is one level too many.
    const std::string deep = repeat("[", 65) + repeat("]", 65) + "\n";
    CHECK(statistics_messages(deep) ==
          lines({"s.yaml:1:65: error: the YAML nests deeper than 64 levels of maps and lists "
                 "here, more than chitieu reads; check for unclosed or runaway brackets"}));
    // 65 maps in a line: the 65th `{` is at column 1 + 64 * 4.
    CHECK(
        statistics_messages(repeat("{a: ", 65) + "1" + repeat("}", 65)) ==
        lines({"s.yaml:1:257: error: the YAML nests deeper than 64 levels of maps and lists here, more than "
               "chitieu reads; check for unclosed or runaway brackets"}));
    // Runaway brackets never closed stop there too rather than recursing on (to a stack overflow).
    CHECK(statistics_messages(repeat("{a: ", 100000)).find("error: the YAML nests deeper") !=
          std::string::npos);
    // Block indentation counts the same way: line 65 opens the 65th map.
    std::string block;
    for (int level = 0; level < 70; ++level)
        block += std::string(static_cast<std::size_t>(level), ' ') + "k:\n";
    CHECK(
        statistics_messages(block) ==
        lines({"s.yaml:65:65: error: the YAML nests deeper than 64 levels of maps and lists here, more than "
               "chitieu reads; check for unclosed or runaway brackets"}));
    // 64 levels are read (and then refused for their shape, not their depth).
    const std::string at_limit = repeat("[", 64) + repeat("]", 64) + "\n";
    CHECK(statistics_messages(at_limit) ==
          lines({"s.yaml:1:1: error: a statistics file is a map with `series:` and/or "
                 "`zones:` at the top; found a list"}));
}

TEST_CASE("yaml limits: a billion laughs is refused before it is expanded") {
    // Expanded sizes: list a is 11 nodes (itself and 10 values), b = 1 + 10 * 11 = 111, c = 1111,
    // d = 11111. Before e's list: the root map, 5 keys and lists a to d make 1 + 5 + 12344 = 12350;
    // e's list makes 12351, and its aliases add 11111 each: the 8th crosses 100000 (101239).
    // "e: &e [" is 7 characters and each "*d, " 4, so the 8th alias is at column 8 + 7 * 4 = 36.
    const std::string expected =
        "s.yaml:5:36: error: the YAML holds more than 100000 values once its aliases (*name) are expanded, "
        "more than chitieu reads; write the repeated parts out, or refer to them fewer times";
    CHECK(statistics_messages(billion_laughs()) == lines({expected}));
    CHECK(targets_messages(billion_laughs()) == lines({"t" + expected.substr(1)}));
}

TEST_CASE("yaml limits: an alias inside what it names is a cycle, refused") {
    // The alias `*s` is at column 25, inside the map anchored as &s.
    CHECK(statistics_messages("series: &s {x: {values: *s}}\n") ==
          lines({"s.yaml:1:25: error: this alias refers to a map or list that contains it, "
                 "a cycle chitieu cannot read; write the values out instead"}));
}

TEST_CASE("yaml limits: more than 100000 values without aliases is refused too") {
    // The root list is node 1; its values 2, 3, ...: value 100000 (node 100001) is the 100000th
    // "0, " group, starting at column 1 + 1 + 3 * 99999 = 299999.
    const std::string text = "[" + repeat("0, ", 100000) + "0]\n";
    CHECK(statistics_messages(text) ==
          lines({"s.yaml:1:299999: error: the YAML holds more than 100000 values, more than "
                 "chitieu reads from one file; split the file, or give large tables as CSV"}));
}

TEST_CASE("yaml limits: document size and line length") {
    REQUIRE(limits::kMaxYamlBytes == 16u << 20);
    // 16 MiB of 1 KiB comment lines, and one byte more: line 16385 holds the byte past the limit.
    const std::string line = "#" + std::string(1022, 'x') + "\n";
    const std::string big = repeat(line, 16384) + "\n";
    CHECK(statistics_messages(big) ==
          lines({"s.yaml:16385:1: error: the file is 16.0 MiB; chitieu reads YAML files of at "
                 "most 16.0 MiB (this line crosses the limit): split the file, or give large "
                 "tables as CSV"}));
    CHECK(statistics_messages(repeat(line, 16384)).find("MiB") == std::string::npos);

    const std::string long_line = "area: x\nsource: " + std::string(limits::kMaxYamlLineBytes, 'y') + "\n";
    CHECK(statistics_messages(long_line) ==
          lines({"s.yaml:2:1: error: this line is 1.0 MiB long; chitieu reads YAML lines of at "
                 "most 1.0 MiB: break long text over several lines"}));
}

TEST_CASE("input file: a file larger than the limit is refused before it is read") {
    const std::filesystem::path path =
        std::filesystem::temp_directory_path() / ("chitieu-limit-" + std::to_string(::getpid()) + ".csv");
    std::ofstream(path, std::ios::binary) << std::string(100, 'x');
    CHECK(read_input_file(path.string(), 100).size() == 100);
    CHECK(test::thrown([&] { (void)read_input_file(path.string(), 99); }) ==
          test::Messages{path.string() +
                         ": error: the input is larger than 0.0 MiB, more than chitieu reads from one file; "
                         "split it (by area or by year)"});
    std::filesystem::remove(path);
    // A device that never ends stops at the limit too.
    CHECK_THROWS_AS((void)read_input_file("/dev/zero", 1 << 20), InputError);
}

TEST_CASE("yaml: a control character YAML does not allow is refused where it is") {
    // An ESC sequence in an area name would recolour the terminal that shows a report or an error.
    CHECK(
        statistics_messages("area: \"\x1b[31mRed\"\nseries: {}\n") ==
        lines(
            {"s.yaml:1:8: error: the text holds a control character (byte 0x1B), which YAML does not allow; "
             "delete it (it often comes with text pasted from another program)"}));
    CHECK(
        statistics_messages("area: x\x7f\n") ==
        lines(
            {"s.yaml:1:8: error: the text holds a control character (byte 0x7F), which YAML does not allow; "
             "delete it (it often comes with text pasted from another program)"}));
    // Tabs inside a value and CRLF line ends are text, not control characters.
    CHECK(statistics_messages("area: \"a\tb\"\r\nseries: {}\r\n").find("control") == std::string::npos);
}
