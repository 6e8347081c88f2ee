#include "chitieu/util/unicode.hpp"

#include <utf8proc.h>

#include <algorithm>
#include <cstdlib>
#include <memory>

namespace chitieu {

namespace {

bool is_ascii(std::string_view text) {
    return std::all_of(text.begin(), text.end(), [](char c) { return static_cast<unsigned char>(c) < 0x80; });
}

// utf8proc_map with `options`; nullopt-like empty result with ok=false when the text is not UTF-8.
bool map_text(std::string_view text, int options, std::string& out) {
    utf8proc_uint8_t* mapped = nullptr;
    const utf8proc_ssize_t length = utf8proc_map(reinterpret_cast<const utf8proc_uint8_t*>(text.data()),
                                                 static_cast<utf8proc_ssize_t>(text.size()), &mapped,
                                                 static_cast<utf8proc_option_t>(options));
    const std::unique_ptr<utf8proc_uint8_t, decltype(&std::free)> owned(mapped, &std::free);
    if (length < 0) return false;
    out.assign(reinterpret_cast<const char*>(mapped), static_cast<std::size_t>(length));
    return true;
}

}  // namespace

std::string to_nfc(std::string_view text) {
    if (is_ascii(text)) return std::string(text);
    std::string composed;
    if (!map_text(text, UTF8PROC_STABLE | UTF8PROC_COMPOSE, composed)) return std::string(text);
    return composed;
}

bool is_nfc(std::string_view text) {
    return is_ascii(text) || to_nfc(text) == text;
}

std::string fold_name(std::string_view text) {
    std::string folded;
    if (!map_text(text, UTF8PROC_STABLE | UTF8PROC_COMPOSE | UTF8PROC_CASEFOLD | UTF8PROC_STRIPMARK, folded))
        folded = std::string(text);
    // đ (U+0111, C4 91) after case folding; Đ folds to it.
    std::string key;
    key.reserve(folded.size());
    for (std::size_t at = 0; at < folded.size(); ++at) {
        if (folded.compare(at, 2, "\xC4\x91") == 0) {
            key += 'd';
            ++at;
        } else {
            key += folded[at];
        }
    }
    return key;
}

}  // namespace chitieu
