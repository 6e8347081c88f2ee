// Test support: everything a CSV reader yields, as one text to compare whole.
#pragma once

#include <string>

#include "chitieu/diagnostic.hpp"
#include "load/csv_reader.hpp"

namespace chitieu::test {

// Each record ("LINE: [text]LINE.COLUMN[q] ...") and then each message.
inline std::string transcript(CsvReader& reader, const Diagnostics& diagnostics) {
    std::string out;
    CsvRecord record;
    while (reader.next(record)) {
        out += std::to_string(record.line) + ":";
        for (const CsvField& field : record.fields)
            out += " [" + std::string(field.text) + "]" + std::to_string(field.line) + "." +
                   std::to_string(reader.column(field)) + (field.quoted ? "q" : "");
        out += "\n";
    }
    for (const Diagnostic& diagnostic : diagnostics.items()) out += format_diagnostic(diagnostic) + "\n";
    return out;
}

}  // namespace chitieu::test
