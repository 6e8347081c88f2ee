#include "finding_spill.hpp"

#include <cerrno>
#include <cstdint>
#include <cstring>
#include <string>

#include "chitieu/util/system_error_text.hpp"

namespace chitieu {

namespace {

[[noreturn]] void spill_failed(int err) {
    throw InputError({"<temporary file>"},
                     std::string("cannot keep the findings in a temporary file: ") + std::strerror(err) +
                         "; set TMPDIR to a writable folder",
                     "không giữ được các phát hiện trong tệp tạm: " + system_error_vi(err) +
                         "; hãy đặt TMPDIR là một thư mục ghi được");
}

void put(std::string& out, std::uint32_t value) {
    out.append(reinterpret_cast<const char*>(&value), sizeof value);
}
void put(std::string& out, std::string_view text) {
    put(out, static_cast<std::uint32_t>(text.size()));
    out.append(text);
}

// Reads what put() wrote; false at the end of the file. The file is this thread's alone, so the
// reads skip stdio's lock (fread_unlocked, glibc): six reads a finding, a hundred thousand
// findings at commune scale.
bool get(std::FILE* file, std::uint32_t& value) {
    return fread_unlocked(&value, sizeof value, 1, file) == 1;
}
bool get(std::FILE* file, std::string& text) {
    std::uint32_t size = 0;
    if (!get(file, size)) return false;
    text.resize(size);
    return size == 0 || fread_unlocked(text.data(), 1, size, file) == size;
}

}  // namespace

FindingSpill::FindingSpill() = default;

FindingSpill::~FindingSpill() {
    if (file_ != nullptr) std::fclose(file_);
}

void FindingSpill::add(const Finding& finding) {
    if (file_ == nullptr && (file_ = std::tmpfile()) == nullptr) spill_failed(errno);
    std::string record;
    const Diagnostic& diagnostic = finding.diagnostic;
    // A sheet's name ("book.xlsx:Sheet1") comes back as a sheet: bit 8 beside the severity.
    put(record,
        static_cast<std::uint32_t>(diagnostic.severity) | (diagnostic.where.file.is_sheet() ? 0x100u : 0u));
    put(record, static_cast<std::uint32_t>(diagnostic.where.line));
    put(record, static_cast<std::uint32_t>(diagnostic.where.column));
    put(record, std::string_view(diagnostic.where.file));
    put(record, finding.rule);
    put(record, diagnostic.message);
    put(record, diagnostic.message_vi);
    if (std::fwrite(record.data(), 1, record.size(), file_) != record.size()) spill_failed(errno);
    ++spilled_;
    ++spilled_counts_[static_cast<std::size_t>(diagnostic.severity)];
}

std::array<std::size_t, 3> FindingSpill::severity_counts() const {
    std::array<std::size_t, 3> counts = spilled_counts_;
    for (const std::vector<Finding>* kept : {&before, &after})
        for (const Finding& finding : *kept) ++counts[static_cast<std::size_t>(finding.diagnostic.severity)];
    return counts;
}

void FindingSpill::clear() {
    before.clear();
    after.clear();
    if (file_ != nullptr) std::fclose(file_);
    file_ = nullptr;
    spilled_ = 0;
    spilled_counts_ = {};
}

void FindingSpill::for_each(const std::function<void(const Finding&)>& visit) const {
    for (const Finding& finding : before) visit(finding);
    if (file_ != nullptr) {
        if (std::fflush(file_) != 0 || std::fseek(file_, 0, SEEK_SET) != 0) spill_failed(errno);
        Finding finding;
        std::string file;
        for (std::size_t i = 0; i < spilled_; ++i) {
            std::uint32_t severity = 0, line = 0, column = 0;
            if (!get(file_, severity) || !get(file_, line) || !get(file_, column) || !get(file_, file) ||
                !get(file_, finding.rule) || !get(file_, finding.diagnostic.message) ||
                !get(file_, finding.diagnostic.message_vi))
                spill_failed(EIO);
            finding.diagnostic.severity = static_cast<Severity>(severity & 0xff);
            finding.diagnostic.where = {(severity & 0x100) != 0 ? FileName::sheet(file) : FileName(file),
                                        static_cast<int>(line), static_cast<int>(column)};
            visit(finding);
        }
        if (std::fseek(file_, 0, SEEK_END) != 0) spill_failed(errno);
    }
    for (const Finding& finding : after) visit(finding);
}

}  // namespace chitieu
