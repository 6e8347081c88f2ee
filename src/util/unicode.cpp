#include "chitieu/util/unicode.hpp"

#include <utf8proc.h>

#include <algorithm>
#include <cstdlib>
#include <memory>

#include "chitieu/util/utf8.hpp"

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

// The code points NFC leaves as they are whatever stands around them: not combining (canonical
// combining class 0), their own NFC, and never the second of a canonical composition pair. The
// ranges were listed from Unicode 14's tables (every assigned code point checked, unassigned ones
// left out, so that a later version's new marks cannot fall inside); they hold Vietnamese's
// precomposed letters (Latin-1, Extended-A and -B, Latin Extended Additional), dashes, quotes and
// the đồng sign. U+0000-U+02FF is every one- and two-byte sequence with a lead byte up to CB.
bool stays_in_nfc(char32_t c) {
    return c <= 0x02FF || (c >= 0x1E00 && c <= 0x1EFF) || (c >= 0x2002 && c <= 0x2064) ||
           (c >= 0x2066 && c <= 0x206F) || (c >= 0x20A0 && c <= 0x20C0);
}

}  // namespace

// utf8proc costs some 9,000 instructions for a commune's name (to UTF-32, decomposed, recomposed,
// back): a tenth of reading the commune benchmark, whose 22,000 distinct names are all NFC already.
// Text made only of the characters above is NFC as it stands; any other goes to the library.
bool certainly_nfc(std::string_view text) {
    const std::size_t size = text.size();
    for (std::size_t at = 0; at < size;) {
        const auto lead = static_cast<unsigned char>(text[at]);
        if (lead < 0x80) {  // ASCII
            ++at;
            continue;
        }
        const std::size_t length = utf8_char_length(text, at);
        if (length == 2 && lead <= 0xCB) {  // U+0080-U+02FF
            at += 2;
            continue;
        }
        if (length != 3 || (lead != 0xE1 && lead != 0xE2)) return false;  // none of the ranges, or not UTF-8
        const auto c = static_cast<char32_t>(((lead & 0x0Fu) << 12) |
                                             ((static_cast<unsigned char>(text[at + 1]) & 0x3Fu) << 6) |
                                             (static_cast<unsigned char>(text[at + 2]) & 0x3Fu));
        if (!stays_in_nfc(c)) return false;
        at += 3;
    }
    return true;
}

std::string to_nfc_by_library(std::string_view text) {
    std::string composed;
    if (!map_text(text, UTF8PROC_STABLE | UTF8PROC_COMPOSE, composed)) return std::string(text);
    return composed;
}

std::string to_nfc(std::string_view text) {
    if (certainly_nfc(text)) return std::string(text);  // ASCII too
    return to_nfc_by_library(text);
}

bool is_nfc(std::string_view text) {
    return is_ascii(text) || certainly_nfc(text) || to_nfc_by_library(text) == text;
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

std::string fold_case(std::string_view text) {
    std::string folded;
    if (!map_text(text, UTF8PROC_STABLE | UTF8PROC_COMPOSE | UTF8PROC_CASEFOLD, folded))
        folded = std::string(text);
    return folded;
}

}  // namespace chitieu
