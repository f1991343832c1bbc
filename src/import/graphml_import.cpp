// read_graphml_file(): a GraphML graph as `kamgraph export --format graphml` writes it, and
// as yEd or Gephi save it again (they keep the attributes and add their own, which are
// ignored). The README, "Importing from a CRM, and GraphML" ("GraphML") is the contract.
//
// The XML is read by a small pull parser written for this: GraphML needs elements,
// attributes, character data, the five predefined entities, character references, CDATA,
// comments and processing instructions; a DTD that declares entities is refused rather
// than half-understood. Nothing is kept but the key declarations and the one node or edge
// being read, so memory stays proportional to the records.
#include <algorithm>
#include <cstdint>
#include <filesystem>
#include <map>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "import/bounded_read.hpp"
#include "kamgraph/import/fields.hpp"
#include "kamgraph/import/import.hpp"
#include "kamgraph/import/limits.hpp"
#include "kamgraph/model/error.hpp"

namespace kamgraph {
namespace {

// --- XML ------------------------------------------------------------------------------------

struct XmlError {
  int line;
  std::string message;
};

struct Attribute {
  std::string name;  // local name: a prefix (xsi:, y:) is dropped
  std::string prefix;
  std::string value;
};

struct XmlEvent {
  enum class Kind { start, end, text, done } kind = Kind::done;
  std::string name;  // local name of the element
  std::vector<Attribute> attributes;
  std::string text;
  bool empty = false;  // <x/>: an end event follows at once
  int line = 0;
};

// Deeper than any GraphML a tool writes (yEd's graphics nest a dozen levels); a limit keeps
// a hostile file from making the element stack grow without bound.
constexpr std::size_t kMaxDepth = 256;

class XmlReader {
 public:
  explicit XmlReader(std::string_view text) : s_(text) {
    if (s_.substr(0, 3) == "\xEF\xBB\xBF") i_ = 3;
  }

  // The next event; throws XmlError for a document that is not well-formed.
  XmlEvent next() {
    if (pending_end_) {
      pending_end_ = false;
      XmlEvent e;
      e.kind = XmlEvent::Kind::end;
      e.name = open_.back();
      e.line = line_;
      open_.pop_back();
      return e;
    }
    while (i_ < s_.size()) {
      if (s_[i_] != '<') return text();
      if (starts("<!--")) {
        skip_past("-->", "comment");
      } else if (starts("<![CDATA[")) {
        return text();
      } else if (starts("<?")) {
        declaration();
      } else if (starts("<!DOCTYPE")) {
        doctype();
      } else if (starts("</")) {
        return end_tag();
      } else {
        return start_tag();
      }
    }
    if (!open_.empty()) fail("the document ends inside <" + open_.back() + ">");
    if (!seen_root_) fail("no root element: this is not an XML document");
    return {};
  }

 private:
  [[noreturn]] void fail(const std::string& message) const { throw XmlError{line_, message}; }

  bool starts(std::string_view p) const { return s_.substr(i_, p.size()) == p; }

  void advance(std::size_t n) {
    for (std::size_t k = 0; k < n && i_ < s_.size(); ++k, ++i_)
      if (s_[i_] == '\n') ++line_;
  }

  void skip_past(std::string_view end, std::string_view what) {
    const auto at = s_.find(end, i_);
    if (at == std::string_view::npos) fail("unterminated " + std::string(what));
    advance(at + end.size() - i_);
  }

