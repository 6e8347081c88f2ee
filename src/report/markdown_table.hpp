// Markdown building blocks: escaping user text, code spans, and tables aligned for a monospace
// view (cells padded to equal display width, so Vietnamese names line up in a terminal too).
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace chitieu {

// User text (a name, title, unit) for a Markdown text position or table cell: line breaks become
// spaces, and \ | * _ ` [ ] < > are backslash-escaped so they print as themselves.
std::string markdown_escape(std::string_view text);

// `text` as an inline code span; a fence longer than any backtick run inside, so ids with
// backticks stay intact.
std::string markdown_code(std::string_view text);

enum class Align { left, right };

struct MarkdownColumn {
    std::string header;
    Align align = Align::left;
};

// A table with every column padded to its widest cell (by display width, at least 3); right-aligned
// columns get a `--:` rule. Cells are Markdown text, already escaped; a short row gets empty cells.
// Ends with a newline.
std::string markdown_table(const std::vector<MarkdownColumn>& columns,
                           const std::vector<std::vector<std::string>>& rows);

}  // namespace chitieu
