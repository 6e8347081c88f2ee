// Writing a report over something that is not a regular file: devices and named pipes are
// written in place, never replaced by a renamed file.
#include <doctest/doctest.h>

#include <filesystem>
#include <string>

#include <sys/stat.h>
#include <unistd.h>

#include "chitieu/diagnostic.hpp"
#include "chitieu/util/atomic_file.hpp"
#include "support/messages.hpp"

using namespace chitieu;

TEST_CASE("a report written to /dev/null leaves /dev/null a device") {
    write_file_atomically("/dev/null", "report\n");
    struct stat status {};
    REQUIRE(::stat("/dev/null", &status) == 0);
    CHECK(S_ISCHR(status.st_mode));
}

TEST_CASE("a named pipe nobody reads is refused at once, not waited on") {
    const std::filesystem::path fifo =
        std::filesystem::temp_directory_path() / ("chitieu-fifo-" + std::to_string(::getpid()));
    std::filesystem::remove(fifo);
    REQUIRE(::mkfifo(fifo.c_str(), 0600) == 0);
    CHECK(test::thrown([&] { write_file_atomically(fifo.string(), "report\n"); }) ==
          test::Messages{fifo.string() +
                         ": error: cannot write the report: cannot open it for writing: No such device or "
                         "address; choose a writable location"});
    struct stat status {};
    REQUIRE(::stat(fifo.c_str(), &status) == 0);
    CHECK(S_ISFIFO(status.st_mode));
    std::filesystem::remove(fifo);
}
