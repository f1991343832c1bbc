#include "kamgraph/render/html.hpp"

#include <algorithm>
#include <vector>

#include "kamgraph/model/error.hpp"
#include "kamgraph/model/text.hpp"

namespace kamgraph {
namespace {

[[noreturn]] void malformed(const std::string& why) {
  throw Error(ExitCode::internal, "cannot inline the map's SVG: " + why);
}

bool is_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }

// The drawing elements Graphviz's SVG renderer writes, and nothing that can run script or
// load a resource (image, use, style, foreignObject, script are all left out).
bool drawing_element(std::string_view name) {
  static constexpr std::string_view kAllowed =
      " svg g title desc a text tspan path polygon polyline ellipse circle rect line defs "
      "linearGradient radialGradient stop clipPath ";
  return !name.empty() && kAllowed.find(" " + std::string(name) + " ") != std::string_view::npos;
}

// Every url(...) in the value points inside the document (url(#id)).
bool local_urls_only(const std::string& lowered) {
  for (std::size_t pos = lowered.find("url("); pos != std::string::npos;
       pos = lowered.find("url(", pos + 4)) {
    std::size_t i = pos + 4;
    while (i < lowered.size() && (is_space(lowered[i]) || lowered[i] == '\'' || lowered[i] == '"'))
      ++i;
    if (i >= lowered.size() || lowered[i] != '#') return false;
  }
  return true;
}

bool keep_attribute(std::string_view name, std::string_view value, bool root) {
  const std::string n = lower(name);
  const std::string v = lower(value);
  if (n.starts_with("on")) return false;  // event handlers
  if (root && (n == "width" || n == "height")) return false;
  if (n == "href" || n.ends_with(":href") || n == "src") {
    std::size_t i = 0;
    while (i < v.size() && is_space(v[i])) ++i;
    return i < v.size() && v[i] == '#';
  }
  if (v.find("javascript:") != std::string::npos || v.find("@import") != std::string::npos)
    return false;
  return local_urls_only(v);
}

std::string attribute_value(std::string_view raw) {
  std::string out;
  out.reserve(raw.size());
  for (char c : raw) {
    if (c == '"')
      out += "&quot;";
    else if (c == '<')
      out += "&lt;";
    else
      out += c;
  }
  return out;
}

class SvgInliner {
 public:
  explicit SvgInliner(std::string_view svg) : s_(svg) {}

  std::string run() {
    while (pos_ < s_.size() && !done_) {
      if (s_[pos_] == '<')
        markup();
      else
        text();
    }
    if (!seen_root_) malformed("no <svg> element");
    if (!done_) malformed("the <svg> element is not closed");
    return std::move(out_);
  }

 private:
  bool at(std::string_view p) const { return s_.substr(pos_, p.size()) == p; }

  // Skips to just past `end`, or fails.
  std::string_view until(std::string_view end, const char* what) {
    std::size_t e = s_.find(end, pos_);
    if (e == std::string_view::npos) malformed(std::string("unterminated ") + what);
    std::string_view inside = s_.substr(pos_, e - pos_);
    pos_ = e + end.size();
    return inside;
  }

  bool emitting() const { return !stack_.empty() && dropped_ == 0; }

  void text() {
    std::size_t e = s_.find('<', pos_);
    if (e == std::string_view::npos) e = s_.size();
    std::string_view t = s_.substr(pos_, e - pos_);
    pos_ = e;
    if (emitting()) {
      out_ += t;
    } else if (!seen_root_ &&
               std::any_of(t.begin(), t.end(), [](char c) { return !is_space(c); })) {
      malformed("text before the <svg> element");
    }
  }

  void markup() {
    if (at("<?")) {
      pos_ += 2;
      until("?>", "processing instruction");
    } else if (at("<!--")) {
      pos_ += 4;
      until("-->", "comment");
    } else if (at("<![CDATA[")) {
      pos_ += 9;
      std::string_view data = until("]]>", "CDATA section");
      if (emitting()) out_ += html_escape(data);
    } else if (at("<!")) {
      doctype();
    } else if (at("</")) {
      end_tag();
    } else {
      start_tag();
    }
  }

