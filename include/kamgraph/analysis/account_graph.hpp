// The relationship graph an analysis works on: people as vertices (index = position in
// the sorted id order), relationships as ties with their strength decayed by time.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "kamgraph/model/model.hpp"

namespace kamgraph {

// How time wears relationships down. A relationship's effective strength halves every
// `half_life_days` since its last contact (strength * 0.5^(age / half_life)); one whose
// last contact is older than `stale_after_days` is stale. An undated relationship keeps its
// strength and is reported as undated. Contacts dated after `as_of` count as age 0.
struct TimeOptions {
  Date as_of = Date::today();
  double half_life_days = 365.0;
  int stale_after_days = 180;
};

// The README's "Time" section quotes these.
inline constexpr double kDefaultHalfLifeDays = 365.0;
inline constexpr int kDefaultStaleAfterDays = 180;

double effective_strength(const Relationship& r, const TimeOptions& time);

struct Tie {
  int source = 0;  // vertex index
  int target = 0;  // vertex index
  RelationType type = RelationType::knows;
  double strength = 0;   // as recorded
  double effective = 0;  // after time decay
  std::optional<Date> last_contact;
  std::optional<Mode> mode;
  long age_days = 0;  // 0 when undated
  bool stale = false;
  bool undated() const { return !last_contact.has_value(); }
};

// Where a person stands relative to the account analysed.
enum class Side { customer, internal, outside };

class AccountGraph {
 public:
  // `account_id` empty: the whole database (paths across accounts); nobody is "customer".
  AccountGraph(const Dataset& data, const std::string& account_id, const TimeOptions& time);

  const Account& account() const { return account_; }
  const TimeOptions& time() const { return time_; }
  const std::vector<Person>& people() const { return people_; }
  const std::vector<Tie>& ties() const { return ties_; }
  int size() const { return static_cast<int>(people_.size()); }
  const Person& person(int v) const { return people_[static_cast<std::size_t>(v)]; }
  Side side(int v) const { return side_[static_cast<std::size_t>(v)]; }
  // -1 when the id is not in the graph.
  int index_of(const std::string& id) const;
  // Vertices of our internal team / of the customer, ascending.
  std::vector<int> internal_people() const;
  std::vector<int> customer_people() const;

 private:
  Account account_;
  TimeOptions time_;
  std::vector<Person> people_;
  std::vector<Side> side_;
  std::vector<Tie> ties_;
};

// The ties that can carry an introduction, as an undirected adjacency list: every type but
// `conflicts`, both directions, never touching a placeholder (a placeholder is nobody).
// Between two people joined by several ties, the strongest effective one.
struct Neighbour {
  int vertex;
  double strength;  // effective
  int tie;          // index into AccountGraph::ties()
};
std::vector<std::vector<Neighbour>> introduction_adjacency(const AccountGraph& g);

}  // namespace kamgraph
