// Diagnostics: located, user-actionable messages, and the exceptions that carry them.
//
// Loaders collect diagnostics into a `Diagnostics` sink and keep going where they can, so a
// user sees every problem of a file at once; commands stop at a checkpoint when the sink has
// errors. Exceptions are caught once, in cli/run.cpp, and mapped to exit codes there.
#pragma once

#include <stdexcept>
#include <string>
#include <vector>

#include "chitieu/util/file_name.hpp"

namespace chitieu {

// A place in an input. Lines and columns are 1-based; 0 means "not known".
// Columns count characters (code points), not bytes. The file name is interned (util/file_name.hpp):
// a location is 12 bytes, and copying one allocates nothing.
struct SourceLocation {
    FileName file;
    int line = 0;
    int column = 0;
};

enum class Severity { error, warning, note };

const char* severity_name(Severity severity);

// A message has its English form and, where it has been written, its Vietnamese one: the place
// that builds a message builds both (as the reports' words do in report/labels.cpp), and the
// formatter picks one by the language the command runs in. A message without a Vietnamese form
// prints in English in either.
struct Diagnostic {
    Severity severity = Severity::error;
    SourceLocation where;
    std::string message;
    std::string message_vi{};
};

// The language diagnostics print in: set once by the command from --lang or the environment
// (cli/language.cpp); English until then. With Vietnamese, a message that has a Vietnamese form
// prints in it, its severity as "lỗi", "cảnh báo", "ghi chú"; one without prints wholly in English.
void set_vietnamese_diagnostics(bool vietnamese);
bool vietnamese_diagnostics();
// The message in the language diagnostics print in.
const std::string& shown_message(const Diagnostic& diagnostic);

// "FILE:LINE:COL: error: MESSAGE" (LINE and COL omitted when unknown), as the names are: for
// formats that escape in their own way (JUnit XML).
std::string format_diagnostic(const Diagnostic& diagnostic);
// The same for a terminal or a text log, one line whatever FILE and MESSAGE hold: control
// characters escaped (escape_controls in util/utf8.hpp). Every message printed goes through it.
std::string format_diagnostic_line(const Diagnostic& diagnostic);

class Diagnostics {
public:
    void error(SourceLocation where, std::string message);
    void error(SourceLocation where, std::string message, std::string message_vi);
    void warning(SourceLocation where, std::string message);
    void warning(SourceLocation where, std::string message, std::string message_vi);
    void note(SourceLocation where, std::string message);
    void note(SourceLocation where, std::string message, std::string message_vi);
    void add(Diagnostic diagnostic);

    bool has_errors() const { return error_count_ > 0; }
    std::size_t error_count() const { return error_count_; }
    const std::vector<Diagnostic>& items() const { return items_; }

private:
    std::vector<Diagnostic> items_;
    std::size_t error_count_ = 0;
};

// Invalid input (exit code 1). Carries every diagnostic collected so far.
class InputError : public std::runtime_error {
public:
    explicit InputError(std::vector<Diagnostic> diagnostics);
    InputError(SourceLocation where, const std::string& message);
    InputError(SourceLocation where, const std::string& message, const std::string& message_vi);
    const std::vector<Diagnostic>& diagnostics() const { return diagnostics_; }

private:
    std::vector<Diagnostic> diagnostics_;
};

// Usage error (exit code 2): unknown option, missing or conflicting arguments. Like a
// diagnostic, it carries its Vietnamese form where one has been written; shown() picks the one
// the command's language asks for.
class UsageError : public std::runtime_error {
public:
    explicit UsageError(const std::string& message) : std::runtime_error(message) {}
    UsageError(const std::string& message, std::string message_vi)
        : std::runtime_error(message), message_vi_(std::move(message_vi)) {}
    const char* shown() const;
    bool has_vietnamese() const { return !message_vi_.empty(); }

private:
    std::string message_vi_;
};

}  // namespace chitieu
