// Writing a whole file atomically: a temporary file in the same directory, fsync, rename.
// A failed write never leaves a partial file and never touches an existing one.
#pragma once

#include <string>
#include <string_view>

namespace chitieu {

// Replaces (or creates) `path` with `content`. Throws InputError naming `path` with the reason
// (missing directory, no permission, disk full) when it cannot.
void write_file_atomically(const std::string& path, std::string_view content);

}  // namespace chitieu
