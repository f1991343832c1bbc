// Laying out and rendering DOT text with Graphviz's libraries, in-process: cgraph parses,
// gvc lays out and renders into memory. Every Graphviz handle is owned by a unique_ptr, and
// Graphviz's messages are collected instead of going to stderr.
#include <graphviz/cgraph.h>
#include <graphviz/gvc.h>

#include <algorithm>
#include <cctype>
#include <deque>
#include <memory>
#include <mutex>
#include <string>
#include <unordered_map>

#include "kamgraph/model/error.hpp"
#include "kamgraph/render/map.hpp"
#include "render/map_impl.hpp"

namespace kamgraph {
namespace map_detail {
namespace {

struct GraphClose {
  void operator()(Agraph_t* g) const { agclose(g); }
};
struct LayoutFree {
  GVC_t* gvc;
  void operator()(Agraph_t* g) const { gvFreeLayout(gvc, g); }
};
struct RenderDataFree {
  void operator()(char* data) const { gvFreeRenderData(data); }
};

// Graphviz reports through one process-wide callback without user data, and its parser is
// global state; so renders are serialised and the callback fills the current collector.
std::mutex graphviz_mutex;
struct Messages {
  std::vector<std::string> errors, warnings;
  std::vector<std::string>* current = nullptr;  // the message being assembled
  bool after_level = false;
};
Messages* collector = nullptr;  // guarded by graphviz_mutex

// One Graphviz context for the whole process, created on first use and never freed, on
// purpose. Graphviz 2.42 (Debian 12) frees its font-name cache with the context while the
// pango plugin keeps a pointer into it, so the first label laid out in a second context
// reads freed memory (AddressSanitizer: heap-use-after-free in textspan_size). Keeping the
// context alive keeps the cache alive; it is one allocation per process, not per map.
// Called with graphviz_mutex held.
GVC_t* graphviz_context() {
  static GVC_t* const context = gvContext();
  if (context == nullptr)
    throw Error(ExitCode::internal, "Graphviz could not start (gvContext failed)");
  return context;
}

// Graphviz calls the function piecewise: "Error" or "Warning", then ": ", then the text
// (a continuation comes without the first two pieces).
int collect(char* piece) {
  if (collector == nullptr) return 0;
  const std::string_view text = piece;
  if (text == "Error" || text == "Warning") {
    auto& list = text == "Error" ? collector->errors : collector->warnings;
    list.emplace_back();
    collector->current = &list;
    collector->after_level = true;
    return 0;
  }
  if (collector->after_level && text == ": ") {
    collector->after_level = false;
    return 0;
  }
  collector->after_level = false;
  if (collector->current == nullptr) {
    collector->errors.emplace_back();
    collector->current = &collector->errors;
  }
  collector->current->back() += text;
  return 0;
}

std::string tidy(std::string text) {
  for (char& c : text)
    if (c == '\n' || c == '\r' || c == '\t') c = ' ';
  while (!text.empty() && text.back() == ' ') text.pop_back();
  while (!text.empty() && text.front() == ' ') text.erase(0, 1);
  return text;
}

class Capture {
 public:
  explicit Capture(Messages& m) : old_function_(agseterrf(collect)), old_level_(agseterr(AGWARN)) {
    collector = &m;
    agreseterrors();
  }
  ~Capture() {
    collector = nullptr;
    agseterr(old_level_);
    agseterrf(old_function_);
  }
  Capture(const Capture&) = delete;
  Capture& operator=(const Capture&) = delete;

