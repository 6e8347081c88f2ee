#include "chitieu/pipeline/output.hpp"

#include <fcntl.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <unistd.h>

#include <fmt/core.h>

#include <cerrno>
#include <cstdio>
#include <cstring>

#include "chitieu/diagnostic.hpp"
#include "chitieu/util/atomic_file.hpp"
#include "chitieu/util/interrupt.hpp"
#include "chitieu/util/system_error_text.hpp"
#include "chitieu/util/utf8.hpp"

namespace chitieu {

void say_swept(std::size_t removed, const std::string& where, bool beside) {
    if (removed == 0) return;
    if (vietnamese_diagnostics())
        fmt::print(stderr, "chitieu: đã xóa {} tệp tạm mà một lần chạy bị dừng để lại {} {}\n", removed,
                   beside ? "bên cạnh" : "trong", escape_controls(where));
    else
        fmt::print(stderr, "chitieu: removed {} temporary file{} that a stopped run left {} {}\n", removed,
                   removed == 1 ? "" : "s", beside ? "beside" : "in", escape_controls(where));
}

void say_removed_previous(std::size_t removed, const std::string& folder) {
    if (removed == 0) return;
    if (vietnamese_diagnostics())
        fmt::print(stderr, "chitieu: đã xóa {} tệp mà lần chạy trước ghi trong {} còn lần này thì không\n",
                   removed, escape_controls(folder));
    else
        fmt::print(stderr,
                   "chitieu: removed {} file{} that the previous run wrote in {} and this one did not\n",
                   removed, removed == 1 ? "" : "s", escape_controls(folder));
}

void write_output(const std::string& content, const std::string& output_file) {
    if (!output_file.empty() && output_file != "-") {
        AtomicFile file(output_file);
        say_swept(file.swept(), file.path(), true);
        file.write(content);
        return file.commit();
    }
    if (std::fwrite(content.data(), 1, content.size(), stdout) != content.size() || std::fflush(stdout) != 0)
        throw InputError({"<stdout>"}, "cannot write the report to standard output",
                         "không ghi được báo cáo ra đầu ra chuẩn");
}

void make_output_directory(const std::filesystem::path& directory) {
    std::error_code ec;
    std::filesystem::create_directories(directory, ec);
    if (ec || !std::filesystem::is_directory(directory))
        throw InputError(
            {directory.string()},
            "cannot create the output directory: " + ec.message() + "; choose a writable location",
            "không tạo được thư mục đầu ra: " +
                (ec ? system_error_vi(ec.value()) : std::string("đã có một tệp cùng tên")) +
                "; hãy chọn một nơi ghi được");
}

FolderLock::FolderLock(const std::filesystem::path& folder) {
    const std::string shown = folder.string();
    bool said = false;
    for (;;) {
        fd_ = ::open(folder.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
        if (fd_ < 0) {
            const int err = errno;
            throw InputError(
                {shown},
                std::string("cannot open the output directory: ") + system_error_en(err) +
                    "; choose a writable location",
                "không mở được thư mục đầu ra: " + system_error_vi(err) + "; hãy chọn một nơi ghi được");
        }
        if (::flock(fd_, LOCK_EX | LOCK_NB) != 0) {
            if (errno != EWOULDBLOCK) break;  // a file system without locks: write unlocked
            if (!said)
                fmt::print(stderr,
                           fmt::runtime(vietnamese_diagnostics()
                                            ? "chitieu: đang chờ một lần chạy khác ghi {} xong\n"
                                            : "chitieu: waiting for another run writing {} to finish\n"),
                           escape_controls(shown));
            said = true;
            // Polled rather than blocked on, so that a run told to stop while it waits stops.
            while (::flock(fd_, LOCK_EX | LOCK_NB) != 0) {
                if (errno != EWOULDBLOCK && errno != EINTR) break;
                if (interrupt_signal() != 0) {
                    ::close(fd_);
                    throw_if_interrupted();
                }
                ::usleep(20 * 1000);
            }
        }
        // The other run may have removed the folder (a failed batch removes the folders it made):
        // lock the folder that is there now.
        struct stat locked {
        }, current{};
        if (::fstat(fd_, &locked) == 0 && ::stat(folder.c_str(), &current) == 0 &&
            locked.st_dev == current.st_dev && locked.st_ino == current.st_ino)
            return;
        ::close(fd_);
        fd_ = -1;
        make_output_directory(folder);
    }
}

FolderLock::~FolderLock() {
    if (fd_ >= 0) ::close(fd_);  // closing releases the lock
}

}  // namespace chitieu
