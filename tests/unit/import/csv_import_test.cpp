// Whole CSV imports: directories, named files, and every bad input under tests/data/csv/bad
// (the same fixtures the end-to-end tests use; bad/README.md lists them).
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <functional>
#include <set>
#include <tuple>

#include "kamgraph/import/fields.hpp"
#include "kamgraph/import/import.hpp"

namespace kamgraph {
namespace {

namespace fs = std::filesystem;
using ::testing::ElementsAre;
using ::testing::IsEmpty;
using D = std::tuple<std::string, int, std::string, std::string>;  // file, line, field, message

const std::string kData = std::string(KAMGRAPH_SOURCE_DIR) + "/tests/data/csv";
std::string good(const std::string& name) { return kData + "/good/" + name; }
std::string bad(const std::string& name) { return kData + "/bad/" + name; }

const std::string kPeopleColumns =
    "id,name,org,kind,role,power,attitude,title,department,reports_to";

// The diagnostics of the InputError that `run` must throw.
std::vector<D> input_errors(const std::function<void()>& run) {
  try {
    run();
  } catch (const InputError& e) {
    EXPECT_EQ(e.code(), ExitCode::bad_input);
    std::vector<D> out;
    for (const auto& d : e.diagnostics()) out.emplace_back(d.file, d.line, d.field, d.message);
    return out;
  }
  ADD_FAILURE() << "expected an InputError";
  return {};
}

std::vector<D> bad_case(const std::string& name) {
  return input_errors([&] { read_csv_directory(bad(name)); });
}

// A scratch directory for inputs that are clearer inline than as fixtures.
class Scratch {
 public:
  Scratch() {
    const auto* info = ::testing::UnitTest::GetInstance()->current_test_info();
    path_ = fs::path(::testing::TempDir()) /
            ("kamgraph_csv_" + std::string(info->test_suite_name()) + "_" + info->name());
    fs::remove_all(path_);
    fs::create_directories(path_);
  }
  ~Scratch() {
    std::error_code ec;
    fs::remove_all(path_, ec);
  }
  std::string write(const std::string& name, const std::string& text) const {
    std::ofstream(path_ / name, std::ios::binary) << text;
    return file(name);
  }
  std::string dir() const { return path_.string(); }
  std::string file(const std::string& name) const { return (path_ / name).string(); }

