// A YAML text as the loaders see it: encoding checks, one document, marks in characters, and
// yaml-cpp's exceptions turned into located errors (see yaml_support.hpp).
#include "yaml_support.hpp"

#include <yaml-cpp/depthguard.h>
#include <yaml-cpp/eventhandler.h>

#include <algorithm>
#include <map>
#include <sstream>

#include "chitieu/load/limits.hpp"
#include "chitieu/util/utf8.hpp"

namespace chitieu::yaml_support {

namespace {

constexpr std::string_view kByteOrderMark = "\xEF\xBB\xBF";

std::string hex_byte(char c) {
    static constexpr char kDigits[] = "0123456789ABCDEF";
    const auto byte = static_cast<unsigned char>(c);
    return std::string("0x") + kDigits[byte >> 4] + kDigits[byte & 0x0F];
}

// The offset of the first control character YAML does not allow (C0 other than tab and CR, and
// DEL; NUL has its own message), or npos. Such a byte in a name would reach terminals and
// reports: an ESC sequence can recolour or rewrite what a terminal shows.
std::size_t first_control(std::string_view line) {
    for (std::size_t i = 0; i < line.size(); ++i) {
        if (is_forbidden_control(line[i])) return i;
    }
    return std::string_view::npos;
}

bool indented_with_tab(std::string_view line) {
    const std::size_t first = line.find_first_not_of(" \t");
    return line.substr(0, first).find('\t') != std::string_view::npos;
}

// A limit crossed while the events go by, thrown out of yaml-cpp's parser to stop it there.
struct LimitExceeded {
    YAML::Mark mark;
    std::string message;
    std::string message_vi;
};

// Sees a YAML stream's documents go by before any node tree is built, and stops the parser at
// the first limit crossed: nesting deeper than kMaxYamlDepth, or more than kMaxYamlNodes nodes
// once aliases are expanded (a "billion laughs" document is a few lines whose aliases stand for
// each other ten times over, level after level). Knowing each anchor's expanded size, one
// alias costs an addition, so the count itself never explodes.
class DocumentScan : public YAML::EventHandler {
public:
    bool empty = true;  // the last document held nothing but a null
    YAML::Mark start;   // where the last document started

    void OnDocumentStart(const YAML::Mark& mark) override {
        empty = true;
        start = mark;
        open_.clear();
        anchor_nodes_.clear();
        nodes_ = 0;
    }
    void OnDocumentEnd() override {}
    void OnNull(const YAML::Mark& mark, YAML::anchor_t anchor) override { leaf(mark, anchor, 1); }
    void OnAlias(const YAML::Mark& mark, YAML::anchor_t anchor) override {
        empty = false;
        aliases_ = true;
        const auto found = anchor_nodes_.find(anchor);
        if (found == anchor_nodes_.end()) {
            // yaml-cpp knows an anchor from its start: an alias inside the very map or list it names
            // would make the tree a cycle, and walking it would never end.
            if (std::any_of(open_.begin(), open_.end(), [&](const Open& o) { return o.anchor == anchor; }))
                throw LimitExceeded{mark,
                                    "this alias refers to a map or list that contains it, a cycle "
                                    "chitieu cannot read; write the values out instead",
                                    "bí danh (alias) này trỏ đến một map hoặc danh sách chứa chính nó, "
                                    "một vòng lặp chitieu không đọc được; hãy viết các giá trị ra"};
        }
        leaf(mark, YAML::NullAnchor, found == anchor_nodes_.end() ? 1 : found->second);
    }
    void OnScalar(const YAML::Mark& mark, const std::string&, YAML::anchor_t anchor,
                  const std::string&) override {
        empty = false;
        leaf(mark, anchor, 1);
    }
    void OnSequenceStart(const YAML::Mark& mark, const std::string&, YAML::anchor_t anchor,
                         YAML::EmitterStyle::value) override {
        open(mark, anchor);
    }
    void OnSequenceEnd() override { close(); }
    void OnMapStart(const YAML::Mark& mark, const std::string&, YAML::anchor_t anchor,
                    YAML::EmitterStyle::value) override {
        open(mark, anchor);
    }
    void OnMapEnd() override { close(); }

private:
    struct Open {
        YAML::anchor_t anchor;
        std::size_t nodes;  // the collection itself and everything in it so far, aliases expanded
    };

