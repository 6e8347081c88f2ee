#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>
#include <sstream>

#include <unistd.h>

#include "chitieu/diagnostic.hpp"
#include "chitieu/util/atomic_file.hpp"

using namespace chitieu;
namespace fs = std::filesystem;

namespace {

std::string slurp(const fs::path& path) {
    std::ifstream in(path, std::ios::binary);
    std::ostringstream buffer;
    buffer << in.rdbuf();
    return buffer.str();
}

struct ScratchDir {
    fs::path path;
    ScratchDir() {
        path = fs::temp_directory_path() / ("chitieu-test-" + std::to_string(::getpid()));
        fs::remove_all(path);
        fs::create_directories(path);
    }
    ~ScratchDir() { fs::remove_all(path); }
};

}  // namespace

TEST_CASE("an atomic write creates, replaces and leaves no temporary file") {
    ScratchDir dir;
    const fs::path report = dir.path / "báo-cáo.md";
    write_file_atomically(report.string(), "first\n");
    CHECK(slurp(report) == "first\n");
    write_file_atomically(report.string(), "second\n");
    CHECK(slurp(report) == "second\n");
    int files = 0;
    for ([[maybe_unused]] const auto& entry : fs::directory_iterator(dir.path)) ++files;
    CHECK(files == 1);
}

TEST_CASE("a failed write names the file and touches nothing") {
    ScratchDir dir;
    const fs::path missing = dir.path / "no-such-dir" / "report.md";
    try {
        write_file_atomically(missing.string(), "x");
        FAIL("expected an error");
    } catch (const InputError& error) {
        REQUIRE(error.diagnostics().size() == 1);
        CHECK(error.diagnostics()[0].where.file == missing.string());
        CHECK(error.diagnostics()[0].message.find("cannot write the report") == 0);
    }
    CHECK_FALSE(fs::exists(dir.path / "no-such-dir"));

    // A directory in the way: the directory stays as it was.
    const fs::path directory = dir.path / "taken";
    fs::create_directories(directory);
    CHECK_THROWS_AS(write_file_atomically(directory.string(), "x"), InputError);
    CHECK(fs::is_directory(directory));
}
