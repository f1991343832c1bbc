#include "kamgraph/model/date.hpp"

#include <gtest/gtest.h>

namespace kamgraph {
namespace {

TEST(Date, ParsesRealDaysOnly) {
  EXPECT_EQ(Date::parse("2026-02-28")->str(), "2026-02-28");
  EXPECT_EQ(Date::parse("2024-02-29")->str(), "2024-02-29");  // leap year
  EXPECT_FALSE(Date::parse("2026-02-30"));
  EXPECT_FALSE(Date::parse("2025-02-29"));
  EXPECT_FALSE(Date::parse("2026-13-01"));
  EXPECT_FALSE(Date::parse("2026-1-01"));
  EXPECT_FALSE(Date::parse("26-01-01"));
  EXPECT_FALSE(Date::parse("2026/01/01"));
  EXPECT_FALSE(Date::parse(""));
}

TEST(Date, DayArithmetic) {
  EXPECT_EQ(Date(1970, 1, 1).days_since_epoch(), 0);
  EXPECT_EQ(Date(2026, 1, 1).days_since_epoch(), 20454);  // 56 years, 14 leap days
  EXPECT_EQ(days_between(Date(2026, 2, 27), Date(2026, 3, 1)), 2);
  EXPECT_EQ(Date(2026, 12, 31).plus_days(1).str(), "2027-01-01");
  EXPECT_LT(Date(2025, 12, 31), Date(2026, 1, 1));
}

}  // namespace
}  // namespace kamgraph
