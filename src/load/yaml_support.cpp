// A YAML text as the loaders see it: encoding checks, one document, marks in characters, and
// yaml-cpp's exceptions turned into located errors (see yaml_support.hpp).
#include "yaml_support.hpp"

#include <yaml-cpp/depthguard.h>
#include <yaml-cpp/eventhandler.h>

#include <algorithm>
#include <sstream>

#include "chitieu/util/utf8.hpp"

namespace chitieu::yaml_support {

namespace {

constexpr std::string_view kByteOrderMark = "\xEF\xBB\xBF";

// The offset of the first byte that does not start a well-formed UTF-8 character, or npos.
// Tries each character length in turn: only a complete, valid character passes the check.
std::size_t first_invalid_utf8(std::string_view line) {
    if (is_valid_utf8(line)) return std::string_view::npos;
    for (std::size_t i = 0; i < line.size();) {
        std::size_t length = 1;
        while (length <= 4 && i + length <= line.size() && !is_valid_utf8(line.substr(i, length))) ++length;
        if (length > 4 || i + length > line.size()) return i;
        i += length;
    }
    return std::string_view::npos;
}

std::string hex_byte(char c) {
    static constexpr char kDigits[] = "0123456789ABCDEF";
    const auto byte = static_cast<unsigned char>(c);
    return std::string("0x") + kDigits[byte >> 4] + kDigits[byte & 0x0F];
}

bool indented_with_tab(std::string_view line) {
    const std::size_t first = line.find_first_not_of(" \t");
    return line.substr(0, first).find('\t') != std::string_view::npos;
}

// Sees a YAML stream's documents go by; only whether each holds anything matters here.
class DocumentCounter : public YAML::EventHandler {
public:
    bool empty = true;  // the last document held nothing but a null
    YAML::Mark start;   // where the last document started