 private:
  agusererrf old_function_;
  agerrlevel_t old_level_;
};

std::string joined(const std::vector<std::string>& messages, const std::string& fallback) {
  std::string out;
  for (const auto& m : messages) {
    std::string t = tidy(m);
    if (t.empty()) continue;
    out += (out.empty() ? "" : "; ") + t;
  }
  return out.empty() ? fallback : out;
}

const char* gv_format(ImageFormat f) {
  switch (f) {
    case ImageFormat::svg:
      return "svg";
    case ImageFormat::png:
      return "png";
    case ImageFormat::pdf:
      return "pdf";
    case ImageFormat::dot:
      return "dot";
  }
  return "svg";
}

// ---- reading DOT text with deterministic object ids --------------------------------------

// cgraph's default id discipline uses the address of a node's interned name as its id, and
// dot 2.43 orders some of its work by id: so a layout depended on where malloc put the
// names, and the second map drawn in a process came out different from the first. This
// discipline numbers named objects in the order the parser meets them (even ids) and
// anonymous ones with a per-graph counter (odd ids), as the default does; the layout is
// then the same every time, and the same as a fresh process's.
struct IdState {
  std::unordered_map<std::string, IDTYPE> ids;
  std::deque<std::string> names;  // a deque: names never move, agnameof keeps pointers
  IDTYPE anonymous = 1;
};

void* id_open(Agraph_t*, Agdisc_t*) { return new IdState; }

long id_map(void* state, int, char* name, IDTYPE* id, int create) {
  auto* s = static_cast<IdState*>(state);
  if (name == nullptr) {
    *id = s->anonymous;
    s->anonymous += 2;
    return 1;
  }
  if (auto it = s->ids.find(name); it != s->ids.end()) {
    *id = it->second;
    return 1;
  }
  if (!create) {
    *id = 0;  // as the default discipline answers for a name it does not know
    return 1;
  }
  s->names.emplace_back(name);
  *id = 2 * static_cast<IDTYPE>(s->names.size());
  s->ids.emplace(s->names.back(), *id);
  return 1;
}

long id_alloc(void*, int, IDTYPE) { return 0; }
void id_free(void*, int, IDTYPE) {}

char* id_print(void* state, int, IDTYPE id) {
  auto* s = static_cast<IdState*>(state);
  if (id == 0 || id % 2 != 0 || id / 2 > s->names.size()) return nullptr;
  return s->names[id / 2 - 1].data();
}

void id_close(void* state) { delete static_cast<IdState*>(state); }
void id_register(void*, int, void*) {}

Agiddisc_t deterministic_ids = {id_open,  id_map,   id_alloc,   id_free,
                                id_print, id_close, id_register};

struct TextChannel {
  const std::string* text;
  std::size_t pos = 0;
};

// Whole lines at a time, as cgraph's own readers do.
int read_text(void* chan, char* buf, int bufsize) {
  auto* c = static_cast<TextChannel*>(chan);
  if (bufsize <= 1 || c->pos >= c->text->size()) return 0;
  std::size_t n = 0;
  const std::size_t room = static_cast<std::size_t>(bufsize) - 1;
  while (n < room && c->pos < c->text->size()) {
    const char ch = (*c->text)[c->pos++];
    buf[n++] = ch;
    if (ch == '\n') break;
  }
  buf[n] = '\0';
  return static_cast<int>(n);
}

Agraph_t* read_graph(const std::string& text) {
  static Agiodisc_t io = {read_text, nullptr, nullptr};
  io.putstr = AgIoDisc.putstr;
  io.flush = AgIoDisc.flush;
  Agdisc_t disc = {&AgMemDisc, &deterministic_ids, &io};
  TextChannel channel{&text};
  agsetfile(nullptr);  // restarts the line count, which otherwise runs on from the last read
  Agraph_t* graph = agread(&channel, &disc);
  // Read to the end, so that the lexer does not carry what follows the graph (a newline:
  // one more line counted) into the next read; a second graph in the text is ignored.
  if (graph != nullptr)
    while (Agraph_t* extra = agread(&channel, &disc)) agclose(extra);
  return graph;
}

// A bitmap at twice the screen resolution, so that a printed or zoomed map stays sharp.
constexpr const char* kPngDpi = "144";

}  // namespace

void fix_pdf_creation_date(std::string& pdf) {
  static constexpr std::string_view kKey = "/CreationDate (D:";
  const auto at = pdf.rfind(kKey);
  if (at == std::string::npos) return;
  const auto start = at + kKey.size();
  const auto end = pdf.find(')', start);
  if (end == std::string::npos) return;
  // cairo writes YYYYMMDDHHMMSS then Z, or then +HH'MM' / -HH'MM' for a local offset.
  const std::size_t length = end - start;
  if (length == 15)
    pdf.replace(start, length, "19700101000000Z");
  else if (length == 21)
    pdf.replace(start, length, "19700101000000+00'00'");
}

Rendered render_graphviz(const std::string& dot_text, ImageFormat format,
                         const std::string& engine) {
  std::lock_guard<std::mutex> lock(graphviz_mutex);
  Messages messages;
  Capture capture(messages);

  GVC_t* const context = graphviz_context();
  std::unique_ptr<Agraph_t, GraphClose> graph(read_graph(dot_text));
  if (!graph || !messages.errors.empty())
    throw Error(ExitCode::bad_input,
                "Graphviz cannot read the map: " + joined(messages.errors, "not a DOT graph"));

  std::string layout = engine;
  if (layout.empty()) {
    const char* attr = agget(graph.get(), const_cast<char*>("layout"));
    layout = attr != nullptr && *attr != '\0' ? attr : "dot";
  }
  const auto& engines = map_engines();
  if (std::find(engines.begin(), engines.end(), layout) == engines.end())
    throw Error(
        ExitCode::usage, "unknown layout engine '" + layout + "': use one of " + [&] {
          std::string s;
          for (const auto& e : engines) s += (s.empty() ? "" : ", ") + e;
          return s;
        }());
  if (format == ImageFormat::png)
    agsafeset(graph.get(), const_cast<char*>("dpi"), const_cast<char*>(kPngDpi),
              const_cast<char*>(""));

  if (gvLayout(context, graph.get(), layout.c_str()) != 0) {
    std::string why = joined(messages.errors, "no reason given");
    if (why.find("not recognized") != std::string::npos)
      why +=
          " (Graphviz's plugins are not registered: run `dot -c` as root; "
          "scripts/install-deps does)";
    throw Error(ExitCode::internal,
                "Graphviz could not lay out the map with " + layout + ": " + why);
  }
  std::unique_ptr<Agraph_t, LayoutFree> laid_out(graph.get(), LayoutFree{context});

  char* data = nullptr;
  unsigned int length = 0;
  const int status = gvRenderData(context, graph.get(), gv_format(format), &data, &length);
  std::unique_ptr<char, RenderDataFree> owned(data);
  if (status != 0 || data == nullptr)
    throw Error(ExitCode::internal, std::string("Graphviz could not render the map as ") +
                                        gv_format(format) + ": " +
                                        joined(messages.errors, "no reason given"));
  Rendered out;
  out.bytes.assign(data, length);
  if (format == ImageFormat::pdf) fix_pdf_creation_date(out.bytes);
  for (const auto& w : messages.warnings) out.warnings.push_back(tidy(w));
  return out;
}

}  // namespace map_detail

std::string_view to_string(ImageFormat f) {
  switch (f) {
    case ImageFormat::svg:
      return "svg";
    case ImageFormat::png:
      return "png";
    case ImageFormat::pdf:
      return "pdf";
    case ImageFormat::dot:
      return "dot";
  }
  return "svg";
}

std::optional<ImageFormat> parse_image_format(std::string_view word) {
  std::string w;
  for (char c : word) w += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  if (w == "svg") return ImageFormat::svg;
  if (w == "png") return ImageFormat::png;
  if (w == "pdf") return ImageFormat::pdf;
  if (w == "dot" || w == "gv") return ImageFormat::dot;
  return std::nullopt;
}

std::optional<ImageFormat> image_format_for_path(std::string_view path) {
  const auto slash = path.find_last_of('/');
  const auto dot = path.rfind('.');
  if (dot == std::string_view::npos || (slash != std::string_view::npos && dot < slash))
    return std::nullopt;
  return parse_image_format(path.substr(dot + 1));
}

std::string render_image(const std::string& dot_text, ImageFormat format,
                         const std::string& engine) {
  return map_detail::render_graphviz(dot_text, format, engine).bytes;
}

}  // namespace kamgraph
