// CSV output fields: RFC 4180 quoting and spreadsheet formula neutralisation.
#pragma once

#include <string>
#include <string_view>

namespace chitieu {

// RFC 4180: a field holding a comma, quote, CR or LF is quoted, inner quotes doubled.
std::string csv_quote(std::string_view field);

// OWASP CSV injection defence: text starting with =, +, -, @, TAB or CR that is not a plain
// number ("-12.5", "+3") gets a leading apostrophe, so a spreadsheet shows it as text instead of
// running it as a formula. Numbers stay numbers.
std::string csv_neutralise(std::string_view field);

// A text cell as written: neutralised, then quoted.
std::string csv_text(std::string_view field);
// The same cell appended to `out`, copying the field once (the report writer's hot path). A field
// holding `separator` (',' or, for the excel-vi dialect, ';') is quoted too.
void append_csv_text(std::string& out, std::string_view field, char separator = ',');

}  // namespace chitieu
