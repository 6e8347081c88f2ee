#include "chitieu/util/atomic_file.hpp"

#include <dirent.h>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <atomic>
#include <cerrno>
#include <csignal>
#include <cstring>
#include <filesystem>
#include <random>
#include <set>
#include <utility>

#include "chitieu/diagnostic.hpp"
#include "chitieu/util/interrupt.hpp"
#include "chitieu/util/system_error_text.hpp"

namespace chitieu {

namespace {

[[noreturn]] void fail(const std::string& path, const std::string& what, const std::string& what_vi,
                       int err) {
    throw InputError(
        {path},
        "cannot write the report: " + what + ": " + system_error_en(err) + "; choose a writable location",
        "không ghi được báo cáo: " + what_vi + ": " + system_error_vi(err) + "; hãy chọn một nơi ghi được");
}

// The output directory cannot be opened or created: the same advice in both languages.
[[noreturn]] void folder_failed(const std::string& path, bool create, int err) {
    throw InputError({path},
                     std::string(create ? "cannot create" : "cannot open") +
                         " the output directory: " + system_error_en(err) + "; choose a writable location",
                     std::string(create ? "không tạo được" : "không mở được") +
                         " thư mục đầu ra: " + system_error_vi(err) + "; hãy chọn một nơi ghi được");
}

std::string directory_of(const std::string& path) {
    const std::string directory = std::filesystem::path(path).parent_path().string();
    return directory.empty() ? std::string(".") : directory;
}

// A different name each time, also across processes that start together: a random start, then
// a counter (O_EXCL refuses a name already there, and the next one is tried).
unsigned long long next_unique() {
    static std::atomic<unsigned long long> counter{std::random_device{}()};
    return counter.fetch_add(0x9E3779B97F4A7C15ULL);
}

constexpr std::string_view kTemporaryMark = ".chitieu-tmp.";

// The process id in a name of temporary_name's shape, or 0 when the name has another shape.
// `for_name`, when given, must be the target's name.
pid_t temporary_owner(std::string_view name, std::string_view for_name) {
    if (name.size() < 2 || name.front() != '.') return 0;
    const std::size_t mark = name.rfind(kTemporaryMark);
    if (mark == std::string_view::npos || mark < 2) return 0;
    if (!for_name.empty() && name.substr(1, mark - 1) != for_name) return 0;
    const std::string_view rest = name.substr(mark + kTemporaryMark.size());
    const std::size_t dot = rest.find('.');
    if (dot == 0 || dot == std::string_view::npos || dot > 9 || rest.size() - dot - 1 != 8) return 0;
    long long pid = 0;
    for (const char c : rest.substr(0, dot)) {
        if (c < '0' || c > '9') return 0;
        pid = pid * 10 + (c - '0');
    }
    for (const char c : rest.substr(dot + 1))
        if (!((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f'))) return 0;
    return pid > 0 ? static_cast<pid_t>(pid) : 0;
}

bool process_gone(pid_t pid) {
    return ::kill(pid, 0) != 0 && errno == ESRCH;  // EPERM: alive, someone else's
}

}  // namespace

OutputFolder::OutputFolder(const std::string& path) : path_(path) {
    fd_ = ::open(path.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (fd_ < 0) folder_failed(path, false, errno);
}

OutputFolder::OutputFolder(int fd, std::string path) : fd_(fd), path_(std::move(path)) {}

OutputFolder::~OutputFolder() {
    if (fd_ >= 0) ::close(fd_);
}

std::string OutputFolder::shown(const std::string& name) const {
    if (path_ == ".") return name;
    return (std::filesystem::path(path_) / name).string();
}

std::shared_ptr<OutputFolder> OutputFolder::subfolder(const std::string& name, bool& made) const {
    made = false;
    const std::string shown_name = shown(name);
    if (::mkdirat(fd_, name.c_str(), 0777) == 0)
        made = true;
    else if (errno != EEXIST)
        folder_failed(shown_name, true, errno);
    const int fd = ::openat(fd_, name.c_str(), O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC);
    if (fd >= 0) return std::make_shared<OutputFolder>(fd, shown_name);
    const int err = errno;
    struct stat status {};
    if (::fstatat(fd_, name.c_str(), &status, AT_SYMLINK_NOFOLLOW) == 0 && S_ISLNK(status.st_mode))
        throw InputError({shown_name},
                         "'" + name +
                             "' is a symbolic link, and chitieu never writes through a link inside "
                             "the output directory; remove the link or choose another --out-dir",
                         "'" + name +
                             "' là một liên kết tượng trưng, và chitieu không bao giờ ghi qua một liên kết "
                             "bên trong thư mục đầu ra; hãy xóa liên kết hoặc chọn --out-dir khác");
    folder_failed(shown_name, false, err);
}

void OutputFolder::remove_subfolder(const std::string& name) const {
    (void)::unlinkat(fd_, name.c_str(), AT_REMOVEDIR);  // only an empty folder goes
}

std::string temporary_name(const std::string& name, pid_t pid, unsigned long long unique) {
    static constexpr char kHex[] = "0123456789abcdef";
    std::string out = "." + name + std::string(kTemporaryMark) + std::to_string(pid) + ".";
    for (int shift = 28; shift >= 0; shift -= 4) out += kHex[(unique >> shift) & 0xF];
    return out;
}

std::size_t sweep_stale_temporaries(const OutputFolder& folder, const std::string& for_name) {
    const int fd = ::openat(folder.fd(), ".", O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (fd < 0) return 0;
    DIR* listing = ::fdopendir(fd);
    if (listing == nullptr) {
        ::close(fd);
        return 0;
    }
    const pid_t self = ::getpid();
    std::size_t removed = 0;
    while (const dirent* entry = ::readdir(listing)) {
        const pid_t owner = temporary_owner(entry->d_name, for_name);
        if (owner == 0 || owner == self || !process_gone(owner)) continue;
        struct stat status {};
        if (::fstatat(folder.fd(), entry->d_name, &status, AT_SYMLINK_NOFOLLOW) != 0 ||
            !S_ISREG(status.st_mode))
            continue;
        if (::unlinkat(folder.fd(), entry->d_name, 0) == 0) ++removed;
    }
    ::closedir(listing);
    return removed;
}

AtomicFile::AtomicFile(std::string path)
    : name_(std::filesystem::path(path).filename().string()), shown_(path) {
    if (name_.empty()) fail(shown_, "it is a directory", "đây là một thư mục", EISDIR);  // "out/"
    const std::string directory = directory_of(path);
    const int fd = ::open(directory.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (fd < 0)
        fail(shown_, "cannot create a file in '" + directory + "'",
             "không tạo được tệp trong '" + directory + "'", errno);
    folder_ = std::make_shared<OutputFolder>(fd, directory);
    open(true);
    // What a killed run left beside this file (-o FILE, again and again in CI), and only that.
    swept_ = sweep_stale_temporaries(*folder_, name_);
}

AtomicFile::AtomicFile(std::shared_ptr<const OutputFolder> folder, std::string name)
    : folder_(std::move(folder)), name_(std::move(name)), shown_(folder_->shown(name_)) {
    open(false);
}

void AtomicFile::open(bool follow) {
    // One stat (a batch opens 10,000 of these). A directory is refused. Only a regular file (or a
    // new name) is replaced; a symbolic link is replaced too, never written through, so a link
    // planted in the output folder cannot redirect the report. A device or a named pipe given
    // with -o (`/dev/null`, `/dev/stdout`) is written in place: renaming a file over it would
    // replace the device itself (as root, /dev/null would become a plain file). A pipe nobody
    // reads is refused at once (O_NONBLOCK) rather than waited on forever.
    const int dir = folder_->fd();
    struct stat status {};
    const bool exists = ::fstatat(dir, name_.c_str(), &status, follow ? 0 : AT_SYMLINK_NOFOLLOW) == 0;
    if (exists && S_ISDIR(status.st_mode)) fail(shown_, "it is a directory", "đây là một thư mục", EISDIR);
    if (exists && !S_ISREG(status.st_mode) && !S_ISLNK(status.st_mode)) {
        fd_ = ::openat(dir, name_.c_str(), O_WRONLY | O_NONBLOCK | O_CLOEXEC | (follow ? 0 : O_NOFOLLOW));
        if (fd_ < 0) fail(shown_, "cannot open it for writing", "không mở được tệp để ghi", errno);
        const int flags = ::fcntl(fd_, F_GETFL);
        if (flags >= 0) ::fcntl(fd_, F_SETFL, flags & ~O_NONBLOCK);
        return;
    }
    // Same directory as the target, so that rename() is atomic (one file system). 0666: the
    // kernel takes the umask off, as for any file the user creates.
    const pid_t pid = ::getpid();
    for (int attempt = 0; fd_ < 0; ++attempt) {
        std::string name = temporary_name(name_, pid, next_unique());
        // Read-write: a table written as its areas came may be read back to be put in order
        // (read_back).
        fd_ = ::openat(dir, name.c_str(), O_RDWR | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0666);
        if (fd_ >= 0)
            temporary_ = std::move(name);
        else if (errno != EEXIST || attempt == 100)
            fail(shown_, "cannot create a file in '" + folder_->path() + "'",
                 "không tạo được tệp trong '" + folder_->path() + "'", errno);
    }
    // A file replaced keeps its mode (a 600 file of restricted figures stays 600) and, where the
    // user may give it, its group (first, as changing it may clear mode bits); the owner is the
    // user running chitieu, as for any file written. A group that cannot be kept loses the group's
    // bits: 640 meant for one group must not become readable by another. Set-id bits are never
    // copied onto a new file.
    if (exists && S_ISREG(status.st_mode)) {
        mode_t mode = status.st_mode & 0777;
        if (::fchown(fd_, static_cast<uid_t>(-1), status.st_gid) != 0) {
            struct stat created {};
            if (::fstat(fd_, &created) == 0 && created.st_gid != status.st_gid)
                mode &= ~static_cast<mode_t>(070);
        }
        (void)::fchmod(fd_, mode);
    }
}

AtomicFile::AtomicFile(AtomicFile&& other) noexcept
    : folder_(std::move(other.folder_)),
      name_(std::move(other.name_)),
      shown_(std::move(other.shown_)),
      temporary_(std::move(other.temporary_)),
      fd_(std::exchange(other.fd_, -1)),
      committed_(std::exchange(other.committed_, true)),
      written_(other.written_),
      early_writeback_(other.early_writeback_),
      swept_(other.swept_) {}

AtomicFile::~AtomicFile() {
    if (fd_ >= 0) ::close(fd_);
    if (!committed_ && !temporary_.empty() && folder_) ::unlinkat(folder_->fd(), temporary_.c_str(), 0);
}

void AtomicFile::write(std::string_view bytes) {
    const char* data = bytes.data();
    std::size_t left = bytes.size();
    const auto start = static_cast<off_t>(written_);
    written_ += static_cast<long long>(bytes.size());
    while (left > 0) {
        const ssize_t written = ::write(fd_, data, left);
        if (written < 0) {
            if (errno == EINTR) continue;
            fail(shown_, "writing failed", "ghi thất bại", errno);
        }
        data += written;
        left -= static_cast<std::size_t>(written);
    }
    // A large report goes to disk while the rest is computed (Linux starts the writeback and
    // returns): commit()'s fsync then waits for the last piece only, not for the whole 24 MB table.
    if (!temporary_.empty() && early_writeback_ && bytes.size() >= (std::size_t{1} << 20))
        (void)::sync_file_range(fd_, start, static_cast<off_t>(bytes.size()), SYNC_FILE_RANGE_WRITE);
}

void AtomicFile::read_back(long long offset, std::size_t length, std::string& out) const {
    if (temporary_.empty() || fd_ < 0 || offset < 0 || offset + static_cast<long long>(length) > written_)
        fail(shown_, "reading back a part not written", "đọc lại một phần chưa được ghi", EINVAL);
    const std::size_t start = out.size();
    out.resize(start + length);
    std::size_t done = 0;
    while (done < length) {
        const ssize_t got = ::pread(fd_, out.data() + start + done, length - done,
                                    static_cast<off_t>(offset) + static_cast<off_t>(done));
        if (got < 0 && errno == EINTR) continue;
        if (got <= 0)
            fail(shown_, "reading back the temporary file failed", "đọc lại tệp tạm thất bại",
                 got < 0 ? errno : EIO);
        done += static_cast<std::size_t>(got);
    }
}

void AtomicFile::close_checked() {
    if (fd_ < 0) return;
    const int fd = std::exchange(fd_, -1);
    if (::close(fd) != 0) fail(shown_, "closing failed", "đóng tệp thất bại", errno);
}

void AtomicFile::close_unsynced() {
    close_checked();
}

void AtomicFile::rename_into_place() {
    if (temporary_.empty()) {  // a device, written in place
        committed_ = true;
        return;
    }
    const int dir = folder_->fd();
    if (::renameat(dir, temporary_.c_str(), dir, name_.c_str()) != 0)
        fail(shown_, "renaming into place failed", "đổi tên vào vị trí thất bại", errno);
    committed_ = true;
}

void AtomicFile::commit() {
    if (!temporary_.empty() && fd_ >= 0 && ::fsync(fd_) != 0)
        fail(shown_, "flushing to disk failed", "ghi xuống đĩa thất bại", errno);
    close_checked();
    throw_if_interrupted();  // the last moment the old file can stay
    rename_into_place();
    // The rename lives in the directory: flush it too, so that after a power cut the name holds
    // the old file or the new one. The file is already in place: a failure is not worth an error.
    if (!temporary_.empty()) (void)::fsync(folder_->fd());
}

void commit_all(std::vector<AtomicFile>& files) {
    for (AtomicFile& file : files) file.close_checked();
    // syncfs flushes every file of the file system, and (Linux 5.8 and later) reports a write that
    // failed on any of them since they were opened. One call per file system: the files of a batch
    // share a folder or two, so flushing through each distinct folder is enough.
    std::set<const OutputFolder*> folders;
    for (const AtomicFile& file : files)
        if (!file.temporary_.empty()) folders.insert(file.folder_.get());
    for (const OutputFolder* folder : folders)
        if (::syncfs(folder->fd()) != 0)
            fail(folder->path(), "flushing to disk failed", "ghi xuống đĩa thất bại", errno);
    throw_if_interrupted();  // nothing renamed yet: the previous reports stay, all of them
    for (AtomicFile& file : files) file.rename_into_place();
    for (const OutputFolder* folder : folders) (void)::fsync(folder->fd());
}

void write_file_atomically(const std::string& path, std::string_view content) {
    AtomicFile file(path);
    file.write(content);
    file.commit();
}

}  // namespace chitieu
