// The pieces of a .docx (report/docx_report.cpp puts them together): the package's fixed parts
// and its zip archive, and the native chart of one target.
#pragma once

#include <string>
#include <utility>
#include <vector>

#include "chitieu/model/evaluation.hpp"
#include "chitieu/model/text.hpp"

namespace chitieu::docx {

// Page geometry in twentieths of a point (twips; 1 mm = 56.7 twips).
inline constexpr int kPageWidth = 11906;    // A4: 210 mm
inline constexpr int kPageHeight = 16838;   // 297 mm
inline constexpr int kMarginTop = 1134;     // 20 mm
inline constexpr int kMarginBottom = 1134;  // 20 mm
inline constexpr int kMarginLeft = 1701;    // 30 mm
inline constexpr int kMarginRight = 851;    // 15 mm
inline constexpr int kTextWidth = kPageWidth - kMarginLeft - kMarginRight;

// Font sizes in half points.
inline constexpr int kBodySize = 28;   // 14 pt
inline constexpr int kTableSize = 26;  // 13 pt

// A part of the package: its name inside the zip and its bytes.
using Part = std::pair<std::string, std::string>;

// styles.xml: Times New Roman everywhere, the report's paragraph styles, `lang` for spelling.
std::string styles_xml(Lang lang);
// The header of pages 2 and later (a centred PAGE field), and the empty one of page 1.
std::string page_number_header_xml();
std::string empty_header_xml();
// [Content_Types].xml, _rels/.rels and word/_rels/document.xml.rels for a document with
// `charts` charts (word/charts/chart1.xml …, relationship ids rIdChart1 …).
std::string content_types_xml(int charts);
std::string package_rels_xml();
std::string document_rels_xml(int charts);

// The zip archive of `parts`, in order, built in memory (libzip). std::runtime_error when libzip
// fails (out of memory).
std::string zip_parts(const std::vector<Part>& parts);

// word/charts/chartN.xml: a line chart of `result` (observed values, required path, projection,
// target), its values cached in the part, words in `lang`. `value_axis` names the unit.
std::string chart_xml(const TargetResult& result, const std::string& title, const std::string& value_axis,
                      Lang lang);

}  // namespace chitieu::docx
