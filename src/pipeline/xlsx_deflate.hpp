// The deflate level of the Excel report's zip members. libxlsxwriter 1.1.4 deflates every part at
// zlib's default level (6) through the system's minizip and lets no caller choose; chitieu
// defines minizip's zipOpenNewFileInZip4_64 itself (xlsx_deflate.cpp), which the dynamic linker
// binds libxlsxwriter's call to, and passes the call on to minizip's with this level. Level 1
// takes a third of level 6's processor time on the report's sheets, for a file about a quarter
// larger; the unpacked parts are the same bytes (tests/unit/pipeline/test_xlsx_deflate.cpp).
// Where libxlsxwriter carries its own minizip (linked statically), the override is never called
// and the parts are deflated at level 6, as before: the same workbook, only slower.
#pragma once

namespace chitieu {

inline constexpr int kXlsxDeflateLevel = 1;
inline constexpr int kXlsxPlainDeflateLevel = -1;  // zlib's default, what libxlsxwriter asks for

// The level given to the members opened from now on, process-wide (an XlsxSink sets
// kXlsxDeflateLevel as it begins; the differential test sets the plain level to compare).
void set_xlsx_deflate_level(int level);
int xlsx_deflate_level();

// How many members the override has opened since the process started (the test's proof that
// libxlsxwriter's calls reach it).
long xlsx_deflate_overrides();

}  // namespace chitieu