  void declaration() {
    const auto at = s_.find("?>", i_);
    if (at == std::string_view::npos) fail("unterminated processing instruction");
    const std::string_view body = s_.substr(i_, at - i_);
    if (body.substr(0, 5) == "<?xml" && body.size() > 5 && (body[5] == ' ' || body[5] == '\t')) {
      const auto enc = body.find("encoding");
      if (enc != std::string_view::npos) {
        const auto q = body.find_first_of("\"'", enc);
        const auto e = q == std::string_view::npos ? q : body.find(body[q], q + 1);
        std::string name(q == std::string_view::npos || e == std::string_view::npos
                             ? std::string_view()
                             : body.substr(q + 1, e - q - 1));
        for (char& c : name)
          if (c >= 'a' && c <= 'z') c = static_cast<char>(c - 'a' + 'A');
        if (name != "UTF-8" && name != "UTF8" && name != "US-ASCII")
          fail("the document is encoded as " + name + "; kamgraph reads UTF-8 GraphML");
      }
    }
    advance(at + 2 - i_);
  }

  void doctype() {
    // A DOCTYPE naming the GraphML DTD is harmless; an internal subset could declare
    // entities, which this reader does not expand.
    std::size_t k = i_;
    while (k < s_.size() && s_[k] != '>' && s_[k] != '[') ++k;
    if (k < s_.size() && s_[k] == '[')
      fail("a DOCTYPE with an internal subset (entity declarations) is not supported");
    skip_past(">", "DOCTYPE");
  }

  static bool name_char(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' ||
           c == ':' || c == '-' || c == '.' || static_cast<unsigned char>(c) >= 0x80;
  }

  std::string name() {
    const std::size_t b = i_;
    while (i_ < s_.size() && name_char(s_[i_])) ++i_;
    if (i_ == b) fail("expected a name after '<'");
    return std::string(s_.substr(b, i_ - b));
  }

  void spaces() {
    while (i_ < s_.size() && (s_[i_] == ' ' || s_[i_] == '\t' || s_[i_] == '\n' || s_[i_] == '\r'))
      advance(1);
  }

  static std::string local(const std::string& qname, std::string* prefix = nullptr) {
    const auto colon = qname.find(':');
    if (prefix) *prefix = colon == std::string::npos ? "" : qname.substr(0, colon);
    return colon == std::string::npos ? qname : qname.substr(colon + 1);
  }

  // Appends the UTF-8 encoding of a character reference's code point.
  void append_code_point(std::string& out, std::uint32_t cp) const {
    const bool allowed = cp == 0x9 || cp == 0xA || cp == 0xD || (cp >= 0x20 && cp <= 0xD7FF) ||
                         (cp >= 0xE000 && cp <= 0xFFFD) || (cp >= 0x10000 && cp <= 0x10FFFF);
    if (!allowed) fail("character reference to a character XML does not allow");
    if (cp < 0x80) {
      out += static_cast<char>(cp);
    } else if (cp < 0x800) {
      out += static_cast<char>(0xC0 | (cp >> 6));
      out += static_cast<char>(0x80 | (cp & 0x3F));
    } else if (cp < 0x10000) {
      out += static_cast<char>(0xE0 | (cp >> 12));
      out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
      out += static_cast<char>(0x80 | (cp & 0x3F));
    } else {
      out += static_cast<char>(0xF0 | (cp >> 18));
      out += static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
      out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
      out += static_cast<char>(0x80 | (cp & 0x3F));
    }
  }

  // At '&': decodes one reference into `out`.
  void reference(std::string& out) {
    const auto semi = s_.find(';', i_);
    if (semi == std::string_view::npos || semi - i_ > 12)
      fail("'&' that starts no entity (write &amp;)");
    const std::string_view ref = s_.substr(i_ + 1, semi - i_ - 1);
    if (ref == "lt")
      out += '<';
    else if (ref == "gt")
      out += '>';
    else if (ref == "amp")
      out += '&';
    else if (ref == "quot")
      out += '"';
    else if (ref == "apos")
      out += '\'';
    else if (ref.size() > 1 && ref[0] == '#') {
      const bool hex = ref[1] == 'x';
      const std::string_view digits = ref.substr(hex ? 2 : 1);
      if (digits.empty()) fail("empty character reference");
      std::uint32_t cp = 0;
      for (char c : digits) {
        int v = -1;
        if (c >= '0' && c <= '9')
          v = c - '0';
        else if (hex && c >= 'a' && c <= 'f')
          v = c - 'a' + 10;
        else if (hex && c >= 'A' && c <= 'F')
          v = c - 'A' + 10;
        if (v < 0) fail("bad character reference '&" + std::string(ref) + ";'");
        cp = cp * (hex ? 16 : 10) + static_cast<std::uint32_t>(v);
        if (cp > 0x10FFFF) fail("bad character reference '&" + std::string(ref) + ";'");
      }
      append_code_point(out, cp);
    } else {
      fail("unknown entity '&" + std::string(ref) + ";'");
    }
    advance(semi + 1 - i_);
  }