    void open(const YAML::Mark& mark, YAML::anchor_t anchor) {
        empty = false;
        if (open_.size() >= static_cast<std::size_t>(limits::kMaxYamlDepth))
            throw LimitExceeded{mark,
                                "the YAML nests deeper than " + std::to_string(limits::kMaxYamlDepth) +
                                    " levels of maps and lists here, more than chitieu reads; "
                                    "check for unclosed or runaway brackets",
                                "YAML ở đây lồng sâu hơn " + std::to_string(limits::kMaxYamlDepth) +
                                    " cấp map và danh sách, quá mức chitieu đọc được; "
                                    "hãy kiểm tra các dấu ngoặc chưa đóng hoặc mở liên tiếp"};
        count(mark, 1);
        open_.push_back({anchor, 1});
    }
    void close() {
        if (open_.empty()) return;
        const Open done = open_.back();
        open_.pop_back();
        if (done.anchor != YAML::NullAnchor) anchor_nodes_[done.anchor] = done.nodes;
        if (!open_.empty()) open_.back().nodes += done.nodes;
    }
    void leaf(const YAML::Mark& mark, YAML::anchor_t anchor, std::size_t nodes) {
        count(mark, nodes);
        if (anchor != YAML::NullAnchor) anchor_nodes_[anchor] = nodes;
        if (!open_.empty()) open_.back().nodes += nodes;
    }
    // Every count stays at most kMaxYamlNodes, so the sums cannot overflow.
    void count(const YAML::Mark& mark, std::size_t nodes) {
        nodes_ += nodes;
        if (nodes_ <= limits::kMaxYamlNodes) return;
        const std::string limit = std::to_string(limits::kMaxYamlNodes);
        if (aliases_)
            throw LimitExceeded{mark,
                                "the YAML holds more than " + limit +
                                    " values once its aliases (*name) are expanded, more than chitieu reads; "
                                    "write the repeated parts out, or refer to them fewer times",
                                "YAML có hơn " + limit +
                                    " giá trị khi mở rộng các bí danh (*name), quá mức chitieu đọc được; "
                                    "hãy viết các phần lặp lại ra, hoặc tham chiếu đến chúng ít lần hơn"};
        throw LimitExceeded{mark,
                            "the YAML holds more than " + limit +
                                " values, more than chitieu reads from one file; split the file, or give "
                                "large tables as CSV",
                            "YAML có hơn " + limit +
                                " giá trị, quá mức chitieu đọc được từ một tệp; hãy tách tệp, hoặc đưa "
                                "các bảng lớn vào tệp CSV"};
    }

