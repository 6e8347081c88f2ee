#include "chitieu/load/file_kind.hpp"

namespace chitieu {

FileKind sniff_file_kind(std::string_view head) {
    if (head.starts_with(std::string_view("PK\x03\x04", 4)) ||
        head.starts_with(std::string_view("PK\x05\x06", 4)))
        return FileKind::zip;
    if (head.starts_with(std::string_view("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8))) return FileKind::ole2;
    if (head.starts_with("\xFF\xFE")) return FileKind::utf16le;
    if (head.starts_with("\xFE\xFF")) return FileKind::utf16be;
    return FileKind::text;
}

std::string file_kind_refusal(FileKind kind, std::string_view expected) {
    const std::string as(expected);
    const bool want_xlsx = expected == "an XLSX workbook";
    switch (kind) {
        case FileKind::text:
            if (!want_xlsx) return {};
            return "the file is text, not an XLSX workbook (a zip archive): if it is a CSV export, name "
                   "it .csv (or pass --input-format csv)";
        case FileKind::zip:
            if (want_xlsx) return {};
            return "the file is a zip archive (an .xlsx workbook, most likely), not " + as +
                   " text: name it .xlsx and drop --input-format, and chitieu reads its sheets";
        case FileKind::ole2:
            return "the file is an Excel 97-2003 workbook (.xls, the old binary format), which chitieu "
                   "does not read: open it in Excel or LibreOffice and save it as .xlsx (or export the "
                   "table as CSV UTF-8)";
        case FileKind::utf16le:
        case FileKind::utf16be:
            return std::string(
                       "the file is UTF-16 text (Excel's \"Unicode text\"), and chitieu reads UTF-8: "
                       "save it as \"CSV UTF-8\", or convert it with `iconv -f UTF-16 -t UTF-8`") +
                   (want_xlsx ? ", and name it .csv" : "");
    }
    return {};
}

std::string file_kind_refusal_vi(FileKind kind, std::string_view expected) {
    const std::string as(expected);
    const bool want_xlsx = expected == "an XLSX workbook";
    switch (kind) {
        case FileKind::text:
            if (!want_xlsx) return {};
            return "tệp là văn bản, không phải sổ tính XLSX (một tệp nén zip): nếu là tệp CSV xuất ra, hãy "
                   "đặt tên đuôi .csv (hoặc dùng --input-format csv)";
        case FileKind::zip:
            if (want_xlsx) return {};
            return "tệp là một tệp nén zip (nhiều khả năng là sổ tính .xlsx), không phải văn bản " + as +
                   ": hãy đặt tên đuôi .xlsx và bỏ --input-format, chitieu sẽ đọc các trang tính của nó";
        case FileKind::ole2:
            return "tệp là sổ tính Excel 97-2003 (.xls, định dạng nhị phân cũ), chitieu không đọc được: hãy "
                   "mở bằng Excel hoặc LibreOffice và lưu lại thành .xlsx (hoặc xuất bảng ra CSV UTF-8)";
        case FileKind::utf16le:
        case FileKind::utf16be:
            return std::string(
                       "tệp là văn bản UTF-16 (\"Unicode text\" của Excel), còn chitieu đọc UTF-8: "
                       "hãy lưu lại thành \"CSV UTF-8\", hoặc chuyển bằng `iconv -f UTF-16 -t UTF-8`") +
                   (want_xlsx ? ", và đặt tên đuôi .csv" : "");
    }
    return {};
}

}  // namespace chitieu
