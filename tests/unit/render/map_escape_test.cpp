// Escaping for HTML-like labels and for DOT strings, character by character.
#include <gtest/gtest.h>

#include "render/map_impl.hpp"

namespace kamgraph::map_detail {
namespace {

TEST(XmlText, EscapesTheFiveXmlCharacters) {
  EXPECT_EQ(xml_text(R"(<script>alert(1)</script> "\N" {x} & 'y')"),
            "&lt;script&gt;alert(1)&lt;/script&gt; &quot;\\\\N&quot; {x} &amp; &#39;y&#39;");
  // Graphviz substitutes \N, \G, ... in HTML-like labels and reads \\ as \.
  EXPECT_EQ(xml_text(R"(\G \\ \)"), R"(\\G \\\\ \\)");
}

TEST(XmlText, KeepsUtf8AndReplacesWhatIsNot) {
  EXPECT_EQ(xml_text("Niccolò Berti — ☂"), "Niccolò Berti — ☂");
  EXPECT_EQ(xml_text("a\xff"
                     "b"),
            "a\xEF\xBF\xBD"
            "b");
  // Overlong "/" and a lone surrogate are not UTF-8.
  EXPECT_EQ(xml_text("\xC0\xAF"), "\xEF\xBF\xBD\xEF\xBF\xBD");
  EXPECT_EQ(xml_text("\xED\xA0\x80"), "\xEF\xBF\xBD\xEF\xBF\xBD\xEF\xBF\xBD");
  // Truncated sequence at the end.
  EXPECT_EQ(xml_text("x\xE2\x82"), "x\xEF\xBF\xBD\xEF\xBF\xBD");
}

TEST(XmlText, ControlCharactersBecomeSpaces) {
  EXPECT_EQ(xml_text("a\tb\nc\rd\x01"
                     "e\x7f"),
            "a b c d e ");
}

TEST(XmlText, AnEntityInANameStaysText) {
  // Graphviz would write "&amp;" into SVG unescaped (reading as "&"): a word joiner keeps it.
  EXPECT_EQ(xml_text("Ann &amp; Bo"), "Ann &amp;\xE2\x81\xA0" "amp; Bo");
  EXPECT_EQ(xml_text("&#39; &#x1F; &lt;"),
            "&amp;\xE2\x81\xA0#39; &amp;\xE2\x81\xA0#x1F; &amp;\xE2\x81\xA0lt;");
  // Not entity-like: no joiner.
  EXPECT_EQ(xml_text("R&D & Co; &x ;&;"), "R&amp;D &amp; Co; &amp;x ;&amp;;");
}

TEST(TooltipQuoted, QuadruplesBackslashesAndEscapesQuotes) {
  EXPECT_EQ(tooltip_quoted(R"(Head of "Ops" \N \n {x} | <y>)"),
            R"("Head of \"Ops\" \\\\N \\\\n {x} | <y>")");
  EXPECT_EQ(tooltip_quoted("trailing\\"), R"("trailing\\\\")");
  EXPECT_EQ(tooltip_quoted("line\nbreak"), "\"line break\"");
  EXPECT_EQ(tooltip_quoted("Ann &amp; Bo & Co"), "\"Ann &\xE2\x81\xA0" "amp; Bo & Co\"");
}

TEST(WrapWords, BreaksAtSpacesWithinTheWidth) {
  EXPECT_EQ(wrap_words("Director of Clinical Engineering and Technical Services", 28),
            (std::vector<std::string>{"Director of Clinical", "Engineering and Technical",
                                      "Services"}));
  EXPECT_EQ(wrap_words("  short  ", 28), std::vector<std::string>{"short"});
  EXPECT_EQ(wrap_words("Supercalifragilisticexpialidocious x", 10),
            (std::vector<std::string>{"Supercalifragilisticexpialidocious", "x"}));
  // Characters, not bytes: eight two-byte letters fit in 8.
  EXPECT_EQ(wrap_words("òòòò òòò", 8), std::vector<std::string>{"òòòò òòò"});
  EXPECT_TRUE(wrap_words("", 10).empty());
}

}  // namespace
}  // namespace kamgraph::map_detail
