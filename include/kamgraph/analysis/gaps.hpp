// Gaps: who matters and is not covered, the red flags sales methodologies teach, the
// segment's coverage policy, and the account's red / amber / green status.
#pragma once

#include <string>
#include <vector>

#include "kamgraph/analysis/coverage.hpp"
#include "kamgraph/analysis/single_points.hpp"

namespace kamgraph {

// People at or above this power are key whatever their role.
inline constexpr double kKeyPower = 0.7;

struct Gap {
  std::string person;   // empty for an account-level gap
  std::string type;     // see the README's gap table
  double severity = 0;  // [0,1]: importance x shortfall
  std::string reason;   // one sentence a KAM can act on
};

enum class Status { green, amber, red };
std::string_view to_string(Status s);

// How many reasons a verdict lists: every red one, then amber ones up to this count.
inline constexpr std::size_t kMaxReasons = 5;

struct Verdict {
  Status status = Status::green;
  std::vector<std::string> reasons;  // why, most serious first
  bool policy_met = true;            // the segment's coverage policy (shared/domain.md)
  std::string policy;                // the policy in words
};

// A person is key when they decide or approve, or have power >= kKeyPower.
bool is_key_person(const Person& p);

// Every gap, ranked by severity desc, then person id, then type.
std::vector<Gap> coverage_gaps(const AccountGraph& g, const std::vector<PersonCoverage>& cov);

Verdict account_verdict(const AccountGraph& g, const std::vector<Gap>& gaps,
                        const SinglePoints& single);

}  // namespace kamgraph
