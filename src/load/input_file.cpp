// Reading an input file (or standard input) whole, never more than a limit: a file too large,
// or an endless one such as /dev/zero, is refused before it can exhaust memory.
#include "chitieu/load/input_file.hpp"

#include <cerrno>
#include <cstdint>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <iostream>

#include "chitieu/diagnostic.hpp"

namespace chitieu {

namespace {

std::string mebibytes(std::size_t bytes) {
    const std::size_t tenths = (bytes * 10 + (std::size_t{1} << 19)) >> 20;
    return std::to_string(tenths / 10) + "." + std::to_string(tenths % 10) + " MiB";
}

[[noreturn]] void too_large(const std::string& path, std::size_t max_bytes) {
    throw InputError({path}, "the input is larger than " + mebibytes(max_bytes) +
                                 ", more than chitieu reads from one file; split it (by area or by year)");
}

// Reads `in` to its end in blocks, stopping as soon as it holds more than `max_bytes`.
std::string read_bounded(std::istream& in, const std::string& path, std::size_t max_bytes) {
    std::string text;
    std::string block(1 << 16, '\0');
    while (in) {
        in.read(block.data(), static_cast<std::streamsize>(block.size()));
        const auto got = static_cast<std::size_t>(in.gcount());
        if (got > max_bytes - text.size()) too_large(path, max_bytes);
        text.append(block, 0, got);
    }
    if (in.bad()) throw InputError({path}, "reading the file failed part way; check the disk and try again");
    return text;
}

}  // namespace

std::string read_input_file(const std::string& path, std::size_t max_bytes) {
    if (path == "-") return read_bounded(std::cin, path, max_bytes);
    std::error_code ec;
    if (std::filesystem::is_directory(path, ec))
        throw InputError({path}, "is a directory, not a statistics file; name the files inside it");
    // A regular file's size is known: refuse it before reading a byte (devices and pipes report
    // none, so read_bounded is the limit that always holds).
    if (std::filesystem::is_regular_file(path, ec)) {
        const std::uintmax_t size = std::filesystem::file_size(path, ec);
        if (!ec && size > max_bytes) too_large(path, max_bytes);
    }
    std::ifstream in(path, std::ios::binary);
    if (!in) {
        const int err = errno;
        throw InputError({path}, std::string("cannot read the file: ") + std::strerror(err) +
                                     "; check the path and its permissions");
    }
    return read_bounded(in, path, max_bytes);
}

}  // namespace chitieu
