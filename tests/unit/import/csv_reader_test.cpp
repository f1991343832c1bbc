// The RFC 4180 tokenizer on its own: records, the line each starts on, and syntax problems.
#include "import/csv_reader.hpp"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <tuple>

namespace kamgraph::csv {
namespace {

using ::testing::ElementsAre;
using Fields = std::vector<std::string>;
using Rec = std::pair<int, Fields>;                   // line, fields
using Prob = std::tuple<int, int, int, std::string>;  // line, record, field, message

std::vector<Rec> records(const Parse& p) {
  std::vector<Rec> out;
  for (const auto& r : p.records) out.emplace_back(r.line, r.fields);
  return out;
}

std::vector<Prob> problems(const Parse& p) {
  std::vector<Prob> out;
  for (const auto& q : p.problems) out.emplace_back(q.line, q.record, q.field_index, q.message);
  return out;
}

const std::string kUnterminated =
    "unterminated quoted field: the quote that opens it is never closed";

TEST(CsvReader, PlainRecordsWithLineNumbers) {
  const Parse p = parse("id,name\np1,Ada\np2,Ben\n");
  EXPECT_TRUE(p.problems.empty());
  EXPECT_THAT(records(p),
              ElementsAre(Rec{1, {"id", "name"}}, Rec{2, {"p1", "Ada"}}, Rec{3, {"p2", "Ben"}}));
}

TEST(CsvReader, QuotedFieldsHoldCommasDoubledQuotesAndNewlines) {
  const Parse p = parse("id,name,title\np1,\"Smith, \"\"JJ\"\"\nJunior\",CEO\np2,\"\",x\n");
  EXPECT_TRUE(p.problems.empty());
  // The quoted name spans lines 2-3, so the next record starts on line 4.
  EXPECT_THAT(records(p),
              ElementsAre(Rec{1, {"id", "name", "title"}},
                          Rec{2, {"p1", "Smith, \"JJ\"\nJunior", "CEO"}}, Rec{4, {"p2", "", "x"}}));
}

TEST(CsvReader, CrlfLineEndsAndCrlfInsideQuotesBecomesLf) {
  const Parse p = parse("a,b\r\n1,\"x\r\ny\"\r\n2,3\r\n");
  EXPECT_TRUE(p.problems.empty());
  EXPECT_THAT(records(p),
              ElementsAre(Rec{1, {"a", "b"}}, Rec{2, {"1", "x\ny"}}, Rec{4, {"2", "3"}}));
}

TEST(CsvReader, LoneCrEndsALine) {
  EXPECT_THAT(records(parse("a\rb\r")), ElementsAre(Rec{1, {"a"}}, Rec{2, {"b"}}));
}

TEST(CsvReader, ByteOrderMarkIsSkipped) {
  EXPECT_THAT(records(parse("\xEF\xBB\xBFid,name\r\n")), ElementsAre(Rec{1, {"id", "name"}}));
  // Only a BOM: no records, and no problem either (the caller reports the empty file).
  const Parse only_bom = parse("\xEF\xBB\xBF");
  EXPECT_TRUE(only_bom.records.empty());
  EXPECT_TRUE(only_bom.problems.empty());
}

TEST(CsvReader, ValuesAreTrimmedOfSpacesAndTabsQuotedOrNot) {
  EXPECT_THAT(records(parse(" a ,\tb\t,  \" c \"  , \"\td\"\n")),
              ElementsAre(Rec{1, {"a", "b", "c", "d"}}));
}

TEST(CsvReader, EmptyFieldsAndTrailingComma) {
  EXPECT_THAT(records(parse("a,,\n,\nx,")),
              ElementsAre(Rec{1, {"a", "", ""}}, Rec{2, {"", ""}}, Rec{3, {"x", ""}}));
}

TEST(CsvReader, BlankLinesAreSkippedButAQuotedEmptyValueIsARecord) {
  EXPECT_THAT(records(parse("a\n\n  \n\"\"\nb")),
              ElementsAre(Rec{1, {"a"}}, Rec{4, {""}}, Rec{5, {"b"}}));
}

TEST(CsvReader, EmptyText) {
  const Parse p = parse("");
  EXPECT_TRUE(p.records.empty());
  EXPECT_TRUE(p.problems.empty());
}

TEST(CsvReader, UnterminatedQuoteIsReportedWhereItOpens) {
  const Parse p = parse("a,b\n1,\"x\n2,3\n4,5\n");
  EXPECT_THAT(problems(p), ElementsAre(Prob{2, 1, 1, kUnterminated}));
  ASSERT_EQ(p.records.size(), 2u);
  EXPECT_TRUE(p.records[0].ok);
  EXPECT_FALSE(p.records[1].ok);
  EXPECT_EQ(p.records[1].line, 2);
}

TEST(CsvReader, QuoteInsideAnUnquotedFieldIsReportedAndTheRecordSpoilt) {
  const Parse p = parse("a,b\n1,6\" pipe\n2,3\n");
  EXPECT_THAT(problems(p),
              ElementsAre(Prob{2, 1, 1,
                               "a quote inside an unquoted field; enclose the whole field in "
                               "quotes and write the quote as \"\""}));
  ASSERT_EQ(p.records.size(), 3u);
  EXPECT_FALSE(p.records[1].ok);
  EXPECT_TRUE(p.records[2].ok);
  EXPECT_EQ(p.records[2].line, 3);
}

TEST(CsvReader, TextAfterAClosingQuoteIsReported) {
  const Parse p = parse("a,b,c\n\"x\"y,2,3\n\"ok\" ,4,5\n");
  EXPECT_THAT(problems(p), ElementsAre(Prob{2, 1, 0,
                                            "unexpected text after a closing quote; inside a "
                                            "quoted field write a quote as \"\""}));
  ASSERT_EQ(p.records.size(), 3u);
  EXPECT_FALSE(p.records[1].ok);
  // The rest of the spoilt record is still split at its commas, so the next record is
  // found where it starts; blanks after a closing quote are fine.
  EXPECT_EQ(p.records[1].fields, (Fields{"x", "2", "3"}));
  EXPECT_TRUE(p.records[2].ok);
  EXPECT_EQ(p.records[2].fields, (Fields{"ok", "4", "5"}));
}

TEST(CsvReader, SeveralProblemsInOneText) {
  const Parse p = parse("a,b\n1,x\"y\n2,\"z\"w\n");
  EXPECT_EQ(p.problems.size(), 2u);
  EXPECT_EQ(p.problems[0].line, 2);
  EXPECT_EQ(p.problems[1].line, 3);
}

TEST(CsvReader, InvalidUtf8IsLocatedByLineAndCharacterColumn) {
  // Latin-1 "é" (0xE9) followed by a space is not a UTF-8 sequence.
  const Parse p = parse("a,b\nRen\xE9 Roux,x\n");
  EXPECT_TRUE(p.records.empty());
  EXPECT_THAT(problems(p),
              ElementsAre(Prob{2, -1, -1,
                               "not UTF-8 text (byte 0xE9 at column 4); save the file as UTF-8"}));
}

TEST(CsvReader, Utf8ColumnsCountCharactersNotBytes) {
  // "żó" is four bytes but two characters, so the bad byte is in column 3.
  EXPECT_EQ(parse("\xC5\xBC\xC3\xB3\xFF").problems.at(0).message,
            "not UTF-8 text (byte 0xFF at column 3); save the file as UTF-8");
  // A line break inside a quoted field still starts a new line of the file; so does CRLF.
  EXPECT_EQ(parse("\"a\r\nb\xFF\"").problems.at(0).line, 2);
  // The BOM is not counted as a column.
  EXPECT_EQ(parse("\xEF\xBB\xBF"
                  "a\xFF")
                .problems.at(0)
                .message,
            "not UTF-8 text (byte 0xFF at column 2); save the file as UTF-8");
}

TEST(CsvReader, BadByteAfterLongAsciiRunsIsFoundWhereverItFalls) {
  // ASCII is skipped eight bytes at a time: put the bad byte, and a good two-byte
  // character before it, at every offset within such a step. k x's, "é", nine y's: the
  // bad byte is character k + 11 of line 2.
  for (std::size_t k = 0; k <= 16; ++k) {
    const std::string line = std::string(k, 'x') + "\xC3\xA9" + std::string(9, 'y');
    EXPECT_TRUE(parse("h\n" + line + "\n").problems.empty()) << k;
    const Parse p = parse("h\n" + line + "\xFF\n");
    ASSERT_EQ(p.problems.size(), 1u) << k;
    EXPECT_EQ(p.problems[0].line, 2) << k;
    EXPECT_EQ(p.problems[0].message, "not UTF-8 text (byte 0xFF at column " +
                                         std::to_string(k + 11) + "); save the file as UTF-8")
        << k;
  }
}

TEST(CsvReader, StreamedRecordsHoldTheSameValuesAsParsedOnes) {
  // Streamed fields are views, of the text or (for quoted values with doubled quotes or
  // CRLF) of the tokenizer's copy; either way they read as the documented values.
  const std::string text = "a,b\n\" x \"\"q\"\" \",plain \n\"multi\r\nline\",\" y \"\n";
  std::vector<Rec> streamed;
  const Parse p = parse(text, [&](const RecordView& r) {
    streamed.emplace_back(r.line, Fields(r.fields.begin(), r.fields.end()));
  });
  EXPECT_TRUE(p.problems.empty());
  EXPECT_TRUE(p.records.empty());
  EXPECT_THAT(streamed, ElementsAre(Rec{1, {"a", "b"}}, Rec{2, {"x \"q\"", "plain"}},
                                    Rec{3, {"multi\nline", "y"}}));
  EXPECT_EQ(records(parse(text)), streamed);
}

TEST(CsvReader, RejectsOverlongSurrogateAndTruncatedSequences) {
  auto first_bad = [](std::string_view text) {
    const Parse p = parse(text);
    return p.problems.empty() ? std::string{} : p.problems[0].message;
  };
  EXPECT_EQ(first_bad("\xC0\xAF"),
            "not UTF-8 text (byte 0xC0 at column 1); save the file as UTF-8");
  EXPECT_EQ(first_bad("x\xE0\x80\x80"),
            "not UTF-8 text (byte 0xE0 at column 2); save the file as UTF-8");
  EXPECT_EQ(first_bad("\xED\xA0\x80"),
            "not UTF-8 text (byte 0xED at column 1); save the file as UTF-8");
  EXPECT_EQ(first_bad("\xF4\x90\x80\x80"),
            "not UTF-8 text (byte 0xF4 at column 1); save the file as UTF-8");
  EXPECT_EQ(first_bad("ab\xE2\x82"),
            "not UTF-8 text (byte 0xE2 at column 3); save the file as UTF-8");
  // Well-formed: 2-, 3- and 4-byte sequences, the largest code point, and U+FEFF mid-text.
  EXPECT_EQ(first_bad("\xC3\xA9\xE2\x82\xAC\xF0\x9F\x98\x80\xF4\x8F\xBF\xBF\xEF\xBB\xBF"), "");
}

}  // namespace
}  // namespace kamgraph::csv
