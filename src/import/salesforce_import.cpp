// read_salesforce_export(): the CSV files of a Salesforce data export, mapped onto
// accounts, people and relationships as the README, "Importing from a CRM, and GraphML" documents.
#include <algorithm>
#include <filesystem>
#include <map>
#include <set>
#include <tuple>
#include <utility>

#include "import/salesforce_table.hpp"
#include "kamgraph/import/fields.hpp"
#include "kamgraph/import/salesforce.hpp"

namespace kamgraph {
namespace {

namespace fs = std::filesystem;
using crm::Checked;
using crm::Table;

constexpr std::size_t npos = Table::npos;

// The key prefix of Contact ids. An activity's WhoId names a contact or a lead (00Q);
// leads are not yet anybody's customer, so their activities are not read.
constexpr std::string_view kContactPrefix = "003";

constexpr std::string_view kRequiredFiles = "Account.csv, Contact.csv and User.csv";

std::string join_name(const std::string& first, const std::string& last) {
  if (first.empty()) return last;
  if (last.empty()) return first;
  return first + " " + last;
}

std::vector<std::string> split(const std::string& s, char sep) {
  std::vector<std::string> out;
  std::size_t start = 0;
  while (true) {
    const auto end = s.find(sep, start);
    std::string part = s.substr(start, end == std::string::npos ? std::string::npos : end - start);
    const auto b = part.find_first_not_of(" \t");
    const auto e = part.find_last_not_of(" \t");
    if (b != std::string::npos) out.push_back(part.substr(b, e - b + 1));
    if (end == std::string::npos) break;
    start = end + 1;
  }
  return out;
}

struct UserRec {
  std::string id, name, title, department;
  bool active = true;
  Origin at;
  bool used = false;
  std::map<std::string, std::string> team_roles;  // account id -> TeamMemberRole
};

struct ContactRec {
  Person person;
  Origin at;
  std::string reports_to;       // 15-character id as read; resolved once every contact is known
  std::size_t reports_row = 0;  // where ReportsToId was read, for its diagnostic
  bool attitude_given = false;  // KAM_Attitude__c set the attitude
  std::vector<Attitude> role_attitudes;
};

struct Knows {
  std::vector<Interaction> interactions;
  Date newest;
  Origin newest_at;
};

class SalesforceReader {
 public:
  SalesforceReader(const CrmImportOptions& options, DiagnosticSink& sink)
      : opt_(options), sink_(sink) {}

  Dataset run(const std::string& dir, const KnownPerson& known) {
    find_files(dir);
    throw_if_any();
    auto account = load("account.csv"), contact = load("contact.csv"), user = load("user.csv");
    auto team = load("accountteammember.csv"), opportunity = load("opportunity.csv");
    auto contact_role = load("opportunitycontactrole.csv");
    auto relation = load("accountcontactrelation.csv");
    auto task = load("task.csv"), event = load("event.csv");

    // Without the three required tables (and their required columns) nothing else can be
    // interpreted: every reference would point nowhere.
    bool ok = user && account && contact;
    ok = user && user->require({"Id"}, "", sink_) && ok;
    ok = user && require_name(*user) && ok;
    ok = account && account->require({"Id", "Name"}, "", sink_) && ok;
    ok = contact && contact->require({"Id", "AccountId"}, "", sink_) && ok;
    ok = contact && require_name(*contact) && ok;
    ok = (!team || team->require({"AccountId", "UserId"}, "", sink_)) && ok;
    ok = (!opportunity || opportunity->require({"Id", "AccountId"}, "", sink_)) && ok;
    ok = (!contact_role ||
          contact_role->require({"OpportunityId", "ContactId", "Role"}, "", sink_)) &&
         ok;
    ok = (!relation || relation->require({"AccountId", "ContactId", "Roles"}, "", sink_)) && ok;
    for (const auto* activity : {&task, &event})
      ok = (!*activity || (*activity)->require({"OwnerId", "WhoId", "ActivityDate"}, "", sink_)) &&
           ok;
    if (!ok) throw_if_any();

    read_users(*user);
    read_accounts(*account);
    read_contacts(*contact);
    resolve_reports_to(*contact);
    if (team) read_team(*team);
    if (opportunity) read_opportunities(*opportunity);
    if (contact_role) read_contact_roles(*contact_role, opportunity.has_value());
    if (relation) read_contact_relations(*relation);
    if (task) read_activities(*task, false);
    if (event) read_activities(*event, true);
    return build(known);
  }

