// Reading a CRM's own export: the CSV files of a Salesforce data export, and HubSpot's
// contact export. The README, "Importing from a CRM, and GraphML" is the contract: which files and
// columns are read, how records map onto accounts, people and relationships, and how the strength
// of a relationship is derived from the activities logged between two people.
//
// Like every reader in import.hpp, these validate everything before returning: anything
// wrong is one InputError listing every problem by file, line and column (the CRM's own
// column name), and nothing is returned half-read.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "kamgraph/import/import.hpp"
#include "kamgraph/model/date.hpp"
#include "kamgraph/model/model.hpp"

namespace kamgraph {

// What kind of contact an activity was. Meetings weigh most: an hour in the same room
// builds more of a relationship than a call, a call more than an email.
enum class InteractionKind { meeting, call, email, other };

struct Interaction {
  Date date;
  InteractionKind kind = InteractionKind::other;
};

// How activities become a relationship's strength (the README, "Importing from a CRM, and GraphML",
// "Strength"):
//
//   X = sum over interactions i of  w(kind_i) * 2^(-age_i / half_life_days)
//   strength = 1 - exp(-X / saturation), rounded to 0.01, at least 0.01
//
// where age_i is the number of days from interaction i to the newest one (the
// relationship's last_contact). Ages are counted from the last contact, not from the
// as-of date, because the analyses already wear a relationship down from its last contact
// to their own --as-of (analysis/account_graph.hpp); counting from the as-of date here too
// would decay it twice.
struct StrengthOptions {
  double meeting_weight = 1.0;
  double call_weight = 0.5;
  double email_weight = 0.25;
  double other_weight = 0.25;
  double half_life_days = 90.0;  // an interaction this long before the last one counts half
  double saturation = 2.0;       // X at which strength reaches 1 - 1/e (about 0.63)
};

// The strength of a relationship built from `interactions` (at least one); see
// StrengthOptions. Time complexity: O(n).
double interaction_strength(const std::vector<Interaction>& interactions,
                            const StrengthOptions& options = {});

struct CrmImportOptions {
  // Activities dated after this day have not happened yet (a planned meeting, an open
  // task) and are not counted; it also ends the twelve months of won opportunities that
  // make an account's revenue. A fixed date makes an import reproducible.
  Date as_of = Date::today();
  StrengthOptions strength;
};

// A Salesforce record id in its 15-character case-sensitive form. Accepts the 15-character
// id and the 18-character id (the 15 plus a 3-character checksum of the letter case, which
// makes the 18-character form case-insensitive: its case is restored from the checksum).
// nullopt when `id` is neither: wrong length, a character other than ASCII letters and
// digits, or a checksum that does not fit the id.
std::optional<std::string> salesforce_id15(std::string_view id);
// The 18-character form of a valid 15-character id (precondition: salesforce_id15(id15)
// == id15).
std::string salesforce_id18(std::string_view id15);

// The CSV files of a Salesforce data export in `dir` (Account.csv, Contact.csv, User.csv
// required; AccountTeamMember.csv, Opportunity.csv, OpportunityContactRole.csv,
// AccountContactRelation.csv, Task.csv and Event.csv read when present). Ids are the
// 15-character Salesforce ids, so that every export of the same org gives the same ids.
// Throws NotFoundError when `dir` does not exist, InputError for anything wrong.
Dataset read_salesforce_export(const std::string& dir, const CrmImportOptions& options = {},
                               const KnownPerson& known = {});

// HubSpot's contact export: one CSV file, or a directory holding exactly one .csv file.
// Ids are prefixed by what they are ("hs-contact-51", "hs-company-8001", "hs-owner-9"),
// since HubSpot numbers contacts, companies and owners independently.
Dataset read_hubspot_export(const std::string& path, const CrmImportOptions& options = {},
                            const KnownPerson& known = {});

}  // namespace kamgraph