    void OnDocumentStart(const YAML::Mark& mark) override {
        empty = true;
        start = mark;
    }
    void OnDocumentEnd() override {}
    void OnNull(const YAML::Mark&, YAML::anchor_t) override {}
    void OnAlias(const YAML::Mark&, YAML::anchor_t) override { empty = false; }
    void OnScalar(const YAML::Mark&, const std::string&, YAML::anchor_t, const std::string&) override {
        empty = false;
    }
    void OnSequenceStart(const YAML::Mark&, const std::string&, YAML::anchor_t,
                         YAML::EmitterStyle::value) override {
        empty = false;
    }
    void OnSequenceEnd() override {}
    void OnMapStart(const YAML::Mark&, const std::string&, YAML::anchor_t,
                    YAML::EmitterStyle::value) override {
        empty = false;
    }
    void OnMapEnd() override {}
};

}  // namespace

YamlFile::YamlFile(std::string_view text, std::string file, Diagnostics& diagnostics)
    : text_(text), file_(std::move(file)), diagnostics_(diagnostics) {
    if (text_.substr(0, kByteOrderMark.size()) == kByteOrderMark) text_.remove_prefix(kByteOrderMark.size());
    for (std::size_t start = 0; start <= text_.size();) {
        std::size_t end = text_.find('\n', start);
        if (end == std::string_view::npos) end = text_.size();
        std::string_view line = text_.substr(start, end - start);
        if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
        lines_.push_back(line);
        start = end + 1;
    }
}

SourceLocation YamlFile::at(const YAML::Mark& mark) const {
    if (mark.is_null() || mark.line < 0 || mark.column < 0) return {file_};
    const auto line = static_cast<std::size_t>(mark.line);
    const int column = line < lines_.size() ? utf8_column(lines_[line], static_cast<std::size_t>(mark.column))
                                            : mark.column + 1;
    return {file_, mark.line + 1, column};
}

bool YamlFile::check_encoding() {
    for (std::size_t n = 0; n < lines_.size(); ++n) {
        const std::string_view line = lines_[n];
        const std::size_t nul = line.find('\0');
        const std::size_t bad = std::min(nul, first_invalid_utf8(line));
        if (bad == std::string_view::npos) continue;
        const SourceLocation where{file_, static_cast<int>(n) + 1, utf8_column(line, bad)};
        if (bad == nul)
            error(where,
                  "the file contains a NUL byte; it is not a text file (or it is UTF-16): save it as "
                  "UTF-8 text");
        else
            error(where, "the text is not valid UTF-8 (byte " + hex_byte(line[bad]) +
                             "); save the file as UTF-8 (a Windows-1258 or Latin-1 export needs converting)");
        return false;
    }
    return true;
}

std::optional<YAML::Node> YamlFile::parse() {
    if (!check_encoding()) return std::nullopt;
    const std::string text(text_);
    YAML::Node root;
    try {
        root = YAML::Load(text);
        // YAML::LoadAll would tell a second document, but it loops forever on a stray ','
        // (yaml-cpp issue #1040): walk the documents' events instead, stopping at an empty one.
        std::istringstream stream(text);
        YAML::Parser parser(stream);
        DocumentCounter counter;
        for (int documents = 0; documents < 2 && parser.HandleNextDocument(counter) && !counter.empty;)
            if (++documents == 2)
                error(counter.start,
                      "a second YAML document starts here; a file holds one document: remove "
                      "the `---` line or split the file");
    } catch (const YAML::Exception& exception) {
        report(exception);
        return std::nullopt;
    }
    return root;
}

std::optional<SourceLocation> YamlFile::first_content() const {
    for (std::size_t n = 0; n < lines_.size(); ++n) {
        const std::string_view line = lines_[n];
        const std::size_t first = line.find_first_not_of(" \t");
        if (first == std::string_view::npos || line[first] == '#') continue;
        const std::string_view rest = line.substr(first);
        if (rest == "---" || rest == "..." || rest.substr(0, 4) == "--- " || rest[0] == '%') continue;
        return SourceLocation{file_, static_cast<int>(n) + 1, utf8_column(line, first)};
    }
    return std::nullopt;
}

void YamlFile::report(const YAML::Exception& exception) {
    const YAML::Mark& mark = exception.mark;
    if (dynamic_cast<const YAML::DeepRecursion*>(&exception)) {
        error(at(mark), "the YAML nests too deeply here; check for unclosed or runaway brackets");
        return;
    }
    if (!dynamic_cast<const YAML::ParserException*>(&exception)) {
        error(at(mark), "could not read the YAML: " + exception.msg);
        return;
    }
    // A tab that indents the line in error (or the one before it) is the usual cause.
    if (!mark.is_null() && mark.line >= 0) {
        const auto line = static_cast<std::size_t>(mark.line);
        for (std::size_t n = line > 0 ? line - 1 : 0; n <= line && n < lines_.size(); ++n) {
            if (!indented_with_tab(lines_[n])) continue;
            error({file_, static_cast<int>(n) + 1, utf8_column(lines_[n], lines_[n].find('\t'))},
                  "a tab indents this line; YAML indents with spaces only: replace the tab with spaces");
            return;
        }
    }
    error(at(mark), "invalid YAML: " + exception.msg + syntax_hint(mark, exception.msg));
}

std::string YamlFile::syntax_hint(const YAML::Mark& mark, const std::string& message) const {
    std::string_view line;
    if (!mark.is_null() && mark.line >= 0 && static_cast<std::size_t>(mark.line) < lines_.size())
        line = lines_[static_cast<std::size_t>(mark.line)];
    const auto column = static_cast<std::size_t>(std::max(mark.column, 0));
    const bool at_angle = column < line.size() && line[column] == '>';
    // `op: >=` unquoted: a bare > opens a folded text block in YAML.
    if (at_angle || (message.find("block scalar") != std::string::npos && line.find('>') != line.npos))
        return "; a bare > starts a YAML text block: quote comparisons, as in op: \">=\"";
    return "; check the indentation, the ': ' after each key and the quotes on this line and the one before";
}

}  // namespace chitieu::yaml_support
