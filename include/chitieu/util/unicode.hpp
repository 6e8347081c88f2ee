// Unicode normalisation, through utf8proc (Debian's libutf8proc): every name chitieu compares or
// writes is in NFC, and names are matched "loosely" (for "did you mean" suggestions) by their
// folded form. The tables of Unicode's normalisation live in the library, not here.
#pragma once

#include <string>
#include <string_view>

namespace chitieu {

// `text` in Unicode Normalization Form C (canonical composition): "Hóa" typed as "o" + U+0301
// (macOS, some web forms) becomes the precomposed "ó". ASCII text and text already in NFC come
// back unchanged. `text` must be well-formed UTF-8 (the loaders validate first); a text that is
// not comes back unchanged.
std::string to_nfc(std::string_view text);

// to_nfc's fast path and its plain twin (CONTRIBUTING's fast-path rule; a test holds them to each
// other). certainly_nfc: true when every character of `text` is one that NFC never changes nor
// composes with its neighbour (ASCII, Vietnamese's precomposed letters, common punctuation), so
// that `text` is NFC as it stands; false says nothing. to_nfc_by_library: always through utf8proc.
bool certainly_nfc(std::string_view text);
std::string to_nfc_by_library(std::string_view text);

// True when to_nfc(text) == text, without building the copy for ASCII text.
bool is_nfc(std::string_view text);

// The key two names share when they differ only by case, diacritics or normalisation:
// NFC, case-folded, combining marks removed, and "đ"/"Đ" read as "d" (a letter of its own in
// Vietnamese, which no decomposition turns into "d"). "Nhữ Khê" and "nhu khe" have the same key.
std::string fold_name(std::string_view text);

// NFC and case-folded, diacritics kept: "KHU CÔNG NGHIỆP" and "Khu công nghiệp" agree, "Cong"
// and "Công" do not; "tỷ" and "ty" are not the same word. For vocabularies chitieu reads, whose
// words differ by their marks: zone kinds, Vietnamese column names, units ("tấn" is not "tân").
std::string fold_case(std::string_view text);

}  // namespace chitieu
