// Round trips through the importers, which is what the exporters promise: CSV and DOT
// exports read back to the same records, however nasty the text in them.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <set>

#include "kamgraph/export/export.hpp"
#include "kamgraph/import/import.hpp"
#include "kamgraph/model/error.hpp"
#include "unit/export/sample_data.hpp"

namespace kamgraph {
namespace {

using test::canonical_dataset;
using test::nasty_dataset;
using test::small_dataset;

// Reads the exported CSV texts back from files, as a user's directory would hold them.
Dataset csv_round_trip(const Dataset& d, const std::string& name) {
  namespace fs = std::filesystem;
  const fs::path dir = fs::path(testing::TempDir()) / ("kamgraph_round_trip_" + name);
  fs::remove_all(dir);
  fs::create_directories(dir);
  const std::vector<std::pair<std::string, std::string>> files{
      {"accounts.csv", accounts_csv(d)},
      {"people.csv", people_csv(d)},
      {"relationships.csv", relationships_csv(d)}};
  std::vector<std::string> paths;
  for (const auto& [file, text] : files) {
    std::ofstream(dir / file, std::ios::binary) << text;
    paths.push_back((dir / file).string());
  }
  Dataset back;
  try {
    back = read_csv_files(paths);
  } catch (const InputError& e) {
    ADD_FAILURE() << e.what();
  }
  fs::remove_all(dir);
  return back;
}

// Whether `id` is one of the people shared across accounts (our team, outside people).
bool shared(const Dataset& d, const std::string& id) {
  const auto accounts = account_ids_of(d);
  for (const auto& p : d.people)
    if (p.id == id)
      return p.internal() || std::find(accounts.begin(), accounts.end(), p.org) == accounts.end();
  return false;
}

Dataset dot_round_trip(const Dataset& d, const std::string& account) {
  const std::string text = dot_text(d, account);
  try {
    return read_dot_text(text, account + ".dot");
  } catch (const InputError& e) {
    ADD_FAILURE() << e.what() << "\nin\n" << text;
  }
  return {};
}

TEST(RoundTrip, SmallDatasetThroughCsv) {
  EXPECT_EQ(csv_round_trip(small_dataset(), "small"), canonical_dataset(small_dataset()));
}

TEST(RoundTrip, NastyDatasetThroughCsv) {
  EXPECT_EQ(csv_round_trip(nasty_dataset(), "nasty"), canonical_dataset(nasty_dataset()));
}

TEST(RoundTrip, SeveralAccountsThroughCsv) {
  Dataset d = nasty_dataset();
  const Dataset small = small_dataset();
  d.accounts.insert(d.accounts.end(), small.accounts.begin(), small.accounts.end());
  for (Person p : small.people) {
    p.id = "s_" + p.id;
    if (!p.reports_to.empty()) p.reports_to = "s_" + p.reports_to;
    d.people.push_back(p);
  }
  d.accounts.back().id = "acme2";
  for (auto& p : d.people)
    if (p.id.starts_with("s_a_")) p.org = "acme2";
  for (Relationship r : small.relationships) {
    r.source = "s_" + r.source;
    r.target = "s_" + r.target;
    d.relationships.push_back(r);
  }
  EXPECT_EQ(csv_round_trip(d, "several"), canonical_dataset(d));
}

TEST(RoundTrip, SmallDatasetThroughDot) {
  EXPECT_EQ(dot_round_trip(small_dataset(), "acme"), canonical_dataset(small_dataset()));
}

TEST(RoundTrip, NastyDatasetThroughDot) {
  EXPECT_EQ(dot_round_trip(nasty_dataset(), "acme"), canonical_dataset(nasty_dataset()));
}

// Ids that are DOT keywords, or look like numbers or ports, are ordinary quoted names.
TEST(RoundTrip, IdsThatAreDotSyntax) {
  Dataset d;
  d.accounts.push_back({.id = "graph", .name = "node"});
  for (const char* id : {"node", "edge", "strict", "subgraph", "1a", "-.5", "a:b", "a:n", "a%1"})
    d.people.push_back({.id = id, .name = std::string("Name of ") + id, .org = "graph"});
  d.relationships.push_back({.source = "node", .target = "edge"});
  d.relationships.push_back({.source = "a:b", .target = "a%1", .type = RelationType::reports_to});
  d.relationships.push_back({.source = "1a", .target = "-.5", .type = RelationType::influences});
  EXPECT_EQ(dot_round_trip(d, "graph"), canonical_dataset(d));
  EXPECT_EQ(csv_round_trip(d, "keywords"), canonical_dataset(d));
}

// cgraph renames every object whose name starts with '%' (its own anonymous names look
// like that), so such a person id cannot be a node: export says so rather than write a
// graph that imports as someone else. An account id can, as the `account` attribute.
TEST(RoundTrip, PercentIdsAndDot) {
  Dataset d;
  d.accounts.push_back({.id = "%acme", .name = "Percent"});
  d.people.push_back({.id = "p", .name = "P", .org = "%acme"});
  EXPECT_EQ(dot_round_trip(d, "%acme"), d);
  EXPECT_EQ(csv_round_trip(d, "percent"), d);

  d.people.push_back({.id = "%1", .name = "Q", .org = "%acme"});
  try {
    dot_text(d, "%acme");
    ADD_FAILURE() << "no error";
  } catch (const Error& e) {
    EXPECT_THAT(e.what(), ::testing::HasSubstr("person id '%1' cannot be written to DOT"));
  }
  EXPECT_EQ(csv_round_trip(d, "percent"), canonical_dataset(d));
}

// What an account's DOT export of `full` must read back as: the account, all its own
// people, every relationship of theirs with anyone in the graph, and nothing that is not in
// `full`. (Shared people linked only to other shared people, such as colleagues who work
// only with the KAM, are not the account's: Store::account_data() leaves them out too.)
void expect_account_graph(const Dataset& full, const Dataset& one, const std::string& account) {
  using ::testing::Contains;
  std::set<std::string> ids;
  for (const auto& p : one.people) {
    ids.insert(p.id);
    EXPECT_THAT(full.people, Contains(p));
  }
  for (const auto& a : full.accounts) {
    if (a.id == account) {
      EXPECT_THAT(one.accounts, ::testing::ElementsAre(a));
    }
  }
  for (const auto& p : full.people) {
    if (p.org == account) {
      EXPECT_TRUE(ids.contains(p.id)) << p.id;
    }
  }
  for (const auto& r : one.relationships) EXPECT_THAT(full.relationships, Contains(r));
  for (const auto& r : full.relationships) {
    const bool in_graph = ids.contains(r.source) && ids.contains(r.target);
    const bool touches_account = !shared(full, r.source) || !shared(full, r.target);
    if (in_graph && touches_account) {
      EXPECT_THAT(one.relationships, Contains(r));
    }
  }
}

// The samples that ship with kamgraph survive export and re-import.
TEST(RoundTrip, SampleGraphs) {
  namespace fs = std::filesystem;
  int seen = 0;
  for (const auto& entry : fs::directory_iterator(std::string(KAMGRAPH_SOURCE_DIR) + "/graphs")) {
    if (entry.path().extension() != ".dot") continue;
    ++seen;
    SCOPED_TRACE(entry.path().string());
    const Dataset d = read_dot_file(entry.path().string());
    ASSERT_EQ(d.accounts.size(), 1u);
    const std::string account = d.accounts[0].id;
    const Dataset one = dot_round_trip(d, account);
    expect_account_graph(d, one, account);
    EXPECT_EQ(dot_round_trip(one, account), one);
    EXPECT_EQ(csv_round_trip(d, entry.path().stem().string()), d);
  }
  EXPECT_GT(seen, 0);
}

TEST(RoundTrip, SampleCsv) {
  const Dataset d =
      read_csv_directory(std::string(KAMGRAPH_SOURCE_DIR) + "/tests/data/csv/good/acme");
  EXPECT_EQ(csv_round_trip(d, "sample_csv"), d);
  for (const auto& account : account_ids_of(d)) {
    SCOPED_TRACE(account);
    expect_account_graph(d, dot_round_trip(d, account), account);
  }
}

// Export -> import -> export is a fixed point, byte for byte.
TEST(RoundTrip, ExportOfAnImportIsTheSameText) {
  const Dataset d = nasty_dataset();
  const std::string dot = dot_text(d, "acme");
  EXPECT_EQ(dot_text(read_dot_text(dot, "acme.dot"), "acme"), dot);
  EXPECT_EQ(json_text(read_dot_text(dot, "acme.dot")), json_text(d));
}

}  // namespace
}  // namespace kamgraph
