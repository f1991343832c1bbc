// Reading one account drawn as a Graphviz graph, with cgraph as a library. cgraph parses;
// the meaning of nodes, edges and attributes is the same as the CSV columns', because every
// record goes through the field parsers of fields.hpp and then validate().
#include <graphviz/cgraph.h>

#include <charconv>
#include <filesystem>
#include <memory>
#include <mutex>
#include <set>
#include <system_error>

#include "import/bounded_read.hpp"
#include "kamgraph/import/fields.hpp"
#include "kamgraph/import/import.hpp"
#include "kamgraph/import/limits.hpp"
#include "kamgraph/model/error.hpp"

namespace kamgraph {
namespace {

constexpr const char* kDotTooBigAdvice =
    "a DOT file holds one account: import a bigger account as CSV (people.csv, "
    "relationships.csv)";

struct GraphCloser {
  void operator()(Agraph_t* g) const { agclose(g); }
};
using GraphPtr = std::unique_ptr<Agraph_t, GraphCloser>;

// ---- cgraph's messages -------------------------------------------------------------------

// cgraph reports problems through one process-wide callback that carries no user data, and
// its parser and lexer are global state too; so reads are serialised, and the callback
// writes into whichever collector the current read installed.
std::mutex cgraph_mutex;
std::vector<std::string>* current_messages = nullptr;  // guarded by cgraph_mutex
bool after_level = false;                              // guarded by cgraph_mutex

// cgraph calls the error function piecewise: "Error" or "Warning", then ": ", then the
// formatted text (continuation messages come without the two prefix pieces).
int collect_message(char* piece) {
  if (current_messages == nullptr) return 0;
  const std::string_view text = piece;
  if (text == "Error" || text == "Warning") {
    current_messages->emplace_back();
    after_level = true;
    return 0;
  }
  if (after_level && text == ": ") {
    after_level = false;
    return 0;
  }
  after_level = false;
  if (current_messages->empty()) current_messages->emplace_back();
  current_messages->back() += text;
  return 0;
}

// Installs collect_message and cgraph's report-everything level for one read, restoring
// whatever was there before (render may have its own).
class MessageCapture {
 public:
  explicit MessageCapture(std::vector<std::string>& messages)
      : old_function_(agseterrf(collect_message)), old_level_(agseterr(AGWARN)) {
    current_messages = &messages;
    after_level = false;
    agreseterrors();
  }
  ~MessageCapture() {
    current_messages = nullptr;
    agseterr(old_level_);
    agseterrf(old_function_);
  }
  MessageCapture(const MessageCapture&) = delete;
  MessageCapture& operator=(const MessageCapture&) = delete;