 private:
  // Problems are found table by table and then across tables; the user reads them file by
  // file, line by line.
  void throw_if_any() const {
    std::vector<Diagnostic> items = sink_.items();
    std::stable_sort(items.begin(), items.end(), [](const Diagnostic& a, const Diagnostic& b) {
      return std::tie(a.file, a.line) < std::tie(b.file, b.line);
    });
    DiagnosticSink sorted;
    for (auto& d : items) sorted.add(std::move(d));
    sorted.throw_if_any();
  }

  // --- files ---------------------------------------------------------------------------

  void find_files(const std::string& dir) {
    std::error_code ec;
    if (!fs::exists(dir, ec)) throw NotFoundError("no such file or directory: " + dir);
    if (!fs::is_directory(dir, ec)) {
      sink_.add({dir, 0, "",
                 "not a directory; a Salesforce data export is a directory of CSV files "
                 "(" +
                     std::string(kRequiredFiles) + " at least)"});
      return;
    }
    std::map<std::string, std::vector<std::string>> found;
    for (const auto& entry : fs::directory_iterator(dir, ec)) {
      std::error_code type_ec;
      if (!entry.is_regular_file(type_ec)) continue;
      const std::string name = entry.path().filename().string();
      found[crm::lower(name)].push_back((fs::path(dir) / name).string());
    }
    if (ec) {
      sink_.add({dir, 0, "", "cannot read the directory: " + ec.message()});
      return;
    }
    for (auto& [name, paths] : found) {
      std::sort(paths.begin(), paths.end());
      if (paths.size() > 1) {
        std::string list;
        for (const auto& p : paths) list += (list.empty() ? "" : ", ") + p;
        sink_.add({dir, 0, "", "more than one " + name + " (" + list + "); keep one"});
        continue;
      }
      files_[name] = paths.front();
    }
    for (std::string_view required : {"Account.csv", "Contact.csv", "User.csv"})
      if (!files_.count(crm::lower(required)))
        sink_.add({dir, 0, "",
                   "no " + std::string(required) +
                       " in this directory: a Salesforce data export "
                       "holds " +
                       std::string(kRequiredFiles) +
                       " (AccountTeamMember.csv, Opportunity.csv, OpportunityContactRole.csv, "
                       "AccountContactRelation.csv, Task.csv and Event.csv are read when "
                       "present)"});
  }

  std::optional<Table> load(const std::string& lower_name) {
    auto it = files_.find(lower_name);
    if (it == files_.end()) return std::nullopt;
    return Table::read(it->second, sink_);
  }

  // People's names: Name, or FirstName and LastName (the data export writes the parts).
  bool require_name(const Table& t) {
    if (t.has("Name") || t.has("LastName")) return true;
    sink_.add({t.file(), t.header_line(), "",
               "missing required column 'LastName' (or 'Name'): people need a name"});
    return false;
  }

  std::string person_name(const Table& t, std::size_t row) const {
    const std::string& full = t.at(row, t.column("Name"));
    if (!full.empty()) return full;
    return join_name(t.at(row, t.column("FirstName")), t.at(row, t.column("LastName")));
  }

  // --- checks shared by every table -------------------------------------------------------

