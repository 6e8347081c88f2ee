#include <doctest/doctest.h>

#include <string>

#include "chitieu/load/file_kind.hpp"

using namespace chitieu;

TEST_CASE("file kinds by their first bytes, and what chitieu says of each") {
    CHECK(sniff_file_kind(std::string_view("PK\x03\x04\x14\x00", 6)) == FileKind::zip);
    CHECK(sniff_file_kind("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1") == FileKind::ole2);
    CHECK(sniff_file_kind("\xFF\xFE"
                          "a") == FileKind::utf16le);
    CHECK(sniff_file_kind("\xFE\xFF") == FileKind::utf16be);
    CHECK(sniff_file_kind("area,indicator") == FileKind::text);
    CHECK(sniff_file_kind("\xEF\xBB\xBF"
                          "area") == FileKind::text);  // UTF-8's BOM is text
    CHECK(sniff_file_kind("PK") == FileKind::text);    // too short to be a zip
    CHECK(file_kind_refusal(FileKind::text, "CSV").empty());
    CHECK(file_kind_refusal(FileKind::zip, "an XLSX workbook").empty());
    CHECK(file_kind_refusal(FileKind::zip, "CSV").find("zip archive") != std::string::npos);
    CHECK(file_kind_refusal(FileKind::ole2, "an XLSX workbook").find(".xls") != std::string::npos);
    CHECK(file_kind_refusal(FileKind::utf16le, "YAML").find("UTF-16") != std::string::npos);
    CHECK(file_kind_refusal(FileKind::text, "an XLSX workbook").find("text") != std::string::npos);
}

TEST_CASE("the file-kind refusals in Vietnamese: one for each English one, none where the kind fits") {
    for (const char* expected : {"CSV", "YAML", "an XLSX workbook", "PX", "JSON-stat"})
        for (FileKind kind :
             {FileKind::text, FileKind::zip, FileKind::ole2, FileKind::utf16le, FileKind::utf16be})
            CHECK(file_kind_refusal(kind, expected).empty() == file_kind_refusal_vi(kind, expected).empty());
    CHECK(file_kind_refusal_vi(FileKind::zip, "CSV").find("văn bản CSV") != std::string::npos);
    CHECK(file_kind_refusal_vi(FileKind::ole2, "CSV").find("Excel 97-2003") != std::string::npos);
    CHECK(file_kind_refusal_vi(FileKind::utf16be, "an XLSX workbook").find("đuôi .csv") != std::string::npos);
}
