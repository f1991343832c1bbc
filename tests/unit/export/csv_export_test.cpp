// CSV export: RFC 4180 quoting, the column order of fields.hpp, sorted records, and the
// number format, checked as exact text.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <sstream>

#include "export/export_impl.hpp"
#include "kamgraph/export/export.hpp"
#include "kamgraph/model/error.hpp"
#include "unit/export/sample_data.hpp"

namespace kamgraph {
namespace {

using test::kNastyName;
using test::small_dataset;

Person person(std::string id, std::string name, std::string title = "") {
  return Person{
      .id = std::move(id), .name = std::move(name), .org = "acme", .title = std::move(title)};
}

// The people.csv data row of a single person.
std::string person_row(const Person& p) {
  Dataset d;
  d.people.push_back(p);
  const std::string text = people_csv(d);
  return text.substr(text.find('\n') + 1);
}

TEST(CsvExport, SmallDatasetExactly) {
  const Dataset d = small_dataset();
  EXPECT_EQ(accounts_csv(d),
            "id,name,segment,revenue,potential,margin,attractiveness,supplier_strength\n"
            "acme,Acme S.p.A.,strategic,1200000,,0.18,,\n");
  EXPECT_EQ(people_csv(d),
            "id,name,org,kind,role,power,attitude,title,department,reports_to\n"
            "a_ceo,Anna Rossi,acme,dmu,decider;approver,0.9,supporter,CEO,Board,\n"
            "a_cfo,,acme,dmu,approver,0.5,neutral,CFO,,a_ceo\n"
            "kam,Giulia Ferrari,internal,internal,,0,neutral,Key Account Manager,Sales,\n");
  // Sorted by (source, target, type), the symmetric one written a-first.
  EXPECT_EQ(relationships_csv(d),
            "source,target,type,strength,last_contact,mode\n"
            "a_ceo,kam,knows,0.8,2025-03-01,trust\n"
            "a_cfo,a_ceo,reports_to,0.5,,\n");
}

TEST(CsvExport, EmptyDatasetIsHeadersOnly) {
  EXPECT_EQ(accounts_csv({}),
            "id,name,segment,revenue,potential,margin,attractiveness,supplier_strength\n");
  EXPECT_EQ(people_csv({}), "id,name,org,kind,role,power,attitude,title,department,reports_to\n");
  EXPECT_EQ(relationships_csv({}), "source,target,type,strength,last_contact,mode\n");
}

TEST(CsvExport, QuotesOnlyWhatNeedsIt) {
  EXPECT_EQ(person_row(person("p", "Rossi, Anna")), "p,\"Rossi, Anna\",acme,dmu,,0.5,neutral,,,\n");
  EXPECT_EQ(person_row(person("p", "Anna \"the boss\" Rossi")),
            "p,\"Anna \"\"the boss\"\" Rossi\",acme,dmu,,0.5,neutral,,,\n");
  EXPECT_EQ(person_row(person("p", "Anna", "CEO\nand CFO")),
            "p,Anna,acme,dmu,,0.5,neutral,\"CEO\nand CFO\",,\n");
  EXPECT_EQ(person_row(person("p", "Anna", "CEO\r\n")),
            "p,Anna,acme,dmu,,0.5,neutral,\"CEO\r\n\",,\n");
  EXPECT_EQ(person_row(person("p", " Anna", "CEO ")),
            "p,\" Anna\",acme,dmu,,0.5,neutral,\"CEO \",,\n");
  // Markup, backslashes, braces and single quotes mean nothing to CSV.
  EXPECT_EQ(person_row(person("o'brien", kNastyName)),
            "o'brien,\"<script>alert(1)</script> \"\"\\N\"\" {x}\",acme,dmu,,0.5,neutral,,,\n");
  EXPECT_EQ(person_row(person("p", "Zoë {x} \\N <b>")),
            "p,Zoë {x} \\N <b>,acme,dmu,,0.5,neutral,,,\n");
}

TEST(CsvExport, NumbersAreTheShortestTextThatReadsBack) {
  using export_detail::number_text;
  EXPECT_EQ(number_text(0.5), "0.5");
  EXPECT_EQ(number_text(0.0), "0");
  EXPECT_EQ(number_text(1.0), "1");
  EXPECT_EQ(number_text(0.1 + 0.2), "0.30000000000000004");
  EXPECT_EQ(number_text(1200000), "1200000");
  EXPECT_EQ(number_text(12345678901.5), "12345678901.5");
  EXPECT_EQ(number_text(-0.05), "-0.05");
  EXPECT_EQ(number_text(1e-7), "0.0000001");
  // Where fixed notation would be long, scientific is shorter and still exact.
  EXPECT_EQ(number_text(1e21), "1e+21");
  EXPECT_EQ(number_text(1.2345678e-15), "1.2345678e-15");
}

TEST(CsvExport, WritesTheThreeFilesIntoADirectoryItCreates) {
  namespace fs = std::filesystem;
  const fs::path dir = fs::path(testing::TempDir()) / "kamgraph_csv_export" / "nested";
  fs::remove_all(dir.parent_path());
  const Dataset d = small_dataset();
  write_csv_directory(d, dir.string());
  auto slurp = [](const fs::path& p) {
    std::ifstream in(p, std::ios::binary);
    std::ostringstream s;
    s << in.rdbuf();
    return s.str();
  };
  EXPECT_EQ(slurp(dir / "accounts.csv"), accounts_csv(d));
  EXPECT_EQ(slurp(dir / "people.csv"), people_csv(d));
  EXPECT_EQ(slurp(dir / "relationships.csv"), relationships_csv(d));
  fs::remove_all(dir.parent_path());
}

TEST(CsvExport, ADirectoryThatCannotBeCreatedIsAnError) {
  namespace fs = std::filesystem;
  const fs::path file = fs::path(testing::TempDir()) / "kamgraph_csv_export_file";
  std::ofstream(file) << "not a directory";
  EXPECT_THROW(write_csv_directory(small_dataset(), (file / "sub").string()), Error);
  fs::remove(file);
}

}  // namespace
}  // namespace kamgraph