  // Records in the recycle bin are in an export that includes deleted records. They are
  // skipped, and so is whatever names them (a task of a deleted contact).
  bool deleted(const Table& t, std::size_t row) {
    Checked c;
    if (!crm::boolean(t, row, t.column("IsDeleted"), sink_, c).value_or(false)) return false;
    if (auto id = salesforce_id15(t.at(row, t.column("Id")))) deleted_.insert(*id);
    return true;
  }

  // The row's own Id: required, and the first row with it (15- and 18-character forms of
  // one id are one record).
  std::optional<std::string> own_id(const Table& t, std::size_t row,
                                    std::map<std::string, std::pair<int, std::string>>& seen) {
    const std::size_t col = t.column("Id");
    Checked c;
    auto id = crm::salesforce_id(t, row, col, sink_, c);
    if (!id) {
      if (!c.bad) t.error(row, col, "Id is empty; every record has one", sink_);
      return std::nullopt;
    }
    const std::string& written = t.at(row, col);
    auto [it, fresh] = seen.emplace(*id, std::make_pair(t.line(row), written));
    if (!fresh) {
      std::string msg = "duplicate Id '" + written + "': the same record as line " +
                        std::to_string(it->second.first);
      if (it->second.second != written)
        msg += " ('" + it->second.second + "'; 15- and 18-character ids name the same record)";
      t.error(row, col, std::move(msg), sink_);
      return std::nullopt;
    }
    return id;
  }

  // An optional reference; `bad` when malformed (already reported) or naming a deleted
  // record (the row is then skipped quietly).
  std::optional<std::string> ref(const Table& t, std::size_t row, std::string_view column,
                                 bool& bad) {
    Checked c;
    auto id = crm::salesforce_id(t, row, t.column(column), sink_, c);
    bad |= c.bad;
    if (id && deleted_.count(*id)) {
      bad = true;
      return std::nullopt;
    }
    return id;
  }

  void points_nowhere(const Table& t, std::size_t row, std::string_view column,
                      std::string_view what, std::string_view where) {
    t.error(row, t.column(column),
            std::string(column) + " '" + t.at(row, t.column(column)) + "' names no " +
                std::string(what) + " in " + std::string(where),
            sink_);
  }

  // --- the tables ---------------------------------------------------------------------------

  void read_users(const Table& t) {
    std::map<std::string, std::pair<int, std::string>> seen;
    for (std::size_t r = 0; r < t.rows(); ++r) {
      if (deleted(t, r)) continue;
      auto id = own_id(t, r, seen);
      Checked c;
      const bool active = crm::boolean(t, r, t.column("IsActive"), sink_, c).value_or(true);
      UserRec u;
      u.id = id.value_or("");
      u.name = person_name(t, r);
      u.title = t.at(r, t.column("Title"));
      u.department = t.at(r, t.column("Department"));
      u.active = active;
      u.at = {t.file(), t.line(r)};
      if (u.name.empty()) {
        t.error(r, t.column_of({"Name", "LastName"}), "the user has no name", sink_);
        c.bad = true;
      }
      if (id && c.bad) rejected_users_.insert(*id);
      if (id && !c.bad) users_.emplace(*id, std::move(u));
    }
  }

  // A user named by `column`: known, and active. Inactive users have left or lost access:
  // their relationships are no longer ours, so whatever names them is skipped.
  UserRec* user_ref(const Table& t, std::size_t row, std::string_view column, bool& bad) {
    auto id = ref(t, row, column, bad);
    if (!id) return nullptr;
    auto it = users_.find(*id);
    if (it == users_.end() && rejected_users_.count(*id)) {
      bad = true;
      return nullptr;
    }
    if (it == users_.end()) {
      points_nowhere(t, row, column, "user", "User.csv");
      bad = true;
      return nullptr;
    }
    return it->second.active ? &it->second : nullptr;
  }

