// Writing files atomically: a temporary file in the same directory, fsync, rename. A failed or
// interrupted write never leaves a partial file and never touches an existing one.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace chitieu {

// A file being written. The bytes go to a temporary file beside `path`; commit() flushes it to
// disk and renames it into place. Destroyed uncommitted (an error, an exception part way), the
// temporary file is removed and `path` is as it was. A path naming a device or a pipe
// (`-o /dev/null`, `-o /dev/stdout`) is written in place, never replaced.
// Every failure throws InputError naming `path` with the reason (missing directory, no
// permission, disk full).
class AtomicFile {
public:
    explicit AtomicFile(std::string path);
    AtomicFile(AtomicFile&& other) noexcept;
    AtomicFile& operator=(AtomicFile&&) = delete;
    AtomicFile(const AtomicFile&) = delete;
    AtomicFile& operator=(const AtomicFile&) = delete;
    ~AtomicFile();

    void write(std::string_view bytes);
    // fsync, close, rename into place, fsync the directory.
    void commit();

    // For batches (commit_all): close without flushing to disk, keeping the file descriptor
    // count bounded however many files are written.
    void close_unsynced();
    const std::string& path() const { return path_; }

private:
    friend void commit_all(std::vector<AtomicFile>& files);
    void close_checked();
    void rename_into_place();

    std::string path_;
    std::string temporary_;  // empty when writing a device in place
    int fd_ = -1;
    bool committed_ = false;
    long long written_ = 0;  // bytes written so far
};

// Commits a batch of files at the cost of one flush: every file is closed, one syncfs flushes
// the file system they are on, then each is renamed into place and each directory is flushed
// once. The same guarantee as commit() on each (after a crash, a name holds the old file or the
// whole new one) without 10,000 separate fsyncs.
void commit_all(std::vector<AtomicFile>& files);

// Replaces (or creates) `path` with `content`, atomically.
void write_file_atomically(const std::string& path, std::string_view content);

}  // namespace chitieu
