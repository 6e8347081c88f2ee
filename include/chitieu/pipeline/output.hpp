// Where a report goes on disk: standard output or one file written atomically, and the output
// folder of a batch, locked while the batch writes it.
#pragma once

#include <filesystem>
#include <string>

namespace chitieu {

// `content` to standard output when `output_file` is empty or "-", else into that file,
// atomically (util/atomic_file.hpp). InputError naming the place when it cannot.
void write_output(const std::string& content, const std::string& output_file);

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

private:
    int fd_ = -1;
};

}  // namespace chitieu
