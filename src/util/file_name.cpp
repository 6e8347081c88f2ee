// The process-wide table behind FileName. Names are never removed: a run reads a few files, and a
// FileName must stay valid as long as any diagnostic or observation holds it.
#include "chitieu/util/file_name.hpp"

#include <deque>
#include <mutex>
#include <stdexcept>
#include <unordered_map>
#include <vector>

namespace chitieu {

namespace {

struct FileTable {
    std::mutex mutex;                              // loaders may run on several threads
    std::deque<std::string> names{std::string()};  // id 0: the empty name; a deque never moves them
    std::unordered_map<std::string_view, std::uint32_t> ids;  // views into `names`
    // Sheets ("book.xlsx:Sheet1") have their own index, so that a file of that very name stays
    // a file; `sheet[id]` says which an id is.
    std::unordered_map<std::string_view, std::uint32_t> sheet_ids;
    std::vector<bool> sheet{false};
};

FileTable& table() {
    static FileTable* instance = new FileTable;  // never destroyed: names outlive static destructors
    return *instance;
}

std::uint32_t intern(FileTable& files, std::unordered_map<std::string_view, std::uint32_t>& ids,
                     std::string_view name, bool sheet) {
    auto it = ids.find(name);
    if (it != ids.end()) return it->second;
    if (files.names.size() >= UINT32_MAX) throw std::length_error("too many distinct input file names");
    const auto id = static_cast<std::uint32_t>(files.names.size());
    files.names.emplace_back(name);
    files.sheet.push_back(sheet);
    ids.emplace(files.names.back(), id);
    return id;
}

}  // namespace

FileName::FileName(std::string_view name) {
    if (name.empty()) return;
    FileTable& files = table();
    const std::lock_guard<std::mutex> lock(files.mutex);
    id_ = intern(files, files.ids, name, false);
}

FileName FileName::sheet(std::string_view name) {
    FileName result;
    FileTable& files = table();
    const std::lock_guard<std::mutex> lock(files.mutex);
    result.id_ = intern(files, files.sheet_ids, name, true);
    return result;
}

bool FileName::is_sheet() const {
    FileTable& files = table();
    const std::lock_guard<std::mutex> lock(files.mutex);
    return files.sheet[id_];
}

const std::string& FileName::str() const {
    FileTable& files = table();
    const std::lock_guard<std::mutex> lock(files.mutex);
    return files.names[id_];
}

}  // namespace chitieu
