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

void write_all(int fd, std::string_view content, const std::string& path) {
    const char* data = content.data();
    std::size_t left = content.size();
    while (left > 0) {
        const ssize_t written = ::write(fd, data, left);
        if (written < 0) {
            if (errno == EINTR) continue;
            fail(path, "writing failed", errno);
        }
        data += written;
        left -= static_cast<std::size_t>(written);
    }
}

// `-o /dev/null`, `-o /dev/stdout` or a named pipe: written in place, since renaming a file over
// them would replace the device itself (as root, /dev/null would become a plain file). A pipe
// nobody reads is refused at once (O_NONBLOCK) rather than waited on forever.
void write_to_device(const std::string& path, std::string_view content) {
    const int fd = ::open(path.c_str(), O_WRONLY | O_NONBLOCK | O_CLOEXEC);
    if (fd < 0) fail(path, "cannot open it for writing", errno);
    const int flags = ::fcntl(fd, F_GETFL);
    if (flags >= 0) ::fcntl(fd, F_SETFL, flags & ~O_NONBLOCK);
    try {
        write_all(fd, content, path);
    } catch (...) {
        ::close(fd);
        throw;
    }
    ::close(fd);
}

}  // namespace

void write_file_atomically(const std::string& path, std::string_view content) {
    namespace fs = std::filesystem;
    const fs::path target(path);
    std::error_code ec;
    if (fs::is_directory(target, ec)) fail(path, "it is a directory", EISDIR);
    // Only a regular file (or a new name) is replaced; a symbolic link is replaced too, never
    // written through, so a link planted in the output folder cannot redirect the report.
    struct stat status {};
    if (::stat(path.c_str(), &status) == 0 && !S_ISREG(status.st_mode)) {
        write_to_device(path, content);
        return;
    }
    fs::path directory = target.parent_path();
    if (directory.empty()) directory = ".";

    // Same directory as the target, so that rename() is atomic (one file system).
    std::string pattern = (directory / ("." + target.filename().string() + ".tmp.XXXXXX")).string();
    std::vector<char> name(pattern.begin(), pattern.end());
    name.push_back('\0');
    TemporaryFile temporary;
    temporary.fd = ::mkostemp(name.data(), O_CLOEXEC);
    if (temporary.fd < 0) fail(path, "cannot create a file in '" + directory.string() + "'", errno);
    temporary.path = name.data();

    // Reports are ordinary documents: readable by others like any file the user creates.
    const mode_t mask = ::umask(0);
    ::umask(mask);
    ::fchmod(temporary.fd, 0666 & ~mask);

    write_all(temporary.fd, content, path);
    if (::fsync(temporary.fd) != 0) fail(path, "flushing to disk failed", errno);
    if (::close(temporary.fd) != 0) {
        temporary.fd = -1;
        fail(path, "closing failed", errno);
    }
    temporary.fd = -1;
    if (::rename(temporary.path.c_str(), path.c_str()) != 0) fail(path, "renaming into place failed", errno);
    temporary.committed = true;
    // The rename itself lives in the directory: flush it too, so that after a power cut the name
    // holds the old report or the new one. The report is already in place, so a failure here is
    // not worth an error.
    const int directory_fd = ::open(directory.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (directory_fd >= 0) {
        (void)::fsync(directory_fd);
        ::close(directory_fd);
    }
}

}  // namespace chitieu
