// Reading an input file (or standard input), whole or as a stream, never more than a limit, with
// failures as located errors.
#pragma once

#include <cstddef>
#include <optional>
#include <string>

#include "chitieu/diagnostic.hpp"
#include "chitieu/load/limits.hpp"

namespace chitieu {

// An open input, read in blocks. `path` "-" is standard input. Throws InputError naming the file
// when it cannot be opened (missing, a directory, no permission), when reading fails, and as
// soon as it has given more than `max_bytes` (a regular file larger than that is refused before
// a byte is read; an endless one such as /dev/zero, once it crosses the limit).
class InputStream {
public:
    explicit InputStream(std::string path, std::size_t max_bytes = limits::kMaxInputBytes);
    ~InputStream();
    InputStream(const InputStream&) = delete;
    InputStream& operator=(const InputStream&) = delete;

    // Up to `size` bytes into `buffer`; 0 at the end.
    std::size_t read(char* buffer, std::size_t size);
    const std::string& path() const { return path_; }
    std::size_t bytes_read() const { return total_; }
    // A regular file's size when opened (0 for standard input, pipes and devices): a hint for
    // the buffer, never a limit (the file may change while it is read).
    std::size_t size_hint() const { return size_hint_; }

private:
    std::string path_;
    int fd_ = -1;
    std::size_t max_bytes_;
    std::size_t total_ = 0;
    std::size_t size_hint_ = 0;
};

// The bytes of `path` ("-" reads standard input), whole.
std::string read_input_file(const std::string& path, std::size_t max_bytes = limits::kMaxInputBytes);
// The same for a side file (a map, a roll-up, a crosswalk): a file that cannot be read is an
// error in `diagnostics` and an empty result, so that the run reports it beside the others.
std::optional<std::string> read_input_file(const std::string& path, Diagnostics& diagnostics);

}  // namespace chitieu
