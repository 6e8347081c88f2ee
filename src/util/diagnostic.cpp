#include "chitieu/diagnostic.hpp"

#include "chitieu/util/utf8.hpp"

namespace chitieu {

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
    out += severity_name(diagnostic.severity);
    out += ": ";
    out += diagnostic.message;
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

void Diagnostics::warning(SourceLocation where, std::string message) {
    add({Severity::warning, std::move(where), std::move(message)});
}

void Diagnostics::note(SourceLocation where, std::string message) {
    add({Severity::note, std::move(where), std::move(message)});
}

static std::string first_message(const std::vector<Diagnostic>& diagnostics) {
    return diagnostics.empty() ? std::string("invalid input") : format_diagnostic(diagnostics.front());
}

InputError::InputError(std::vector<Diagnostic> diagnostics)
    : std::runtime_error(first_message(diagnostics)), diagnostics_(std::move(diagnostics)) {}

InputError::InputError(SourceLocation where, const std::string& message)
    : InputError(std::vector<Diagnostic>{{Severity::error, std::move(where), message}}) {}

}  // namespace chitieu
