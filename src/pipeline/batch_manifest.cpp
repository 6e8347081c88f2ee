#include "batch_manifest.hpp"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <charconv>
#include <string>

namespace chitieu {

namespace {

constexpr std::string_view kFirstLine =
    "# chitieu batch manifest 1: content hash (FNV-1a 64, hex) and file name; 'was': its previous content; "
    "'stale': the previous run's, to remove";
// The first line of the version before 'was' lines: still read, so that its stale files go too.
constexpr std::string_view kFirstLineBeforeWas =
    "# chitieu batch manifest 1: content hash (FNV-1a 64, hex) and file name; 'stale': the previous run's, "
    "to remove";
constexpr std::string_view kStale = "stale ";
constexpr std::string_view kWas = "was ";

// The whole of a regular file at `name` in `dir` (no link followed), or false.
bool read_regular_file(int dir, const std::string& name, std::string& out) {
    const int fd = ::openat(dir, name.c_str(), O_RDONLY | O_NOFOLLOW | O_CLOEXEC | O_NONBLOCK);
    if (fd < 0) return false;
    struct stat status {};
    bool ok = ::fstat(fd, &status) == 0 && S_ISREG(status.st_mode) && status.st_size < (off_t{64} << 20);
    if (ok) {
        out.resize(static_cast<std::size_t>(status.st_size));
        std::size_t done = 0;
        while (ok && done < out.size()) {
            const ssize_t got = ::read(fd, out.data() + done, out.size() - done);
            if (got < 0 && errno == EINTR) continue;
            ok = got > 0;
            if (ok) done += static_cast<std::size_t>(got);
        }
    }
    ::close(fd);
    return ok;
}

// A name a batch writes: a report or the index in the folder, or a chart in charts/.
bool batch_name(std::string_view name, std::string_view& folder, std::string_view& file) {
    folder = {};
    file = name;
    if (const std::size_t slash = name.find('/'); slash != std::string_view::npos) {
        folder = name.substr(0, slash);
        file = name.substr(slash + 1);
        if (folder != "charts") return false;
    }
    return !file.empty() && file.find('/') == std::string_view::npos && file != "." && file != ".." &&
           file.front() != '.';
}

}  // namespace

std::uint64_t content_hash(std::string_view bytes) {
    std::uint64_t hash = 0xcbf29ce484222325ULL;
    for (const char c : bytes) {
        hash ^= static_cast<unsigned char>(c);
        hash *= 0x100000001b3ULL;
    }
    return hash;
}

ManifestEntries read_manifest(const OutputFolder& folder) {
    ManifestEntries manifest;
    std::string text;
    if (!read_regular_file(folder.fd(), kManifestName, text)) return manifest;
    std::string_view rest = text;
    const auto next_line = [&rest]() {
        const std::size_t end = rest.find('\n');
        const std::string_view line = rest.substr(0, end);
        rest = end == std::string_view::npos ? std::string_view() : rest.substr(end + 1);
        return line;
    };
    if (const std::string_view first = next_line(); first != kFirstLine && first != kFirstLineBeforeWas)
        return manifest;
    while (!rest.empty()) {
        std::string_view line = next_line();
        if (line.starts_with(kStale))
            line.remove_prefix(kStale.size());
        else if (line.starts_with(kWas))
            line.remove_prefix(kWas.size());
        std::uint64_t hash = 0;
        const auto parsed = std::from_chars(line.data(), line.data() + line.size(), hash, 16);
        if (parsed.ec != std::errc() || parsed.ptr == line.data() + line.size() || *parsed.ptr != ' ')
            return {};
        manifest.emplace(std::string(parsed.ptr + 1, line.data() + line.size()), hash);
    }
    return manifest;
}

std::string manifest_text(const BatchManifest& written, const ManifestEntries& was,
                          const ManifestEntries& stale) {
    std::string text(kFirstLine);
    text += '\n';
    char hex[17];
    const auto put = [&](const auto& entries, std::string_view prefix) {
        for (const auto& [name, hash] : entries) {
            text += prefix;
            text.append(hex, std::to_chars(hex, hex + sizeof hex, hash, 16).ptr);
            text += ' ';
            text += name;
            text += '\n';
        }
    };
    put(written, "");
    put(was, kWas);
    put(stale, kStale);
    return text;
}

namespace {

// Calls `act(dir, file)` for each file `listed` that is still a regular file holding what the
// manifest says.
template <class Act>
void for_each_as_written(const OutputFolder& folder, const ManifestEntries& listed, Act act) {
    int charts = -2;  // not opened yet
    for (const auto& [name, hash] : listed) {
        std::string_view subfolder, file;
        if (!batch_name(name, subfolder, file)) continue;
        int dir = folder.fd();
        if (!subfolder.empty()) {
            if (charts == -2)
                charts = ::openat(folder.fd(), "charts", O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC);
            if (charts < 0) continue;
            dir = charts;
        }
        std::string bytes;
        const std::string file_name(file);
        if (read_regular_file(dir, file_name, bytes) && content_hash(bytes) == hash)
            act(dir, file_name, name, hash);
    }
    if (charts >= 0) ::close(charts);
}

}  // namespace

ManifestEntries still_as_written(const OutputFolder& folder, const ManifestEntries& listed) {
    ManifestEntries kept;
    for_each_as_written(folder, listed,
                        [&](int, const std::string&, const std::string& name, std::uint64_t hash) {
                            kept.emplace(name, hash);
                        });
    return kept;
}

std::size_t remove_listed_files(const OutputFolder& folder, const ManifestEntries& listed) {
    std::size_t removed = 0;
    for_each_as_written(folder, listed,
                        [&](int dir, const std::string& file, const std::string&, std::uint64_t) {
                            if (::unlinkat(dir, file.c_str(), 0) == 0) ++removed;
                        });
    return removed;
}

}  // namespace chitieu
