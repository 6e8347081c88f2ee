// Reading input files whole, with failures as located errors.
#pragma once

#include <string>

namespace chitieu {

// The bytes of `path` ("-" reads standard input). Throws InputError naming the file when it
// cannot be read (missing, a directory, no permission).
std::string read_input_file(const std::string& path);

}  // namespace chitieu
