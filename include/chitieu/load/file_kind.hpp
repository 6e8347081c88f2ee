// What a file is by its first bytes, whatever its name says: a file saved as the wrong kind, or
// renamed, is met every day (an .xlsx given as CSV, Excel's "Unicode text" which is UTF-16, an
// old .xls). Read as text it would end in a message about control characters, far from the cause.
#pragma once

#include <string>
#include <string_view>

namespace chitieu {

enum class FileKind {
    text,     // anything else: read as the name or --input-format says
    zip,      // PK\3\4: an .xlsx workbook (or .ods, .docx, a zip)
    ole2,     // D0 CF 11 E0 A1 B1 1A E1: an Excel 97-2003 .xls workbook (or .doc)
    utf16le,  // FF FE
    utf16be,  // FE FF
};

// From the file's first 8 bytes (fewer for a short file).
FileKind sniff_file_kind(std::string_view head);

// The refusal of a file of `kind` read as `expected` ("CSV", "YAML", "an XLSX workbook", "PX",
// "JSON-stat"): what the file is and what to do. Empty when `kind` fits `expected`.
std::string file_kind_refusal(FileKind kind, std::string_view expected);
// The same refusal in Vietnamese (Diagnostic::message_vi); `expected` as above, in English.
std::string file_kind_refusal_vi(FileKind kind, std::string_view expected);

}  // namespace chitieu
