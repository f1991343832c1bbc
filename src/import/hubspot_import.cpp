// read_hubspot_export(): HubSpot's contact export, mapped onto accounts, people and
// relationships as the README, "Importing from a CRM, and GraphML" documents. HubSpot's export
// writes a property's label
// ("Buying Role") from the web app and its internal name ("hs_buying_role") from the API;
// both are read.
#include <algorithm>
#include <filesystem>
#include <map>
#include <set>

#include "import/salesforce_table.hpp"
#include "kamgraph/import/fields.hpp"
#include "kamgraph/import/salesforce.hpp"

namespace kamgraph {
namespace {

namespace fs = std::filesystem;
using crm::Checked;
using crm::Table;

constexpr std::size_t npos = Table::npos;

// Column names, label first, then internal name.
const std::vector<std::string_view> kContactId{"Record ID", "hs_object_id", "Contact ID", "vid"};
const std::vector<std::string_view> kFirstName{"First Name", "firstname"};
const std::vector<std::string_view> kLastName{"Last Name", "lastname"};
const std::vector<std::string_view> kTitle{"Job Title", "jobtitle"};
const std::vector<std::string_view> kDepartment{"Department", "department"};
const std::vector<std::string_view> kBuyingRole{"Buying Role", "hs_buying_role"};
const std::vector<std::string_view> kOwnerName{"Contact owner", "Contact Owner Name"};
const std::vector<std::string_view> kOwnerId{"Contact owner ID", "hubspot_owner_id"};
const std::vector<std::string_view> kCompanyId{"Associated Company ID", "associatedcompanyid",
                                               "Associated Company IDs", "Company ID"};
const std::vector<std::string_view> kCompanyName{"Associated Company", "Company Name", "company"};
const std::vector<std::string_view> kLastContacted{"Last Contacted", "notes_last_contacted"};
const std::vector<std::string_view> kTimesContacted{"Number of times contacted",
                                                    "num_contacted_notes"};

std::string either(const std::vector<std::string_view>& names) {
  return "'" + std::string(names[0]) + "' (or '" + std::string(names[1]) + "')";
}

// An id made from a name, for owners and companies the export names but does not number:
// lower case, every run of other characters than letters and digits one '-'. Non-ASCII
// letters are kept as they are.
std::string slug(std::string_view name) {
  std::string out;
  bool dash = false;
  for (char ch : name) {
    const auto u = static_cast<unsigned char>(ch);
    const bool keep = (ch >= '0' && ch <= '9') || (ch >= 'a' && ch <= 'z') ||
                      (ch >= 'A' && ch <= 'Z') || u >= 0x80;
    if (!keep) {
      dash = !out.empty();
      continue;
    }
    if (dash) out += '-';
    dash = false;
    out += (ch >= 'A' && ch <= 'Z') ? static_cast<char>(ch - 'A' + 'a') : ch;
  }
  return out;
}

// The first of several ';'-separated values ("Associated Company IDs" may list more).
std::string first_value(const std::string& s) {
  std::string v = s.substr(0, s.find(';'));
  while (!v.empty() && (v.back() == ' ' || v.back() == '\t')) v.pop_back();
  return v;
}

bool whole_number(const std::string& s) {
  return !s.empty() && s.size() <= 18 &&
         std::all_of(s.begin(), s.end(), [](char c) { return c >= '0' && c <= '9'; });
}

// The contact export named by `path`: the file itself, or the one .csv file of a directory.
std::string contact_file(const std::string& path, DiagnosticSink& sink) {
  std::error_code ec;
  if (!fs::exists(path, ec)) throw NotFoundError("no such file or directory: " + path);
  if (!fs::is_directory(path, ec)) return path;
  std::vector<std::string> csvs;
  for (const auto& entry : fs::directory_iterator(path, ec)) {
    std::error_code type_ec;
    if (entry.is_regular_file(type_ec) && crm::lower(entry.path().extension().string()) == ".csv")
      csvs.push_back((fs::path(path) / entry.path().filename()).string());
  }
  std::sort(csvs.begin(), csvs.end());
  if (csvs.size() == 1) return csvs.front();
  std::string list;
  for (const auto& c : csvs) list += (list.empty() ? "" : ", ") + c;
  sink.add({path, 0, "",
            csvs.empty()
                ? "no .csv file in this directory: expected HubSpot's contact export"
                : "more than one .csv file (" + list + "); name the contact export itself"});
  sink.throw_if_any();
  return {};
}

struct Owner {
  std::string id, name;
  Origin at;
};

}  // namespace

Dataset read_hubspot_export(const std::string& path, const CrmImportOptions& options,
                            const KnownPerson& known) {
  DiagnosticSink sink;
  const std::string file = contact_file(path, sink);
  auto table = Table::read(file, sink);
  if (!table) sink.throw_if_any();
  const Table& t = *table;

  const std::size_t id_col = t.column_of(kContactId), last_col = t.column_of(kLastName);
  const std::size_t company_id_col = t.column_of(kCompanyId);
  const std::size_t company_name_col = t.column_of(kCompanyName);
  bool ok = true;
  auto need = [&](std::size_t col, const std::string& what) {
    if (col != npos) return;
    sink.add({t.file(), t.header_line(), "", "missing required column " + what});
    ok = false;
  };
  need(id_col, either(kContactId));
  need(last_col, either(kLastName));
  if (company_id_col == npos && company_name_col == npos)
    need(npos, either(kCompanyName) + " or " + either(kCompanyId) +
                   ": people are placed at their company");
  if (!ok) sink.throw_if_any();

  const std::size_t first_col = t.column_of(kFirstName), title_col = t.column_of(kTitle);
  const std::size_t department_col = t.column_of(kDepartment);
  const std::size_t role_col = t.column_of(kBuyingRole);
  const std::size_t owner_name_col = t.column_of(kOwnerName);
  const std::size_t owner_id_col = t.column_of(kOwnerId);
  const std::size_t last_contacted_col = t.column_of(kLastContacted);
  const std::size_t times_col = t.column_of(kTimesContacted);

  ParsedInput in;
  std::map<std::string, Account> accounts;
  std::map<std::string, Origin> account_at;
  std::map<std::string, Owner> owners;
  std::map<std::string, int> seen;  // contact id -> line
  for (std::size_t r = 0; r < t.rows(); ++r) {
    bool bad = false;
    const std::string& raw_id = t.at(r, id_col);
    if (!whole_number(raw_id)) {
      t.error(r, id_col,
              raw_id.empty() ? "the record id is empty"
                             : "'" + raw_id + "' is not a HubSpot record id (a whole number)",
              sink);
      bad = true;
    } else if (auto [it, fresh] = seen.emplace(raw_id, t.line(r)); !fresh) {
      t.error(r, id_col,
              "duplicate record id '" + raw_id + "': the same contact as line " +
                  std::to_string(it->second),
              sink);
      bad = true;
    }

    // The company: by id when the export has one, else by name.
    std::string company_id = first_value(t.at(r, company_id_col));
    const std::string& company_name = t.at(r, company_name_col);
    if (!company_id.empty() && !whole_number(company_id)) {
      t.error(r, company_id_col, "'" + company_id + "' is not a HubSpot company id", sink);
      bad = true;
    }
    std::string account_id;
    if (!company_id.empty())
      account_id = "hs-company-" + company_id;
    else if (!slug(company_name).empty())
      account_id = "hs-company-" + slug(company_name);

    Person p;
    p.id = "hs-contact-" + raw_id;
    p.name = t.at(r, first_col).empty() ? t.at(r, last_col)
                                        : t.at(r, first_col) + " " + t.at(r, last_col);
    if (t.at(r, last_col).empty() && t.at(r, first_col).empty()) {
      t.error(r, last_col, "the contact has no name", sink);
      bad = true;
    }
    p.org = account_id;
    p.kind = PersonKind::dmu;
    p.title = t.at(r, title_col);
    p.department = t.at(r, department_col);
    std::vector<Attitude> attitudes;
    const std::string& roles = t.at(r, role_col);
    for (std::size_t start = 0; start <= roles.size();) {
      const auto end = std::min(roles.find(';', start), roles.size());
      std::string word = roles.substr(start, end - start);
      word.erase(0, word.find_first_not_of(" \t"));
      word.erase(word.find_last_not_of(" \t") + 1);
      start = end + 1;
      if (word.empty()) continue;
      const auto w = parse_role_word(word);
      if (!w) {
        const std::string guess = nearest_word(word, role_words());
        t.error(r, role_col,
                "unknown buying role '" + word + "'" +
                    (guess.empty() ? " (see `kamgraph vocabulary` for the accepted words)"
                                   : " (did you mean '" + guess + "'?)"),
                sink);
        bad = true;
        continue;
      }
      if (w->role) p.roles.push_back(*w->role);
      if (w->attitude) attitudes.push_back(*w->attitude);
    }
    std::sort(p.roles.begin(), p.roles.end());
    p.roles.erase(std::unique(p.roles.begin(), p.roles.end()), p.roles.end());
    // As for Salesforce: of disagreeing role words, the least favourable attitude stands.
    if (!attitudes.empty()) p.attitude = *std::max_element(attitudes.begin(), attitudes.end());

    // The owner: numbered by HubSpot when the export has the owner id, else by name.
    const std::string& owner_name = t.at(r, owner_name_col);
    const std::string& owner_number = t.at(r, owner_id_col);
    std::string owner_id;
    if (!owner_number.empty()) {
      if (!whole_number(owner_number)) {
        t.error(r, owner_id_col, "'" + owner_number + "' is not a HubSpot owner id", sink);
        bad = true;
      }
      owner_id = "hs-owner-" + owner_number;
    } else if (!slug(owner_name).empty()) {
      owner_id = "hs-owner-" + slug(owner_name);
    }

    Checked c;
    const auto last_contacted = crm::date(t, r, last_contacted_col, sink, c, true);
    const auto times = crm::number(t, r, times_col, sink, c);
    if (times && (*times < 0 || *times != static_cast<double>(static_cast<long long>(*times)))) {
      t.error(r, times_col, "'" + t.at(r, times_col) + "' is not a whole number of contacts", sink);
      bad = true;
    }
    if (bad || c.bad) continue;
    // A contact at no company is in nobody's buying centre.
    if (account_id.empty()) continue;

    if (!accounts.count(account_id)) {
      Account a;
      a.id = account_id;
      a.name = !company_name.empty() ? company_name : "HubSpot company " + company_id;
      account_at[account_id] = {t.file(), t.line(r)};
      accounts.emplace(account_id, std::move(a));
    }
    in.data.people.push_back(p);
    in.person_at.push_back({t.file(), t.line(r)});

    if (owner_id.empty()) continue;
    owners.try_emplace(owner_id,
                       Owner{owner_id,
                             !owner_name.empty() ? owner_name : "HubSpot owner " + owner_number,
                             {t.file(), t.line(r)}});
    // HubSpot keeps only how often and when last: every contact is counted as one
    // interaction of the "other" kind on the last-contacted day, which makes the strength
    // an upper bound of what the dates would give. A hundred of them saturate it (1.00).
    const long long count =
        std::min(times ? static_cast<long long>(*times) : (last_contacted ? 1LL : 0LL), 100LL);
    if (count == 0 || (last_contacted && *last_contacted > options.as_of)) continue;
    const Date day = last_contacted.value_or(options.as_of);
    Relationship rel;
    rel.source = owner_id;
    rel.target = p.id;
    rel.type = RelationType::knows;
    rel.strength = interaction_strength(
        std::vector<Interaction>(static_cast<std::size_t>(count), {day, InteractionKind::other}),
        options.strength);
    rel.last_contact = last_contacted;
    in.data.relationships.push_back(std::move(rel));
    in.relationship_at.push_back({t.file(), t.line(r)});
  }
  for (auto& [id, a] : accounts) {
    in.data.accounts.push_back(std::move(a));
    in.account_at.push_back(account_at[id]);
  }
  for (auto& [id, o] : owners) {
    Person p;
    p.id = o.id;
    p.name = o.name;
    p.org = std::string(kInternalOrg);
    p.kind = PersonKind::internal;
    p.power = kDefaultInternalPower;
    in.data.people.push_back(std::move(p));
    in.person_at.push_back(o.at);
  }
  validate(in, known, sink);
  sink.throw_if_any();
  return std::move(in.data);
}

}  // namespace kamgraph
