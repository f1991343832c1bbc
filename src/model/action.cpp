#include "kamgraph/model/action.hpp"

namespace kamgraph {

std::string_view to_string(ActionStatus s) {
  switch (s) {
    case ActionStatus::open: return "open";
    case ActionStatus::done: return "done";
    case ActionStatus::dropped: return "dropped";
  }
  return "?";
}

std::optional<ActionStatus> parse_action_status(std::string_view word) {
  const std::string w = normalise_word(word);
  if (w == "open") return ActionStatus::open;
  if (w == "done") return ActionStatus::done;
  if (w == "dropped" || w == "drop") return ActionStatus::dropped;
  return std::nullopt;
}

}  // namespace kamgraph
