// Reading an input file (or standard input), never more than a limit: a file too large, or an
// endless one such as /dev/zero, is refused before it can exhaust memory.
#include "chitieu/load/input_file.hpp"

#include <fcntl.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstdint>
#include <cstring>
#include <filesystem>
#include <utility>

#include "chitieu/diagnostic.hpp"

namespace chitieu {

namespace {

std::string mebibytes(std::size_t bytes) {
    const std::size_t tenths = (bytes * 10 + (std::size_t{1} << 19)) >> 20;
    return std::to_string(tenths / 10) + "." + std::to_string(tenths % 10) + " MiB";
}

[[noreturn]] void too_large(const std::string& path, std::size_t max_bytes) {
    throw InputError({path},
                     "the input is larger than " + mebibytes(max_bytes) +
                         ", more than chitieu reads from one file; split it (by area or by year)",
                     "dữ liệu vào lớn hơn " + mebibytes(max_bytes) +
                         ", quá mức chitieu đọc từ một tệp; hãy tách tệp (theo địa bàn hoặc theo năm)");
}

}  // namespace

InputStream::InputStream(std::string path, std::size_t max_bytes)
    : path_(std::move(path)), max_bytes_(max_bytes) {
    if (path_ == "-") {
        fd_ = STDIN_FILENO;
        return;
    }
    std::error_code ec;
    if (std::filesystem::is_directory(path_, ec))
        throw InputError({path_}, "is a directory, not a statistics file; name the files inside it",
                         "là một thư mục, không phải tệp số liệu; hãy chỉ rõ các tệp trong thư mục");
    // A regular file's size is known: refuse it before reading a byte (devices and pipes report
    // none, so the count in read() is the limit that always holds).
    if (std::filesystem::is_regular_file(path_, ec)) {
        const std::uintmax_t size = std::filesystem::file_size(path_, ec);
        if (!ec && size > max_bytes_) too_large(path_, max_bytes_);
        if (!ec) size_hint_ = static_cast<std::size_t>(size);
    }
    fd_ = ::open(path_.c_str(), O_RDONLY | O_CLOEXEC);
    if (fd_ < 0) {
        const int err = errno;
        throw InputError({path_},
                         std::string("cannot read the file: ") + std::strerror(err) +
                             "; check the path and its permissions",
                         std::string("không đọc được tệp: ") +
                             (err == ENOENT ? std::string("không có tệp này") : std::strerror(err)) +
                             "; hãy kiểm tra đường dẫn và quyền truy cập");
    }
}

InputStream::~InputStream() {
    if (fd_ > STDIN_FILENO) ::close(fd_);
}

std::size_t InputStream::read(char* buffer, std::size_t size) {
    for (;;) {
        const ssize_t got = ::read(fd_, buffer, size);
        if (got < 0 && errno == EINTR) continue;
        if (got < 0) {
            const std::string reason = std::strerror(errno);
            throw InputError({path_},
                             "reading the file failed part way: " + reason + "; check the disk and try again",
                             "đọc tệp bị lỗi giữa chừng: " + reason + "; hãy kiểm tra ổ đĩa và thử lại");
        }
        const auto bytes = static_cast<std::size_t>(got);
        if (bytes > max_bytes_ - total_) too_large(path_, max_bytes_);
        total_ += bytes;
        return bytes;
    }
}

std::string read_input_file(const std::string& path, std::size_t max_bytes) {
    InputStream in(path, max_bytes);
    std::string text;
    // The whole file in one allocation when its size is known (one more block to see its end);
    // doubling from 128 KiB zero-filled and copied a 5 MB table's bytes several times over.
    if (in.size_hint() > 0) text.resize(in.size_hint() + (std::size_t{1} << 16));
    std::size_t used = 0;
    for (;;) {
        if (text.size() - used < (std::size_t{1} << 16))
            text.resize(std::max<std::size_t>(text.size() * 2, 1 << 17));
        const std::size_t got = in.read(text.data() + used, text.size() - used);
        if (got == 0) break;
        used += got;
    }
    text.resize(used);
    return text;
}

std::optional<std::string> read_input_file(const std::string& path, Diagnostics& diagnostics) {
    try {
        return read_input_file(path);
    } catch (const InputError& error) {
        for (const Diagnostic& diagnostic : error.diagnostics()) diagnostics.add(diagnostic);
        return std::nullopt;
    }
}

}  // namespace chitieu
