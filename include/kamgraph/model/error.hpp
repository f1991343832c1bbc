// The one error hierarchy. Every failure that ends a command is an Error whose code the
// CLI's main() turns into the exit status; expected outcomes ("no path", "not covered")
// are values, not exceptions.
#pragma once

#include <stdexcept>
#include <string>
#include <vector>

namespace kamgraph {

// Exit statuses, documented in the README. Decided here, mapped only in main().
enum class ExitCode : int {
  ok = 0,
  failure = 1,    // a check the user asked for failed (reserved for gate-style commands)
  usage = 2,      // bad command line
  bad_input = 3,  // an input file is malformed or inconsistent; nothing was written
  not_found = 4,  // an account, person or file that does not exist
  no_result = 5,  // the question has no answer (no path between two people)
  store = 6,      // the database cannot be opened, is locked, or is from a newer version
  output = 7,     // an output file cannot be written (no such directory, no permission, disk full)
  internal = 70,  // a bug: please report it
};

class Error : public std::runtime_error {
 public:
  Error(ExitCode code, const std::string& message) : std::runtime_error(message), code_(code) {}
  ExitCode code() const { return code_; }

 private:
  ExitCode code_;
};

// One problem in an input file, located as precisely as the format allows.
struct Diagnostic {
  std::string file;   // as given by the user
  int line = 0;       // 1-based; 0 when the problem is about the whole file
  std::string field;  // column or attribute name; empty when not about one field
  std::string message;

  // "people.csv:12: field 'power': 1.5 is outside [0,1]"
  std::string str() const;
};

// How many diagnostics one import reports before it stops looking.
inline constexpr std::size_t kMaxDiagnostics = 25;

class InputError : public Error {
 public:
  explicit InputError(std::vector<Diagnostic> diagnostics);
  const std::vector<Diagnostic>& diagnostics() const { return diagnostics_; }

 private:
  std::vector<Diagnostic> diagnostics_;
};

class NotFoundError : public Error {
 public:
  explicit NotFoundError(const std::string& message) : Error(ExitCode::not_found, message) {}
};

class StoreError : public Error {
 public:
  explicit StoreError(const std::string& message) : Error(ExitCode::store, message) {}
};

// Collects diagnostics while a parser carries on past the first error.
class DiagnosticSink {
 public:
  void add(Diagnostic d);
  bool empty() const { return items_.empty(); }
  bool full() const { return items_.size() >= kMaxDiagnostics; }
  std::size_t size() const { return items_.size(); }
  const std::vector<Diagnostic>& items() const { return items_; }
  // Throws InputError when anything was collected.
  void throw_if_any() const;

 private:
  std::vector<Diagnostic> items_;
};

}  // namespace kamgraph
