// Test support: diagnostics as the formatted lines a user reads, to compare whole.
#pragma once

#include <initializer_list>
#include <ostream>
#include <string>
#include <vector>

#include "chitieu/diagnostic.hpp"

namespace chitieu::test {

// Each diagnostic as "FILE:LINE:COL: severity: message".
inline std::vector<std::string> formatted(const Diagnostics& diagnostics) {
    std::vector<std::string> lines;
    for (const Diagnostic& diagnostic : diagnostics.items()) lines.push_back(format_diagnostic(diagnostic));
    return lines;
}

// Formatted diagnostics that doctest prints one per line when a check fails.
struct Messages {
    std::vector<std::string> lines;
    Messages(std::initializer_list<std::string> list = {}) : lines(list) {}
    explicit Messages(const Diagnostics& diagnostics) : lines(formatted(diagnostics)) {}
    bool operator==(const Messages&) const = default;
    std::size_t size() const { return lines.size(); }
    bool empty() const { return lines.empty(); }
    const std::string& front() const { return lines.front(); }
};

// The diagnostics of the InputError `action` throws, formatted; one line saying so when it
// throws none (so that an expected failure that did not come fails the comparison).
template <typename Action>
Messages thrown(Action&& action) {
    try {
        action();
    } catch (const InputError& error) {
        Messages messages;
        for (const Diagnostic& diagnostic : error.diagnostics())
            messages.lines.push_back(format_diagnostic(diagnostic));
        return messages;
    }
    return Messages{"(no InputError thrown)"};
}

inline std::ostream& operator<<(std::ostream& out, const Messages& messages) {
    for (const std::string& line : messages.lines) out << "\n  " << line;
    return out;
}

}  // namespace chitieu::test
