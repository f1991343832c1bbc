// interaction_strength(): the saturating, recency-weighted count of interactions that
// The README, "Importing from a CRM, and GraphML" documents ("Strength").
#include <algorithm>
#include <cmath>

#include "kamgraph/import/salesforce.hpp"

namespace kamgraph {
namespace {

double weight(InteractionKind kind, const StrengthOptions& o) {
  switch (kind) {
    case InteractionKind::meeting:
      return o.meeting_weight;
    case InteractionKind::call:
      return o.call_weight;
    case InteractionKind::email:
      return o.email_weight;
    case InteractionKind::other:
      return o.other_weight;
  }
  return o.other_weight;
}

}  // namespace

double interaction_strength(const std::vector<Interaction>& interactions,
                            const StrengthOptions& options) {
  if (interactions.empty()) return 0.0;
  const Date last =
      std::max_element(interactions.begin(), interactions.end(),
                       [](const Interaction& a, const Interaction& b) { return a.date < b.date; })
          ->date;
  double x = 0;
  for (const auto& i : interactions) {
    const double age = static_cast<double>(days_between(i.date, last));
    x += weight(i.kind, options) * std::exp2(-age / options.half_life_days);
  }
  const double s = 1.0 - std::exp(-x / options.saturation);
  // Two decimals, like hand-entered strengths; never 0, which the model reserves for "no
  // relationship" (strength lies in (0,1]).
  return std::clamp(std::round(s * 100.0) / 100.0, 0.01, 1.0);
}

}  // namespace kamgraph
