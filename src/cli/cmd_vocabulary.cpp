#include <CLI/CLI.hpp>
#include <iostream>

#include "cli/commands.hpp"
#include "kamgraph/model/vocabulary.hpp"
#include "kamgraph/report/table.hpp"

namespace kamgraph::cli {
namespace {

template <typename E>
std::string words(const std::vector<E>& all) {
  std::string out;
  for (E e : all) out += (out.empty() ? "" : ", ") + std::string(to_string(e));
  return out;
}

void run_vocabulary(bool markdown) {
  Table t({"word", "means", "from"});
  for (const auto& s : role_synonyms()) t.add_row({s.word, s.meaning, s.source});
  for (const auto& s : attitude_synonyms()) t.add_row({s.word, s.meaning, "(attitude column)"});
  if (markdown) {
    std::cout << t.markdown();
    return;
  }
  std::cout << "kinds:     " << words(all_person_kinds()) << '\n'
            << "roles:     " << words(all_roles()) << '\n'
            << "attitudes: " << words(all_attitudes()) << '\n'
            << "types:     " << words(all_relation_types()) << '\n'
            << "modes:     " << words(all_modes()) << '\n'
            << "segments:  " << words(all_segments()) << "\n\n"
            << "synonyms (case-insensitive; '_', '-' and spaces are the same):\n"
            << t.str();
}

}  // namespace

void setup_vocabulary(CLI::App& app, Context&) {
  auto markdown = std::make_shared<bool>(false);
  auto* cmd = app.add_subcommand("vocabulary",
                                 "Print the accepted role, attitude, kind, type, mode and segment "
                                 "words and the CRM synonyms.");
  cmd->add_flag("--markdown", *markdown, "The synonym table as Markdown (as in the README)");
  cmd->callback([markdown] { run_vocabulary(*markdown); });
}

}  // namespace kamgraph::cli