  XmlEvent text() {
    XmlEvent e;
    e.kind = XmlEvent::Kind::text;
    e.line = line_;
    while (i_ < s_.size()) {
      if (starts("<![CDATA[")) {
        advance(9);
        const auto at = s_.find("]]>", i_);
        if (at == std::string_view::npos) fail("unterminated CDATA section");
        const std::size_t b = i_;
        advance(at - i_);
        e.text += s_.substr(b, at - b);
        advance(3);
        continue;
      }
      const char c = s_[i_];
      if (c == '<') break;
      if (c == '&') {
        reference(e.text);
        continue;
      }
      if (c == '\r') {  // line ends are LF in XML's data model
        e.text += '\n';
        advance(s_.substr(i_, 2) == "\r\n" ? 2 : 1);
        continue;
      }
      e.text += c;
      advance(1);
    }
    if (open_.empty() && e.text.find_first_not_of(" \t\n") != std::string::npos)
      fail("text outside the root element");
    return e;
  }

  XmlEvent start_tag() {
    XmlEvent e;
    e.kind = XmlEvent::Kind::start;
    e.line = line_;
    advance(1);
    const std::string qname = name();
    e.name = local(qname);
    if (open_.empty() && seen_root_) fail("a second root element <" + qname + ">");
    while (true) {
      spaces();
      if (i_ >= s_.size()) fail("the document ends inside the tag <" + qname + ">");
      if (starts("/>")) {
        advance(2);
        e.empty = true;
        break;
      }
      if (s_[i_] == '>') {
        advance(1);
        break;
      }
      Attribute a;
      const std::string aname = name();
      a.name = local(aname, &a.prefix);
      spaces();
      if (i_ >= s_.size()) fail("the document ends inside the tag <" + qname + ">");
      if (i_ >= s_.size() || s_[i_] != '=') fail("attribute '" + aname + "' has no value");
      advance(1);
      spaces();
      if (i_ >= s_.size() || (s_[i_] != '"' && s_[i_] != '\''))
        fail("attribute '" + aname + "' is not quoted");
      const char quote = s_[i_];
      advance(1);
      while (i_ < s_.size() && s_[i_] != quote) {
        if (s_[i_] == '<') fail("'<' in the value of attribute '" + aname + "'");
        if (s_[i_] == '&') {
          reference(a.value);
          continue;
        }
        // Attribute-value normalisation: white space characters become spaces.
        const char c = s_[i_];
        a.value += (c == '\n' || c == '\t' || c == '\r') ? ' ' : c;
        advance(1);
      }
      if (i_ >= s_.size()) fail("the document ends inside the tag <" + qname + ">");
      advance(1);
      for (const auto& other : e.attributes)
        if (other.name == a.name && other.prefix == a.prefix)
          fail("attribute '" + aname + "' given twice");
      e.attributes.push_back(std::move(a));
    }
    seen_root_ = true;
    open_.push_back(e.name);
    if (open_.size() > kMaxDepth)
      fail("elements nested more than " + std::to_string(kMaxDepth) + " deep");
    pending_end_ = e.empty;
    return e;
  }