  void read_accounts(const Table& t) {
    std::map<std::string, std::pair<int, std::string>> seen;
    for (std::size_t r = 0; r < t.rows(); ++r) {
      if (deleted(t, r)) continue;
      auto id = own_id(t, r, seen);
      bool bad = !id;
      Account a;
      a.name = t.at(r, t.column("Name"));
      if (a.name.empty()) {
        t.error(r, t.column("Name"), "Name is empty; every account needs a name", sink_);
        bad = true;
      }
      if (t.has("OwnerId"))
        if (UserRec* owner = user_ref(t, r, "OwnerId", bad)) owner->used = true;
      if (bad && id) rejected_accounts_.insert(*id);
      if (bad) continue;
      a.id = *id;
      account_at_[a.id] = {t.file(), t.line(r)};
      accounts_.emplace(a.id, std::move(a));
    }
  }

  void read_contacts(const Table& t) {
    std::map<std::string, std::pair<int, std::string>> seen;
    const std::size_t power_col = t.column("KAM_Power__c");
    const std::size_t attitude_col = t.column("KAM_Attitude__c");
    for (std::size_t r = 0; r < t.rows(); ++r) {
      if (deleted(t, r)) continue;
      auto id = own_id(t, r, seen);
      bool bad = !id;
      auto account = ref(t, r, "AccountId", bad);
      if (!bad && !account) {
        // A private contact, at no account: nobody's buying centre.
        no_account_.insert(*id);
        continue;
      }
      if (account && !accounts_.count(*account)) {
        if (!rejected_accounts_.count(*account))
          points_nowhere(t, r, "AccountId", "account", "Account.csv");
        bad = true;
      }
      ContactRec c;
      Person& p = c.person;
      p.name = person_name(t, r);
      if (p.name.empty()) {
        t.error(r, t.column_of({"LastName", "Name"}), "the contact has no name", sink_);
        bad = true;
      }
      p.kind = PersonKind::dmu;
      p.title = t.at(r, t.column("Title"));
      p.department = t.at(r, t.column("Department"));
      Checked nc;
      if (auto power = crm::number(t, r, power_col, sink_, nc)) {
        if (*power < 0 || *power > 1) {
          t.error(r, power_col, t.at(r, power_col) + " is outside [0,1]", sink_);
          bad = true;
        } else {
          p.power = *power;
        }
      }
      bad |= nc.bad;
      if (const std::string& word = t.at(r, attitude_col); !word.empty()) {
        if (auto a = parse_attitude(word)) {
          p.attitude = *a;
          c.attitude_given = true;
        } else {
          const std::string guess = nearest_word(word, attitude_words());
          t.error(r, attitude_col,
                  "unknown attitude '" + word + "'" +
                      (guess.empty() ? " (expected champion, supporter, neutral, skeptic or "
                                       "blocker)"
                                     : " (did you mean '" + guess + "'?)"),
                  sink_);
          bad = true;
        }
      }
      Checked bc;
      if (auto boss = crm::salesforce_id(t, r, t.column("ReportsToId"), sink_, bc)) {
        c.reports_to = *boss;
        c.reports_row = r;
      }
      bad |= bc.bad;
      if (bad && id) rejected_contacts_.insert(*id);
      if (bad) continue;
      p.id = *id;
      p.org = *account;
      c.at = {t.file(), t.line(r)};
      contacts_.emplace(p.id, std::move(c));
    }
  }

  // Managers are contacts too, and may come later in the file than their reports.
  void resolve_reports_to(const Table& t) {
    for (auto& [id, c] : contacts_) {
      if (c.reports_to.empty()) continue;
      if (contacts_.count(c.reports_to))
        c.person.reports_to = c.reports_to;
      else if (!no_account_.count(c.reports_to) && !rejected_contacts_.count(c.reports_to) &&
               !deleted_.count(c.reports_to))
        points_nowhere(t, c.reports_row, "ReportsToId", "contact", "Contact.csv");
    }
  }

