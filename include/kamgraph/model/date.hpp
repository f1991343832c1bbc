// A calendar date (ISO 8601, YYYY-MM-DD) for last-contact dates and plan due dates.
#pragma once

#include <compare>
#include <optional>
#include <string>
#include <string_view>

namespace kamgraph {

class Date {
 public:
  // Strict YYYY-MM-DD of a real calendar day (2026-02-30 is rejected), years 1900-9999.
  static std::optional<Date> parse(std::string_view text);
  static Date from_days(long days_since_epoch);
  // Today in UTC; the CLI uses it only when --as-of is not given.
  static Date today();

  Date() = default;
  Date(int year, int month, int day);  // precondition: a valid day

  int year() const { return year_; }
  int month() const { return month_; }
  int day() const { return day_; }
  long days_since_epoch() const;  // 1970-01-01 is 0
  std::string str() const;        // YYYY-MM-DD
  Date plus_days(long days) const { return from_days(days_since_epoch() + days); }

  friend auto operator<=>(const Date&, const Date&) = default;
  friend bool operator==(const Date&, const Date&) = default;

 private:
  int year_ = 1970;
  int month_ = 1;
  int day_ = 1;
};

// b - a in days.
inline long days_between(const Date& a, const Date& b) {
  return b.days_since_epoch() - a.days_since_epoch();
}

}  // namespace kamgraph
