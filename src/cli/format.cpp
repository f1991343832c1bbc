#include "cli/format.hpp"

#include <CLI/CLI.hpp>
#include <cerrno>
#include <charconv>
#include <cstring>
#include <fstream>
#include <iostream>

#include "kamgraph/model/error.hpp"

namespace kamgraph::cli {
namespace {

template <typename T>
nlohmann::ordered_json optional_json(const std::optional<T>& v) {
  if (!v) return nullptr;
  return *v;
}

}  // namespace

CLI::Option* add_format_option(CLI::App& app, std::string& target,
                               const std::vector<std::string>& allowed) {
  target = allowed.front();
  std::string list;
  for (const auto& a : allowed) list += (list.empty() ? "" : "|") + a;
  return app.add_option("-f,--format", target, "Output format: " + list)
      ->check(CLI::IsMember(allowed))
      ->capture_default_str();
}

std::string roles_text(const std::vector<Role>& roles) {
  std::string out;
  for (Role r : roles) out += (out.empty() ? "" : ";") + std::string(to_string(r));
  return out;
}

std::string number_text(double v) {
  char buf[64];
  auto [end, ec] = std::to_chars(buf, buf + sizeof buf, v);
  return ec == std::errc{} ? std::string(buf, end) : std::string("nan");
}

nlohmann::ordered_json person_json(const Person& p) {
  nlohmann::ordered_json roles = nlohmann::ordered_json::array();
  for (Role r : p.roles) roles.push_back(std::string(to_string(r)));
  return {{"id", p.id},
          {"name", p.name},
          {"org", p.org},
          {"kind", std::string(to_string(p.kind))},
          {"roles", roles},
          {"power", p.power},
          {"attitude", std::string(to_string(p.attitude))},
          {"title", p.title},
          {"department", p.department},
          {"reports_to", p.reports_to.empty() ? nlohmann::ordered_json(nullptr)
                                              : nlohmann::ordered_json(p.reports_to)},
          {"placeholder", p.placeholder()}};
}

nlohmann::ordered_json account_json(const Account& a) {
  nlohmann::ordered_json segment = nullptr;
  if (a.segment) segment = std::string(to_string(*a.segment));
  return {{"id", a.id},
          {"name", a.name},
          {"segment", segment},
          {"revenue", optional_json(a.revenue)},
          {"potential", optional_json(a.potential)},
          {"margin", optional_json(a.margin)},
          {"attractiveness", optional_json(a.attractiveness)},
          {"supplier_strength", optional_json(a.supplier_strength)}};
}

nlohmann::ordered_json relationship_json(const Relationship& r) {
  nlohmann::ordered_json date = nullptr, mode = nullptr;
  if (r.last_contact) date = r.last_contact->str();
  if (r.mode) mode = std::string(to_string(*r.mode));
  return {
      {"source", r.source},     {"target", r.target},   {"type", std::string(to_string(r.type))},
      {"strength", r.strength}, {"last_contact", date}, {"mode", mode}};
}

std::string csv_field(const std::string& s) {
  bool quote = s.find_first_of(",\"\r\n") != std::string::npos ||
               (!s.empty() && (s.front() == ' ' || s.back() == ' '));
  if (!quote) return s;
  std::string out = "\"";
  for (char c : s) {
    if (c == '"') out += '"';
    out += c;
  }
  return out + '"';
}

std::string csv_line(const std::vector<std::string>& cells) {
  std::string out;
  for (std::size_t i = 0; i < cells.size(); ++i) out += (i ? "," : "") + csv_field(cells[i]);
  return out + '\n';
}

void write_output(const std::string& path, std::string_view bytes) {
  if (path == "-") {
    std::cout.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
    std::cout.flush();
    return;
  }
  std::ofstream out(path, std::ios::binary);
  if (out) out.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
  if (!out || !out.flush())
    throw Error(ExitCode::output, "cannot write '" + path + "': " + std::strerror(errno));
}

}  // namespace kamgraph::cli