  // A contact named by `column`: nullptr for an empty reference, a contact at no account,
  // or after reporting one that is not in Contact.csv.
  ContactRec* contact_ref(const Table& t, std::size_t row, std::string_view column, bool& bad) {
    auto id = ref(t, row, column, bad);
    if (!id || no_account_.count(*id)) return nullptr;
    auto it = contacts_.find(*id);
    if (it == contacts_.end() && rejected_contacts_.count(*id)) {
      bad = true;
      return nullptr;
    }
    if (it == contacts_.end()) {
      points_nowhere(t, row, column, "contact", "Contact.csv");
      bad = true;
      return nullptr;
    }
    return &it->second;
  }

  // The account named by AccountId: nullopt when empty, or after reporting one that is
  // not in Account.csv.
  std::optional<std::string> account_ref(const Table& t, std::size_t row, bool& bad) {
    auto id = ref(t, row, "AccountId", bad);
    if (!id || accounts_.count(*id)) return id;
    if (!rejected_accounts_.count(*id))
      points_nowhere(t, row, "AccountId", "account", "Account.csv");
    bad = true;
    return std::nullopt;
  }

  // Files whose Id is optional to kamgraph still must not repeat one.
  bool repeated_id(const Table& t, std::size_t row,
                   std::map<std::string, std::pair<int, std::string>>& seen) {
    return t.has("Id") && !own_id(t, row, seen);
  }

  void read_team(const Table& t) {
    std::map<std::string, std::pair<int, std::string>> seen;
    const std::size_t role_col = t.column("TeamMemberRole");
    for (std::size_t r = 0; r < t.rows(); ++r) {
      if (deleted(t, r)) continue;
      bool bad = repeated_id(t, r, seen);
      const auto account = account_ref(t, r, bad);
      UserRec* u = user_ref(t, r, "UserId", bad);
      if (bad || !account || !u) continue;
      u->used = true;
      // One member on one team twice says nothing new: the first role stays.
      u->team_roles.emplace(*account, t.at(r, role_col));
    }
  }

  void read_opportunities(const Table& t) {
    std::map<std::string, std::pair<int, std::string>> seen;
    const std::size_t won_col = t.column("IsWon"), stage_col = t.column("StageName");
    const std::size_t close_col = t.column("CloseDate"), amount_col = t.column("Amount");
    revenue_known_ =
        amount_col != npos && close_col != npos && (won_col != npos || stage_col != npos);
    for (std::size_t r = 0; r < t.rows(); ++r) {
      if (deleted(t, r)) continue;
      auto id = own_id(t, r, seen);
      bool bad = !id;
      const auto account = account_ref(t, r, bad);
      if (id) opportunities_.insert(*id);
      if (bad || !account || !revenue_known_) continue;
      Checked c;
      const bool won = won_col != npos ? crm::boolean(t, r, won_col, sink_, c).value_or(false)
                                       : crm::lower(t.at(r, stage_col)) == "closed won";
      const auto closed = crm::date(t, r, close_col, sink_, c);
      const auto amount = crm::number(t, r, amount_col, sink_, c);
      if (c.bad || !won || !closed) continue;
      // Revenue with us: business won in the twelve months up to the as-of day.
      const long age = days_between(*closed, opt_.as_of);
      if (age < 0 || age >= 365) continue;
      if (amount && *amount < 0) {
        t.error(r, amount_col, "a won opportunity's Amount cannot be negative", sink_);
        continue;
      }
      revenue_[*account] += amount.value_or(0.0);
    }
  }

  void add_role_word(ContactRec& c, const Table& t, std::size_t row, std::size_t column,
                     const std::string& word) {
    const auto w = parse_role_word(word);
    if (!w) {
      const std::string guess = nearest_word(word, role_words());
      t.error(row, column,
              "unknown role '" + word + "'" +
                  (guess.empty() ? " (see `kamgraph vocabulary` for the accepted words)"
                                 : " (did you mean '" + guess + "'?)"),
              sink_);
      return;
    }
    if (w->role) c.person.roles.push_back(*w->role);
    if (w->attitude) c.role_attitudes.push_back(*w->attitude);
  }

