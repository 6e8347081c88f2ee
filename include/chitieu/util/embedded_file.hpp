// Files embedded in the binary at build time (cmake/embed_files.cmake).
#pragma once

#include <string_view>

namespace chitieu {

struct EmbeddedFile {
    std::string_view name;  // the file name without extension(s)
    std::string_view text;  // the file's exact bytes
};

}  // namespace chitieu
