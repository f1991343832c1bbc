// Reading account data from files: CSV (accounts.csv, people.csv, relationships.csv) and
// Graphviz DOT. Every reader validates everything before returning, so a Dataset that
// comes out of here can be written to the store as it is; anything wrong is reported as
// an InputError carrying every diagnostic found (up to kMaxDiagnostics), each naming file,
// line and field.
#pragma once

#include <functional>
#include <string>
#include <vector>

#include "kamgraph/model/model.hpp"

namespace kamgraph {

// Answers "does this person id already exist in the store?", so a file may refer to
// shared people (our internal team, outside influencers) imported from another file.
using KnownPerson = std::function<bool(const std::string& id)>;

// A directory holding people.csv, relationships.csv and optionally accounts.csv.
// Throws NotFoundError when the path does not exist, InputError when it holds none of the
// files, or when any file is malformed.
Dataset read_csv_directory(const std::string& dir, const KnownPerson& known = {});

// The same from explicit files, recognised by their file name (accounts.csv, people.csv,
// relationships.csv, case-insensitive).
Dataset read_csv_files(const std::vector<std::string>& files, const KnownPerson& known = {});

// A CSV file's name and contents, for callers that hold the text already (tests, fuzzing).
struct CsvText {
  std::string name;  // recognised like a file name: accounts.csv, people.csv, relationships.csv
  std::string text;
};

// The same from texts in memory, under the same limits (kamgraph/import/limits.hpp). Each
// kind of file may appear once.
Dataset read_csv_texts(const std::vector<CsvText>& files, const KnownPerson& known = {});

// One account as a Graphviz graph (graph or digraph): see the README's DOT reference.
Dataset read_dot_file(const std::string& path, const KnownPerson& known = {});
// The same from text; `name` stands for the file in diagnostics.
Dataset read_dot_text(const std::string& text, const std::string& name,
                      const KnownPerson& known = {});

// One graph as `kamgraph export --format graphml` writes it (and yEd or Gephi save it
// again): nodes with record=account are accounts, the others people; edges relationships.
// See the README, "Importing from a CRM, and GraphML", "GraphML".
Dataset read_graphml_file(const std::string& path, const KnownPerson& known = {});
// The same from text; `name` stands for the file in diagnostics.
Dataset read_graphml_text(const std::string& text, const std::string& name,
                          const KnownPerson& known = {});

// Dispatch on what the paths are: a directory, CSV files, or one .dot/.gv file.
Dataset read_input(const std::vector<std::string>& paths, const KnownPerson& known = {});

}  // namespace kamgraph
