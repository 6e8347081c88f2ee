// Reading input files whole, with failures as located errors.
#pragma once

#include <cstddef>
#include <string>

#include "chitieu/load/limits.hpp"

namespace chitieu {

// The bytes of `path` ("-" reads standard input). Throws InputError naming the file when it
// cannot be read (missing, a directory, no permission) or holds more than `max_bytes`.
std::string read_input_file(const std::string& path, std::size_t max_bytes = limits::kMaxInputBytes);

}  // namespace chitieu
