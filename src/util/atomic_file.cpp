#include "chitieu/util/atomic_file.hpp"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <filesystem>
#include <set>
#include <utility>

#include "chitieu/diagnostic.hpp"

namespace chitieu {

namespace {

[[noreturn]] void fail(const std::string& path, const std::string& what, int err) {
    throw InputError({path}, "cannot write the report: " + what + ": " + std::strerror(err) +
                                 "; choose a writable location");
}

std::filesystem::path directory_of(const std::string& path) {
    std::filesystem::path directory = std::filesystem::path(path).parent_path();
    return directory.empty() ? std::filesystem::path(".") : directory;
}

// The rename lives in the directory: flush it too, so that after a power cut the name holds the
// old file or the new one. The file is already in place, so a failure here is not worth an error.
void sync_directory(const std::filesystem::path& directory) {
    const int fd = ::open(directory.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (fd < 0) return;
    (void)::fsync(fd);
    ::close(fd);
}

}  // namespace

AtomicFile::AtomicFile(std::string path) : path_(std::move(path)) {
    // One stat (a batch opens 10,000 of these). A directory is refused. Only a regular file (or a
    // new name) is replaced; a symbolic link is replaced too, never written through, so a link
    // planted in the output folder cannot redirect the report. `-o /dev/null`, `-o /dev/stdout`
    // or a named pipe is written in place: renaming a file over it would replace the device
    // itself (as root, /dev/null would become a plain file). A pipe nobody reads is refused at
    // once (O_NONBLOCK) rather than waited on forever.
    struct stat status {};
    const bool exists = ::stat(path_.c_str(), &status) == 0;
    if (exists && S_ISDIR(status.st_mode)) fail(path_, "it is a directory", EISDIR);
    if (exists && !S_ISREG(status.st_mode)) {
        fd_ = ::open(path_.c_str(), O_WRONLY | O_NONBLOCK | O_CLOEXEC);
        if (fd_ < 0) fail(path_, "cannot open it for writing", errno);
        const int flags = ::fcntl(fd_, F_GETFL);
        if (flags >= 0) ::fcntl(fd_, F_SETFL, flags & ~O_NONBLOCK);
        return;
    }
    // Same directory as the target, so that rename() is atomic (one file system).
    const std::filesystem::path directory = directory_of(path_);
    std::string name =
        (directory / ("." + std::filesystem::path(path_).filename().string() + ".tmp.XXXXXX")).string();
    fd_ = ::mkostemp(name.data(), O_CLOEXEC);
    if (fd_ < 0) fail(path_, "cannot create a file in '" + directory.string() + "'", errno);
    temporary_ = std::move(name);
    // Reports are ordinary documents: readable by others like any file the user creates.
    const mode_t mask = ::umask(0);
    ::umask(mask);
    ::fchmod(fd_, 0666 & ~mask);
}

AtomicFile::AtomicFile(AtomicFile&& other) noexcept
    : path_(std::move(other.path_)),
      temporary_(std::move(other.temporary_)),
      fd_(std::exchange(other.fd_, -1)),
      committed_(std::exchange(other.committed_, true)),
      written_(other.written_) {}

AtomicFile::~AtomicFile() {
    if (fd_ >= 0) ::close(fd_);
    if (!committed_ && !temporary_.empty()) ::unlink(temporary_.c_str());
}

void AtomicFile::write(std::string_view bytes) {
    const char* data = bytes.data();
    std::size_t left = bytes.size();
    const auto start = static_cast<off_t>(written_);
    written_ += static_cast<long long>(bytes.size());
    while (left > 0) {
        const ssize_t written = ::write(fd_, data, left);
        if (written < 0) {
            if (errno == EINTR) continue;
            fail(path_, "writing failed", errno);
        }
        data += written;
        left -= static_cast<std::size_t>(written);
    }
    // A large report goes to disk while the rest is computed (Linux starts the writeback and
    // returns): commit()'s fsync then waits for the last piece only, not for the whole 24 MB table.
    if (!temporary_.empty() && bytes.size() >= (std::size_t{1} << 20))
        (void)::sync_file_range(fd_, start, static_cast<off_t>(bytes.size()), SYNC_FILE_RANGE_WRITE);
}

void AtomicFile::close_checked() {
    if (fd_ < 0) return;
    const int fd = std::exchange(fd_, -1);
    if (::close(fd) != 0) fail(path_, "closing failed", errno);
}

void AtomicFile::close_unsynced() {
    close_checked();
}

void AtomicFile::rename_into_place() {
    if (temporary_.empty()) {  // a device, written in place
        committed_ = true;
        return;
    }
    if (::rename(temporary_.c_str(), path_.c_str()) != 0) fail(path_, "renaming into place failed", errno);
    committed_ = true;
}

void AtomicFile::commit() {
    if (!temporary_.empty() && fd_ >= 0 && ::fsync(fd_) != 0) fail(path_, "flushing to disk failed", errno);
    close_checked();
    rename_into_place();
    if (!temporary_.empty()) sync_directory(directory_of(path_));
}

void commit_all(std::vector<AtomicFile>& files) {
    for (AtomicFile& file : files) file.close_checked();
    // syncfs flushes every file of the file system, and (Linux 5.8 and later) reports a write that
    // failed on any of them since they were opened. One call per file system: the files of a batch
    // share a directory or two, so flushing through each distinct directory is enough.
    std::set<std::filesystem::path> directories;
    for (const AtomicFile& file : files)
        if (!file.temporary_.empty()) directories.insert(directory_of(file.path_));
    for (const std::filesystem::path& directory : directories) {
        const int fd = ::open(directory.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
        if (fd < 0) fail(directory.string(), "cannot open the directory", errno);
        const int result = ::syncfs(fd);
        const int err = errno;
        ::close(fd);
        if (result != 0) fail(directory.string(), "flushing to disk failed", err);
    }
    for (AtomicFile& file : files) file.rename_into_place();
    for (const std::filesystem::path& directory : directories) sync_directory(directory);
}

void write_file_atomically(const std::string& path, std::string_view content) {
    AtomicFile file(path);
    file.write(content);
    file.commit();
}

}  // namespace chitieu
