// Where a report goes on disk: standard output or one file written atomically, and the output
// folder of a batch, locked while the batch writes it.
#pragma once

#include <filesystem>
#include <string>

namespace chitieu {

// `content` to standard output when `output_file` is empty or "-", else into that file,
// atomically (util/atomic_file.hpp). InputError naming the place when it cannot.
void write_output(const std::string& content, const std::string& output_file);

// Says on standard error how many temporary files of a stopped run were removed from the folder
// `where`, or `beside` the file `where` (-o); nothing when none.
void say_swept(std::size_t removed, const std::string& where, bool beside);
// "chitieu: removed N files that the previous run wrote in DIR and this one did not" (a batch's
// reports and charts of areas no longer in the inputs), when N > 0.
void say_removed_previous(std::size_t removed, const std::string& folder);

// Creates `directory` and its parents; InputError naming it when it cannot.
void make_output_directory(const std::filesystem::path& directory);

// An exclusive lock on an output folder (flock on the folder itself: no lock file is left
// behind), held from a batch's first write to its commit, so that two runs writing the same
// folder take turns and index.md always describes the reports beside it. A second run waits,
// and says so on standard error.
class FolderLock {
public:
    explicit FolderLock(const std::filesystem::path& folder);
    ~FolderLock();
    FolderLock(const FolderLock&) = delete;
    FolderLock& operator=(const FolderLock&) = delete;
    // The folder locked, open: the batch writes relative to it (util/atomic_file.hpp).
    int fd() const { return fd_; }

private:
    int fd_ = -1;
};

}  // namespace chitieu
