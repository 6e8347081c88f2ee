// The fixed parts of a .docx and its zip archive. The archive is built in memory (report writers
// never write files): libzip's buffer source holds it, and the sink writes the bytes.
#include <zip.h>

#include <memory>
#include <stdexcept>

#include "docx_parts.hpp"

namespace chitieu::docx {

namespace {

constexpr const char* kXmlDeclaration = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n";
constexpr const char* kWordNamespace = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
constexpr const char* kRelationshipsNamespace =
    "http://schemas.openxmlformats.org/package/2006/relationships";
constexpr const char* kOfficeRelationships =
    "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

// The font every run uses, for every script (Vietnamese letters are Latin; cs and eastAsia so
// that no fallback font appears in Word's font box).
std::string fonts() {
    return "<w:rFonts w:ascii=\"Times New Roman\" w:hAnsi=\"Times New Roman\" w:cs=\"Times New Roman\" "
           "w:eastAsia=\"Times New Roman\"/>";
}

std::string paragraph_style(const char* id, const char* name, const std::string& paragraph,
                            const std::string& run) {
    return std::string("<w:style w:type=\"paragraph\" w:customStyle=\"1\" w:styleId=\"") + id +
           "\"><w:name w:val=\"" + name + "\"/><w:basedOn w:val=\"Normal\"/><w:qFormat/><w:pPr>" + paragraph +
           "</w:pPr><w:rPr>" + run + "</w:rPr></w:style>";
}

std::string size(int half_points) {
    const std::string n = std::to_string(half_points);
    return "<w:sz w:val=\"" + n + "\"/><w:szCs w:val=\"" + n + "\"/>";
}

struct ZipArchive {
    zip_source_t* source = nullptr;
    zip_t* archive = nullptr;
    ~ZipArchive() {
        if (archive) zip_discard(archive);
        if (source) zip_source_free(source);
    }
};

[[noreturn]] void zip_failed(const char* what) {
    throw std::runtime_error(std::string("building the .docx archive failed: ") + what);
}

}  // namespace

std::string styles_xml(Lang lang) {
    const std::string language = lang == Lang::vi ? "vi-VN" : "en-GB";
    // Normal: 14 pt, justified, 6 pt after, single line spacing (Decree 30 allows 6 pt between
    // paragraphs and single to 1.5 lines).
    std::string out = kXmlDeclaration;
    out += std::string("<w:styles xmlns:w=\"") + kWordNamespace + "\">";
    out += "<w:docDefaults><w:rPrDefault><w:rPr>" + fonts() + size(kBodySize) + "<w:lang w:val=\"" +
           language +
           "\"/></w:rPr></w:rPrDefault><w:pPrDefault><w:pPr><w:spacing w:after=\"120\" w:line=\"240\" "
           "w:lineRule=\"auto\"/></w:pPr></w:pPrDefault></w:docDefaults>";
    out +=
        "<w:style w:type=\"paragraph\" w:default=\"1\" w:styleId=\"Normal\"><w:name w:val=\"Normal\"/>"
        "<w:qFormat/><w:pPr><w:jc w:val=\"both\"/></w:pPr><w:rPr>" +
        fonts() + size(kBodySize) + "</w:rPr></w:style>";
    out += paragraph_style("Title", "Title", "<w:jc w:val=\"center\"/><w:spacing w:after=\"240\"/>",
                           fonts() + "<w:b/><w:bCs/>" + size(kBodySize));
    out += paragraph_style("Heading1", "heading 1",
                           "<w:keepNext/><w:spacing w:before=\"240\" w:after=\"120\"/><w:jc w:val=\"left\"/>"
                           "<w:outlineLvl w:val=\"0\"/>",
                           fonts() + "<w:b/><w:bCs/>" + size(kBodySize));
    out += paragraph_style("Heading2", "heading 2",
                           "<w:keepNext/><w:spacing w:before=\"180\" w:after=\"120\"/><w:jc w:val=\"left\"/>"
                           "<w:outlineLvl w:val=\"1\"/>",
                           fonts() + "<w:b/><w:bCs/><w:i/><w:iCs/>" + size(kBodySize));
    out += paragraph_style("Line", "Report line", "<w:ind w:left=\"284\" w:hanging=\"284\"/>", fonts());
    out += paragraph_style("TableText", "Table text",
                           "<w:spacing w:before=\"40\" w:after=\"40\"/><w:jc w:val=\"left\"/>",
                           fonts() + size(kTableSize));
    out += paragraph_style("TableNumber", "Table number",
                           "<w:spacing w:before=\"40\" w:after=\"40\"/><w:jc w:val=\"right\"/>",
                           fonts() + size(kTableSize));
    out += paragraph_style("TableHeader", "Table header",
                           "<w:keepNext/><w:spacing w:before=\"40\" w:after=\"40\"/><w:jc w:val=\"center\"/>",
                           fonts() + "<w:b/><w:bCs/>" + size(kTableSize));
    std::string borders;
    for (const char* side : {"top", "left", "bottom", "right", "insideH", "insideV"})
        borders +=
            std::string("<w:") + side + " w:val=\"single\" w:sz=\"4\" w:space=\"0\" w:color=\"000000\"/>";
    out +=
        "<w:style w:type=\"table\" w:customStyle=\"1\" w:styleId=\"ReportTable\"><w:name w:val=\"Report "
        "table\"/><w:tblPr><w:tblBorders>" +
        borders +
        "</w:tblBorders><w:tblCellMar><w:left w:w=\"85\" w:type=\"dxa\"/><w:right w:w=\"85\" "
        "w:type=\"dxa\"/></w:tblCellMar></w:tblPr></w:style>";
    out += paragraph_style("Chart", "Chart", "<w:keepNext/><w:jc w:val=\"center\"/>", fonts());
    out +=
        "<w:style w:type=\"paragraph\" w:styleId=\"Header\"><w:name w:val=\"header\"/><w:basedOn "
        "w:val=\"Normal\"/><w:pPr><w:jc w:val=\"center\"/><w:spacing w:after=\"0\"/></w:pPr></w:style>";
    out += "</w:styles>";
    return out;
}

std::string page_number_header_xml() {
    return std::string(kXmlDeclaration) + "<w:hdr xmlns:w=\"" + kWordNamespace +
           "\"><w:p><w:pPr><w:pStyle w:val=\"Header\"/></w:pPr>"
           "<w:r><w:fldChar w:fldCharType=\"begin\"/></w:r>"
           "<w:r><w:instrText xml:space=\"preserve\"> PAGE </w:instrText></w:r>"
           "<w:r><w:fldChar w:fldCharType=\"separate\"/></w:r><w:r><w:t>2</w:t></w:r>"
           "<w:r><w:fldChar w:fldCharType=\"end\"/></w:r></w:p></w:hdr>";
}

std::string empty_header_xml() {
    return std::string(kXmlDeclaration) + "<w:hdr xmlns:w=\"" + kWordNamespace +
           "\"><w:p><w:pPr><w:pStyle w:val=\"Header\"/></w:pPr></w:p></w:hdr>";
}

std::string content_types_xml(int charts) {
    std::string out = kXmlDeclaration;
    out +=
        "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
        "<Default Extension=\"rels\" "
        "ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
        "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
        "<Override PartName=\"/word/document.xml\" "
        "ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/>"
        "<Override PartName=\"/word/styles.xml\" "
        "ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml\"/>";
    for (const char* header : {"header1", "header2"})
        out += std::string("<Override PartName=\"/word/") + header +
               ".xml\" "
               "ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.header+xml\"/>";
    for (int n = 1; n <= charts; ++n)
        out += "<Override PartName=\"/word/charts/chart" + std::to_string(n) +
               ".xml\" ContentType=\"application/vnd.openxmlformats-officedocument.drawingml.chart+xml\"/>";
    return out + "</Types>";
}

std::string package_rels_xml() {
    return std::string(kXmlDeclaration) + "<Relationships xmlns=\"" + kRelationshipsNamespace +
           "\"><Relationship Id=\"rId1\" Type=\"" + kOfficeRelationships +
           "/officeDocument\" Target=\"word/document.xml\"/></Relationships>";
}

std::string document_rels_xml(int charts) {
    std::string out =
        std::string(kXmlDeclaration) + "<Relationships xmlns=\"" + kRelationshipsNamespace + "\">";
    out += std::string("<Relationship Id=\"rIdStyles\" Type=\"") + kOfficeRelationships +
           "/styles\" Target=\"styles.xml\"/>";
    out += std::string("<Relationship Id=\"rIdHeaderDefault\" Type=\"") + kOfficeRelationships +
           "/header\" Target=\"header1.xml\"/>";
    out += std::string("<Relationship Id=\"rIdHeaderFirst\" Type=\"") + kOfficeRelationships +
           "/header\" Target=\"header2.xml\"/>";
    for (int n = 1; n <= charts; ++n)
        out += "<Relationship Id=\"rIdChart" + std::to_string(n) + "\" Type=\"" + kOfficeRelationships +
               "/chart\" Target=\"charts/chart" + std::to_string(n) + ".xml\"/>";
    return out + "</Relationships>";
}

std::string zip_parts(const std::vector<Part>& parts) {
    ZipArchive zip;
    zip_error_t error;
    zip_error_init(&error);
    zip.source = zip_source_buffer_create(nullptr, 0, 0, &error);
    if (!zip.source) zip_failed(zip_error_strerror(&error));
    zip_source_keep(zip.source);  // the archive's bytes stay after zip_close
    zip.archive = zip_open_from_source(zip.source, ZIP_TRUNCATE, &error);
    if (!zip.archive) zip_failed(zip_error_strerror(&error));
    for (const Part& part : parts) {
        // The parts outlive zip_close below, so libzip reads them in place (freep = 0).
        zip_source_t* data = zip_source_buffer(zip.archive, part.second.data(), part.second.size(), 0);
        if (!data) zip_failed(zip_strerror(zip.archive));
        const zip_int64_t index = zip_file_add(zip.archive, part.first.c_str(), data, ZIP_FL_ENC_UTF_8);
        if (index < 0) {
            zip_source_free(data);
            zip_failed(zip_strerror(zip.archive));
        }
        // A fixed time (1980-01-01, the zip format's first day) so that the same report gives the
        // same bytes.
        zip_file_set_mtime(zip.archive, static_cast<zip_uint64_t>(index), 315532800 + 43200, 0);
        // Deflate at level 1: a third of level 6's time on this markup for a file a few percent
        // larger (bench/README.md, "Word and Excel").
        zip_set_file_compression(zip.archive, static_cast<zip_uint64_t>(index), ZIP_CM_DEFLATE, 1);
    }
    if (zip_close(zip.archive) != 0) zip_failed(zip_strerror(zip.archive));
    zip.archive = nullptr;

    std::string bytes;
    if (zip_source_open(zip.source) != 0) zip_failed("cannot read the archive back");
    zip_source_seek(zip.source, 0, SEEK_END);
    const zip_int64_t length = zip_source_tell(zip.source);
    zip_source_seek(zip.source, 0, SEEK_SET);
    if (length > 0) {
        bytes.resize(static_cast<std::size_t>(length));
        if (zip_source_read(zip.source, bytes.data(), static_cast<zip_uint64_t>(length)) != length) {
            zip_source_close(zip.source);
            zip_failed("cannot read the archive back");
        }
    }
    zip_source_close(zip.source);
    return bytes;
}

}  // namespace chitieu::docx
