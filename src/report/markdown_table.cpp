#include "markdown_table.hpp"

#include <algorithm>

#include "chitieu/util/utf8.hpp"

namespace chitieu {

std::string markdown_escape(std::string_view text) {
    std::string out;
    out.reserve(text.size());
    for (std::size_t i = 0; i < text.size(); ++i) {
        const char c = text[i];
        if (c == '\r' || c == '\n') {
            if (c == '\r' && i + 1 < text.size() && text[i + 1] == '\n') ++i;  // CRLF is one break
            out += ' ';
            continue;
        }
        if (std::string_view("\\|*_`[]<>").find(c) != std::string_view::npos) out += '\\';
        out += c;
    }
    return out;
}

std::string markdown_code(std::string_view text) {
    std::string flat;
    for (const char c : text) flat += c == '\r' || c == '\n' ? ' ' : c;
    std::size_t longest = 0;
    std::size_t run = 0;
    for (const char c : flat) {
        run = c == '`' ? run + 1 : 0;
        longest = std::max(longest, run);
    }
    const std::string fence(longest + 1, '`');
    // CommonMark strips one space at each end of a span, so padding protects edge backticks.
    const bool pad = !flat.empty() && (flat.front() == '`' || flat.back() == '`');
    return fence + (pad ? " " : "") + flat + (pad ? " " : "") + fence;
}

namespace {

std::string padded(const std::string& cell, std::size_t width, Align align) {
    const std::size_t shown = display_width(cell);
    const std::string fill(width > shown ? width - shown : 0, ' ');
    return align == Align::right ? fill + cell : cell + fill;
}

}  // namespace

std::string markdown_table(const std::vector<MarkdownColumn>& columns,
                           const std::vector<std::vector<std::string>>& rows) {
    std::vector<std::size_t> widths(columns.size(), 3);  // "---" is the shortest rule
    for (std::size_t c = 0; c < columns.size(); ++c) {
        widths[c] = std::max(widths[c], display_width(columns[c].header));
        for (const auto& row : rows)
            if (c < row.size()) widths[c] = std::max(widths[c], display_width(row[c]));
    }

    const auto line = [&](const auto& cell_at) {
        std::string out = "|";
        for (std::size_t c = 0; c < columns.size(); ++c)
            out += " " + padded(cell_at(c), widths[c], columns[c].align) + " |";
        return out + "\n";
    };
    std::string out = line([&](std::size_t c) { return columns[c].header; });
    out += "|";
    for (std::size_t c = 0; c < columns.size(); ++c)
        out += columns[c].align == Align::right ? std::string(widths[c] + 1, '-') + ":|"
                                                : std::string(widths[c] + 2, '-') + "|";
    out += "\n";
    for (const auto& row : rows)
        out += line([&](std::size_t c) { return c < row.size() ? row[c] : std::string(); });
    return out;
}

}  // namespace chitieu
