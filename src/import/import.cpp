// read_input(): what the user named decides the reader.
#include "kamgraph/import/import.hpp"

#include <algorithm>
#include <filesystem>

#include "kamgraph/model/error.hpp"

namespace kamgraph {
namespace {

bool ends_with_ci(std::string_view s, std::string_view suffix) {
  if (s.size() < suffix.size()) return false;
  return std::equal(
      suffix.begin(), suffix.end(), s.end() - static_cast<long>(suffix.size()),
      [](char a, char b) { return a == ((b >= 'A' && b <= 'Z') ? char(b - 'A' + 'a') : b); });
}

bool is_dot_path(std::string_view p) { return ends_with_ci(p, ".dot") || ends_with_ci(p, ".gv"); }
bool is_graphml_path(std::string_view p) { return ends_with_ci(p, ".graphml"); }

}  // namespace

Dataset read_input(const std::vector<std::string>& paths, const KnownPerson& known) {
  if (paths.empty())
    throw Error(ExitCode::usage, "nothing to import: name a directory, CSV files or one .dot file");
  const auto dots = std::count_if(paths.begin(), paths.end(),
                                  [](const std::string& p) { return is_dot_path(p); });
  if (std::any_of(paths.begin(), paths.end(),
                  [](const std::string& p) { return is_graphml_path(p); })) {
    if (paths.size() != 1)
      throw Error(ExitCode::usage, "a .graphml file is imported on its own: give one per import");
    return read_graphml_file(paths.front(), known);
  }
  if (dots > 0) {
    // A DOT file is one account; mixing it with others would leave unclear which
    // account the CSV rows belong to.
    if (paths.size() != 1)
      throw Error(ExitCode::usage,
                  "a .dot or .gv file is imported on its own: give one DOT file per import");
    return read_dot_file(paths.front(), known);
  }
  std::error_code ec;
  if (paths.size() == 1 && std::filesystem::is_directory(paths.front(), ec))
    return read_csv_directory(paths.front(), known);
  return read_csv_files(paths, known);
}

}  // namespace kamgraph
