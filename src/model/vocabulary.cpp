#include "kamgraph/model/vocabulary.hpp"

#include <algorithm>
#include <array>
#include <cctype>
#include <utility>

namespace kamgraph {
namespace {

template <typename E, std::size_t N>
using Names = std::array<std::pair<E, std::string_view>, N>;

constexpr Names<PersonKind, 4> kKinds{{{PersonKind::dmu, "dmu"},
                                       {PersonKind::influencer, "influencer"},
                                       {PersonKind::sponsor, "sponsor"},
                                       {PersonKind::internal, "internal"}}};
constexpr Names<Role, 9> kRoles{{{Role::decider, "decider"},
                                 {Role::approver, "approver"},
                                 {Role::buyer, "buyer"},
                                 {Role::user, "user"},
                                 {Role::technical, "technical"},
                                 {Role::influencer, "influencer"},
                                 {Role::gatekeeper, "gatekeeper"},
                                 {Role::initiator, "initiator"},
                                 {Role::coach, "coach"}}};
constexpr Names<Attitude, 5> kAttitudes{{{Attitude::champion, "champion"},
                                         {Attitude::supporter, "supporter"},
                                         {Attitude::neutral, "neutral"},
                                         {Attitude::skeptic, "skeptic"},
                                         {Attitude::blocker, "blocker"}}};
constexpr Names<RelationType, 5> kTypes{{{RelationType::knows, "knows"},
                                         {RelationType::works_with, "works_with"},
                                         {RelationType::influences, "influences"},
                                         {RelationType::reports_to, "reports_to"},
                                         {RelationType::conflicts, "conflicts"}}};
constexpr Names<Mode, 5> kModes{{{Mode::trust, "trust"},
                                 {Mode::technical, "technical"},
                                 {Mode::resource, "resource"},
                                 {Mode::service, "service"},
                                 {Mode::risk, "risk"}}};
constexpr Names<Segment, 4> kSegments{{{Segment::strategic, "strategic"},
                                       {Segment::status, "status"},
                                       {Segment::star, "star"},
                                       {Segment::opportunity, "opportunity"}}};

template <typename E, std::size_t N>
std::string_view name_of(const Names<E, N>& names, E v) {
  for (const auto& [e, n] : names)
    if (e == v) return n;
  return "?";
}

template <typename E, std::size_t N>
std::optional<E> canonical_of(const Names<E, N>& names, const std::string& norm) {
  for (const auto& [e, n] : names)
    if (normalises_to(n, norm)) return e;
  return std::nullopt;
}

// The word's value when it is written exactly as the canonical word, as export writes it
// and most files hold it: found without building the word's normal form (which, done for
// every field of a big import, was a twentieth of reading it). The canonical words are
// distinct under normalisation, so this finds what canonical_of() would.
template <typename E, std::size_t N>
std::optional<E> exactly(const Names<E, N>& names, std::string_view word) {
  for (const auto& [e, n] : names)
    if (n == word) return e;
  return std::nullopt;
}

template <typename E, std::size_t N>
std::vector<E> all_of(const Names<E, N>& names) {
  std::vector<E> out;
  for (const auto& [e, n] : names) out.push_back(e);
  return out;
}

template <typename E, std::size_t N>
std::vector<std::string> words_of(const Names<E, N>& names) {
  std::vector<std::string> out;
  for (const auto& [e, n] : names) out.emplace_back(n);
  return out;
}

struct RoleSynonym {
  std::string_view word;
  std::optional<Role> role;
  std::optional<Attitude> attitude;
  std::string_view source;
};

// CRM vocabulary mapped onto the buying-centre roles (shared/domain.md, "Vocabulary users
// will bring from their CRM"). Attitude-only words come from HubSpot's buying roles.
const std::vector<RoleSynonym>& role_table() {
  static const std::vector<RoleSynonym> t{
      {"decision maker", Role::decider, {}, "Salesforce"},
      {"economic decision maker", Role::decider, {}, "Salesforce"},
      {"economic buyer", Role::approver, {}, "Salesforce, Miller Heiman"},
      {"technical buyer", Role::technical, {}, "Salesforce, Miller Heiman"},
      {"evaluator", Role::technical, {}, "Salesforce"},
      {"business user", Role::user, {}, "Salesforce"},
      {"executive sponsor", Role::coach, {}, "Salesforce, HubSpot"},
      {"other", {}, {}, "Salesforce, HubSpot"},
      {"budget holder", Role::approver, {}, "HubSpot"},
      {"end user", Role::user, {}, "HubSpot"},
      {"legal and compliance", Role::gatekeeper, {}, "HubSpot"},
      {"champion", Role::coach, Attitude::champion, "HubSpot"},
      {"blocker", {}, Attitude::blocker, "HubSpot"},
      {"user buyer", Role::user, {}, "Miller Heiman"},
      {"sponsor", Role::coach, {}, "common"},
      {"procurement", Role::buyer, {}, "common"},
      {"purchasing", Role::buyer, {}, "common"},
      {"technical evaluator", Role::technical, {}, "common"},
  };
  return t;
}

struct AttitudeSynonym {
  std::string_view word;
  Attitude attitude;
};

const std::vector<AttitudeSynonym>& attitude_table() {
  static const std::vector<AttitudeSynonym> t{
      {"advocate", Attitude::champion},    {"promoter", Attitude::champion},
      {"supportive", Attitude::supporter}, {"positive", Attitude::supporter},
      {"ally", Attitude::supporter},       {"unknown", Attitude::neutral},
      {"sceptic", Attitude::skeptic},      {"skeptical", Attitude::skeptic},
      {"sceptical", Attitude::skeptic},    {"critic", Attitude::skeptic},
      {"negative", Attitude::skeptic},     {"opponent", Attitude::blocker},
      {"detractor", Attitude::blocker},    {"against", Attitude::blocker},
  };
  return t;
}

std::size_t edit_distance(std::string_view a, std::string_view b) {
  std::vector<std::size_t> prev(b.size() + 1), cur(b.size() + 1);
  for (std::size_t j = 0; j <= b.size(); ++j) prev[j] = j;
  for (std::size_t i = 1; i <= a.size(); ++i) {
    cur[0] = i;
    for (std::size_t j = 1; j <= b.size(); ++j) {
      std::size_t sub = prev[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1);
      cur[j] = std::min({prev[j] + 1, cur[j - 1] + 1, sub});
    }
    std::swap(prev, cur);
  }
  return prev[b.size()];
}

}  // namespace

std::string_view to_string(PersonKind v) { return name_of(kKinds, v); }
std::string_view to_string(Role v) { return name_of(kRoles, v); }
std::string_view to_string(Attitude v) { return name_of(kAttitudes, v); }
std::string_view to_string(RelationType v) { return name_of(kTypes, v); }
std::string_view to_string(Mode v) { return name_of(kModes, v); }
std::string_view to_string(Segment v) { return name_of(kSegments, v); }

const std::vector<PersonKind>& all_person_kinds() {
  static const auto v = all_of(kKinds);
  return v;
}
const std::vector<Role>& all_roles() {
  static const auto v = all_of(kRoles);
  return v;
}
const std::vector<Attitude>& all_attitudes() {
  static const auto v = all_of(kAttitudes);
  return v;
}
const std::vector<RelationType>& all_relation_types() {
  static const auto v = all_of(kTypes);
  return v;
}
const std::vector<Mode>& all_modes() {
  static const auto v = all_of(kModes);
  return v;
}
const std::vector<Segment>& all_segments() {
  static const auto v = all_of(kSegments);
  return v;
}

bool is_symmetric(RelationType t) {
  return t == RelationType::knows || t == RelationType::works_with || t == RelationType::conflicts;
}

bool is_key_role(Role r) { return r == Role::decider || r == Role::approver; }

namespace {
// The C locale's isspace and tolower (kamgraph never sets another locale), inline: every
// vocabulary field of an import passes through them, and the library call per character
// was a fortieth of reading a big portfolio.
constexpr bool is_space(char c) { return c == ' ' || (c >= '\t' && c <= '\r'); }
constexpr char lower_ascii(char c) { return c >= 'A' && c <= 'Z' ? char(c - 'A' + 'a') : c; }
}  // namespace

std::string normalise_word(std::string_view word) {
  std::string out;
  bool pending_space = false;
  for (char c : word) {
    if (c == '_' || c == '-' || is_space(c)) {
      pending_space = !out.empty();
      continue;
    }
    if (pending_space) out.push_back(' ');
    pending_space = false;
    out.push_back(lower_ascii(c));
  }
  return out;
}

// normalise_word's loop, comparing as it goes: the parsers below run it on every
// vocabulary word they know for every field they read (a million fields in a big import),
// and building each word's string only to compare it cost a tenth of the import.
bool normalises_to(std::string_view word, std::string_view norm) {
  std::size_t next = 0;  // the position in `norm` the next character must match
  bool pending_space = false, any = false;
  const auto matches = [&](char c) { return next < norm.size() && norm[next++] == c; };
  for (char c : word) {
    if (c == '_' || c == '-' || is_space(c)) {
      pending_space = any;
      continue;
    }
    if (pending_space && !matches(' ')) return false;
    pending_space = false;
    if (!matches(lower_ascii(c))) return false;
    any = true;
  }
  return next == norm.size();
}

std::optional<PersonKind> parse_person_kind(std::string_view word) {
  if (auto k = exactly(kKinds, word)) return k;
  return canonical_of(kKinds, normalise_word(word));
}

std::optional<RoleWord> parse_role_word(std::string_view word) {
  if (auto r = exactly(kRoles, word)) return RoleWord{*r, std::nullopt};
  const std::string norm = normalise_word(word);
  if (auto r = canonical_of(kRoles, norm)) return RoleWord{*r, std::nullopt};
  for (const auto& s : role_table())
    if (normalises_to(s.word, norm)) return RoleWord{s.role, s.attitude};
  return std::nullopt;
}

std::optional<Attitude> parse_attitude(std::string_view word) {
  if (auto a = exactly(kAttitudes, word)) return a;
  const std::string norm = normalise_word(word);
  if (auto a = canonical_of(kAttitudes, norm)) return a;
  for (const auto& s : attitude_table())
    if (s.word == norm) return s.attitude;
  return std::nullopt;
}

std::optional<RelationType> parse_relation_type(std::string_view word) {
  if (auto t = exactly(kTypes, word)) return t;
  return canonical_of(kTypes, normalise_word(word));
}
std::optional<Mode> parse_mode(std::string_view word) {
  if (auto m = exactly(kModes, word)) return m;
  return canonical_of(kModes, normalise_word(word));
}
std::optional<Segment> parse_segment(std::string_view word) {
  if (auto g = exactly(kSegments, word)) return g;
  return canonical_of(kSegments, normalise_word(word));
}

std::string nearest_word(std::string_view word, const std::vector<std::string>& candidates) {
  const std::string norm = normalise_word(word);
  std::string best;
  std::size_t best_d = std::string::npos;
  for (const auto& c : candidates) {
    std::size_t d = edit_distance(norm, normalise_word(c));
    if (d < best_d) {
      best_d = d;
      best = c;
    }
  }
  // A suggestion is only useful when it looks like a typo: at most a third of the
  // word's letters (and at least 2) differ.
  std::size_t limit = std::max<std::size_t>(2, norm.size() / 3);
  return best_d <= limit ? best : std::string{};
}

std::vector<std::string> person_kind_words() { return words_of(kKinds); }
std::vector<std::string> role_words() {
  auto out = words_of(kRoles);
  for (const auto& s : role_table()) out.emplace_back(s.word);
  return out;
}
std::vector<std::string> attitude_words() {
  auto out = words_of(kAttitudes);
  for (const auto& s : attitude_table()) out.emplace_back(s.word);
  return out;
}
std::vector<std::string> relation_type_words() { return words_of(kTypes); }
std::vector<std::string> mode_words() { return words_of(kModes); }
std::vector<std::string> segment_words() { return words_of(kSegments); }

const std::vector<Synonym>& role_synonyms() {
  static const std::vector<Synonym> out = [] {
    std::vector<Synonym> v;
    for (const auto& s : role_table()) {
      std::string meaning;
      if (s.role) meaning = "role " + std::string(to_string(*s.role));
      if (s.attitude)
        meaning += (meaning.empty() ? "" : " + ") + std::string("attitude ") +
                   std::string(to_string(*s.attitude));
      if (meaning.empty()) meaning = "no role (accepted and ignored)";
      v.push_back({std::string(s.word), meaning, std::string(s.source)});
    }
    return v;
  }();
  return out;
}

const std::vector<Synonym>& attitude_synonyms() {
  static const std::vector<Synonym> out = [] {
    std::vector<Synonym> v;
    for (const auto& s : attitude_table())
      v.push_back(
          {std::string(s.word), "attitude " + std::string(to_string(s.attitude)), "common"});
    return v;
  }();
  return out;
}

}  // namespace kamgraph
