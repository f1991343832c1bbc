#include "kamgraph/import/fields.hpp"
#include "kamgraph/model/text.hpp"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <cstdio>
#include <limits>
#include <set>
#include <utility>

namespace kamgraph {
namespace {

bool iequals(std::string_view a, std::string_view b) {
  return std::equal(a.begin(), a.end(), b.begin(), b.end(), [](char x, char y) {
    auto lower = [](char c) { return (c >= 'A' && c <= 'Z') ? char(c - 'A' + 'a') : c; };
    return lower(x) == lower(y);
  });
}

template <typename E>
std::vector<std::string> canonical_words(const std::vector<E>& values) {
  std::vector<std::string> out;
  for (E v : values) out.emplace_back(to_string(v));
  return out;
}

// "unknown role 'decidr' (did you mean 'decider'?)"; without a plausible suggestion the
// canonical words are listed instead, so the user always learns what would be accepted.
std::string unknown_word(std::string_view what, std::string_view word,
                         const std::vector<std::string>& accepted,
                         const std::vector<std::string>& canonical) {
  std::string msg = "unknown " + std::string(what) + " '" + std::string(word) + "'";
  const std::string guess = nearest_word(word, accepted);
  if (!guess.empty()) return msg + " (did you mean '" + guess + "'?)";
  return msg + " (expected one of: " + join(canonical, ", ") + ")";
}

// The interval a number must lie in, and how to say it in a message.
struct Bounds {
  double lo;
  double hi;
  bool lo_open;
  std::string_view text;  // "[0,1]"; empty for the half-line [0, inf)
};

constexpr Bounds kUnit{0.0, 1.0, false, "[0,1]"};
constexpr Bounds kStrength{0.0, 1.0, true, "(0,1]"};
constexpr Bounds kNonNegative{0.0, std::numeric_limits<double>::infinity(), false, ""};
constexpr Bounds kMargin{-1.0, 1.0, false, "[-1,1]"};

// One record's fields being read: every problem becomes one diagnostic naming the field,
// and the record is rejected at the end if there was any.
class FieldReader {
 public:
  FieldReader(const FieldGetter& get, const Origin& at, DiagnosticSink& sink)
      : get_(get), at_(at), sink_(sink) {}

  bool ok() const { return ok_; }

  // The field's text, trimmed; empty when the field is empty or absent. The CSV reader
  // trims already; trimming here too makes DOT attribute values behave the same.
  std::string_view text(std::string_view field) const {
    const std::optional<std::string_view> v = get_(field);
    return v ? trimmed(*v) : std::string_view();
  }

  void error(std::string_view field, std::string message) {
    sink_.add({at_.file, at_.line, std::string(field), std::move(message)});
    ok_ = false;
  }

  // A required id-like value (person id, account id, org): present and free of control
  // characters, which would make ids that look equal but are not.
  std::string id(std::string_view field, std::string_view why_needed) {
    const std::string_view v = text(field);
    if (v.empty()) {
      error(field, std::string(field) + " is empty; " + std::string(why_needed));
      return {};
    }
    check_no_controls(field, v);
    return std::string(v);
  }

  void check_no_controls(std::string_view field, std::string_view v) {
    // Nearly every id has none of the bytes a control character begins with: say so in
    // one pass before looking closer.
    if (std::none_of(v.begin(), v.end(), [](char ch) {
          const auto c = static_cast<unsigned char>(ch);
          return c < 0x20 || c == 0x7F || c == 0xC2;
        }))
      return;
    for (std::size_t i = 0; i < v.size(); ++i) {
      const auto c = static_cast<unsigned char>(v[i]);
      unsigned code = 0x100;
      if (c < 0x20 || c == 0x7F) code = c;
      // C1 controls U+0080..U+009F are encoded as C2 80..C2 9F.
      const auto next = i + 1 < v.size() ? static_cast<unsigned char>(v[i + 1]) : 0u;
      if (c == 0xC2 && next >= 0x80 && next <= 0x9F) code = next;
      if (code != 0x100) {
        char hex[8];
        std::snprintf(hex, sizeof hex, "U+%04X", code);
        error(field, "'" + printable(v) + "' contains a control character (" + hex +
                         "); ids must be plain text");
        return;
      }
    }
  }

  // An optional number within `b`; nullopt when empty (the caller applies the default)
  // or wrong (after a diagnostic). Strict: the whole field must be one finite decimal
  // number, so "0.5x", "NaN", "inf" and "1e999" are all rejected rather than guessed at.
  std::optional<double> number(std::string_view field, const Bounds& b) {
    const std::string_view view = text(field);
    if (view.empty()) return std::nullopt;
    double v = 0;
    const auto [ptr, ec] = std::from_chars(view.data(), view.data() + view.size(), v);
    const bool whole = ec == std::errc{} && ptr == view.data() + view.size();
    const bool below = b.lo_open ? !(v > b.lo) : v < b.lo;
    if (whole && std::isfinite(v) && !below && !(v > b.hi))
      return v + 0.0;           // "-0" reads as 0, not as a negative zero that prints as "-0"
    const std::string t(view);  // for the message
    if (ec == std::errc::result_out_of_range) {
      error(field, "'" + t + "' is out of range");
      return std::nullopt;
    }
    if (!whole || !std::isfinite(v)) {
      error(field, "'" + t + "' is not a number" + number_hint(t));
      return std::nullopt;
    }
    if (b.text.empty())
      error(field, t + " is negative (expected a number >= 0)");
    else
      error(field, t + " is outside " + std::string(b.text));
    return std::nullopt;
  }

