// Salesforce ids (15 and 18 characters) and the strength formula, with values worked out by
// hand from their definitions (the README, "Importing from a CRM, and GraphML").
#include <gtest/gtest.h>

#include <algorithm>
#include <vector>

#include "kamgraph/import/salesforce.hpp"

namespace kamgraph {
namespace {

// The checksum of "0015g00000Kz5JD": the chunks "0015g" and "00000" have no upper-case
// letter (0 -> 'A', 'A'); in "Kz5JD" positions 0 (K), 3 (J) and 4 (D) are upper case:
// 1 + 8 + 16 = 25 -> 'Z'.
TEST(SalesforceId, EighteenIsFifteenPlusTheCaseChecksum) {
  EXPECT_EQ(salesforce_id18("0015g00000Kz5JD"), "0015g00000Kz5JDAAZ");
  EXPECT_EQ(salesforce_id15("0015g00000Kz5JDAAZ"), "0015g00000Kz5JD");
  EXPECT_EQ(salesforce_id15("0015g00000Kz5JD"), "0015g00000Kz5JD");
  // "XyZ12" in the third chunk: X (bit 0) and Z (bit 2) -> 5 -> 'F'.
  EXPECT_EQ(salesforce_id18("0055g00000XyZ12"), "0055g00000XyZ12AAF");
}

TEST(SalesforceId, TheChecksumRestoresTheCaseOfALowerCasedId) {
  EXPECT_EQ(salesforce_id15("0015g00000kz5jdaaz"), "0015g00000Kz5JD");
  EXPECT_EQ(salesforce_id15("0015G00000KZ5JDAAZ"), "0015g00000Kz5JD");
}

TEST(SalesforceId, RejectsWhatCannotBeAnId) {
  EXPECT_EQ(salesforce_id15(""), std::nullopt);
  EXPECT_EQ(salesforce_id15("0015g00000Kz5J"), std::nullopt);      // 14 characters
  EXPECT_EQ(salesforce_id15("0015g00000Kz5JDAA"), std::nullopt);   // 17
  EXPECT_EQ(salesforce_id15("0015g-0000Kz5JD"), std::nullopt);     // not alphanumeric
  EXPECT_EQ(salesforce_id15("0015g00000Kz5JDAA9"), std::nullopt);  // '9' is no checksum character
  // 'B' = 1 sets bit 0 of the first chunk, whose first character is the digit '0'.
  EXPECT_EQ(salesforce_id15("0015g00000Kz5JDBAZ"), std::nullopt);
}

TEST(SalesforceId, EveryCasingRoundTrips) {
  for (const std::string id : {"003000000000000", "003ABCDEabcdeXY", "005zzzzzZZZZZ9a"}) {
    EXPECT_EQ(salesforce_id15(salesforce_id18(id)), id);
    EXPECT_EQ(salesforce_id18(id).size(), 18u);
  }
}

// Defaults: half-life 90 days, saturation 2, weights meeting 1, call 0.5, email and
// other 0.25; strength = 1 - exp(-X/2), rounded to two decimals.
const Date kDay{2025, 6, 12};

TEST(InteractionStrength, OneInteractionOfEachKind) {
  // X = 1: 1 - e^-0.5 = 0.3935
  EXPECT_DOUBLE_EQ(interaction_strength({{kDay, InteractionKind::meeting}}), 0.39);
  // X = 0.5: 1 - e^-0.25 = 0.2212
  EXPECT_DOUBLE_EQ(interaction_strength({{kDay, InteractionKind::call}}), 0.22);
  // X = 0.25: 1 - e^-0.125 = 0.1175
  EXPECT_DOUBLE_EQ(interaction_strength({{kDay, InteractionKind::email}}), 0.12);
  EXPECT_DOUBLE_EQ(interaction_strength({{kDay, InteractionKind::other}}), 0.12);
}

TEST(InteractionStrength, OlderInteractionsCountHalfPerHalfLife) {
  // Meetings 0, 90 and 180 days before the last, and an email on the last day:
  // X = 1 + 0.5 + 0.25 + 0.25 = 2, 1 - e^-1 = 0.6321.
  std::vector<Interaction> v{{kDay, InteractionKind::meeting},
                             {kDay.plus_days(-90), InteractionKind::meeting},
                             {kDay.plus_days(-180), InteractionKind::meeting},
                             {kDay, InteractionKind::email}};
  EXPECT_DOUBLE_EQ(interaction_strength(v), 0.63);
  // The order they come in does not matter.
  std::reverse(v.begin(), v.end());
  EXPECT_DOUBLE_EQ(interaction_strength(v), 0.63);
  // Two emails 90 days apart: X = 0.25 + 0.125 = 0.375, 1 - e^-0.1875 = 0.1710.
  EXPECT_DOUBLE_EQ(interaction_strength({{kDay, InteractionKind::email},
                                         {kDay.plus_days(-90), InteractionKind::email}}),
                   0.17);
  // Ages count from the newest interaction, not from any as-of day: the same pattern a
  // year earlier is the same strength.
  for (auto& i : v) i.date = i.date.plus_days(-365);
  EXPECT_DOUBLE_EQ(interaction_strength(v), 0.63);
}

TEST(InteractionStrength, SaturatesAtOneAndNeverReachesZero) {
  // Twenty meetings on one day: X = 20, 1 - e^-10 = 0.99995 -> 1.00.
  EXPECT_DOUBLE_EQ(
      interaction_strength(std::vector<Interaction>(20, {kDay, InteractionKind::meeting})), 1.0);
  // A tiny weight: X = 0.001, 1 - e^-0.0005 = 0.0005, rounded to 0.00, held at 0.01.
  StrengthOptions tiny;
  tiny.email_weight = 0.001;
  EXPECT_DOUBLE_EQ(interaction_strength({{kDay, InteractionKind::email}}, tiny), 0.01);
}

TEST(InteractionStrength, OptionsChangeTheCurve) {
  StrengthOptions o;
  o.half_life_days = 30;
  o.saturation = 1;
  // A meeting now and one 30 days earlier: X = 1 + 0.5 = 1.5, 1 - e^-1.5 = 0.7769.
  EXPECT_DOUBLE_EQ(
      interaction_strength(
          {{kDay, InteractionKind::meeting}, {kDay.plus_days(-30), InteractionKind::meeting}}, o),
      0.78);
}

}  // namespace
}  // namespace kamgraph
