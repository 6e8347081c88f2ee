#include "chitieu/util/atomic_file.hpp"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <filesystem>
#include <vector>

#include "chitieu/diagnostic.hpp"

namespace chitieu {

namespace {

[[noreturn]] void fail(const std::string& path, const std::string& what, int err) {
    throw InputError({path}, "cannot write the report: " + what + ": " + std::strerror(err) +
                                 "; choose a writable location");
}

// Removes the temporary file unless the write was committed by rename.
struct TemporaryFile {
    std::string path;
    int fd = -1;
    bool committed = false;
    ~TemporaryFile() {
        if (fd >= 0) ::close(fd);
        if (!committed && !path.empty()) ::unlink(path.c_str());
    }
};

}  // namespace

void write_file_atomically(const std::string& path, std::string_view content) {
    namespace fs = std::filesystem;
    const fs::path target(path);
    std::error_code ec;
    if (fs::is_directory(target, ec)) fail(path, "it is a directory", EISDIR);
    fs::path directory = target.parent_path();
    if (directory.empty()) directory = ".";

    // Same directory as the target, so that rename() is atomic (one file system).
    std::string pattern = (directory / ("." + target.filename().string() + ".tmp.XXXXXX")).string();
    std::vector<char> name(pattern.begin(), pattern.end());
    name.push_back('\0');
    TemporaryFile temporary;
    temporary.fd = ::mkstemp(name.data());
    if (temporary.fd < 0) fail(path, "cannot create a file in '" + directory.string() + "'", errno);
    temporary.path = name.data();

    // Reports are ordinary documents: readable by others like any file the user creates.
    const mode_t mask = ::umask(0);
    ::umask(mask);
    ::fchmod(temporary.fd, 0666 & ~mask);

    const char* data = content.data();
    std::size_t left = content.size();
    while (left > 0) {
        const ssize_t written = ::write(temporary.fd, data, left);
        if (written < 0) {
            if (errno == EINTR) continue;
            fail(path, "writing failed", errno);
        }
        data += written;
        left -= static_cast<std::size_t>(written);
    }
    if (::fsync(temporary.fd) != 0) fail(path, "flushing to disk failed", errno);
    if (::close(temporary.fd) != 0) {
        temporary.fd = -1;
        fail(path, "closing failed", errno);
    }
    temporary.fd = -1;
    if (::rename(temporary.path.c_str(), path.c_str()) != 0) fail(path, "renaming into place failed", errno);
    temporary.committed = true;
}

}  // namespace chitieu
