#include "kamgraph/model/error.hpp"

namespace kamgraph {
namespace {

std::string join(const std::vector<Diagnostic>& ds) {
  std::string out;
  for (const auto& d : ds) {
    if (!out.empty()) out += '\n';
    out += d.str();
  }
  return out;
}

}  // namespace

std::string Diagnostic::str() const {
  std::string out = file;
  if (line > 0) out += ":" + std::to_string(line);
  out += ": ";
  if (!field.empty()) out += "field '" + field + "': ";
  return out + message;
}

InputError::InputError(std::vector<Diagnostic> diagnostics)
    : Error(ExitCode::bad_input, join(diagnostics)), diagnostics_(std::move(diagnostics)) {}

void DiagnosticSink::add(Diagnostic d) {
  if (!full()) items_.push_back(std::move(d));
}

void DiagnosticSink::throw_if_any() const {
  if (!items_.empty()) throw InputError(items_);
}

}  // namespace kamgraph