  XmlEvent end_tag() {
    XmlEvent e;
    e.kind = XmlEvent::Kind::end;
    e.line = line_;
    advance(2);
    e.name = local(name());
    spaces();
    if (i_ >= s_.size() || s_[i_] != '>') fail("unterminated end tag </" + e.name + ">");
    advance(1);
    if (open_.empty()) fail("end tag </" + e.name + "> closes nothing");
    if (open_.back() != e.name)
      fail("end tag </" + e.name + "> where </" + open_.back() + "> was expected");
    open_.pop_back();
    return e;
  }

  std::string_view s_;
  std::size_t i_ = 0;
  int line_ = 1;
  std::vector<std::string> open_;
  bool seen_root_ = false;
  bool pending_end_ = false;
};

// --- GraphML ---------------------------------------------------------------------------------

const std::string* attribute(const XmlEvent& e, std::string_view name) {
  for (const auto& a : e.attributes)
    if (a.prefix.empty() && a.name == name) return &a.value;
  return nullptr;
}

struct KeyDecl {
  std::string domain;                   // node, edge, graph, all, ...
  std::string name;                     // attr.name, or the key id when there is none
  std::optional<std::string> fallback;  // <default>
};

// One <node> or <edge> while it is read.
struct Element {
  std::string id, source, target;
  int line = 0;
  std::map<std::string, std::string> values;  // attr.name -> text
};

class GraphMLReader {
 public:
  GraphMLReader(std::string_view text, std::string name, DiagnosticSink& sink)
      : xml_(text), file_(std::move(name)), sink_(sink) {}

  ParsedInput run() {
    try {
      read();
    } catch (const XmlError& e) {
      sink_.add({file_, e.line, "", "not well-formed XML: " + e.message});
    }
    return std::move(in_);
  }

 private:
  void error(int line, std::string message) { sink_.add({file_, line, "", std::move(message)}); }

  void read() {
    XmlEvent root = xml_.next();
    while (root.kind == XmlEvent::Kind::text) root = xml_.next();
    if (root.kind != XmlEvent::Kind::start || root.name != "graphml") {
      error(root.line, "not GraphML: the root element is <" + root.name + ">, not <graphml>");
      return;
    }
    int graphs = 0;
    for (XmlEvent e = xml_.next(); e.kind != XmlEvent::Kind::done; e = xml_.next()) {
      if (e.kind != XmlEvent::Kind::start) continue;
      if (e.name == "key") {
        key(e);
      } else if (e.name == "graph") {
        if (++graphs > 1) {
          error(e.line, "a second <graph>: kamgraph reads one graph per GraphML file");
          return;
        }
        graph(e);
      } else {
        skip(e);
      }
    }
    if (graphs == 0) error(root.line, "no <graph> in this GraphML file");
  }

  // Everything up to the end of `start`, unread.
  void skip(const XmlEvent& start) {
    if (start.empty) {
      xml_.next();
      return;
    }
    for (int depth = 1; depth > 0;) {
      const XmlEvent e = xml_.next();
      if (e.kind == XmlEvent::Kind::start) ++depth;
      if (e.kind == XmlEvent::Kind::end) --depth;
    }
  }

  // The text directly inside `start` (text inside child elements, such as yEd's graphics,
  // is not part of the value).
  std::string text_of(const XmlEvent& start) {
    std::string out;
    if (start.empty) {
      xml_.next();
      return out;
    }
    for (int depth = 1; depth > 0;) {
      const XmlEvent e = xml_.next();
      if (e.kind == XmlEvent::Kind::start) ++depth;
      if (e.kind == XmlEvent::Kind::end) --depth;
      if (e.kind == XmlEvent::Kind::text && depth == 1) out += e.text;
    }
    return out;
  }

