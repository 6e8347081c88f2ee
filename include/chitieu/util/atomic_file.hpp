// Writing files atomically: a temporary file in the same directory, fsync, rename. A failed or
// interrupted write never leaves a partial file and never touches an existing one. Every file is
// created, renamed and removed relative to its folder's descriptor, so that a link planted
// inside an output folder is never followed.
#pragma once

#include <cstddef>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include <sys/types.h>

namespace chitieu {

// A folder that files are written into by name, opened once. InputError naming it when it
// cannot be opened.
class OutputFolder {
public:
    // Opens `path`: links on the way to it are the user's choice and are followed.
    explicit OutputFolder(const std::string& path);
    // Takes `fd`, an open directory, shown in messages as `path`.
    OutputFolder(int fd, std::string path);
    ~OutputFolder();
    OutputFolder(const OutputFolder&) = delete;
    OutputFolder& operator=(const OutputFolder&) = delete;

    // The folder `name` inside this one, made when missing (`made` says so). A link there is
    // refused, never followed: it would send the files elsewhere.
    std::shared_ptr<OutputFolder> subfolder(const std::string& name, bool& made) const;
    // Removes the (empty) folder `name` inside this one; quiet when it cannot.
    void remove_subfolder(const std::string& name) const;

    int fd() const { return fd_; }
    const std::string& path() const { return path_; }
    // `name` inside this folder, as messages show it.
    std::string shown(const std::string& name) const;

private:
    int fd_ = -1;
    std::string path_;
};

// A file being written. The bytes go to a temporary file beside the target; commit() flushes it
// to disk and renames it into place. Destroyed uncommitted (an error, an exception part way),
// the temporary file is removed and the target is as it was. The new file keeps the permission
// bits (and, where allowed, the group) of the file it replaces; a new name gets 0666 & ~umask.
// Every failure throws InputError naming the target with the reason (missing directory, no
// permission, disk full).
class AtomicFile {
public:
    // `path` as the user gave it (-o): the stale temporaries of `path` are swept first; links are followed up
    // to and including the last name, so a name that leads to a device or a pipe (`-o /dev/null`, `-o
    // /dev/stdout`) is written in place, never replaced; a link to a regular file is replaced, never written
    // through.
    explicit AtomicFile(std::string path);
    // `name` inside `folder` (a batch): nothing is followed, a link at `name` is replaced.
    AtomicFile(std::shared_ptr<const OutputFolder> folder, std::string name);
    AtomicFile(AtomicFile&& other) noexcept;
    AtomicFile& operator=(AtomicFile&&) = delete;
    AtomicFile(const AtomicFile&) = delete;
    AtomicFile& operator=(const AtomicFile&) = delete;
    ~AtomicFile();

    void write(std::string_view bytes);
    // Appends to `out` the `length` bytes written at `offset` (a temporary file only: see
    // in_place). For a writer that puts its parts in another order at the end.
    void read_back(long long offset, std::size_t length, std::string& out) const;
    // True for a device or pipe written in place (-o /dev/stdout): nothing can be read back.
    bool in_place() const { return temporary_.empty(); }
    long long written() const { return written_; }
    // Off, large writes no longer start their way to disk at once: for a file that will be
    // thrown away (a table whose parts are copied into another in order), writing it to disk
    // would be wasted work.
    void set_early_writeback(bool on) { early_writeback_ = on; }
    // fsync, close, rename into place, fsync the directory.
    void commit();

    // For batches (commit_all): close without flushing to disk, keeping the file descriptor
    // count bounded however many files are written.
    void close_unsynced();
    // The target as messages show it.
    const std::string& path() const { return shown_; }
    // The temporary file's path (relative as the target's), for a library that writes a file by
    // name (libxlsxwriter): the bytes go there, commit() renames it. The target itself when it is
    // written in place (a device).
    std::string temporary_path() const { return temporary_.empty() ? shown_ : folder_->shown(temporary_); }
    // With a path (-o FILE): how many of FILE's temporaries, left by a run no longer alive,
    // were removed on the way (sweep_stale_temporaries).
    std::size_t swept() const { return swept_; }

private:
    friend void commit_all(std::vector<AtomicFile>& files);
    void open(bool follow);
    void close_checked();
    void rename_into_place();

    std::shared_ptr<const OutputFolder> folder_;
    std::string name_;       // inside folder_
    std::string shown_;      // folder_ and name_, for messages
    std::string temporary_;  // inside folder_; empty when writing a device in place
    int fd_ = -1;
    bool committed_ = false;
    long long written_ = 0;  // bytes written so far
    bool early_writeback_ = true;
    std::size_t swept_ = 0;
};

// Commits a batch of files at the cost of one flush: every file is closed, one syncfs flushes
// the file system they are on, then each is renamed into place and each directory is flushed
// once. The same guarantee as commit() on each (after a crash, a name holds the old file or the
// whole new one) without 10,000 separate fsyncs. A run interrupted before the renames
// (util/interrupt.hpp) throws Interrupted and renames nothing.
void commit_all(std::vector<AtomicFile>& files);

// Replaces (or creates) `path` with `content`, atomically.
void write_file_atomically(const std::string& path, std::string_view content);

// The name of a temporary file for `name` written by process `pid`:
// ".NAME.chitieu-tmp.PID.XXXXXXXX" (eight hex digits). Only names of this shape are ever swept.
std::string temporary_name(const std::string& name, pid_t pid, unsigned long long unique);

// Removes the temporary files in `folder` that a chitieu process no longer running left behind
// (killed with SIGKILL, or the machine stopped): names of temporary_name's shape, regular files,
// whose process id is not alive. With `for_name` not empty, only that file's temporaries (-o
// FILE). Returns how many were removed. Call it holding the folder's lock (a batch) or for one
// file's own temporaries: a live writer's files are never touched.
std::size_t sweep_stale_temporaries(const OutputFolder& folder, const std::string& for_name = {});

}  // namespace chitieu
