// The process-wide table behind FileName. Names are never removed: a run reads a few files, and a
// FileName must stay valid as long as any diagnostic or observation holds it.
#include "chitieu/util/file_name.hpp"

#include <deque>
#include <mutex>
#include <stdexcept>
#include <unordered_map>

namespace chitieu {

namespace {

struct FileTable {
    std::mutex mutex;                              // loaders may run on several threads
    std::deque<std::string> names{std::string()};  // id 0: the empty name; a deque never moves them
    std::unordered_map<std::string_view, std::uint32_t> ids;  // views into `names`
};

FileTable& table() {
    static FileTable* instance = new FileTable;  // never destroyed: names outlive static destructors
    return *instance;
}

}  // namespace

FileName::FileName(std::string_view name) {
    if (name.empty()) return;
    FileTable& files = table();
    const std::lock_guard<std::mutex> lock(files.mutex);
    auto it = files.ids.find(name);
    if (it != files.ids.end()) {
        id_ = it->second;
        return;
    }
    if (files.names.size() >= UINT32_MAX) throw std::length_error("too many distinct input file names");
    id_ = static_cast<std::uint32_t>(files.names.size());
    files.names.emplace_back(name);
    files.ids.emplace(files.names.back(), id_);
}

const std::string& FileName::str() const {
    FileTable& files = table();
    const std::lock_guard<std::mutex> lock(files.mutex);
    return files.names[id_];
}

}  // namespace chitieu
