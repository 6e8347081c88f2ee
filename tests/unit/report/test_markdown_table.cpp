#include <doctest/doctest.h>

#include "report/markdown_table.hpp"

using namespace chitieu;

TEST_CASE("Markdown escaping of user text") {
    CHECK(markdown_escape("Tuyên Quang") == "Tuyên Quang");
    CHECK(markdown_escape("a|b") == "a\\|b");
    CHECK(markdown_escape("*x* _y_ `z` [l] <t>") == "\\*x\\* \\_y\\_ \\`z\\` \\[l\\] \\<t\\>");
    CHECK(markdown_escape("back\\slash") == "back\\\\slash");
    CHECK(markdown_escape("one\ntwo\r\nthree\rfour") == "one two three four");
}

TEST_CASE("code spans survive backticks") {
    CHECK(markdown_code("industrial_output") == "`industrial_output`");
    CHECK(markdown_code("a`b") == "``a`b``");
    CHECK(markdown_code("`x") == "`` `x ``");
    CHECK(markdown_code("two\nlines") == "`two lines`");
}

TEST_CASE("tables pad cells to equal display width") {
    const std::string table =
        markdown_table({{"Khu", Align::left}, {"Năm", Align::right}, {"ha", Align::right}},
                       {{"Long Bình An", "2023", "290"}, {"Nhữ Khê", "", "12,5"}, {"工业"}});
    CHECK(table ==
          "| Khu          |  Năm |   ha |\n"
          "|--------------|-----:|-----:|\n"
          "| Long Bình An | 2023 |  290 |\n"
          "| Nhữ Khê      |      | 12,5 |\n"
          "| 工业         |      |      |\n");
}

TEST_CASE("a table without rows still has its header and rule") {
    CHECK(markdown_table({{"A", Align::left}, {"B", Align::right}}, {}) ==
          "| A   |   B |\n"
          "|-----|----:|\n");
}
