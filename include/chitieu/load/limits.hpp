// The limits on what chitieu reads, in one place. Statistics arrive from many hands and chitieu
// runs in CI on whatever is submitted, so every input is bounded before it can take unbounded
// time or memory; crossing a limit is an error naming the file (and line) and the limit, never a
// crash. Each limit is far above any real file: a province's statistics YAML is a few KiB, the
// national commune-level CSV export about 55 MB and a million rows.
#pragma once

#include <cstddef>

namespace chitieu::limits {

// Any input file or standard input (YAML is read whole into memory, a CSV file streamed).
inline constexpr std::size_t kMaxInputBytes = std::size_t{512} << 20;  // 512 MiB

// YAML (statistics and target sets). yaml-cpp holds the whole tree in memory, about 500 bytes a
// node (100,000 nodes take 50 MB), so the tree is bounded in nodes as well as in bytes.
inline constexpr std::size_t kMaxYamlBytes = std::size_t{16} << 20;     // 16 MiB per document
inline constexpr std::size_t kMaxYamlLineBytes = std::size_t{1} << 20;  // 1 MiB per line
inline constexpr int kMaxYamlDepth = 64;                                // nested maps and lists
// Nodes once every alias is expanded (each scalar, map and list counts 1, an alias counts the
// nodes it stands for). yaml-cpp shares an aliased node instead of copying it, but whatever walks
// the tree visits it once per alias: a "billion laughs" document of a dozen lines stands for 10^9
// values. Checked on the parser's events, before the tree is built.
inline constexpr std::size_t kMaxYamlNodes = 100'000;

// CSV (statistics series and zones tables), checked as rows are read (csv_table::SizeLimit). The
// national commune-level export is about a million rows over some 10,000 communes; a report
// holds every target for every area, so areas cost far more memory than rows (100,000 areas
// make a 150 MB CSV report).
inline constexpr std::size_t kMaxCsvRows = 5'000'000;  // data rows per file
inline constexpr std::size_t kMaxAreas = 100'000;      // distinct areas per file
// One record (row) of a streamed CSV file: the reader holds at least this much of the file ahead
// of the record it reads. A real row is some 50 bytes; a longer one is a quote left open.
inline constexpr std::size_t kMaxCsvRecordBytes = std::size_t{1} << 20;  // 1 MiB

// XLSX workbooks (load/xlsx.hpp). A workbook is a zip of XML parts; what its directory claims is
// checked before a part is inflated, and what inflating yields is counted as it comes (a zip may
// lie). The commune-scale bench set as a workbook is about 250 MB of sheet XML, packed some 8:1.
inline constexpr std::size_t kMaxXlsxUncompressedBytes = std::size_t{1} << 30;  // 1 GiB, all parts
// Inflated over stored size, for a part above kXlsxRatioFloorBytes (a small part of repeated
// tags packs far tighter and is harmless). Deflate reaches about 1000:1 on repeated bytes, a zip
// bomb's mark; the emptiest real sheets (styled empty cells) pack about 100:1.
inline constexpr std::size_t kMaxXlsxCompressionRatio = 250;
inline constexpr std::size_t kXlsxRatioFloorBytes = std::size_t{1} << 20;  // 1 MiB
// Nested XML elements in any part: a sheet is six deep, shared strings five.
inline constexpr int kMaxXmlDepth = 64;
// Cells a sheet's grid holds, the empty ones left of a value, each row and each merged range's
// cells counted too (a cell at XFD1048576, or a merge A1:XFD1048576, would make a grid of 17
// billion once the grid reader spreads it). The bench set's sheet holds about 5 million.
inline constexpr std::size_t kMaxSheetCells = 20'000'000;

// PX (PC-Axis) and JSON-stat files are read whole (each is one table): the bytes limit above,
// and the cube's cells (the product of its dimensions' sizes), which a few short lines can claim.
inline constexpr std::size_t kMaxCubeCells = 20'000'000;

}  // namespace chitieu::limits
