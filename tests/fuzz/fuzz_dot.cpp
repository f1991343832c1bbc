// libFuzzer target: the DOT importer (cgraph's parser, attributes, validation) on one
// account drawn as a Graphviz graph.
//
// Properties, beyond "no crash, no sanitizer report, no unexpected exception":
//  - anything the importer refuses is refused as an InputError (exit 3 in the CLI);
//  - anything it accepts exports as DOT (the account's graph) and imports again: the
//    records read back are records of the input, unchanged (the export keeps the account's
//    people and the shared people linked to them, so shared people drawn without a link
//    are left out, by design), and exporting those again gives the same text.
#include <cstddef>
#include <cstdint>

#include "fuzz_common.hpp"
#include "kamgraph/export/export.hpp"
#include "kamgraph/import/import.hpp"
#include "kamgraph/model/error.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using namespace kamgraph;
  const std::string text(reinterpret_cast<const char*>(data), size);
  Dataset first;
  try {
    first = read_dot_text(text, "fuzz.dot", fuzz::known_person);
  } catch (const InputError&) {
    return 0;
  }
  if (first.accounts.size() != 1)
    fuzz::fail("an accepted DOT file does not hold exactly one account",
               std::to_string(first.accounts.size()) + " accounts");

  const std::string account = first.accounts.front().id;
  const std::string exported = dot_text(first, account);
  Dataset second;
  try {
    second = read_dot_text(exported, "exported.dot", fuzz::known_person);
  } catch (const InputError& e) {
    fuzz::fail("the DOT export of an accepted input is refused on re-import",
               std::string(e.what()) + "\n--- exported:\n" + exported);
  }
  const std::string difference = fuzz::not_a_subset(second, first);
  if (!difference.empty())
    fuzz::fail("DOT export and re-import change records",
               difference + "\n--- exported:\n" + exported);
  const std::string again = dot_text(second, account);
  if (again != exported)
    fuzz::fail("exporting the re-imported records gives another DOT text",
               "--- first:\n" + exported + "\n--- second:\n" + again);
  return 0;
}
