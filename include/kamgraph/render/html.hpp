// HTML output shared by the HTML renderers (the brief, the portfolio audit): every user
// string escaped, and Graphviz SVG made safe to inline into a page.
#pragma once

#include <string>
#include <string_view>

namespace kamgraph {

// `text` made safe both as HTML text and as a double- or single-quoted attribute value:
// & < > " ' become character references; control characters other than tab, newline and
// carriage return (which HTML forbids) are dropped. Everything else, including backslashes
// and braces, passes through, so the reader sees exactly what was imported.
std::string html_escape(std::string_view text);

// An SVG document (as Graphviz writes it) turned into an <svg> element that can be pasted
// into an HTML page and that can neither run script nor fetch anything:
//  - the XML prolog, processing instructions, the DOCTYPE and comments are removed (the
//    comments carry the graph's name, a user string, and Graphviz's version);
//  - only drawing elements are kept (svg, g, title, desc, a, text, tspan, path, polygon,
//    polyline, ellipse, circle, rect, line, defs, gradients, stop, clipPath); any other
//    element (script, style, foreignObject, image, use, ...) is dropped with its content;
//  - event-handler attributes (on*) are dropped, and so is any link or url() that does not
//    point inside the document (#...);
//  - the root's width and height are dropped so that CSS sizes the drawing (its viewBox
//    keeps the proportions).
// Text and attribute values keep their XML escapes, which HTML reads the same way.
// Throws Error(ExitCode::internal) when `svg` is not well-formed enough to be sure of this.
std::string svg_for_html(std::string_view svg);

}  // namespace kamgraph