  // <!DOCTYPE svg PUBLIC "..." "..." [ internal subset ]>
  void doctype() {
    int brackets = 0;
    char quote = 0;
    for (pos_ += 2; pos_ < s_.size(); ++pos_) {
      char c = s_[pos_];
      if (quote) {
        if (c == quote) quote = 0;
      } else if (c == '"' || c == '\'') {
        quote = c;
      } else if (c == '[') {
        ++brackets;
      } else if (c == ']') {
        --brackets;
      } else if (c == '>' && brackets <= 0) {
        ++pos_;
        return;
      }
    }
    malformed("unterminated DOCTYPE");
  }

  std::string_view name() {
    std::size_t b = pos_;
    while (pos_ < s_.size() && !is_space(s_[pos_]) && s_[pos_] != '>' && s_[pos_] != '/' &&
           s_[pos_] != '=')
      ++pos_;
    if (pos_ == b) malformed("a tag without a name");
    return s_.substr(b, pos_ - b);
  }

  void skip_space() {
    while (pos_ < s_.size() && is_space(s_[pos_])) ++pos_;
  }

  void start_tag() {
    ++pos_;
    std::string_view tag = name();
    const bool root = !seen_root_;
    if (root && tag != "svg") malformed("the document is not an <svg>");
    seen_root_ = true;
    const bool keep = dropped_ == 0 && drawing_element(tag);
    std::string open = "<" + std::string(tag);
    bool self_closing = false;
    for (;;) {
      skip_space();
      if (pos_ >= s_.size()) malformed("unterminated tag <" + std::string(tag) + ">");
      if (s_[pos_] == '>') {
        ++pos_;
        break;
      }
      if (at("/>")) {
        pos_ += 2;
        self_closing = true;
        break;
      }
      std::string_view attr = name();
      skip_space();
      if (pos_ >= s_.size() || s_[pos_] != '=') malformed("attribute without a value");
      ++pos_;
      skip_space();
      if (pos_ >= s_.size() || (s_[pos_] != '"' && s_[pos_] != '\''))
        malformed("unquoted attribute value");
      char quote = s_[pos_++];
      std::size_t e = s_.find(quote, pos_);
      if (e == std::string_view::npos) malformed("unterminated attribute value");
      std::string_view value = s_.substr(pos_, e - pos_);
      pos_ = e + 1;
      if (keep_attribute(attr, value, root))
        open += " " + std::string(attr) + "=\"" + attribute_value(value) + "\"";
    }
    if (keep) out_ += open + (self_closing ? "/>" : ">");
    if (self_closing) {
      done_ = stack_.empty();
      return;
    }
    stack_.push_back({std::string(tag), keep});
    if (!keep) ++dropped_;
  }

  void end_tag() {
    pos_ += 2;
    std::string_view tag = name();
    skip_space();
    if (pos_ >= s_.size() || s_[pos_] != '>') malformed("unterminated end tag");
    ++pos_;
    if (stack_.empty() || stack_.back().name != tag)
      malformed("</" + std::string(tag) + "> does not close the open element");
    const bool kept = stack_.back().kept;
    stack_.pop_back();
    if (kept)
      out_ += "</" + std::string(tag) + ">";
    else
      --dropped_;
    if (stack_.empty()) done_ = true;
  }

  struct Open {
    std::string name;
    bool kept;
  };
  std::string_view s_;
  std::size_t pos_ = 0;
  std::string out_;
  std::vector<Open> stack_;
  int dropped_ = 0;  // open elements being dropped
  bool seen_root_ = false;
  bool done_ = false;
};

}  // namespace

std::string html_escape(std::string_view text) {
  std::string out;
  out.reserve(text.size() + text.size() / 8);
  for (char c : text) {
    switch (c) {
      case '&':
        out += "&amp;";
        break;
      case '<':
        out += "&lt;";
        break;
      case '>':
        out += "&gt;";
        break;
      case '"':
        out += "&quot;";
        break;
      case '\'':
        out += "&#39;";
        break;
      default:
        if (static_cast<unsigned char>(c) < 0x20 && c != '\t' && c != '\n' && c != '\r') break;
        if (c == 0x7f) break;
        out += c;
    }
  }
  return out;
}

std::string svg_for_html(std::string_view svg) { return SvgInliner(svg).run(); }

}  // namespace kamgraph
