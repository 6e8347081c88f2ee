// A management board's list of parks and clusters: its words (see zone_board.hpp).
#include "zone_board.hpp"

#include <array>
#include <utility>

#include "chitieu/model/rules.hpp"
#include "chitieu/util/unicode.hpp"

namespace chitieu::csv_table::board {

namespace {

// The folded header without its parenthesised qualifiers: "diện tích đất cn cho thuê (ha)" is
// "diện tích đất cn cho thuê".
std::string header_words(std::string_view cell) {
    std::string words = fold_words(cell);
    while (!words.empty() && words.back() == ')') {
        const std::size_t open = words.rfind('(');
        if (open == std::string::npos) break;
        words.erase(open);
        while (!words.empty() && words.back() == ' ') words.pop_back();
    }
    return words;
}

bool starts_with(std::string_view text, std::string_view prefix) {
    return text.substr(0, prefix.size()) == prefix;
}
bool ends_with(std::string_view text, std::string_view suffix) {
    return text.size() >= suffix.size() && text.substr(text.size() - suffix.size()) == suffix;
}

constexpr std::array<std::pair<std::string_view, std::string_view>, 20> kHeaders = {{
    {"stt", "number"},
    {"tên khu, cụm công nghiệp", "name"},
    {"tên khu/cụm công nghiệp", "name"},
    {"tên kcn, ccn", "name"},
    {"tên kcn/ccn", "name"},
    {"tên khu công nghiệp", "name"},
    {"tên cụm công nghiệp", "name"},
    {"tên", "name"},
    {"loại", "kind"},
    {"loại hình", "kind"},
    {"địa điểm", "district"},
    {"huyện, thành phố", "district"},
    {"huyện/thành phố", "district"},
    {"quyết định thành lập", "established"},
    {"quyết định mở rộng", "expanded"},
    {"tỷ lệ lấp đầy", "occupancy_pct"},
    {"tỉ lệ lấp đầy", "occupancy_pct"},
    {"ghi chú", "note"},
    {"đã cho thuê", "leased_ha"},
    {"diện tích đã cho thuê", "leased_ha"},
}};

// A kind in Vietnamese only: "Park Hill" keeps its name.
std::optional<ZoneKind> vietnamese_kind(std::string_view text) {
    const std::string words = fold_words(text);
    if (words == "kcn" || words == "khu công nghiệp") return ZoneKind::park;
    if (words == "ccn" || words == "cụm công nghiệp") return ZoneKind::cluster;
    return std::nullopt;
}

}  // namespace

std::optional<std::string_view> column_for(std::string_view header_cell) {
    const std::string words = header_words(header_cell);
    for (const auto& [vietnamese, column] : kHeaders)
        if (words == vietnamese) return column;
    // "Diện tích đất CN cho thuê", "Diện tích đất công nghiệp có thể cho thuê", …: the land to lease.
    if (starts_with(words, "diện tích") && ends_with(words, "cho thuê") &&
        words.find("đã cho thuê") == std::string::npos)
        return "leasable_ha";
    return std::nullopt;
}

bool is_board_header(const CsvRecord& header) {
    for (const CsvField& field : header.fields)
        if (column_for(field.text) == std::string_view("name")) return true;
    return false;
}

bool is_title_line(const CsvRecord& record) {
    if (record.fields.size() < 3) return false;  // a spreadsheet pads a title to the table's width
    std::size_t filled = 0;
    for (const CsvField& field : record.fields)
        if (!fold_words(field.text).empty()) ++filled;
    return filled <= 2;
}

Totals totals_row(std::string_view label) {
    // Asked of every zone's name: most are ruled out before folding. "Tổng" and "Cộng", in NFC and
    // either case, are a T or C and then a letter of U+1Exx (bytes E1 BB …); a name in another
    // normal form is folded.
    if (label.size() < 4 || label.size() > 32 || ((label[0] | 0x20) != 't' && (label[0] | 0x20) != 'c') ||
        (static_cast<unsigned char>(label[1]) != 0xE1 && certainly_nfc(label)))
        return Totals::none;
    const std::string words = fold_words(label);
    if (words == "tổng cộng" || words == "tổng số" || words == "tổng") return Totals::all;
    if (words == "cộng") return Totals::group;
    return Totals::none;
}

std::optional<ZoneKind> group_kind(std::string_view label) {
    std::string words = fold_words(label);
    if (starts_with(words, "các ")) words.erase(0, 4);
    return vietnamese_kind(words);
}

Prefixed split_kind_prefix(std::string_view name) {
    std::string nfc = to_nfc(name);
    // The first word ("KCN") or the first three ("Khu công nghiệp"), then the name.
    std::size_t end = std::string::npos;
    for (int words = 1; words <= 3; ++words) {
        end = nfc.find(' ', end == std::string::npos ? 0 : end + 1);
        if (end == std::string::npos) break;
        if (words == 2) continue;
        const std::optional<ZoneKind> kind = vietnamese_kind(std::string_view(nfc).substr(0, end));
        if (!kind) continue;
        const std::size_t start = nfc.find_first_not_of(' ', end);
        if (start == std::string::npos) break;  // the kind alone: no name left
        return {kind, nfc.substr(start)};
    }
    return {std::nullopt, std::move(nfc)};
}

}  // namespace chitieu::csv_table::board