 private:
  agusererrf old_function_;
  agerrlevel_t old_level_;
};

// "syntax error in line 12 near 'foo'\n" -> line 12, "syntax error near 'foo'". cgraph's
// lexer also says "... in line 3 of <file> splits into two tokens" for "1a".
Diagnostic diagnostic_from_message(const std::string& file, std::string text) {
  for (char& c : text)
    if (c == '\n' || c == '\r' || c == '\t') c = ' ';
  int line = 0;
  static constexpr std::string_view kInLine = " in line ";
  if (auto at = text.find(kInLine); at != std::string::npos) {
    const char* digits = text.data() + at + kInLine.size();
    auto [end, ec] = std::from_chars(digits, text.data() + text.size(), line);
    if (ec == std::errc{}) {
      std::size_t stop = static_cast<std::size_t>(end - text.data());
      static constexpr std::string_view kOf = " of ";
      if (text.compare(stop, kOf.size(), kOf) == 0) {
        const auto space = text.find(' ', stop + kOf.size());
        stop = space == std::string::npos ? text.size() : space;
      }
      text.erase(at, stop - at);
    }
  }
  while (!text.empty() && text.back() == ' ') text.pop_back();
  while (!text.empty() && text.front() == ' ') text.erase(0, 1);
  // cgraph names no token when the input ended early.
  if (text == "syntax error") text += " at the end of the input (a missing '}'?)";
  // DOT numbers have no exponent: unquoted 3e6 is the number 3 and then a node e6.
  if (text.find("badly delimited number") != std::string::npos)
    text += " (quote the value: \"3e6\", \"1a\")";
  return Diagnostic{.file = file, .line = line, .message = text};
}

// ---- reading the text ----------------------------------------------------------------------

// The text as a cgraph input channel. Whole lines at a time, as cgraph's own readers do.
struct TextChannel {
  const std::string* text;
  std::size_t pos = 0;
};

int read_line(void* chan, char* buf, int bufsize) {
  auto* c = static_cast<TextChannel*>(chan);
  if (bufsize <= 0 || c->pos >= c->text->size()) return 0;
  std::size_t n = 0;
  const std::size_t room = static_cast<std::size_t>(bufsize);
  while (n < room && c->pos < c->text->size()) {
    const char ch = (*c->text)[c->pos++];
    buf[n++] = ch;
    if (ch == '\n') break;
  }
  return static_cast<int>(n);
}

// Parses the first graph of `text`. cgraph's lexer keeps whatever it has buffered past the
// end of a graph and serves it to the next read, even of another text, so the rest of the
// input is read to its end here: a second graph is an error, and nothing is left behind.
// The caller holds cgraph_mutex.
GraphPtr parse(const std::string& text, const std::string& file, DiagnosticSink& sink) {
  std::vector<std::string> messages;
  MessageCapture capture(messages);

  Agiodisc_t io{read_line, AgIoDisc.putstr, AgIoDisc.flush};
  Agdisc_t disc{&AgMemDisc, &AgIdDisc, &io};
  TextChannel channel{&text};

  // Restarts cgraph's line count, which otherwise runs on from the previous read.
  agsetfile(nullptr);
  GraphPtr graph(agread(&channel, &disc));
  bool more_graphs = false;
  if (graph || messages.empty()) {
    while (GraphPtr extra{agread(&channel, &disc)}) more_graphs = true;
  }
  for (const auto& m : messages) sink.add(diagnostic_from_message(file, m));
  if (more_graphs)
    sink.add(
        {.file = file, .message = "holds more than one graph; a DOT file describes one account"});
  if (!graph && messages.empty())
    sink.add({.file = file,
              .message = "holds no graph (expected: graph ACCOUNT { ... } or digraph ...)"});
  return graph;
}

// ---- attribute values --------------------------------------------------------------------

// cgraph keeps backslashes as written except in \" ; kamgraph reads \\ as one backslash
// (README), so the export's "\\N" comes back as the two characters \N.
std::string unescape(std::string_view raw) {
  std::string out;
  out.reserve(raw.size());
  for (std::size_t i = 0; i < raw.size(); ++i) {
    if (raw[i] == '\\' && i + 1 < raw.size() && raw[i + 1] == '\\') ++i;
    out += raw[i];
  }
  return out;
}

// A label is drawn by Graphviz, so its escapes mean what Graphviz makes of them: \N is the
// node's name and \G the graph's, and \n, \l, \r break lines, which in a name is a space.
std::string escaped_label_text(std::string_view raw, const std::string& node_name,
                               const std::string& graph_name) {
  std::string out;
  for (std::size_t i = 0; i < raw.size(); ++i) {
    if (raw[i] != '\\' || i + 1 == raw.size()) {
      out += raw[i];
      continue;
    }
    const char next = raw[++i];
    if (next == 'N')
      out += node_name;
    else if (next == 'G')
      out += graph_name;
    else if (next == 'n' || next == 'l' || next == 'r')
      out += ' ';
    else if (next == '\\')
      out += '\\';
    else
      out.append({'\\', next});
  }
  return out;
}

// An HTML-like label (label=<<b>Anna Rossi</b><br/>CFO>) is markup around the text: every
// tag separates words (<br/>, table cells) and the five XML entities are decoded.
std::string html_label_text(std::string_view html) {
  static constexpr std::pair<std::string_view, char> kEntities[] = {
      {"&amp;", '&'}, {"&lt;", '<'}, {"&gt;", '>'}, {"&quot;", '"'}, {"&apos;", '\''}};
  std::string out;
  for (std::size_t i = 0; i < html.size(); ++i) {
    if (html[i] == '<') {
      const auto close = html.find('>', i);
      if (close == std::string_view::npos) break;
      out += ' ';
      i = close;
      continue;
    }
    if (html[i] == '&') {
      bool decoded = false;
      for (const auto& [entity, c] : kEntities) {
        if (html.substr(i).starts_with(entity)) {
          out += c;
          i += entity.size() - 1;
          decoded = true;
          break;
        }
      }
      if (decoded) continue;
    }
    out += html[i];
  }
  return out;
}

// Spaces collapsed and trimmed: labels are laid out for drawing, names are one line.
std::string one_line(std::string_view text) {
  std::string out;
  for (char c : text) {
    const bool blank = c == ' ' || c == '\t' || c == '\n' || c == '\r';
    if (blank) {
      if (!out.empty() && out.back() != ' ') out += ' ';
    } else {
      out += c;
    }
  }
  if (!out.empty() && out.back() == ' ') out.pop_back();
  return out;
}

// The text a `label` attribute shows, or nullopt when it is unset or shows nothing.
std::optional<std::string> label_of(void* object, const std::string& node_name,
                                    const std::string& graph_name) {
  char key[] = "label";
  const char* raw = agget(object, key);
  if (raw == nullptr || *raw == '\0') return std::nullopt;
  std::string text =
      one_line(aghtmlstr(const_cast<char*>(raw)) ? html_label_text(raw)
                                                 : escaped_label_text(raw, node_name, graph_name));
  if (text.empty()) return std::nullopt;
  return text;
}

// The raw value of an attribute, or nullopt when it is not set. cgraph answers "" for an
// attribute declared on some other object and not set here; that counts as not set.
std::optional<std::string> raw_attribute(void* object, std::string_view name) {
  std::string key(name);
  const char* value = agget(object, key.data());
  if (value == nullptr || *value == '\0') return std::nullopt;
  return std::string(value);
}

std::optional<std::string> attribute(void* object, std::string_view name) {
  auto raw = raw_attribute(object, name);
  if (!raw) return std::nullopt;
  return unescape(*raw);
}

std::string name_of(void* object) { return unescape(agnameof(object)); }

// Re-files a record's diagnostics under the node or edge they are about: cgraph keeps no
// line numbers for objects, so the object's name is how the user finds the problem.
void add_about(DiagnosticSink& sink, const DiagnosticSink& local, const std::string& what) {
  for (auto d : local.items()) {
    std::string prefix = what + ": ";
    if (!d.field.empty()) prefix += "field '" + d.field + "': ";
    d.field.clear();
    d.message = prefix + d.message;
    sink.add(std::move(d));
  }
}

// ---- graph -> records --------------------------------------------------------------------

// An attribute's value for a FieldGetter, held in `texts`.
std::optional<std::string_view> kept(FieldTexts& texts, std::optional<std::string> value) {
  if (!value) return std::nullopt;
  return texts.keep(std::move(*value));
}

// Names and attribute values obey the CSV field limit, so that whatever a DOT file brings
// in can be exported as CSV and imported again.
bool within_field_limit(const FieldGetter& get, const std::vector<std::string>& columns,
                        const Origin& at, DiagnosticSink& local) {
  bool ok = true;
  for (const auto& column : columns) {
    const auto value = get(column);
    if (value && value->size() > kMaxFieldBytes) {
      local.add({.file = at.file,
                 .line = at.line,
                 .field = column,
                 .message = "a value longer than " + describe_bytes(kMaxFieldBytes) +
                            ", the limit for one field; shorten it"});
      ok = false;
    }
  }
  return ok;
}

// cgraph keeps names starting with '%' for itself: it names anonymous objects "%<number>",
// and gives a name the user wrote with a leading '%' such a number instead (Graphviz's own
// writer treats every such name as anonymous).
bool reserved_name(void* object) { return agnameof(object)[0] == '%'; }
bool anonymous(Agraph_t* g) { return reserved_name(g); }

// The `account` attribute, else the graph's name; empty for an anonymous graph without one.
std::string account_id_of(Agraph_t* g) {
  if (auto a = attribute(g, "account")) return *a;
  return anonymous(g) ? std::string() : name_of(g);
}

std::optional<Account> read_account(Agraph_t* g, const std::string& id,
                                    const std::string& graph_name, const Origin& at,
                                    DiagnosticSink& sink) {
  FieldTexts texts;
  FieldGetter get = [&](std::string_view field) -> std::optional<std::string_view> {
    if (field == "id") return id;
    if (field == "name") {
      if (auto label = label_of(g, graph_name, graph_name)) return texts.keep(*label);
      if (auto name = attribute(g, "name")) return texts.keep(*name);
      return id;
    }
    return kept(texts, attribute(g, field));
  };
  DiagnosticSink local;
  std::optional<Account> account;
  if (within_field_limit(get, account_columns(), at, local))
    account = account_from_fields(get, at, local);
  add_about(sink, local, "graph '" + graph_name + "'");
  return account;
}

// People attributes that make a node a record of its own rather than a mention of someone
// already in the database.
bool has_person_data(Agnode_t* n) {
  if (raw_attribute(n, "label")) return true;
  for (const auto& column : person_columns())
    if (column != "id" && raw_attribute(n, column)) return true;
  return false;
}

std::optional<Person> read_person(Agnode_t* n, const std::string& account_id,
                                  const std::string& graph_name, const Origin& at,
                                  DiagnosticSink& sink) {
  const std::string id = name_of(n);
  FieldTexts texts;
  FieldGetter get = [&](std::string_view field) -> std::optional<std::string_view> {
    if (field == "id") return id;
    if (field == "org") return texts.keep(attribute(n, "org").value_or(account_id));
    if (field == "name") {
      if (auto name = attribute(n, "name")) return texts.keep(*name);
      if (auto label = label_of(n, id, graph_name)) return texts.keep(*label);
      // Neither: a placeholder, which is an empty name rather than a missing column.
      return std::string_view();
    }
    return kept(texts, attribute(n, field));
  };
  DiagnosticSink local;
  std::optional<Person> person;
  if (within_field_limit(get, person_columns(), at, local))
    person = person_from_fields(get, at, local);
  add_about(sink, local, "node '" + id + "'");
  return person;
}

std::optional<Relationship> read_relationship(Agraph_t* g, Agedge_t* e, const Origin& at,
                                              DiagnosticSink& sink) {
  const std::string source = name_of(agtail(e));
  const std::string target = name_of(aghead(e));
  FieldTexts texts;
  FieldGetter get = [&](std::string_view field) -> std::optional<std::string_view> {
    if (field == "source") return source;
    if (field == "target") return target;
    return kept(texts, attribute(e, field));
  };
  DiagnosticSink local;
  std::optional<Relationship> relationship;
  if (within_field_limit(get, relationship_columns(), at, local))
    relationship = relationship_from_fields(get, at, local);
  const char* op = agisdirected(g) ? " -> " : " -- ";
  add_about(sink, local, "edge '" + source + "'" + op + "'" + target + "'");
  return relationship;
}

Dataset read_graph(Agraph_t* g, const std::string& file, const KnownPerson& known,
                   DiagnosticSink& sink) {
  const Origin at{.file = file, .line = 0};
  ParsedInput input;
  const std::string account_id = account_id_of(g);
  if (account_id.empty()) {
    sink.add({.file = file,
              .message = "the graph names no account: give it a name (graph acme { ... }) or "
                         "an 'account' attribute"});
    return {};
  }
  const std::string graph_name = anonymous(g) ? account_id : name_of(g);
  if (auto account = read_account(g, account_id, graph_name, at, sink)) {
    input.data.accounts.push_back(std::move(*account));
    input.account_at.push_back(at);
  }

  // Nodes already reported; their edges would only repeat the problem as "unknown person".
  std::set<Agnode_t*> refused;
  for (Agnode_t* n = agfstnode(g); n != nullptr; n = agnxtnode(g, n)) {
    const std::string id = name_of(n);
    if (reserved_name(n)) {
      refused.insert(n);
      sink.add({.file = file,
                .message = "a node name starting with '%' (read as '" + id +
                           "') is reserved by Graphviz, which renames it: choose another id"});
      continue;
    }
    if (!has_person_data(n)) {
      // A bare node naming someone already imported (a colleague, an outside consultant)
      // is that shared person, drawn here for their relationships; it must not overwrite
      // them.
      if (known && known(id)) continue;
      refused.insert(n);
      // Said here because the field parser could only say "a placeholder needs a title".
      sink.add({.file = file,
                .message = "node '" + id +
                           "' has no attributes and is nobody already imported: give it a "
                           "name (or a title or role, for a placeholder)"});
      continue;
    }
    if (auto person = read_person(n, account_id, graph_name, at, sink)) {
      input.data.people.push_back(std::move(*person));
      input.person_at.push_back(at);
    }
  }
  for (Agnode_t* n = agfstnode(g); n != nullptr; n = agnxtnode(g, n)) {
    if (refused.contains(n)) continue;
    for (Agedge_t* e = agfstout(g, n); e != nullptr; e = agnxtout(g, e)) {
      if (refused.contains(aghead(e))) continue;
      if (auto relationship = read_relationship(g, e, at, sink)) {
        input.data.relationships.push_back(std::move(*relationship));
        input.relationship_at.push_back(at);
      }
    }
  }

  validate(input, known ? known : KnownPerson([](const std::string&) { return false; }), sink);
  return std::move(input.data);
}

}  // namespace

Dataset read_dot_text(const std::string& text, const std::string& name, const KnownPerson& known) {
  DiagnosticSink sink;
  if (text.size() > kMaxDotFileBytes) {
    sink.add({.file = name,
              .message = "the text is " + describe_bytes(text.size()) + ", more than the " +
                         describe_bytes(kMaxDotFileBytes) + " limit for one DOT file; " +
                         kDotTooBigAdvice});
    sink.throw_if_any();
  }
  if (text.find('\0') != std::string::npos) {
    sink.add({.file = name, .message = "contains a NUL byte: not a DOT text file"});
    sink.throw_if_any();
  }
  // Editors on Windows may write a byte order mark, which cgraph would take for a token.
  static constexpr std::string_view kBom = "\xEF\xBB\xBF";
  const std::string body = text.starts_with(kBom) ? text.substr(kBom.size()) : text;

  // Held until the graph is closed: cgraph's parser and string tables are global state.
  std::lock_guard lock(cgraph_mutex);
  GraphPtr graph = parse(body, name, sink);
  sink.throw_if_any();
  Dataset data = read_graph(graph.get(), name, known, sink);
  sink.throw_if_any();
  return data;
}

Dataset read_dot_file(const std::string& path, const KnownPerson& known) {
  std::error_code ec;
  if (!std::filesystem::exists(path, ec)) throw NotFoundError("no such file: '" + path + "'");
  if (std::filesystem::is_directory(path, ec))
    throw InputError({{.file = path, .message = "is a directory, not a DOT file"}});
  // The size is looked at before anything is read (bounded_read.hpp).
  detail::BoundedRead read = detail::read_bounded(path, kMaxDotFileBytes);
  if (read.too_big)
    throw InputError({{.file = path,
                       .message = detail::too_big_message(read, kMaxDotFileBytes, "DOT file") +
                                  "; " + kDotTooBigAdvice}});
  if (!read.text) throw NotFoundError("cannot read '" + path + "': " + read.error);
  return read_dot_text(*read.text, path, known);
}

}  // namespace kamgraph
