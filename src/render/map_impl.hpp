// Private parts of the map renderer shared by its sources and its tests.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "kamgraph/render/map.hpp"

namespace kamgraph::map_detail {

// Where a person stands relative to the account drawn (as AccountGraph decides it).
Side side_of(const Person& p, const std::string& account_id);

// `v` with `decimals` decimals ("0.50"), never "-0.00".
std::string number(double v, int decimals);

// ---- escaping (map_escape.cpp) ---------------------------------------------------------------

// `text` as the text of an HTML-like DOT label (an XML fragment): & < > " ' become
// character references, so Graphviz's label parser reads back exactly `text`, and
// backslashes are doubled, because Graphviz then applies its \N \G \E \T \H \L
// substitutions to HTML-like labels too (reading \\ as one backslash). Graphviz writes an
// '&' that looks like the start of a character reference ("&amp;" in a name) into SVG and
// pango markup unescaped, where it would read as "&": such an '&' is followed by an
// invisible U+2060 WORD JOINER. Tabs, line breaks and other control characters become
// spaces, and bytes that are not UTF-8 become U+FFFD, so that the SVG stays well-formed.
std::string xml_text(std::string_view text);

// `text` as a double-quoted DOT string for a tooltip: quotes escaped and each backslash
// written four times, because Graphviz 2.43 unescapes a tooltip twice (first \x to x, then
// its \N \G \T \H substitutions with \\ to \), so that `\N` or `\` shows as written;
// an entity-like '&' gets U+2060 as in xml_text; control characters become spaces,
// non-UTF-8 bytes U+FFFD.
std::string tooltip_quoted(std::string_view text);

// `text` broken at spaces into lines of at most `width` characters (UTF-8 aware; a longer
// word stays whole on its own line).
std::vector<std::string> wrap_words(std::string_view text, std::size_t width);

// ---- Graphviz (map_image.cpp) ----------------------------------------------------------------

struct Rendered {
  std::string bytes;
  std::vector<std::string> warnings;  // Graphviz's warnings, one per message
};
// render_image, keeping Graphviz's warnings (which render_image drops) for the tests.
Rendered render_graphviz(const std::string& dot_text, ImageFormat format,
                         const std::string& engine);

// PDF from cairo carries the time it was written as /CreationDate; this replaces it with
// 1970-01-01 in a string of the same length, so the cross-reference offsets stay right.
void fix_pdf_creation_date(std::string& pdf);

}  // namespace kamgraph::map_detail