  void key(const XmlEvent& start) {
    const std::string* id = attribute(start, "id");
    if (!id) {
      error(start.line, "<key> without an id");
      skip(start);
      return;
    }
    KeyDecl k;
    const std::string* domain = attribute(start, "for");
    k.domain = domain ? *domain : "all";
    const std::string* name = attribute(start, "attr.name");
    k.name = name ? *name : *id;
    if (!start.empty) {
      for (int depth = 1; depth > 0;) {
        const XmlEvent e = xml_.next();
        if (e.kind == XmlEvent::Kind::end) --depth;
        if (e.kind != XmlEvent::Kind::start) continue;
        if (depth == 1 && e.name == "default")
          k.fallback = text_of(e);
        else if (e.empty)
          xml_.next();
        else
          ++depth;
      }
    } else {
      xml_.next();
    }
    if (!keys_.emplace(*id, std::move(k)).second)
      error(start.line, "key '" + *id + "' is declared twice");
  }

  void graph(const XmlEvent& start) {
    if (const std::string* d = attribute(start, "edgedefault");
        d && *d != "directed" && *d != "undirected")
      error(start.line, "edgedefault is '" + *d + "'; GraphML allows directed or undirected");
    if (start.empty) {
      xml_.next();
      return;
    }
    for (int depth = 1; depth > 0;) {
      const XmlEvent e = xml_.next();
      if (e.kind == XmlEvent::Kind::end) --depth;
      if (e.kind != XmlEvent::Kind::start) continue;
      if (e.name == "node") {
        node(e);
      } else if (e.name == "edge") {
        edge(e);
      } else if (e.name == "hyperedge") {
        error(e.line, "hyperedges are not supported: a relationship joins two people");
        skip(e);
      } else {
        skip(e);
      }
    }
  }

  // The <data> children of a node or edge (their attribute values), and no nested graph.
  void data_of(const XmlEvent& start, std::string_view domain, Element& el) {
    if (start.empty) {
      xml_.next();
      return;
    }
    for (int depth = 1; depth > 0;) {
      const XmlEvent e = xml_.next();
      if (e.kind == XmlEvent::Kind::end) --depth;
      if (e.kind != XmlEvent::Kind::start) continue;
      if (e.name == "graph") {
        error(e.line, "nested graphs are not supported: kamgraph reads a flat graph");
        skip(e);
      } else if (e.name == "data") {
        const std::string* key = attribute(e, "key");
        const std::string value = text_of(e);
        if (!key) {
          error(e.line, "<data> without a key");
          continue;
        }
        auto k = keys_.find(*key);
        if (k == keys_.end()) {
          error(e.line, "<data> refers to key '" + *key + "', which no <key> declares");
          continue;
        }
        if (k->second.domain != domain && k->second.domain != "all") continue;
        el.values[k->second.name] = value;
      } else {
        skip(e);  // ports, yEd's graphics
      }
    }
  }

  // A FieldGetter over an element's values, then the keys' defaults, with `rename` mapping
  // kamgraph's field names onto the file's attribute names.
  FieldGetter getter(const Element& el, std::string_view domain,
                     const std::map<std::string, std::string, std::less<>>& rename) const {
    // Every value lives in `el` or keys_, which outlive the record's reading.
    return [this, &el, domain, &rename](std::string_view field) -> std::optional<std::string_view> {
      const auto r = rename.find(field);
      const std::string name = r == rename.end() ? std::string(field) : r->second;
      if (auto it = el.values.find(name); it != el.values.end()) return it->second;
      for (const auto& [id, k] : keys_)
        if (k.name == name && (k.domain == domain || k.domain == "all") && k.fallback)
          return *k.fallback;
      return std::nullopt;
    };
  }

