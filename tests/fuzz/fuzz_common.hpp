// What the fuzz targets share: how one fuzzer input becomes several files, which ids count
// as "already in the database", and how a broken property is reported.
#pragma once

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <string_view>
#include <vector>

#include "kamgraph/import/import.hpp"
#include "kamgraph/model/model.hpp"

namespace kamgraph::fuzz {

// One input holds several files separated by a form feed (0x0C), a byte no real CSV or DOT
// file holds: part 0, part 1, ... The seed corpus (seed_corpus.sh) is written this way.
inline constexpr char kPartSeparator = '\f';

inline std::vector<std::string> split_parts(const std::uint8_t* data, std::size_t size) {
  std::vector<std::string> parts(1);
  for (std::size_t i = 0; i < size; ++i) {
    const char c = static_cast<char>(data[i]);
    if (c == kPartSeparator)
      parts.emplace_back();
    else
      parts.back() += c;
  }
  return parts;
}

// Ids that stand for people imported earlier (our team, as in the samples), so that the
// importers' paths for shared people are exercised too.
inline bool known_person(const std::string& id) { return id.starts_with("int_"); }

// A broken property: say what and where, then abort so that libFuzzer keeps the input.
[[noreturn]] inline void fail(std::string_view what, const std::string& detail) {
  std::fprintf(stderr, "fuzz property broken: %.*s\n%s\n", static_cast<int>(what.size()),
               what.data(), detail.c_str());
  std::abort();
}

// The first difference between two datasets, for the failure message.
inline std::string first_difference(const Dataset& a, const Dataset& b) {
  auto count = [](std::string_view what, std::size_t x, std::size_t y) {
    return std::string(what) + ": " + std::to_string(x) + " then " + std::to_string(y);
  };
  if (a.accounts.size() != b.accounts.size())
    return count("accounts", a.accounts.size(), b.accounts.size());
  for (std::size_t i = 0; i < a.accounts.size(); ++i)
    if (!(a.accounts[i] == b.accounts[i])) return "account '" + a.accounts[i].id + "' differs";
  if (a.people.size() != b.people.size()) return count("people", a.people.size(), b.people.size());
  for (std::size_t i = 0; i < a.people.size(); ++i)
    if (!(a.people[i] == b.people[i]))
      return "person '" + a.people[i].id + "' differs from '" + b.people[i].id + "'";
  if (a.relationships.size() != b.relationships.size())
    return count("relationships", a.relationships.size(), b.relationships.size());
  for (std::size_t i = 0; i < a.relationships.size(); ++i)
    if (!(a.relationships[i] == b.relationships[i]))
      return "relationship " + a.relationships[i].source + " -> " + a.relationships[i].target +
             " differs";
  return "no difference found";
}

// "" when every record of `part` is also, unchanged, in `whole`; else the first that is not.
inline std::string not_a_subset(const Dataset& part, const Dataset& whole) {
  auto contains = [](const auto& records, const auto& r) {
    return std::find(records.begin(), records.end(), r) != records.end();
  };
  for (const auto& a : part.accounts)
    if (!contains(whole.accounts, a)) return "account '" + a.id + "' changed";
  for (const auto& p : part.people)
    if (!contains(whole.people, p)) return "person '" + p.id + "' changed";
  for (const auto& r : part.relationships)
    if (!contains(whole.relationships, r))
      return "relationship " + r.source + " -> " + r.target + " changed";
  return "";
}

}  // namespace kamgraph::fuzz
