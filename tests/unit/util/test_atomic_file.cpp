#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>
#include <sstream>

#include <unistd.h>

#include "chitieu/diagnostic.hpp"
#include "chitieu/util/atomic_file.hpp"
#include "support/scratch.hpp"

using namespace chitieu;
namespace fs = std::filesystem;

using chitieu::test::ScratchDir;
using chitieu::test::slurp;

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

namespace {

int count_files(const fs::path& dir) {
    int files = 0;
    for ([[maybe_unused]] const auto& entry : fs::recursive_directory_iterator(dir)) ++files;
    return files;
}

}  // namespace

TEST_CASE("a file written in pieces appears whole at commit, and not at all without it") {
    ScratchDir dir;
    const fs::path report = dir.path / "gaps.csv";
    write_file_atomically(report.string(), "old\n");
    {
        AtomicFile file(report.string());
        file.write("new ");
        file.write("table\n");
        CHECK(slurp(report) == "old\n");    // not yet
        CHECK(count_files(dir.path) == 2);  // the report and the temporary file beside it
    }                                       // destroyed uncommitted: an error part way
    CHECK(slurp(report) == "old\n");
    CHECK(count_files(dir.path) == 1);
    AtomicFile file(report.string());
    file.write("new table\n");
    file.commit();
    CHECK(slurp(report) == "new table\n");
    CHECK(count_files(dir.path) == 1);
}

TEST_CASE("a batch commits every file at once, in order, or none") {
    ScratchDir dir;
    fs::create_directories(dir.path / "charts");
    const std::vector<fs::path> paths{dir.path / "charts" / "Long-Bình-An-x.svg",
                                      dir.path / "Long-Bình-An.md", dir.path / "index.md"};
    {
        std::vector<AtomicFile> files;
        for (const fs::path& path : paths) {
            files.emplace_back(path.string());
            files.back().write(path.filename().string());
            files.back().close_unsynced();
        }
        CHECK(count_files(dir.path) == 4);  // charts/ and three temporary files
        for (const fs::path& path : paths) CHECK_FALSE(fs::exists(path));
    }
    CHECK(count_files(dir.path) == 1);  // abandoned: only charts/ is left

    std::vector<AtomicFile> files;
    for (const fs::path& path : paths) {
        files.emplace_back(path.string());
        files.back().write(path.filename().string());
        files.back().close_unsynced();
    }
    commit_all(files);
    for (const fs::path& path : paths) CHECK(slurp(path) == path.filename().string());
    CHECK(count_files(dir.path) == 4);
}

TEST_CASE("temporary names carry the writer's pid, and only gone writers' are swept") {
    CHECK(temporary_name("r.csv", 1234, 0xABCDEF12ULL) == ".r.csv.chitieu-tmp.1234.abcdef12");
    ScratchDir dir("sweep");
    const auto touch = [&dir](const std::string& name) { std::ofstream(dir.path / name) << "x"; };
    // 999999999 is above any pid_max (at most 2^22): that process is gone.
    touch(".r.csv.chitieu-tmp.999999999.0123abcd");                            // swept
    touch(".r.csv.chitieu-tmp." + std::to_string(::getppid()) + ".0123abcd");  // alive: kept
    touch(".r.csv.chitieu-tmp.999999999.0123abc");                             // 7 digits: kept
    touch(".r.csv.tmp.999999999.0123abcd");                                    // not ours: kept
    touch("r.csv.chitieu-tmp.999999999.0123abcd");                             // no dot: kept
    touch(".s.csv.chitieu-tmp.999999999.0123abcd");                            // another file's
    OutputFolder folder(dir.path.string());
    CHECK(sweep_stale_temporaries(folder, "r.csv") == 1);
    CHECK(count_files(dir.path) == 5);
    CHECK(sweep_stale_temporaries(folder) == 1);  // a batch: every file's
    CHECK(count_files(dir.path) == 4);
    CHECK(sweep_stale_temporaries(folder) == 0);
}

TEST_CASE("a replaced file keeps its mode") {
    ScratchDir dir("mode");
    const fs::path report = dir.path / "r.csv";
    write_file_atomically(report.string(), "old\n");
    fs::permissions(report, fs::perms::owner_read | fs::perms::owner_write);
    write_file_atomically(report.string(), "new\n");
    CHECK(slurp(report) == "new\n");
    CHECK(fs::status(report).permissions() == (fs::perms::owner_read | fs::perms::owner_write));
}