  void read_contact_roles(const Table& t, bool opportunities_read) {
    std::map<std::string, std::pair<int, std::string>> seen;
    const std::size_t role_col = t.column("Role");
    for (std::size_t r = 0; r < t.rows(); ++r) {
      if (deleted(t, r)) continue;
      bool bad = repeated_id(t, r, seen);
      auto opportunity = ref(t, r, "OpportunityId", bad);
      if (opportunity && opportunities_read && !opportunities_.count(*opportunity)) {
        points_nowhere(t, r, "OpportunityId", "opportunity", "Opportunity.csv");
        bad = true;
      }
      ContactRec* c = contact_ref(t, r, "ContactId", bad);
      if (bad || !c) continue;
      if (const std::string& word = t.at(r, role_col); !word.empty())
        add_role_word(*c, t, r, role_col, word);
    }
  }

  // Roles of a contact at its own account (the direct relation). A contact's relations
  // to other accounts are not read: kamgraph places each person at one organisation.
  void read_contact_relations(const Table& t) {
    std::map<std::string, std::pair<int, std::string>> seen;
    const std::size_t roles_col = t.column("Roles");
    for (std::size_t r = 0; r < t.rows(); ++r) {
      if (deleted(t, r)) continue;
      bool bad = repeated_id(t, r, seen);
      const auto account = account_ref(t, r, bad);
      ContactRec* c = contact_ref(t, r, "ContactId", bad);
      Checked bc;
      const auto direct = crm::boolean(t, r, t.column("IsDirect"), sink_, bc);
      const bool active = crm::boolean(t, r, t.column("IsActive"), sink_, bc).value_or(true);
      if (bad || bc.bad || !account || !c || !active) continue;
      if (!direct.value_or(*account == c->person.org)) continue;
      for (const auto& word : split(t.at(r, roles_col), ';'))
        add_role_word(*c, t, r, roles_col, word);
    }
  }

  static InteractionKind kind_of(const Table& t, std::size_t row, bool event) {
    const std::string type = crm::lower(t.at(row, t.column("Type")));
    if (event) {
      if (type == "call") return InteractionKind::call;
      if (type == "email") return InteractionKind::email;
      return InteractionKind::meeting;
    }
    const std::string subtype = crm::lower(t.at(row, t.column("TaskSubtype")));
    if (subtype == "call" || type == "call") return InteractionKind::call;
    if (subtype == "email" || subtype == "listemail" || type == "email")
      return InteractionKind::email;
    if (type == "meeting") return InteractionKind::meeting;
    return InteractionKind::other;
  }

  void read_activities(const Table& t, bool event) {
    std::map<std::string, std::pair<int, std::string>> seen;
    const std::size_t date_col = t.column("ActivityDate");
    for (std::size_t r = 0; r < t.rows(); ++r) {
      if (deleted(t, r)) continue;
      bool bad = repeated_id(t, r, seen);
      UserRec* owner = user_ref(t, r, "OwnerId", bad);
      const auto who = ref(t, r, "WhoId", bad);
      ContactRec* contact = nullptr;
      if (who && who->compare(0, kContactPrefix.size(), kContactPrefix) == 0)
        contact = contact_ref(t, r, "WhoId", bad);
      Checked c;
      const auto day = crm::date(t, r, date_col, sink_, c);
      // A task is an interaction once it is done; an event once its day has come.
      bool done = true;
      if (!event) {
        if (t.has("IsClosed"))
          done = crm::boolean(t, r, t.column("IsClosed"), sink_, c).value_or(false);
        else if (t.has("Status"))
          done = crm::lower(t.at(r, t.column("Status"))) == "completed";
      }
      if (bad || c.bad || !owner || !contact || !day || !done || *day > opt_.as_of) continue;
      owner->used = true;
      Knows& k = knows_[{contact->person.id, owner->id}];
      k.interactions.push_back({*day, kind_of(t, r, event)});
      // The newest activity locates the relationship; on a tie, the first one read.
      if (k.interactions.size() == 1 || *day > k.newest) {
        k.newest = *day;
        k.newest_at = {t.file(), t.line(r)};
      }
    }
  }