 private:
  fs::path path_;
};

Dataset acme() {
  Dataset d;
  d.accounts = {{.id = "acme",
                 .name = "Acme, Inc.",
                 .segment = Segment::strategic,
                 .revenue = 1200000.0,
                 .potential = 2000000.0,
                 .margin = 0.18,
                 .attractiveness = 0.8,
                 .supplier_strength = 0.6}};
  d.people = {
      {.id = "anna",
       .name = "Anna Bianchi",
       .org = "acme",
       .kind = PersonKind::dmu,
       .roles = {Role::decider},
       .power = 0.9,
       .attitude = Attitude::champion,
       .title = "CEO",
       .department = "Board"},
      {.id = "carlo",
       .name = "Carlo Rossi",
       .org = "acme",
       .kind = PersonKind::dmu,
       .roles = {Role::user, Role::technical},
       .power = 0.5,
       .attitude = Attitude::neutral,
       .title = "Head of IT",
       .department = "IT",
       .reports_to = "anna"},
      {.id = "cfo",
       .name = "",
       .org = "acme",
       .kind = PersonKind::dmu,
       .power = 0.8,
       .title = "CFO",
       .department = "Finance",
       .reports_to = "anna"},
      {.id = "kasia",
       .name = "Kasia Nowak",
       .org = "internal",
       .kind = PersonKind::internal,
       .power = 0.0,
       .title = "Key Account Manager",
       .department = "Sales"},
      {.id = "marco",
       .name = "Marco Verdi",
       .org = "Consulting Srl",
       .kind = PersonKind::influencer,
       .roles = {Role::influencer},
       .power = 0.4,
       .attitude = Attitude::skeptic,
       .title = "Consultant"},
      {.id = "piotr",
       .name = "Piotr Zielinski",
       .org = "internal",
       .kind = PersonKind::internal,
       .power = 0.0,
       .title = "Engineer, applications",
       .department = "Technical",
       .reports_to = "kasia"},
  };
  d.relationships = {
      {.source = "anna",
       .target = "kasia",
       .type = RelationType::knows,
       .strength = 0.8,
       .last_contact = Date(2026, 1, 15),
       .mode = Mode::trust},
      {.source = "carlo", .target = "anna", .type = RelationType::reports_to, .strength = 0.5},
      {.source = "carlo",
       .target = "piotr",
       .type = RelationType::works_with,
       .strength = 0.6,
       .last_contact = Date(2025, 11, 3),
       .mode = Mode::technical},
      {.source = "cfo", .target = "kasia", .type = RelationType::knows, .strength = 0.2},
      {.source = "marco", .target = "anna", .type = RelationType::influences, .strength = 0.7},
  };
  return d;
}

TEST(CsvImport, GoodDirectory) {
  // Free column order, an unknown column with quotes and a line break, CRM role words,
  // synonyms in any case, a placeholder, defaults, symmetric relationships written
  // target-first, and a placeholder as a relationship endpoint.
  EXPECT_EQ(read_csv_directory(good("acme")), acme());
}

TEST(CsvImport, NamedFilesDirectoriesAndReadInputAgree) {
  const std::string dir = good("acme");
  const std::vector<std::string> files{dir + "/relationships.csv", dir + "/people.csv",
                                       dir + "/accounts.csv"};
  EXPECT_EQ(read_csv_files(files), acme());
  EXPECT_EQ(read_csv_files({dir}), acme());
  EXPECT_EQ(read_input({dir}), acme());
  EXPECT_EQ(read_input(files), acme());
  // Naming a file and its directory reads the file once (no duplicates).
  EXPECT_EQ(read_csv_files({dir, dir + "/people.csv"}), acme());
}

TEST(CsvImport, CrlfByteOrderMarkAndFileNamesInAnyCase) {
  // People.CSV: CRLF line ends, a BOM, header " ID , Name,ORG", a CRLF inside quotes.
  const Dataset d = read_csv_directory(good("crlf_bom"));
  ASSERT_EQ(d.people.size(), 2u);
  EXPECT_EQ(d.people[0].id, "jan");
  EXPECT_EQ(d.people[0].name, "Jan\nKowalski");
  EXPECT_EQ(d.people[1].id, "zófia");
  EXPECT_EQ(d.people[1].name, "Zofia Łącka");
  EXPECT_EQ(d.people[1].org, "beta");
  EXPECT_EQ(d.people[1].kind, PersonKind::dmu);
  EXPECT_THAT(d.relationships, IsEmpty());
  EXPECT_THAT(d.accounts, IsEmpty());
}

TEST(CsvImport, MissingRequiredColumn) {
  EXPECT_THAT(bad_case("missing_column"),
              ElementsAre(D{bad("missing_column") + "/people.csv", 1, "",
                            "missing required column 'org' (columns are: " + kPeopleColumns +
                                "); is 'orgg' meant to be 'org'?"}));
}

TEST(CsvImport, DuplicateColumn) {
  EXPECT_THAT(bad_case("duplicate_column"),
              ElementsAre(D{bad("duplicate_column") + "/people.csv", 1, "",
                            "duplicate column 'power' (columns 4 and 5)"}));
}

TEST(CsvImport, WrongNumberOfFields) {
  EXPECT_THAT(bad_case("wrong_field_count"),
              ElementsAre(D{bad("wrong_field_count") + "/people.csv", 3, "",
                            "row has 7 fields, the header has 10"}));
}

TEST(CsvImport, UnterminatedQuote) {
  EXPECT_THAT(bad_case("unterminated_quote"),
              ElementsAre(D{bad("unterminated_quote") + "/people.csv", 3, "name",
                            "unterminated quoted field: the quote that opens it is never "
                            "closed"}));
}

TEST(CsvImport, NotUtf8) {
  EXPECT_THAT(bad_case("not_utf8"),
              ElementsAre(D{bad("not_utf8") + "/people.csv", 3, "",
                            "not UTF-8 text (byte 0xE9 at column 7); save the file as UTF-8"}));
}

TEST(CsvImport, EmptyFile) {
  EXPECT_THAT(bad_case("empty_file"),
              ElementsAre(D{bad("empty_file") + "/people.csv", 0, "",
                            "empty file: expected a header row with " + kPeopleColumns}));
}

TEST(CsvImport, DuplicatePersonId) {
  const std::string people = bad("duplicate_person") + "/people.csv";
  EXPECT_THAT(bad_case("duplicate_person"),
              ElementsAre(D{people, 4, "id",
                            "duplicate person id 'p1' (first defined at " + people + ":2)"}));
}

TEST(CsvImport, UnknownPersonInReportsToAndRelationships) {
  const std::string dir = bad("unknown_person");
  EXPECT_THAT(bad_case("unknown_person"),
              ElementsAre(D{dir + "/people.csv", 3, "reports_to",
                            "unknown person 'annna' (did you mean 'anna'?)"},
                          D{dir + "/relationships.csv", 3, "target",
                            "unknown person 'zed' (not in this import, nor already in the "
                            "database)"}));
}

TEST(CsvImport, SelfRelationshipAndSelfReportsTo) {
  const std::string dir = bad("self_relationship");
  EXPECT_THAT(
      bad_case("self_relationship"),
      ElementsAre(D{dir + "/people.csv", 2, "reports_to", "'anna' cannot report to themselves"},
                  D{dir + "/relationships.csv", 2, "target",
                    "source and target are both 'anna'; a relationship joins two "
                    "different people"}));
}

TEST(CsvImport, StrengthOutsideRange) {
  const std::string rels = bad("strength_out_of_range") + "/relationships.csv";
  EXPECT_THAT(bad_case("strength_out_of_range"),
              ElementsAre(D{rels, 2, "strength", "1.5 is outside (0,1]"},
                          D{rels, 3, "strength", "0 is outside (0,1]"}));
}

TEST(CsvImport, StrengthNaN) {
  EXPECT_THAT(bad_case("strength_nan"), ElementsAre(D{bad("strength_nan") + "/relationships.csv", 2,
                                                      "strength", "'NaN' is not a number"}));
}

TEST(CsvImport, StrengthOverflow) {
  EXPECT_THAT(bad_case("strength_overflow"),
              ElementsAre(D{bad("strength_overflow") + "/relationships.csv", 2, "strength",
                            "'1e999' is out of range"}));
}

TEST(CsvImport, PowerOutsideRange) {
  const std::string people = bad("power_out_of_range") + "/people.csv";
  EXPECT_THAT(bad_case("power_out_of_range"),
              ElementsAre(D{people, 2, "power", "1.2 is outside [0,1]"},
                          D{people, 3, "power", "-0.1 is outside [0,1]"}));
}

TEST(CsvImport, NotARealDate) {
  EXPECT_THAT(bad_case("bad_date"),
              ElementsAre(D{bad("bad_date") + "/relationships.csv", 2, "last_contact",
                            "'2026-02-30' is not a real date (YYYY-MM-DD)"}));
}

TEST(CsvImport, UnknownWordsWithSuggestions) {
  EXPECT_THAT(bad_case("unknown_kind"),
              ElementsAre(D{bad("unknown_kind") + "/people.csv", 2, "kind",
                            "unknown kind 'dmuu' (did you mean 'dmu'?)"}));
  EXPECT_THAT(bad_case("unknown_role"),
              ElementsAre(D{bad("unknown_role") + "/people.csv", 2, "role",
                            "unknown role 'decidr' (did you mean 'decider'?)"}));
  EXPECT_THAT(bad_case("unknown_attitude"),
              ElementsAre(D{bad("unknown_attitude") + "/people.csv", 2, "attitude",
                            "unknown attitude 'championn' (did you mean 'champion'?)"}));
}

TEST(CsvImport, ReportsToCycles) {
  EXPECT_THAT(bad_case("reports_to_cycle"),
              ElementsAre(D{bad("reports_to_cycle") + "/people.csv", 2, "reports_to",
                            "reports_to cycle: a -> b -> c -> a"}));
  EXPECT_THAT(bad_case("reports_to_cycle_mixed"),
              ElementsAre(D{bad("reports_to_cycle_mixed") + "/people.csv", 2, "reports_to",
                            "reports_to cycle: a -> b -> a"}));
}

TEST(CsvImport, PlaceholderRules) {
  EXPECT_THAT(bad_case("placeholder_without_title"),
              ElementsAre(D{bad("placeholder_without_title") + "/people.csv", 3, "name",
                            "name is empty; a placeholder needs a title or a role"}));
  EXPECT_THAT(bad_case("internal_placeholder"),
              ElementsAre(D{bad("internal_placeholder") + "/people.csv", 2, "name",
                            "name is empty; internal people cannot be placeholders"}));
}

TEST(CsvImport, KindAndOrgMustAgree) {
  const std::string people = bad("kind_org_conflict") + "/people.csv";
  EXPECT_THAT(
      bad_case("kind_org_conflict"),
      ElementsAre(
          D{people, 2, "kind",
            "org 'internal' is our own team, so kind must be 'internal', not 'dmu'"},
          D{people, 3, "kind",
            "kind 'internal' is for our own team, whose org is 'internal' (org is 'acme')"}));
}

TEST(CsvImport, SeveralErrorsInSeveralFilesAreReportedTogether) {
  const std::string dir = bad("several_errors");
  EXPECT_THAT(
      bad_case("several_errors"),
      ElementsAre(D{dir + "/people.csv", 2, "power", "1.5 is outside [0,1]"},
                  D{dir + "/people.csv", 3, "attitude",
                    "unknown attitude 'championn' (did you mean 'champion'?)"},
                  D{dir + "/relationships.csv", 2, "strength", "'NaN' is not a number"},
                  D{dir + "/relationships.csv", 3, "last_contact",
                    "'2026-02-30' is not a real date (YYYY-MM-DD)"},
                  // p1 and p2 were rejected for their own errors, so naming them is not reported.
                  D{dir + "/relationships.csv", 4, "target",
                    "unknown person 'p9' (not in this import, nor already in the database)"}));
}

TEST(CsvImport, DirectoryWithoutCsvFiles) {
  EXPECT_THAT(bad_case("no_csv_files"),
              ElementsAre(D{bad("no_csv_files"), 0, "",
                            "no people.csv or accounts.csv in this directory (kamgraph reads "
                            "people.csv, relationships.csv and optionally accounts.csv)"}));
}

TEST(CsvImport, MissingPathIsNotFound) {
  const std::string missing = kData + "/no/such/dir";
  try {
    read_csv_directory(missing);
    FAIL() << "expected NotFoundError";
  } catch (const NotFoundError& e) {
    EXPECT_EQ(e.code(), ExitCode::not_found);
    EXPECT_EQ(std::string(e.what()), "no such file or directory: " + missing);
  }
  EXPECT_THROW(read_csv_files({good("acme") + "/people.csv", missing + "/people.csv"}),
               NotFoundError);
  EXPECT_THROW(read_input({missing}), NotFoundError);
}

TEST(CsvImport, UnrecognisedFileNameAndFileGivenAsDirectory) {
  const std::string notes = bad("no_csv_files") + "/notes.txt";
  EXPECT_THAT(input_errors([&] { read_csv_files({notes}); }),
              ElementsAre(D{notes, 0, "",
                            "not a kamgraph CSV file name; the accepted names are accounts.csv, "
                            "people.csv and relationships.csv (in any letter case)"}));
  EXPECT_THAT(input_errors([&] { read_csv_directory(notes); }),
              ElementsAre(D{notes, 0, "",
                            "not a directory; expected a directory holding people.csv, "
                            "relationships.csv and optionally accounts.csv"}));
}

TEST(CsvImport, RelationshipsAndAccountsFilesAreOptional) {
  Scratch s;
  s.write("people.csv", "id,name,org\np1,Ada,acme\n");
  EXPECT_EQ(read_csv_directory(s.dir()).people.size(), 1u);

  s.write("accounts.csv", "id,name\nacme,Acme\n");
  fs::remove(s.file("people.csv"));
  const Dataset d = read_csv_directory(s.dir());
  EXPECT_EQ(d.accounts, (std::vector<Account>{{.id = "acme", .name = "Acme"}}));
}

TEST(CsvImport, HeaderOnlyUnknownAndUnnamedColumns) {
  Scratch s;
  // Unknown columns (even repeated) and a trailing comma's unnamed column are ignored.
  s.write("people.csv", "ID,Name,Org,notes,Notes,\n");
  EXPECT_THAT(read_csv_directory(s.dir()).people, IsEmpty());
  s.write("people.csv", "ID,Name,Org,notes,Notes,\np1,Ada,acme,x,y,\n");
  EXPECT_EQ(read_csv_directory(s.dir()).people.at(0).name, "Ada");
}

TEST(CsvImport, KnownCallbackAcceptsSharedPeople) {
  Scratch s;
  s.write("people.csv", "id,name,org\nanna,Anna,acme\n");
  s.write("relationships.csv", "source,target\nkam,anna\n");
  const std::set<std::string> stored{"kam"};
  const Dataset d =
      read_csv_directory(s.dir(), [&](const std::string& id) { return stored.count(id) > 0; });
  ASSERT_EQ(d.relationships.size(), 1u);
  EXPECT_EQ(d.relationships[0].source, "anna");  // knows is symmetric: anna < kam
  EXPECT_THAT(input_errors([&] { read_csv_directory(s.dir()); }),
              ElementsAre(D{s.file("relationships.csv"), 2, "source",
                            "unknown person 'kam' (not in this import, nor already in the "
                            "database)"}));
}

TEST(CsvImport, RowsAreLocatedWhereTheyStart) {
  Scratch s;
  // The first row spans lines 2-4; the short row after it starts on line 5.
  s.write("people.csv",
          "id,name,org,title\np1,Ada,acme,\"Head\nof\nIT\"\np2,Ben\np3,Cy,acme,x\"y\n");
  EXPECT_THAT(input_errors([&] { read_csv_directory(s.dir()); }),
              ElementsAre(D{s.file("people.csv"), 5, "", "row has 2 fields, the header has 4"},
                          D{s.file("people.csv"), 6, "title",
                            "a quote inside an unquoted field; enclose the whole field in quotes "
                            "and write the quote as \"\""}));
}

TEST(CsvImport, UnreadablePeopleFileDoesNotMakeEveryRelationshipAnError) {
  Scratch s;
  s.write("people.csv", "id,org\np1,acme\n");
  s.write("relationships.csv", "source,target\np1,p2\np2,p3\n");
  EXPECT_THAT(
      input_errors([&] { read_csv_directory(s.dir()); }),
      ElementsAre(D{s.file("people.csv"), 1, "",
                    "missing required column 'name' (columns are: " + kPeopleColumns + ")"}));
}

// They are the first in file order, people before relationships: the relationships
// file's own problem (a strength of 7) is the 31st and falls past the limit.
TEST(CsvImport, AtMost25DiagnosticsAreReported) {
  Scratch s;
  std::string text = "id,name,org,power\n";
  for (int i = 0; i < 30; ++i) text += "p" + std::to_string(i) + ",N,acme,2\n";
  for (int i = 30; i < 32; ++i) text += "p" + std::to_string(i) + ",N,acme,0.5\n";
  s.write("people.csv", text);
  s.write("relationships.csv", "source,target,strength\np30,p31,7\n");
  const auto found = input_errors([&] { read_csv_directory(s.dir()); });
  ASSERT_EQ(found.size(), kMaxDiagnostics);
  EXPECT_EQ(found.front(), (D{s.file("people.csv"), 2, "power", "2 is outside [0,1]"}));
  EXPECT_EQ(found.back(), (D{s.file("people.csv"), 26, "power", "2 is outside [0,1]"}));
}

// Directories are read in the order given: a person defined in both is a duplicate in
// the second, and the message points back to the first.
TEST(CsvImport, ADuplicateIsTheOneInTheLaterOfTheFilesGiven) {
  Scratch s;
  fs::create_directories(fs::path(s.dir()) / "a");
  fs::create_directories(fs::path(s.dir()) / "b");
  s.write("a/people.csv", "id,name,org\nanna,Anna,acme\n");
  s.write("b/people.csv", "id,name,org\nboris,Boris,beta\nanna,Anna,beta\n");
  const std::string a = s.dir() + "/a/people.csv";
  const std::string b = s.dir() + "/b/people.csv";
  EXPECT_THAT(
      input_errors([&] {
        read_csv_files({s.dir() + "/b", s.dir() + "/a"});
      }),
      ElementsAre(D{a, 2, "id", "duplicate person id 'anna' (first defined at " + b + ":3)"}));
  EXPECT_THAT(
      input_errors([&] {
        read_csv_files({s.dir() + "/a", s.dir() + "/b"});
      }),
      ElementsAre(D{b, 3, "id", "duplicate person id 'anna' (first defined at " + a + ":2)"}));
}

TEST(CsvImport, TwoFilesOfTheSameKindInOneDirectory) {
  Scratch s;
  s.write("people.csv", "id,name,org\n");
  s.write("People.csv", "id,name,org\n");
  EXPECT_THAT(input_errors([&] { read_csv_directory(s.dir()); }),
              ElementsAre(D{s.dir(), 0, "",
                            "more than one people.csv (" + s.file("People.csv") + ", " +
                                s.file("people.csv") + "); keep one"}));
}

TEST(CsvImport, SharedPeopleRepeatedInTwoAccountsAreOnePerson) {
  Scratch s;
  fs::create_directories(fs::path(s.dir()) / "a");
  fs::create_directories(fs::path(s.dir()) / "b");
  s.write("a/people.csv", "id,name,org\nkam,Kasia Nowak,internal\nanna,Anna,acme\n");
  s.write("b/people.csv", "id,name,org\nkam,Kasia Nowak,internal\nboris,Boris,beta\n");
  const Dataset d = read_csv_files({s.dir() + "/a", s.dir() + "/b"});
  ASSERT_EQ(d.people.size(), 3u);
  EXPECT_EQ(d.people[2].id, "kam");
}

TEST(ReadInput, DotFilesAreImportedAlone) {
  try {
    read_input({"account.dot", good("acme") + "/people.csv"});
    FAIL() << "expected an Error";
  } catch (const Error& e) {
    EXPECT_EQ(e.code(), ExitCode::usage);
    EXPECT_EQ(std::string(e.what()),
              "a .dot or .gv file is imported on its own: give one DOT file per import");
  }
  try {
    read_input({});
    FAIL() << "expected an Error";
  } catch (const Error& e) {
    EXPECT_EQ(e.code(), ExitCode::usage);
  }
}

}  // namespace
}  // namespace kamgraph
