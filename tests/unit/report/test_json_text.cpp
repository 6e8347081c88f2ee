// JSON string literals as the writers append them (json_string's escapes are in
// test_check_formats.cpp).
#include <doctest/doctest.h>

#include "chitieu/report/json_text.hpp"

using namespace chitieu;

TEST_CASE("json text: appended after what the report holds, runs and escapes mixed") {
    std::string out = "\"key\": ";
    append_json_string(out, "Xã Tân \"Thành\"\x7f\tồ end");
    CHECK(out == "\"key\": \"Xã Tân \\\"Thành\\\"\\u007f\\tồ end\"");
    append_json_string(out, "");
    CHECK(out.substr(out.size() - 3) == "\"\"\"");
    CHECK(json_string("\xc3\xa0\xc3") == "\"à\\ufffd\"");  // a good character, then a cut one
}
