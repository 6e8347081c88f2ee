// Streaming XML for the XLSX reader: expat underneath, chunks fed as the zip inflates them, and
// the hostile-input rules in one place. A document type declaration is refused outright (an
// XLSX part never has one; with it come entity declarations and the "billion laughs"), and
// elements nest at most limits::kMaxXmlDepth deep. Element and attribute names reach the handler
// without their namespace prefix ("x:row" -> "row"), as writers differ in prefixes.
#pragma once

#include <exception>
#include <string>
#include <string_view>

#include "chitieu/diagnostic.hpp"

namespace chitieu {

// Whether two names are equal, without a library call: element and attribute names are compared
// for every element of a sheet, and they are a few bytes long.
inline bool name_is(std::string_view name, std::string_view want) {
    if (name.size() != want.size()) return false;
    for (std::size_t i = 0; i < name.size(); ++i)
        if (name[i] != want[i]) return false;
    return true;
}

// An element or attribute name after its first ':' ("x:row" -> "row"), in one pass (called for
// every element and attribute).
inline std::string_view local_name(const char* name) {
    const char* local = name;
    const char* end = name;
    for (; *end != '\0'; ++end)
        if (*end == ':' && local == name) local = end + 1;
    return {local, static_cast<std::size_t>(end - local)};
}

struct XmlAttributes {
    const char** pairs;  // expat's: name, value, name, value, ..., null
    // The attribute's value, or empty when absent.
    std::string_view get(std::string_view name) const;
};

class XmlHandler {
public:
    virtual ~XmlHandler() = default;
    virtual void start(std::string_view name, const XmlAttributes& attributes) = 0;
    virtual void end(std::string_view name) = 0;
    virtual void text(std::string_view text) = 0;
};

class XmlParser {
public:
    // `place` names the part in messages ("book.xlsx:xl/worksheets/sheet1.xml").
    XmlParser(XmlHandler& handler, FileName place, int max_depth);
    ~XmlParser();
    XmlParser(const XmlParser&) = delete;
    XmlParser& operator=(const XmlParser&) = delete;

    // Expat's own buffer for the next `size` bytes, which the caller fills (the zip inflater
    // writes into it: no copy), then parse_buffer() with how many it wrote; `last` ends the
    // document. Throws InputError at the line and column of malformed XML, a refused declaration
    // or too deep a nesting, and passes on whatever the handler threw (callbacks never throw
    // through expat's C frames: the parser is stopped and the exception thrown again here).
    char* buffer(std::size_t size);
    void parse_buffer(std::size_t filled, bool last);

    // Where the parser is, for the handler's own messages.
    SourceLocation where() const;

    struct Impl;  // public only for expat's callbacks (xml_reader.cpp)

private:
    void check(int status);  // an XML_Status: throws as said above
    Impl* impl_;
};

}  // namespace chitieu
