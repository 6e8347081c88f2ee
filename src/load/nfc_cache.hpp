// Private to the CSV loaders: a cell's text in NFC without normalising it row after row. A
// commune table repeats each area's name (and unit, and source) in a hundred consecutive rows, and
// a table sorted by year brings the same few thousand names round again and again: the text is
// normalised once per distinct spelling, and a row whose cell repeats the row before's costs one
// comparison.
#pragma once

#include <string>
#include <string_view>
#include <unordered_map>

#include "chitieu/util/unicode.hpp"

namespace chitieu::csv_table {

class NfcCache {
public:
    // `raw` in NFC. The view stays valid until the next call.
    std::string_view nfc(std::string_view raw) {
        if (known_ && raw == raw_) return nfc_;
        known_ = true;
        raw_.assign(raw);
        if (certainly_nfc(raw)) {  // nearly every name: ASCII and precomposed Vietnamese letters
            nfc_.assign(raw);
            return nfc_;
        }
        auto it = seen_.find(raw_);
        if (it == seen_.end()) {
            if (seen_.size() >= kMaxSeen) seen_.clear();  // a column of a million distinct notes, say
            it = seen_.emplace(raw_, to_nfc(raw)).first;
        }
        nfc_ = it->second;
        return nfc_;
    }

private:
    static constexpr std::size_t kMaxSeen = 1 << 16;

    bool known_ = false;
    std::string raw_;
    std::string nfc_;
    std::unordered_map<std::string, std::string> seen_;  // the other spellings, raw -> NFC
};

}  // namespace chitieu::csv_table
