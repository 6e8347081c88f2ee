// Text for XML documents (JUnit reports, SVG charts): the one XML escaper.
#pragma once

#include <string>
#include <string_view>

namespace chitieu {

// What becomes of line breaks and tabs.
enum class XmlWhitespace {
    keep,       // element content: LF and TAB as they are, CR as &#13; (a parser would drop it)
    reference,  // attribute values: LF, TAB and CR as character references
    space,      // single-line text (SVG labels): each becomes a space
};

// & < > " ' escaped; characters XML 1.0 forbids (other control characters, U+FFFE/U+FFFF, bytes
// that are not UTF-8) replaced by U+FFFD.
std::string xml_escape(std::string_view text, XmlWhitespace whitespace);

}  // namespace chitieu
