#include <doctest/doctest.h>

#include <cerrno>
#include <cstring>

#include "chitieu/util/system_error_text.hpp"

using namespace chitieu;

TEST_CASE("system_error_en is the system's own text") {
    CHECK(system_error_en(ENOENT) == std::strerror(ENOENT));
}

TEST_CASE("system_error_vi words the reasons a user meets in Vietnamese") {
    CHECK(system_error_vi(ENOENT) == "không có tệp hoặc thư mục này");
    CHECK(system_error_vi(EACCES) == "không có quyền truy cập");
    CHECK(system_error_vi(ENOSPC) == "thiết bị đã hết chỗ trống");
    CHECK(system_error_vi(EISDIR) == "đây là một thư mục");
}

TEST_CASE("system_error_vi keeps the system's text for a rare reason") {
    CHECK(system_error_vi(EPROTO) == std::strerror(EPROTO));
}
