// kamgraph accounts | people | show: looking at what the database holds.
#include <CLI/CLI.hpp>
#include <iostream>
#include <map>
#include <memory>

#include "cli/commands.hpp"
#include "cli/context.hpp"
#include "cli/format.hpp"
#include "kamgraph/model/error.hpp"
#include "kamgraph/report/table.hpp"

namespace kamgraph::cli {
namespace {

struct ListOptions {
  std::string account;
  std::string format;
};

std::string optional_number(const std::optional<double>& v) {
  return v ? number_text(*v) : std::string{};
}

void run_accounts(const Context& ctx, const ListOptions& opt) {
  auto store = ctx.open_existing_store();
  auto accounts = store->accounts();
  if (opt.format == "json") {
    nlohmann::ordered_json out = nlohmann::ordered_json::array();
    for (const auto& a : accounts) out.push_back(account_json(a));
    std::cout << nlohmann::ordered_json{{"accounts", out}}.dump(2) << '\n';
    return;
  }
  std::vector<std::string> header{"id",        "name",   "segment",        "revenue",
                                  "potential", "margin", "attractiveness", "supplier_strength"};
  if (opt.format == "csv") {
    std::cout << csv_line(header);
    for (const auto& a : accounts)
      std::cout << csv_line({a.id, a.name, a.segment ? std::string(to_string(*a.segment)) : "",
                             optional_number(a.revenue), optional_number(a.potential),
                             optional_number(a.margin), optional_number(a.attractiveness),
                             optional_number(a.supplier_strength)});
    return;
  }
  using A = Table::Align;
  Table t({"id", "name", "segment", "revenue", "margin"},
          {A::left, A::left, A::left, A::right, A::right});
  for (const auto& a : accounts)
    t.add_row({a.id, a.name, a.segment ? std::string(to_string(*a.segment)) : "-",
               a.revenue ? fixed(*a.revenue, 0) : "-", a.margin ? fixed(*a.margin, 2) : "-"});
  std::cout << t.str();
}

// The people of one account (and our colleagues and outside people linked to it), or
// of the whole database.
void run_people(const Context& ctx, const ListOptions& opt) {
  auto store = ctx.open_existing_store();
  Dataset data = opt.account.empty() ? store->everything() : store->account_data(opt.account);
  if (opt.format == "json") {
    nlohmann::ordered_json people = nlohmann::ordered_json::array();
    for (const auto& p : data.people) people.push_back(person_json(p));
    nlohmann::ordered_json out;
    if (!opt.account.empty()) out["account"] = opt.account;
    out["people"] = people;
    std::cout << out.dump(2) << '\n';
    return;
  }
  std::vector<std::string> header{"id",    "name",     "org",   "kind",       "role",
                                  "power", "attitude", "title", "department", "reports_to"};
  if (opt.format == "csv") {
    std::cout << csv_line(header);
    for (const auto& p : data.people)
      std::cout << csv_line({p.id, p.name, p.org, std::string(to_string(p.kind)),
                             roles_text(p.roles), number_text(p.power),
                             std::string(to_string(p.attitude)), p.title, p.department,
                             p.reports_to});
    return;
  }
  // The account's buying centre first (by power, then id), then our team, then outsiders.
  auto group = [&](const Person& p) {
    if (p.internal()) return 1;
    return opt.account.empty() || p.org == opt.account ? 0 : 2;
  };
  std::vector<const Person*> order;
  for (const auto& p : data.people) order.push_back(&p);
  std::stable_sort(order.begin(), order.end(), [&](const Person* a, const Person* b) {
    if (group(*a) != group(*b)) return group(*a) < group(*b);
    if (a->power != b->power) return a->power > b->power;
    return a->id < b->id;
  });
  using A = Table::Align;
  Table t({"id", "name", "org", "role", "power", "attitude", "title", "department"},
          {A::left, A::left, A::left, A::left, A::right, A::left, A::left, A::left});
  for (const Person* p : order)
    t.add_row({p->id, p->display_name(), p->org,
               p->roles.empty() ? (p->internal() ? "(our team)" : "-") : roles_text(p->roles),
               fixed(p->power), std::string(to_string(p->attitude)), p->title, p->department});
  std::cout << t.str();
}

struct ShowOptions {
  std::string id;
  std::string format;
};

void run_show(const Context& ctx, const ShowOptions& opt) {
  auto store = ctx.open_existing_store();
  if (auto account = store->account(opt.id)) {
    Dataset data = store->account_data(opt.id);
    if (opt.format == "json") {
      nlohmann::ordered_json out = account_json(*account);
      out["people"] = data.people.size();
      out["relationships"] = data.relationships.size();
      std::cout << out.dump(2) << '\n';
      return;
    }
    std::cout << "account " << account->id << ": " << account->name << '\n'
              << "  segment           " << (account->segment ? to_string(*account->segment) : "-")
              << '\n'
              << "  revenue           " << optional_number(account->revenue) << '\n'
              << "  potential         " << optional_number(account->potential) << '\n'
              << "  margin            " << optional_number(account->margin) << '\n'
              << "  attractiveness    " << optional_number(account->attractiveness) << '\n'
              << "  supplier strength " << optional_number(account->supplier_strength) << '\n'
              << "  people            " << data.people.size() << " (with our team and outsiders)\n"
              << "  relationships     " << data.relationships.size() << '\n';
    return;
  }
  auto person = store->person(opt.id);
  if (!person) throw NotFoundError("no account or person with id '" + opt.id + "'");
  Dataset all = store->everything();
  std::map<std::string, const Person*> by_id;
  for (const auto& p : all.people) by_id[p.id] = &p;
  std::vector<const Relationship*> rels;
  for (const auto& r : all.relationships)
    if (r.source == opt.id || r.target == opt.id) rels.push_back(&r);

  if (opt.format == "json") {
    nlohmann::ordered_json out = person_json(*person);
    nlohmann::ordered_json rj = nlohmann::ordered_json::array();
    for (const auto* r : rels) rj.push_back(relationship_json(*r));
    out["relationships"] = rj;
    std::cout << out.dump(2) << '\n';
    return;
  }
  const Person& p = *person;
  std::cout << p.display_name() << " (" << p.id << ")"
            << (p.placeholder() ? ", placeholder: nobody we know fills this seat" : "") << '\n'
            << "  org         " << p.org << '\n'
            << "  kind        " << to_string(p.kind) << '\n'
            << "  roles       " << (p.roles.empty() ? "-" : roles_text(p.roles)) << '\n'
            << "  power       " << fixed(p.power) << '\n'
            << "  attitude    " << to_string(p.attitude) << '\n'
            << "  title       " << p.title << '\n'
            << "  department  " << p.department << '\n'
            << "  reports to  " << (p.reports_to.empty() ? "-" : p.reports_to) << '\n';
  using A = Table::Align;
  Table t({"with", "name", "type", "direction", "strength", "last contact", "mode"},
          {A::left, A::left, A::left, A::left, A::right, A::left, A::left});
  for (const auto* r : rels) {
    bool out_dir = r->source == opt.id;
    const std::string& other = out_dir ? r->target : r->source;
    std::string dir = is_symmetric(r->type) ? "both" : (out_dir ? "->" : "<-");
    t.add_row({other, by_id.count(other) ? by_id[other]->display_name() : "?",
               std::string(to_string(r->type)), dir, fixed(r->strength),
               r->last_contact ? r->last_contact->str() : "undated",
               r->mode ? std::string(to_string(*r->mode)) : "-"});
  }
  std::cout << "\nrelationships (" << rels.size() << ")\n" << t.str();
}

}  // namespace

void setup_accounts(CLI::App& app, Context& ctx) {
  auto opt = std::make_shared<ListOptions>();
  auto* cmd = app.add_subcommand("accounts", "List the accounts in the database.");
  add_format_option(*cmd, opt->format, {"table", "json", "csv"});
  cmd->callback([&ctx, opt] { run_accounts(ctx, *opt); });
}

void setup_people(CLI::App& app, Context& ctx) {
  auto opt = std::make_shared<ListOptions>();
  auto* cmd = app.add_subcommand(
      "people",
      "List an account's buying centre, with our colleagues and outside influencers linked\n"
      "to it; without ACCOUNT, every person in the database.");
  cmd->add_option("ACCOUNT", opt->account, "Account id");
  add_format_option(*cmd, opt->format, {"table", "json", "csv"});
  cmd->callback([&ctx, opt] { run_people(ctx, *opt); });
}

void setup_show(CLI::App& app, Context& ctx) {
  auto opt = std::make_shared<ShowOptions>();
  auto* cmd =
      app.add_subcommand("show", "Show one account, or one person and their relationships.");
  cmd->add_option("ID", opt->id, "Account or person id")->required();
  add_format_option(*cmd, opt->format, {"table", "json"});
  cmd->callback([&ctx, opt] { run_show(ctx, *opt); });
}

}  // namespace kamgraph::cli