  std::optional<Date> date(std::string_view field) {
    const std::string_view view = text(field);
    if (view.empty()) return std::nullopt;
    if (auto d = Date::parse(view)) return d;
    const std::string t(view);  // for the message
    const bool shaped =
        t.size() == 10 && t[4] == '-' && t[7] == '-' &&
        std::all_of(t.begin(), t.end(), [](char c) { return c == '-' || (c >= '0' && c <= '9'); });
    if (!shaped)
      error(field, "'" + t + "' is not a date in the form YYYY-MM-DD");
    else if (t < "1900")
      error(field, "'" + t + "' is before 1900 (years 1900-9999 are accepted)");
    else
      error(field, "'" + t + "' is not a real date (YYYY-MM-DD)");
    return std::nullopt;
  }

  // An optional vocabulary word; nullopt when empty or unknown (after a diagnostic).
  // `accepted` makes the list of accepted words, for the message about a word that is
  // not one of them: only then, not once per row.
  template <typename E, typename ParseFn>
  std::optional<E> word(std::string_view field, std::string_view what, ParseFn parse_fn,
                        std::vector<std::string> (*accepted)(), const std::vector<E>& canonical) {
    const std::string_view t = text(field);
    if (t.empty()) return std::nullopt;
    if (auto v = parse_fn(t)) return v;
    error(field, unknown_word(what, t, accepted(), canonical_words(canonical)));
    return std::nullopt;
  }

 private:
  // Control characters shown escaped, so the message itself stays on one line.
  static std::string printable(std::string_view v) {
    std::string out;
    for (std::size_t i = 0; i < v.size(); ++i) {
      const auto u = static_cast<unsigned char>(v[i]);
      const auto next = i + 1 < v.size() ? static_cast<unsigned char>(v[i + 1]) : 0u;
      char hex[16];
      if (u < 0x20 || u == 0x7F) {
        std::snprintf(hex, sizeof hex, "\\x%02X", u);
        out += hex;
      } else if (u == 0xC2 && next >= 0x80 && next <= 0x9F) {
        std::snprintf(hex, sizeof hex, "\\u%04X", next);
        out += hex;
        ++i;
      } else {
        out += v[i];
      }
    }
    return out;
  }

  // The two mistakes people from comma-decimal locales and spreadsheets actually make.
  static std::string number_hint(const std::string& t) {
    std::string fixed = t;
    std::replace(fixed.begin(), fixed.end(), ',', '.');
    double v = 0;
    if (fixed != t) {
      const auto [p, ec] = std::from_chars(fixed.data(), fixed.data() + fixed.size(), v);
      if (ec == std::errc{} && p == fixed.data() + fixed.size())
        return " (the decimal separator is '.': " + fixed + ")";
    }
    if (t.size() > 1 && t.back() == '%') {
      const auto [p, ec] = std::from_chars(t.data(), t.data() + t.size() - 1, v);
      if (ec == std::errc{} && p == t.data() + t.size() - 1) {
        char buf[32];
        std::snprintf(buf, sizeof buf, "%g", v / 100.0);
        return " (write a percentage as a fraction: " + std::string(buf) + ")";
      }
    }
    return "";
  }