  // --- the dataset --------------------------------------------------------------------------

  Dataset build(const KnownPerson& known) {
    ParsedInput in;
    for (auto& [id, a] : accounts_) {
      if (revenue_known_) {
        auto it = revenue_.find(id);
        a.revenue = it == revenue_.end() ? 0.0 : it->second;
      }
      in.data.accounts.push_back(a);
      in.account_at.push_back(account_at_[id]);
    }
    for (auto& [id, c] : contacts_) {
      Person& p = c.person;
      std::sort(p.roles.begin(), p.roles.end());
      p.roles.erase(std::unique(p.roles.begin(), p.roles.end()), p.roles.end());
      // Role words that carry an attitude (HubSpot's Champion and Blocker) set it unless
      // KAM_Attitude__c does; when they disagree the least favourable one stands, since a
      // blocker on one deal is a risk on the next.
      if (!c.attitude_given && !c.role_attitudes.empty())
        p.attitude = *std::max_element(c.role_attitudes.begin(), c.role_attitudes.end());
      in.data.people.push_back(p);
      in.person_at.push_back(c.at);
    }
    for (auto& [id, u] : users_) {
      if (!u.used || !u.active) continue;
      Person p;
      p.id = id;
      p.name = u.name;
      p.org = std::string(kInternalOrg);
      p.kind = PersonKind::internal;
      p.power = kDefaultInternalPower;
      // The job title; failing that, the role on the first account team (by account id).
      p.title = u.title.empty() && !u.team_roles.empty() ? u.team_roles.begin()->second : u.title;
      p.department = u.department;
      in.data.people.push_back(std::move(p));
      in.person_at.push_back(u.at);
    }
    for (auto& [key, k] : knows_) {
      Relationship r;
      r.source = key.second;  // the user
      r.target = key.first;   // the contact
      r.type = RelationType::knows;
      r.strength = interaction_strength(k.interactions, opt_.strength);
      r.last_contact = k.newest;
      in.data.relationships.push_back(std::move(r));
      in.relationship_at.push_back(k.newest_at);
    }

    // The whole-input checks (reports_to cycles above all), with their findings named by
    // the Salesforce columns the user knows.
    DiagnosticSink found;
    validate(in, known, found);
    for (Diagnostic d : found.items()) {
      if (crm::lower(fs::path(d.file).filename().string()) == "contact.csv") {
        if (d.field == "reports_to") d.field = "ReportsToId";
        if (d.field == "id") d.field = "Id";
      }
      sink_.add(std::move(d));
    }
    throw_if_any();
    return std::move(in.data);
  }

  const CrmImportOptions& opt_;
  DiagnosticSink& sink_;
  std::map<std::string, std::string> files_;  // lower-case file name -> path
  std::map<std::string, UserRec> users_;
  std::map<std::string, Account> accounts_;
  std::map<std::string, Origin> account_at_;
  std::map<std::string, ContactRec> contacts_;
  std::set<std::string> no_account_;
  std::set<std::string> deleted_;  // ids of rows marked IsDeleted
  // Records whose own row was wrong (and reported): what names them is not reported again.
  std::set<std::string> rejected_users_, rejected_accounts_, rejected_contacts_;
  std::set<std::string> opportunities_;
  bool revenue_known_ = false;
  std::map<std::string, double> revenue_;
  std::map<std::pair<std::string, std::string>, Knows> knows_;  // (contact, user)
};

}  // namespace

Dataset read_salesforce_export(const std::string& dir, const CrmImportOptions& options,
                               const KnownPerson& known) {
  DiagnosticSink sink;
  return SalesforceReader(options, sink).run(dir, known);
}

}  // namespace kamgraph
