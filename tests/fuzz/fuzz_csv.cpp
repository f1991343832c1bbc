// libFuzzer target: the CSV importer (tokenizer, header, fields, validation) on
// people.csv, relationships.csv and accounts.csv given as one input (fuzz_common.hpp).
//
// Properties, beyond "no crash, no sanitizer report, no unexpected exception":
//  - anything the importer refuses is refused as an InputError (exit 3 in the CLI);
//  - anything it accepts exports as CSV and imports again to exactly the same records,
//    which is the promise of `kamgraph export --format csv`.
#include <cstddef>
#include <cstdint>

#include "fuzz_common.hpp"
#include "kamgraph/export/export.hpp"
#include "kamgraph/import/import.hpp"
#include "kamgraph/model/error.hpp"

namespace {

constexpr const char* kNames[] = {"people.csv", "relationships.csv", "accounts.csv"};

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using namespace kamgraph;
  const std::vector<std::string> parts = fuzz::split_parts(data, size);
  if (parts.size() > std::size(kNames)) return -1;  // not a meaningful input: keep it out
  std::vector<CsvText> files;
  for (std::size_t i = 0; i < parts.size(); ++i) files.push_back({kNames[i], parts[i]});

  Dataset first;
  try {
    first = read_csv_texts(files, fuzz::known_person);
  } catch (const InputError&) {
    return 0;  // refused with diagnostics: the expected outcome for most inputs
  }

  const std::vector<CsvText> exported = {{"people.csv", people_csv(first)},
                                         {"relationships.csv", relationships_csv(first)},
                                         {"accounts.csv", accounts_csv(first)}};
  Dataset second;
  try {
    second = read_csv_texts(exported, fuzz::known_person);
  } catch (const InputError& e) {
    fuzz::fail("the CSV export of an accepted input is refused on re-import", e.what());
  }
  if (!(first == second))
    fuzz::fail("CSV export and re-import change the records", fuzz::first_difference(first, second));
  return 0;
}