  void node(const XmlEvent& start) {
    Element el;
    el.line = start.line;
    if (const std::string* id = attribute(start, "id")) el.id = *id;
    data_of(start, "node", el);
    if (el.id.empty()) {
      error(el.line, "<node> without an id");
      return;
    }
    const Origin at{file_, el.line};
    static const std::map<std::string, std::string, std::less<>> rename{{"id", "kamgraph_id"}};
    auto values = el.values;
    if (!values.count("kamgraph_id")) values["kamgraph_id"] = el.id;
    // A node kamgraph did not write (no `record`): its label is its name, as in DOT. In
    // kamgraph's own files a node without a name is a placeholder, whose label is only
    // its display name ("[CFO]").
    if (!values.count("record") && !values.count("name") && values.count("label"))
      values["name"] = values["label"];
    Element filled = el;
    filled.values = std::move(values);
    const FieldGetter get = getter(filled, "node", rename);
    const std::string record(get("record").value_or("person"));
    if (!node_ids_.emplace(el.id, std::nullopt).second) {
      error(el.line, "node id '" + el.id + "' is used twice");
      return;
    }
    if (record == "account") {
      if (auto a = account_from_fields(get, at, sink_)) {
        in_.data.accounts.push_back(std::move(*a));
        in_.account_at.push_back(at);
      }
    } else if (record == "person") {
      if (auto p = person_from_fields(get, at, sink_)) {
        node_ids_[el.id] = p->id;
        in_.data.people.push_back(std::move(*p));
        in_.person_at.push_back(at);
      } else {
        rejected_.insert(el.id);
      }
    } else {
      sink_.add({file_, el.line, "record",
                 "unknown record '" + record + "' (expected person or account)"});
    }
  }

  void edge(const XmlEvent& start) {
    Element el;
    el.line = start.line;
    if (const std::string* s = attribute(start, "source")) el.source = *s;
    if (const std::string* t = attribute(start, "target")) el.target = *t;
    data_of(start, "edge", el);
    const Origin at{file_, el.line};
    // Edges name GraphML nodes; relationships name people.
    auto person_of = [&](const std::string& node,
                         std::string_view end) -> std::optional<std::string> {
      auto it = node_ids_.find(node);
      if (it == node_ids_.end()) {
        sink_.add({file_, el.line, std::string(end), "no node '" + node + "' before this edge"});
        return std::nullopt;
      }
      if (!it->second) {
        if (!rejected_.count(node))
          sink_.add({file_, el.line, std::string(end),
                     "node '" + node + "' is an account; relationships join people"});
        return std::nullopt;
      }
      return it->second;
    };
    const auto source = person_of(el.source, "source");
    const auto target = person_of(el.target, "target");
    if (!source || !target) return;
    el.values["source"] = *source;
    el.values["target"] = *target;
    static const std::map<std::string, std::string, std::less<>> none;
    if (auto r = relationship_from_fields(getter(el, "edge", none), at, sink_)) {
      in_.data.relationships.push_back(std::move(*r));
      in_.relationship_at.push_back(at);
    }
  }

  XmlReader xml_;
  FileName file_;  // shared by the Origins of its records
  DiagnosticSink& sink_;
  ParsedInput in_;
  std::map<std::string, KeyDecl> keys_;
  std::map<std::string, std::optional<std::string>> node_ids_;  // node id -> person id
  std::set<std::string> rejected_;  // nodes whose person was reported already
};

}  // namespace

Dataset read_graphml_text(const std::string& text, const std::string& name,
                          const KnownPerson& known) {
  DiagnosticSink sink;
  ParsedInput in = GraphMLReader(text, name, sink).run();
  if (sink.empty()) validate(in, known, sink);
  sink.throw_if_any();
  return std::move(in.data);
}

Dataset read_graphml_file(const std::string& path, const KnownPerson& known) {
  std::error_code ec;
  if (!std::filesystem::exists(path, ec)) throw NotFoundError("no such file or directory: " + path);
  // GraphML spells out every attribute name, so the same records take several times the
  // bytes of CSV; the CSV file limit still bounds what one import holds.
  const detail::BoundedRead read = detail::read_bounded(path, kMaxCsvFileBytes);
  if (!read.text) {
    DiagnosticSink sink;
    sink.add({path, 0, "",
              read.too_big ? detail::too_big_message(read, kMaxCsvFileBytes, "GraphML file")
                           : "cannot read the file: " + read.error});
    sink.throw_if_any();
  }
  return read_graphml_text(*read.text, path, known);
}

}  // namespace kamgraph