  const FieldGetter& get_;
  const Origin& at_;
  DiagnosticSink& sink_;
  bool ok_ = true;
};

std::vector<std::string_view> split_roles(std::string_view s) {
  std::vector<std::string_view> parts;
  while (true) {
    const auto semi = s.find(';');
    parts.push_back(s.substr(0, semi));
    if (semi == std::string_view::npos) break;
    s.remove_prefix(semi + 1);
  }
  return parts;
}

}  // namespace

const std::vector<std::string>& account_columns() {
  static const std::vector<std::string> c{
      "id",        "name",   "segment",        "revenue",
      "potential", "margin", "attractiveness", "supplier_strength"};
  return c;
}

const std::vector<std::string>& person_columns() {
  static const std::vector<std::string> c{"id",    "name",     "org",   "kind",       "role",
                                          "power", "attitude", "title", "department", "reports_to"};
  return c;
}

const std::vector<std::string>& relationship_columns() {
  static const std::vector<std::string> c{"source",   "target",       "type",
                                          "strength", "last_contact", "mode"};
  return c;
}

std::optional<Account> account_from_fields(const FieldGetter& get, const Origin& at,
                                           DiagnosticSink& sink) {
  FieldReader f(get, at, sink);
  Account a;
  a.id = f.id("id", "every account needs an id");
  if (iequals(a.id, kInternalOrg))
    f.error("id", "'" + a.id + "' is reserved for our own team and cannot be an account id");
  a.name = std::string(f.text("name"));
  if (a.name.empty()) f.error("name", "name is empty; every account needs a name");
  a.segment = f.word("segment", "segment", parse_segment, &segment_words, all_segments());
  a.revenue = f.number("revenue", kNonNegative);
  a.potential = f.number("potential", kNonNegative);
  a.margin = f.number("margin", kMargin);
  a.attractiveness = f.number("attractiveness", kUnit);
  a.supplier_strength = f.number("supplier_strength", kUnit);
  if (!f.ok()) return std::nullopt;
  return a;
}

std::optional<Person> person_from_fields(const FieldGetter& get, const Origin& at,
                                         DiagnosticSink& sink) {
  FieldReader f(get, at, sink);
  Person p;
  p.id = f.id("id", "every person needs an id");
  p.name = std::string(f.text("name"));

  p.org = f.id("org",
               "give an account id, 'internal' for our own team, or an outside "
               "influencer's organisation");
  // `Internal` and `INTERNAL` are our team too: an account of that name would be a typo.
  const bool internal_org = iequals(p.org, kInternalOrg);
  if (internal_org) p.org = std::string(kInternalOrg);

  const auto kind =
      f.word("kind", "kind", parse_person_kind, &person_kind_words, all_person_kinds());
  if (kind) {
    if (internal_org && *kind != PersonKind::internal)
      f.error("kind", "org 'internal' is our own team, so kind must be 'internal', not '" +
                          std::string(to_string(*kind)) + "'");
    else if (*kind == PersonKind::internal && !internal_org && !p.org.empty())
      f.error("kind", "kind 'internal' is for our own team, whose org is 'internal' (org is '" +
                          p.org + "')");
    p.kind = *kind;
  } else {
    p.kind = internal_org ? PersonKind::internal : PersonKind::dmu;
  }

  // Roles: ';'-separated CRM words. A word that carries an attitude (HubSpot's CHAMPION,
  // BLOCKER) sets the attitude only when the attitude column says nothing, because an
  // explicit attitude is the more deliberate statement.
  const std::string_view role_text = f.text("role");
  std::vector<std::string> unknown_roles;
  std::vector<std::pair<std::string, Attitude>> role_attitudes;
  for (std::string_view raw : split_roles(role_text)) {
    const std::string_view part = trimmed(raw);
    if (part.empty()) continue;
    const auto w = parse_role_word(part);
    if (!w) {
      unknown_roles.push_back(
          unknown_word("role", part, role_words(), canonical_words(all_roles())));
      continue;
    }
    if (w->role) p.roles.push_back(*w->role);
    if (w->attitude) role_attitudes.emplace_back(part, *w->attitude);
  }
  if (!unknown_roles.empty()) f.error("role", join(unknown_roles, "; "));
  std::sort(p.roles.begin(), p.roles.end());
  p.roles.erase(std::unique(p.roles.begin(), p.roles.end()), p.roles.end());

  const auto power = f.number("power", kUnit);
  p.power = power ? *power : (p.internal() ? kDefaultInternalPower : kDefaultPower);

  const bool attitude_given = !f.text("attitude").empty();
  const auto attitude =
      f.word("attitude", "attitude", parse_attitude, &attitude_words, all_attitudes());
  if (attitude) {
    p.attitude = *attitude;
  } else if (!attitude_given && !role_attitudes.empty()) {
    const auto& [first_word, first] = role_attitudes.front();
    for (const auto& [w, a] : role_attitudes)
      if (a != first) {
        f.error("role", "role words '" + first_word + "' and '" + w +
                            "' give different attitudes; set the attitude column");
        break;
      }
    p.attitude = first;
  }

  p.title = std::string(f.text("title"));
  p.department = std::string(f.text("department"));
  p.reports_to = std::string(f.text("reports_to"));
  if (!p.reports_to.empty()) f.check_no_controls("reports_to", p.reports_to);

  // A placeholder stands for a seat we know exists ("the CFO"); without a title or role
  // nothing would say which seat. Our own team is always known by name.
  if (p.name.empty()) {
    if (p.internal())
      f.error("name", "name is empty; internal people cannot be placeholders");
    else if (p.title.empty() && p.roles.empty() && unknown_roles.empty())
      f.error("name", "name is empty; a placeholder needs a title or a role");
  }

  if (!f.ok()) return std::nullopt;
  return p;
}

std::optional<Relationship> relationship_from_fields(const FieldGetter& get, const Origin& at,
                                                     DiagnosticSink& sink) {
  FieldReader f(get, at, sink);
  Relationship r;
  r.source = f.id("source", "a relationship joins two person ids");
  r.target = f.id("target", "a relationship joins two person ids");
  r.type = f.word("type", "type", parse_relation_type, &relation_type_words, all_relation_types())
               .value_or(kDefaultRelationType);
  r.strength = f.number("strength", kStrength).value_or(kDefaultStrength);
  r.last_contact = f.date("last_contact");
  r.mode = f.word("mode", "mode", parse_mode, &mode_words, all_modes());
  if (!f.ok()) return std::nullopt;
  return r;
}

}  // namespace kamgraph
