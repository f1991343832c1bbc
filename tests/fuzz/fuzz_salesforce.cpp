// libFuzzer target: the Salesforce export reader (kamgraph/import/salesforce.hpp) on the
// files of one export given as one input (fuzz_common.hpp), part i being kFiles[i]. The
// reader takes a directory, so the parts are written to a private temporary directory
// (in /dev/shm when there is one, to keep it off the disk); an empty part is an absent file.
//
// Properties, beyond "no crash, no sanitizer report, no unexpected exception":
//  - anything the reader refuses is refused as an InputError;
//  - anything it accepts exports as kamgraph CSV and imports again to exactly the same
//    records: data brought in from the CRM can be kept in plain files.
#include <unistd.h>

#include <cstddef>
#include <cstdint>
#include <filesystem>
#include <fstream>

#include "fuzz_common.hpp"
#include "kamgraph/export/export.hpp"
#include "kamgraph/import/import.hpp"
#include "kamgraph/import/salesforce.hpp"
#include "kamgraph/model/error.hpp"

namespace {

namespace fs = std::filesystem;

constexpr const char* kFiles[] = {"Account.csv",
                                  "Contact.csv",
                                  "User.csv",
                                  "AccountTeamMember.csv",
                                  "Opportunity.csv",
                                  "OpportunityContactRole.csv",
                                  "AccountContactRelation.csv",
                                  "Task.csv",
                                  "Event.csv"};

// One directory per fuzzing process, removed at exit.
struct ExportDir {
  fs::path path;
  ExportDir() {
    const fs::path base = fs::is_directory("/dev/shm") ? fs::path("/dev/shm") : fs::temp_directory_path();
    path = base / ("kamgraph-fuzz-salesforce-" + std::to_string(getpid()));
    fs::create_directories(path);
  }
  ~ExportDir() {
    std::error_code ec;
    fs::remove_all(path, ec);
  }
};

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using namespace kamgraph;
  static const ExportDir dir;
  const std::vector<std::string> parts = fuzz::split_parts(data, size);
  if (parts.size() > std::size(kFiles)) return -1;
  for (std::size_t i = 0; i < std::size(kFiles); ++i) {
    const fs::path file = dir.path / kFiles[i];
    if (i < parts.size() && !parts[i].empty()) {
      std::ofstream(file, std::ios::binary) << parts[i];
    } else {
      std::error_code ec;
      fs::remove(file, ec);
    }
  }

  CrmImportOptions options;
  options.as_of = *Date::parse("2026-11-23");  // reproducible: no "today"
  Dataset first;
  try {
    first = read_salesforce_export(dir.path.string(), options, fuzz::known_person);
  } catch (const InputError&) {
    return 0;
  }

  const std::vector<CsvText> exported = {{"people.csv", people_csv(first)},
                                         {"relationships.csv", relationships_csv(first)},
                                         {"accounts.csv", accounts_csv(first)}};
  Dataset second;
  try {
    second = read_csv_texts(exported, fuzz::known_person);
  } catch (const InputError& e) {
    fuzz::fail("the CSV export of an accepted Salesforce export is refused on re-import",
               e.what());
  }
  if (!(first == second))
    fuzz::fail("CSV export and re-import change the records of a Salesforce export",
               fuzz::first_difference(first, second));
  return 0;
}
