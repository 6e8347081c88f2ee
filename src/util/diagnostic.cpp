#include "chitieu/diagnostic.hpp"

#include <atomic>

#include "chitieu/util/utf8.hpp"

namespace chitieu {

namespace {
// Set before a command's work begins and read by every thread that formats a message after.
std::atomic<bool> g_vietnamese{false};

// A line is in one language: the severity is Vietnamese only beside a Vietnamese message.
const char* shown_severity(const Diagnostic& diagnostic) {
    const Severity severity = diagnostic.severity;
    if (!g_vietnamese.load(std::memory_order_relaxed) || diagnostic.message_vi.empty())
        return severity_name(severity);
    switch (severity) {
        case Severity::error:
            return "lỗi";
        case Severity::warning:
            return "cảnh báo";
        case Severity::note:
            return "ghi chú";
    }
    return "lỗi";
}
}  // namespace

void set_vietnamese_diagnostics(bool vietnamese) {
    g_vietnamese.store(vietnamese, std::memory_order_relaxed);
}

bool vietnamese_diagnostics() {
    return g_vietnamese.load(std::memory_order_relaxed);
}

const std::string& shown_message(const Diagnostic& diagnostic) {
    return vietnamese_diagnostics() && !diagnostic.message_vi.empty() ? diagnostic.message_vi
                                                                      : diagnostic.message;
}

const char* severity_name(Severity severity) {
    switch (severity) {
        case Severity::error:
            return "error";
        case Severity::warning:
            return "warning";
        case Severity::note:
            return "note";
    }
    return "error";
}

namespace {

// A spreadsheet column's letters: 1 -> A, 26 -> Z, 27 -> AA.
std::string column_letters(int column) {
    std::string letters;
    for (; column > 0; column = (column - 1) / 26)
        letters.insert(letters.begin(), static_cast<char>('A' + (column - 1) % 26));
    return letters;
}

}  // namespace

std::string format_diagnostic(const Diagnostic& diagnostic) {
    std::string out = diagnostic.where.file.empty() ? std::string("chitieu") : diagnostic.where.file.str();
    if (diagnostic.where.line > 0 && diagnostic.where.file.is_sheet()) {
        // "book.xlsx:Sheet1!C7", or "book.xlsx:Sheet1!7:7" (the whole row) when no column is known
        const std::string row = std::to_string(diagnostic.where.line);
        out += '!';
        out += diagnostic.where.column > 0 ? column_letters(diagnostic.where.column) + row : row + ':' + row;
    } else if (diagnostic.where.line > 0) {
        out += ':' + std::to_string(diagnostic.where.line);
        if (diagnostic.where.column > 0) out += ':' + std::to_string(diagnostic.where.column);
    }
    out += ": ";
    out += shown_severity(diagnostic);
    out += ": ";
    out += shown_message(diagnostic);
    return out;
}

// Names and file names are the user's (or an attacker's): escaped, so that a message is one line.
std::string format_diagnostic_line(const Diagnostic& diagnostic) {
    return escape_controls(format_diagnostic(diagnostic));
}

void Diagnostics::add(Diagnostic diagnostic) {
    if (diagnostic.severity == Severity::error) ++error_count_;
    items_.push_back(std::move(diagnostic));
}

void Diagnostics::error(SourceLocation where, std::string message) {
    add({Severity::error, std::move(where), std::move(message)});
}

void Diagnostics::error(SourceLocation where, std::string message, std::string message_vi) {
    add({Severity::error, std::move(where), std::move(message), std::move(message_vi)});
}

void Diagnostics::warning(SourceLocation where, std::string message) {
    add({Severity::warning, std::move(where), std::move(message)});
}

void Diagnostics::warning(SourceLocation where, std::string message, std::string message_vi) {
    add({Severity::warning, std::move(where), std::move(message), std::move(message_vi)});
}

void Diagnostics::note(SourceLocation where, std::string message) {
    add({Severity::note, std::move(where), std::move(message)});
}

void Diagnostics::note(SourceLocation where, std::string message, std::string message_vi) {
    add({Severity::note, std::move(where), std::move(message), std::move(message_vi)});
}

const char* UsageError::shown() const {
    return vietnamese_diagnostics() && !message_vi_.empty() ? message_vi_.c_str() : what();
}

static std::string first_message(const std::vector<Diagnostic>& diagnostics) {
    return diagnostics.empty() ? std::string("invalid input") : format_diagnostic(diagnostics.front());
}

InputError::InputError(std::vector<Diagnostic> diagnostics)
    : std::runtime_error(first_message(diagnostics)), diagnostics_(std::move(diagnostics)) {}

InputError::InputError(SourceLocation where, const std::string& message)
    : InputError(std::vector<Diagnostic>{{Severity::error, std::move(where), message}}) {}

InputError::InputError(SourceLocation where, const std::string& message, const std::string& message_vi)
    : InputError(std::vector<Diagnostic>{{Severity::error, std::move(where), message, message_vi}}) {}

}  // namespace chitieu
