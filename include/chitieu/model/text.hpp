// Bilingual text: every user-facing title exists in English and Vietnamese.
#pragma once

#include <string>

namespace chitieu {

enum class Lang { en, vi };

struct LocalText {
    std::string en;
    std::string vi;

    // The text in `lang`, falling back to the other language when that one is empty.
    const std::string& in(Lang lang) const {
        const std::string& wanted = lang == Lang::vi ? vi : en;
        return wanted.empty() ? (lang == Lang::vi ? en : vi) : wanted;
    }
};

}  // namespace chitieu