    std::vector<Open> open_;
    std::map<YAML::anchor_t, std::size_t> anchor_nodes_;
    std::size_t nodes_ = 0;
    bool aliases_ = false;
};

// "17.0 MiB", for messages about sizes.
std::string mebibytes(std::size_t bytes) {
    const std::size_t tenths = (bytes * 10 + (std::size_t{1} << 19)) >> 20;
    return std::to_string(tenths / 10) + "." + std::to_string(tenths % 10) + " MiB";
}

}  // namespace

YamlFile::YamlFile(std::string_view text, std::string file, Diagnostics& diagnostics)
    : text_(text), file_(std::move(file)), diagnostics_(diagnostics) {
    if (text_.substr(0, kByteOrderMark.size()) == kByteOrderMark) text_.remove_prefix(kByteOrderMark.size());
    // Lines past the size limit are never read, so their index need not exist either.
    const std::size_t indexed = std::min(text_.size(), limits::kMaxYamlBytes);
    for (std::size_t start = 0; start <= indexed;) {
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

// The size limits come first: past them the text is not looked at.
bool YamlFile::check_size() {
    if (text_.size() > limits::kMaxYamlBytes) {
        const std::size_t last = lines_.size() - 1;  // the line holding the first byte past the limit
        error({file_, static_cast<int>(last) + 1, 1},
              "the file is " + mebibytes(text_.size()) + "; chitieu reads YAML files of at most " +
                  mebibytes(limits::kMaxYamlBytes) +
                  " (this line crosses the limit): split the file, or "
                  "give large tables as CSV",
              "tệp có dung lượng " + mebibytes(text_.size()) + "; chitieu đọc tệp YAML tối đa " +
                  mebibytes(limits::kMaxYamlBytes) +
                  " (dòng này vượt giới hạn): hãy tách tệp, hoặc đưa các bảng lớn vào tệp CSV");
        return false;
    }
    for (std::size_t n = 0; n < lines_.size(); ++n) {
        if (lines_[n].size() <= limits::kMaxYamlLineBytes) continue;
        error({file_, static_cast<int>(n) + 1, 1},
              "this line is " + mebibytes(lines_[n].size()) + " long; chitieu reads YAML lines of at most " +
                  mebibytes(limits::kMaxYamlLineBytes) + ": break long text over several lines",
              "dòng này dài " + mebibytes(lines_[n].size()) + "; chitieu đọc dòng YAML dài tối đa " +
                  mebibytes(limits::kMaxYamlLineBytes) + ": hãy ngắt văn bản dài thành nhiều dòng");
        return false;
    }
    return true;
}

bool YamlFile::check_encoding() {
    for (std::size_t n = 0; n < lines_.size(); ++n) {
        const std::string_view line = lines_[n];
        const std::size_t nul = line.find('\0');
        const std::size_t control = first_control(line);
        const std::size_t bad = std::min({nul, control, first_invalid_utf8(line)});
        if (bad == std::string_view::npos) continue;
        const SourceLocation where{file_, static_cast<int>(n) + 1, utf8_column(line, bad)};
        if (bad == nul)
            error(where,
                  "the file contains a NUL byte; it is not a text file (or it is UTF-16): save it as "
                  "UTF-8 text",
                  "tệp chứa byte NUL; đây không phải tệp văn bản (hoặc là UTF-16): hãy lưu thành văn bản "
                  "UTF-8");
        else if (bad == control)
            error(where,
                  "the text holds a control character (byte " + hex_byte(line[bad]) +
                      "), which YAML does not allow; delete it (it often comes with text pasted "
                      "from another program)",
                  "văn bản có ký tự điều khiển (byte " + hex_byte(line[bad]) +
                      "), YAML không cho phép; hãy xóa ký tự này (thường đi kèm văn bản dán từ chương "
                      "trình khác)");
        else
            error(where,
                  "the text is not valid UTF-8 (byte " + hex_byte(line[bad]) +
                      "); save the file as UTF-8 (a Windows-1258 or Latin-1 export needs converting)",
                  "văn bản không phải UTF-8 hợp lệ (byte " + hex_byte(line[bad]) +
                      "); hãy lưu tệp dạng UTF-8 (tệp xuất theo Windows-1258 hoặc Latin-1 cần được chuyển "
                      "đổi)");
        return false;
    }
    return true;
}

std::optional<YAML::Node> YamlFile::parse() {
    if (!check_size() || !check_encoding()) return std::nullopt;
    const std::string text(text_);
    YAML::Node root;
    try {
        // The events first, to refuse a document too deep or too large before its tree is built,
        // and to tell a second document: YAML::LoadAll would, but it loops forever on a stray ','
        // (yaml-cpp issue #1040), so the scan stops at an empty document instead.
        std::istringstream stream(text);
        YAML::Parser parser(stream);
        DocumentScan scan;
        for (int documents = 0; documents < 2 && parser.HandleNextDocument(scan) && !scan.empty;)
            if (++documents == 2)
                error(scan.start,
                      "a second YAML document starts here; a file holds one document: remove "
                      "the `---` line or split the file",
                      "tài liệu YAML thứ hai bắt đầu ở đây; mỗi tệp chỉ chứa một tài liệu: hãy xóa "
                      "dòng `---` hoặc tách tệp");
        root = YAML::Load(text);
    } catch (const LimitExceeded& exceeded) {
        error(exceeded.mark, exceeded.message, exceeded.message_vi);
        return std::nullopt;
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
        error(at(mark), "the YAML nests too deeply here; check for unclosed or runaway brackets",
              "YAML ở đây lồng quá sâu; hãy kiểm tra các dấu ngoặc chưa đóng hoặc mở liên tiếp");
        return;
    }
    if (!dynamic_cast<const YAML::ParserException*>(&exception)) {
        error(at(mark), "could not read the YAML: " + exception.msg, "không đọc được YAML: " + exception.msg);
        return;
    }
    // A tab that indents the line in error (or the one before it) is the usual cause.
    if (!mark.is_null() && mark.line >= 0) {
        const auto line = static_cast<std::size_t>(mark.line);
        for (std::size_t n = line > 0 ? line - 1 : 0; n <= line && n < lines_.size(); ++n) {
            if (!indented_with_tab(lines_[n])) continue;
            error({file_, static_cast<int>(n) + 1, utf8_column(lines_[n], lines_[n].find('\t'))},
                  "a tab indents this line; YAML indents with spaces only: replace the tab with spaces",
                  "dòng này thụt lề bằng tab; YAML chỉ thụt lề bằng dấu cách: hãy thay tab bằng dấu cách");
            return;
        }
    }
    const LocalText hint = syntax_hint(mark, exception.msg);
    error(at(mark), "invalid YAML: " + exception.msg + hint.en,
          "YAML không hợp lệ: " + exception.msg + hint.vi);
}

LocalText YamlFile::syntax_hint(const YAML::Mark& mark, const std::string& message) const {
    std::string_view line;
    if (!mark.is_null() && mark.line >= 0 && static_cast<std::size_t>(mark.line) < lines_.size())
        line = lines_[static_cast<std::size_t>(mark.line)];
    const auto column = static_cast<std::size_t>(std::max(mark.column, 0));
    const bool at_angle = column < line.size() && line[column] == '>';
    // `op: >=` unquoted: a bare > opens a folded text block in YAML.
    if (at_angle || (message.find("block scalar") != std::string::npos && line.find('>') != line.npos))
        return {"; a bare > starts a YAML text block: quote comparisons, as in op: \">=\"",
                "; dấu > đứng riêng mở đầu một khối văn bản YAML: hãy đặt phép so sánh trong ngoặc kép, "
                "như op: \">=\""};
    return {"; check the indentation, the ': ' after each key and the quotes on this line and the one before",
            "; hãy kiểm tra thụt lề, dấu ': ' sau mỗi khóa và các dấu ngoặc kép trên dòng này và dòng trước"};
}

}  // namespace chitieu::yaml_support
