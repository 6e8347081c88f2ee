// Reading an input file (or standard input) whole.
#include "chitieu/load/input_file.hpp"

#include <cerrno>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <iterator>
#include <sstream>

#include "chitieu/diagnostic.hpp"

namespace chitieu {

std::string read_input_file(const std::string& path) {
    if (path == "-") {
        std::ostringstream buffer;
        buffer << std::cin.rdbuf();
        return buffer.str();
    }
    std::error_code ec;
    if (std::filesystem::is_directory(path, ec))
        throw InputError({path}, "is a directory, not a statistics file; name the files inside it");
    std::ifstream in(path, std::ios::binary);
    if (!in) {
        const int err = errno;
        throw InputError({path}, std::string("cannot read the file: ") + std::strerror(err) +
                                     "; check the path and its permissions");
    }
    std::string text((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    if (in.bad()) throw InputError({path}, "reading the file failed part way; check the disk and try again");
    return text;
}

}  // namespace chitieu
