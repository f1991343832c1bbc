// A large synthetic portfolio written as the three CSV files, for tests that need an import
// that takes a while (crash safety) or many versions of the same accounts (concurrency).
// Deterministic for a given spec: the same spec writes the same bytes.
#pragma once

#include <cstdint>
#include <random>
#include <set>
#include <string>
#include <tuple>

#include "reliability/harness.hpp"

namespace kamgraph::reliability {

struct PortfolioSpec {
  int accounts = 400;
  int people_per_account = 50;           // 400 x 50 = 20,000 customer people
  int internal_people = 200;             // our team, shared across accounts
  bool write_internal = true;            // false: only refer to them (another part writes them)
  std::string internal_prefix = "int_";  // ids of our team: int_0000, int_0001, ...
  int relationships_per_account = 125;   // 400 x 125 = 50,000 relationships
  std::string account_prefix = "acc";
  // Written into titles and names: two versions of one account differ in every person.
  std::string version = "v1";
  // People whose index is a multiple of this are left out (0: nobody), so that a new
  // version also removes people and their relationships.
  int drop_every = 0;
  std::uint64_t seed = 7;
};

struct PortfolioSize {
  int accounts = 0, people = 0, relationships = 0;
};

inline std::string two_digits(int n, int width) {
  std::string s = std::to_string(n);
  return std::string(s.size() < static_cast<std::size_t>(width) ? width - s.size() : 0, '0') + s;
}

// The three files' text, headers included.
struct PortfolioText {
  std::string accounts, people, relationships;
  PortfolioSize size;
};

inline PortfolioText make_portfolio(const PortfolioSpec& spec) {
  std::mt19937_64 rng(spec.seed);
  auto pick = [&](int n) { return static_cast<int>(rng() % static_cast<std::uint64_t>(n)); };
  static const char* kRoles[] = {"decider",    "approver",   "buyer", "user", "technical",
                                 "influencer", "gatekeeper", "",      ""};
  static const char* kAttitudes[] = {"champion", "supporter", "neutral", "skeptic", "blocker"};
  static const char* kTypes[] = {"knows", "works_with", "influences", "conflicts"};
  static const char* kModes[] = {"trust", "technical", "resource", "service", "risk", ""};
  PortfolioSize size;

  std::string accounts = "id,name,segment,revenue\n";
  std::string people = "id,name,org,kind,role,power,attitude,title,department,reports_to\n";
  std::string rels = "source,target,type,strength,last_contact,mode\n";

  auto internal_id = [&](int i) { return spec.internal_prefix + two_digits(i, 4); };
  for (int i = 0; spec.write_internal && i < spec.internal_people; ++i) {
    people += internal_id(i) + ",\"Colleague, " + std::to_string(i) +
              "\",internal,internal,,,"
              "neutral,Account manager,Sales,\n";
    ++size.people;
  }

  for (int a = 0; a < spec.accounts; ++a) {
    const std::string acc = spec.account_prefix + "_" + two_digits(a, 4);
    accounts += acc + ",Customer " + std::to_string(a) + " " + spec.version + ",strategic," +
                std::to_string(1000 * (a + 1)) + "\n";
    ++size.accounts;
    std::vector<std::string> ids;
    for (int p = 0; p < spec.people_per_account; ++p) {
      if (spec.drop_every > 0 && p > 0 && p % spec.drop_every == 0) continue;
      const std::string id = acc + "_p" + two_digits(p, 3);
      // A tree: everybody reports to someone earlier who is still there.
      std::string boss;
      if (!ids.empty()) boss = ids[static_cast<std::size_t>(pick(static_cast<int>(ids.size())))];
      people += id + ",Person " + std::to_string(p) + " of " + acc + "," + acc + ",dmu," +
                kRoles[pick(9)] + ",0." + std::to_string(pick(100)) + "," + kAttitudes[pick(5)] +
                ",Title " + spec.version + ",Dept " + std::to_string(p % 7) + "," + boss + "\n";
      ids.push_back(id);
      ++size.people;
    }
    // Relationships: our team with the customer, and the customer's people among
    // themselves; (source, target, type) keys kept unique, symmetric ones as a set.
    std::set<std::tuple<std::string, std::string, std::string>> keys;
    int written = 0, attempts = 0;
    while (written < spec.relationships_per_account &&
           attempts++ < 100 * spec.relationships_per_account) {
      const bool ours = pick(3) == 0;
      std::string s = ours ? internal_id(pick(spec.internal_people))
                           : ids[static_cast<std::size_t>(pick(static_cast<int>(ids.size())))];
      std::string t = ids[static_cast<std::size_t>(pick(static_cast<int>(ids.size())))];
      const std::string type = ours ? "knows" : kTypes[pick(4)];
      if (s == t) continue;
      const bool symmetric = type != "influences";
      std::string a1 = s, a2 = t;
      if (symmetric && a2 < a1) std::swap(a1, a2);
      if (!keys.insert({a1, a2, type}).second) continue;
      rels += s + "," + t + "," + type + ",0." + std::to_string(1 + pick(99)) + ",2026-" +
              two_digits(1 + pick(12), 2) + "-" + two_digits(1 + pick(28), 2) + "," +
              kModes[pick(6)] + "\n";
      ++written;
      ++size.relationships;
    }
  }
  return {accounts, people, rels, size};
}

// `more` added to `into`: several specs (other account prefixes) in one set of files.
inline void append_portfolio(PortfolioText& into, const PortfolioText& more) {
  auto body = [](const std::string& text) { return text.substr(text.find('\n') + 1); };
  into.accounts += body(more.accounts);
  into.people += body(more.people);
  into.relationships += body(more.relationships);
  into.size.accounts += more.size.accounts;
  into.size.people += more.size.people;
  into.size.relationships += more.size.relationships;
}

// Writes accounts.csv, people.csv and relationships.csv into `dir` (created).
inline PortfolioSize write_portfolio(const fs::path& dir, const PortfolioText& text) {
  fs::create_directories(dir);
  write_file(dir / "accounts.csv", text.accounts);
  write_file(dir / "people.csv", text.people);
  write_file(dir / "relationships.csv", text.relationships);
  return text.size;
}

inline PortfolioSize write_portfolio(const fs::path& dir, const PortfolioSpec& spec) {
  return write_portfolio(dir, make_portfolio(spec));
}

}  // namespace kamgraph::reliability
