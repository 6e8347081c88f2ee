#include "chitieu/util/safe_filename.hpp"

#include <array>
#include <cctype>

#include "chitieu/util/utf8.hpp"

namespace chitieu {

namespace {

std::string ascii_lower(std::string text) {
    for (char& c : text)
        if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    return text;
}

// Windows reserves a device name with any extension too: "con.txt.md" opens the console.
bool is_device_name(const std::string& stem) {
    static const std::array<const char*, 6> plain{"con", "prn", "aux", "nul", "clock$", "conin$"};
    const std::string lower = ascii_lower(stem.substr(0, stem.find('.')));
    for (const char* device : plain)
        if (lower == device) return true;
    if (lower.size() == 4 && (lower.rfind("com", 0) == 0 || lower.rfind("lpt", 0) == 0) && lower[3] >= '0' &&
        lower[3] <= '9')
        return true;
    return false;
}

}  // namespace

std::string safe_file_stem(std::string_view name) {
    std::string stem;
    bool pending_dash = false;
    for (std::size_t i = 0; i < name.size(); ++i) {
        const unsigned char c = static_cast<unsigned char>(name[i]);
        if (c >= 0x80) {  // UTF-8 bytes of non-ASCII letters are kept as they are
            if (pending_dash && !stem.empty()) stem += '-';
            pending_dash = false;
            stem += static_cast<char>(c);
            continue;
        }
        if (std::isalnum(c) || c == '_' || c == '.' || c == '-') {
            if (pending_dash && !stem.empty()) stem += '-';
            pending_dash = false;
            stem += static_cast<char>(c);
        } else {
            pending_dash = true;  // spaces, separators, control and reserved characters
        }
    }
    while (!stem.empty() && (stem.front() == '.' || stem.front() == '-')) stem.erase(stem.begin());
    while (!stem.empty() && (stem.back() == '.' || stem.back() == '-')) stem.pop_back();
    stem.resize(truncate_utf8(stem, 100).size());
    if (stem.empty()) stem = "area";
    if (is_device_name(stem)) stem = "_" + stem;
    return stem;
}

std::string unique_stem(const std::string& stem, std::set<std::string>& taken) {
    std::string candidate = stem;
    for (int n = 2; taken.count(ascii_lower(candidate)) > 0; ++n) candidate = stem + "-" + std::to_string(n);
    taken.insert(ascii_lower(candidate));
    return candidate;
}

}  // namespace chitieu
