// The checks that need the whole input at once (see validate() in fields.hpp).
#include <algorithm>
#include <cstdint>
#include <limits>
#include <map>
#include <numeric>
#include <set>
#include <thread>
#include <tuple>
#include <unordered_map>

#include "kamgraph/import/fields.hpp"

namespace kamgraph {
namespace {

std::string where(const Origin& o) { return o.file.str() + ":" + std::to_string(o.line); }

// Readers fill the origin vectors in parallel with the records; this keeps a reader that
// leaves one short from crashing validation (its records are then located at line 0).
void align(std::vector<Origin>& at, std::size_t n) {
  if (at.size() != n) at.resize(n);
}

std::size_t edit_distance(std::string_view a, std::string_view b) {
  std::vector<std::size_t> prev(b.size() + 1), cur(b.size() + 1);
  std::iota(prev.begin(), prev.end(), std::size_t{0});
  for (std::size_t i = 1; i <= a.size(); ++i) {
    cur[0] = i;
    for (std::size_t j = 1; j <= b.size(); ++j)
      cur[j] = std::min({prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (a[i - 1] != b[j - 1])});
    std::swap(prev, cur);
  }
  return prev[b.size()];
}

// Person ids are not words, so vocabulary's nearest_word() does not fit: ids are compared
// as written, at most one edit per three characters (none for ids shorter than three,
// where any other short id is as near), and a suggestion is made only when one id is the
// nearest (among p1..p8 every one is a single edit from "p9"; naming any would be a guess).
//
// The search costs one edit distance per id, each O(length^2): ids longer than
// kMaxSuggestedIdLength get no suggestion (typos are made in ids people type), and ids
// whose lengths differ by more than the limit cannot be near, so they are not compared.
constexpr std::size_t kMaxSuggestedIdLength = 64;

std::string nearest_id(const std::string& id, const std::map<std::string, std::size_t>& ids) {
  const std::size_t limit = id.size() / 3;
  if (limit == 0 || id.size() > kMaxSuggestedIdLength) return {};
  std::string best;
  std::size_t best_d = limit + 1;
  bool unique = false;
  for (const auto& [candidate, index] : ids) {
    const std::size_t longer = std::max(id.size(), candidate.size());
    if (longer - std::min(id.size(), candidate.size()) > limit) continue;
    const std::size_t d = edit_distance(id, candidate);
    if (d < best_d) {
      best_d = d;
      best = candidate;
      unique = true;
    } else if (d == best_d) {
      unique = false;
    }
  }
  return unique ? best : std::string{};
}

// The indices of items in key order, records with the same key in input order.
template <typename T, typename KeyFn>
std::vector<std::size_t> key_order(const std::vector<T>& items, KeyFn key) {
  std::vector<std::size_t> order(items.size());
  std::iota(order.begin(), order.end(), std::size_t{0});
  std::stable_sort(order.begin(), order.end(),
                   [&](std::size_t a, std::size_t b) { return key(items[a]) < key(items[b]); });
  return order;
}

// Keeps the first of each key. A second record with the same key is one record written
// twice when it is identical and comes from another file (README: "the same id in two
// files is the same person", for people shared across accounts) and is dropped quietly;
// otherwise it is reported as a duplicate (and kept: the import fails anyway, and its
// other fields are still checked).
//
// Leaves items and their origins in `order` (key order: the order of sort_dataset()),
// where `same(i, j)` says input records i and j have the same key; returns, for each
// record kept, its index in the input. Duplicates are found as neighbours in that one
// sort of indices (the records themselves are moved once, and no key is copied), and
// reported in input order.
template <typename T, typename SameFn, typename MessageFn>
std::vector<std::size_t> drop_duplicates(std::vector<T>& items, std::vector<Origin>& at,
                                         const std::vector<std::size_t>& order, SameFn same,
                                         MessageFn duplicate_message, const std::string& field,
                                         DiagnosticSink& sink) {
  std::vector<bool> dropped(items.size(), false);
  std::vector<std::pair<std::size_t, std::size_t>> duplicates;  // (index, its first)
  for (std::size_t k = 1, first = 0; k < order.size(); ++k) {
    const std::size_t i = order[k];
    const std::size_t j = order[first];
    if (!same(i, j)) {
      first = k;
      continue;
    }
    if (items[i] == items[j] && at[i].file != at[j].file) {
      dropped[i] = true;
    } else {
      duplicates.emplace_back(i, j);
    }
  }
  std::sort(duplicates.begin(), duplicates.end());
  for (const auto& [i, j] : duplicates) {
    sink.add({at[i].file, at[i].line, field,
              duplicate_message(items[i]) + " (first defined at " + where(at[j]) + ")"});
  }
  std::vector<std::size_t> kept;
  std::vector<T> sorted_items;
  std::vector<Origin> sorted_at;
  kept.reserve(items.size());
  sorted_items.reserve(items.size());
  sorted_at.reserve(items.size());
  for (std::size_t i : order) {
    if (dropped[i]) continue;
    kept.push_back(i);
    sorted_items.push_back(std::move(items[i]));
    sorted_at.push_back(std::move(at[i]));
  }
  items = std::move(sorted_items);
  at = std::move(sorted_at);
  return kept;
}

template <typename T, typename KeyFn, typename MessageFn>
std::vector<std::size_t> sort_and_drop_duplicates(std::vector<T>& items, std::vector<Origin>& at,
                                                  KeyFn key, MessageFn duplicate_message,
                                                  const std::string& field, DiagnosticSink& sink) {
  return drop_duplicates(
      items, at, key_order(items, key),
      [&](std::size_t i, std::size_t j) { return key(items[i]) == key(items[j]); },
      duplicate_message, field, sink);
}

// Where a relationship's ends are among the people sorted by id (the first of a
// duplicated id), per relationship in input order; kNotInInput for an id not in the
// input, which may be in the database already or unknown.
constexpr std::uint32_t kNotInInput = std::numeric_limits<std::uint32_t>::max();
struct PeopleAt {
  std::vector<std::uint32_t> source, target;
};

// The ends of every relationship. Big inputs are looked up in two halves on two threads
// (the index is only read): 1.4 million lookups at 10,000 accounts, each a miss in the
// processor's caches.
PeopleAt people_at(const std::vector<Relationship>& relationships,
                   const std::unordered_map<std::string_view, std::size_t>& person_index) {
  constexpr std::size_t kTwoThreadsFrom = 100'000;  // relationships; below, one thread
  PeopleAt ends;
  ends.source.resize(relationships.size());
  ends.target.resize(relationships.size());
  const auto position = [&](const std::string& id) {
    const auto it = person_index.find(id);
    return it == person_index.end() || it->second >= kNotInInput
               ? kNotInInput
               : static_cast<std::uint32_t>(it->second);
  };
  const auto look_up = [&](std::size_t from, std::size_t to) {
    for (std::size_t i = from; i < to; ++i) {
      ends.source[i] = position(relationships[i].source);
      ends.target[i] = position(relationships[i].target);
    }
  };
  const std::size_t half = relationships.size() / 2;
  if (relationships.size() < kTwoThreadsFrom || std::thread::hardware_concurrency() < 2) {
    look_up(0, relationships.size());
  } else {
    std::jthread second(look_up, half, relationships.size());
    look_up(0, half);
  }
  return ends;
}

// The relationships' key order (source, target, type; then input order). People are
// sorted by id, so where both ends are in the input their positions order the ids as
// the ids themselves do, and 16-byte keys are sorted instead of indices whose every
// comparison reads two records of the 700,000 of 10,000 accounts at random: 0.35 s of a
// 3 s import there. An end not in the input (an in-place import that names stored
// people, or a mistake) sorts by the ids themselves.
std::vector<std::size_t> relationship_order(const std::vector<Relationship>& relationships,
                                            const PeopleAt& ends) {
  const bool all_in_input =
      relationships.size() < kNotInInput &&
      std::find(ends.source.begin(), ends.source.end(), kNotInInput) == ends.source.end() &&
      std::find(ends.target.begin(), ends.target.end(), kNotInInput) == ends.target.end();
  if (!all_in_input) {
    return key_order(relationships,
                     [](const Relationship& r) { return std::tie(r.source, r.target, r.type); });
  }
  struct Key {
    std::uint64_t ends;  // source position, then target position
    std::uint32_t type;
    std::uint32_t index;  // input order among equal keys
    auto operator<=>(const Key&) const = default;
  };
  std::vector<Key> keys;
  keys.reserve(relationships.size());
  for (std::size_t i = 0; i < relationships.size(); ++i) {
    keys.push_back({std::uint64_t{ends.source[i]} << 32 | ends.target[i],
                    static_cast<std::uint32_t>(relationships[i].type),
                    static_cast<std::uint32_t>(i)});
  }
  std::sort(keys.begin(), keys.end());
  std::vector<std::size_t> order;
  order.reserve(keys.size());
  for (const Key& k : keys) order.push_back(k.index);
  return order;
}

struct ReportsEdge {
  std::size_t to;
  const Origin* at;
  const char* field;  // "reports_to" for the people column; empty for a relationship row
};

// Reports each reports_to cycle once, located at the edge that leaves the cycle's
// smallest id. A depth-first search finds at least one cycle in every strongly connected
// group of people that has any, which is what the user needs to fix; it does not list
// every elementary cycle of a tangled org chart.
void report_cycles(const std::vector<Person>& people,
                   const std::vector<std::vector<ReportsEdge>>& out,
                   const std::vector<std::size_t>& roots, DiagnosticSink& sink) {
  enum class Colour { white, open, done };
  std::vector<Colour> colour(people.size(), Colour::white);
  std::set<std::vector<std::size_t>> seen;
  struct Frame {
    std::size_t node;
    std::size_t next_edge;
  };
  for (std::size_t root : roots) {
    if (colour[root] != Colour::white) continue;
    std::vector<Frame> stack{{root, 0}};
    std::vector<const ReportsEdge*> path_edges;  // path_edges[k] leaves stack[k]
    colour[root] = Colour::open;
    while (!stack.empty() && !sink.full()) {
      Frame& top = stack.back();
      if (top.next_edge == out[top.node].size()) {
        colour[top.node] = Colour::done;
        stack.pop_back();
        if (!path_edges.empty()) path_edges.pop_back();
        continue;
      }
      const ReportsEdge& e = out[top.node][top.next_edge++];
      if (colour[e.to] == Colour::white) {
        colour[e.to] = Colour::open;
        path_edges.push_back(&e);
        stack.push_back({e.to, 0});
        continue;
      }
      if (colour[e.to] != Colour::open) continue;
      // A back edge: the cycle is the stack from e.to to the top, closed by e.
      std::size_t from = 0;
      while (stack[from].node != e.to) ++from;
      std::vector<std::size_t> nodes;
      std::vector<const ReportsEdge*> edges;
      for (std::size_t k = from; k < stack.size(); ++k) {
        nodes.push_back(stack[k].node);
        edges.push_back(k + 1 < stack.size() ? path_edges[k] : &e);
      }
      const auto smallest =
          std::min_element(nodes.begin(), nodes.end(),
                           [&](auto a, auto b) { return people[a].id < people[b].id; }) -
          nodes.begin();
      std::rotate(nodes.begin(), nodes.begin() + smallest, nodes.end());
      std::rotate(edges.begin(), edges.begin() + smallest, edges.end());
      if (!seen.insert(nodes).second) continue;
      std::string text;
      for (std::size_t n : nodes) text += people[n].id + " -> ";
      text += people[nodes.front()].id;
      sink.add({edges.front()->at->file, edges.front()->at->line, edges.front()->field,
                "reports_to cycle: " + text});
    }
  }
}

// Positions 0..kept.size()-1 ordered by the input index each came from: the order the
// user wrote the records in, which is the order problems are reported in. The input
// indices are distinct, so each position is put at its own index: no sort needed.
std::vector<std::size_t> input_order(const std::vector<std::size_t>& kept) {
  constexpr std::size_t none = static_cast<std::size_t>(-1);
  std::size_t inputs = 0;
  for (std::size_t i : kept) inputs = std::max(inputs, i + 1);
  std::vector<std::size_t> position(inputs, none);
  for (std::size_t k = 0; k < kept.size(); ++k) position[kept[k]] = k;
  std::vector<std::size_t> order;
  order.reserve(kept.size());
  for (std::size_t k : position)
    if (k != none) order.push_back(k);
  return order;
}

}  // namespace

void validate(ParsedInput& input, const KnownPerson& known, DiagnosticSink& sink) {
  Dataset& d = input.data;
  align(input.account_at, d.accounts.size());
  align(input.person_at, d.people.size());
  align(input.relationship_at, d.relationships.size());
  // Diagnostics name the column the user wrote an id in, so remember which symmetric
  // relationships canonical() turned round.
  std::vector<bool> turned;
  turned.reserve(d.relationships.size());
  for (auto& r : d.relationships) {
    const bool turn = needs_turning(r);
    if (turn) std::swap(r.source, r.target);  // canonical(), in place
    turned.push_back(turn);
  }

  // From here on the records are sorted (the order of sort_dataset()), and the checks
  // walk them in input order.
  sort_and_drop_duplicates(
      d.accounts, input.account_at, [](const Account& a) -> const std::string& { return a.id; },
      [](const Account& a) { return "duplicate account id '" + a.id + "'"; }, "id", sink);
  const auto kept_people = sort_and_drop_duplicates(
      d.people, input.person_at, [](const Person& p) -> const std::string& { return p.id; },
      [](const Person& p) { return "duplicate person id '" + p.id + "'"; }, "id", sink);
  // The first of each id (a reported duplicate follows it in the sorted order).
  std::unordered_map<std::string_view, std::size_t> person_index;
  person_index.reserve(d.people.size());
  for (std::size_t i = 0; i < d.people.size(); ++i) person_index.emplace(d.people[i].id, i);

  // Each relationship's ends as people: looked up once, for the key order, the unknown
  // ids and the reports_to edges alike.
  const PeopleAt ends = people_at(d.relationships, person_index);
  const auto kept_relationships = drop_duplicates(
      d.relationships, input.relationship_at, relationship_order(d.relationships, ends),
      [&](std::size_t i, std::size_t j) {
        const Relationship &a = d.relationships[i], &b = d.relationships[j];
        return a.type == b.type && a.source == b.source && a.target == b.target;
      },
      [](const Relationship& r) {
        return "duplicate relationship " + r.source + " " + std::string(to_string(r.type)) + " " +
               r.target;
      },
      "", sink);

  // Placeholders are people too: a relationship may point at "the CFO" seat.
  std::map<std::string, std::size_t> ids_for_suggestions;
  auto check_person = [&](const std::string& id, const Origin& at, const char* field) {
    if (person_index.count(id) || (known && known(id))) return;
    // A full sink drops the diagnostic: do not search for a suggestion nobody will see
    // (a relationships file whose ids all miss would search once per row).
    if (sink.full()) return;
    if (ids_for_suggestions.empty()) {
      for (const auto& [id_view, i] : person_index) ids_for_suggestions.emplace(id_view, i);
    }
    const std::string guess = nearest_id(id, ids_for_suggestions);
    sink.add({at.file, at.line, field,
              "unknown person '" + id + "'" +
                  (guess.empty() ? " (not in this import, nor already in the database)"
                                 : " (did you mean '" + guess + "'?)")});
  };

  const std::vector<std::size_t> people_in_input_order = input_order(kept_people);
  std::vector<std::vector<ReportsEdge>> reports(d.people.size());
  for (std::size_t i : people_in_input_order) {
    const Person& p = d.people[i];
    const Origin& at = input.person_at[i];
    if (p.reports_to.empty()) continue;
    if (p.reports_to == p.id) {
      sink.add({at.file, at.line, "reports_to", "'" + p.id + "' cannot report to themselves"});
      continue;
    }
    check_person(p.reports_to, at, "reports_to");
    if (auto m = person_index.find(p.reports_to); m != person_index.end())
      reports[i].push_back({m->second, &at, "reports_to"});
  }

  for (std::size_t k : input_order(kept_relationships)) {
    const Relationship& r = d.relationships[k];
    const Origin& at = input.relationship_at[k];
    const std::size_t in_input = kept_relationships[k];
    const std::uint32_t source = ends.source[in_input], target = ends.target[in_input];
    const bool was_turned = turned[in_input];
    const char* source_column = was_turned ? "target" : "source";
    const char* target_column = was_turned ? "source" : "target";
    if (r.source == r.target) {
      sink.add({at.file, at.line, "target",
                "source and target are both '" + r.source +
                    "'; a relationship joins two different people"});
      if (source == kNotInInput) check_person(r.source, at, "source");
      continue;
    }
    if (source == kNotInInput) check_person(r.source, at, source_column);
    if (target == kNotInInput) check_person(r.target, at, target_column);
    if (r.type == RelationType::reports_to && source != kNotInInput && target != kNotInInput)
      reports[source].push_back({target, &at, ""});
  }

  report_cycles(d.people, reports, people_in_input_order, sink);
}

}  // namespace kamgraph
