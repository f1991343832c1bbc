#include "kamgraph/model/date.hpp"

#include <chrono>
#include <cstdio>

namespace kamgraph {
namespace {

bool all_digits(std::string_view s) {
  for (char c : s)
    if (c < '0' || c > '9') return false;
  return !s.empty();
}

int to_int(std::string_view s) {
  int v = 0;
  for (char c : s) v = v * 10 + (c - '0');
  return v;
}

}  // namespace

std::optional<Date> Date::parse(std::string_view t) {
  if (t.size() != 10 || t[4] != '-' || t[7] != '-') return std::nullopt;
  auto ys = t.substr(0, 4), ms = t.substr(5, 2), ds = t.substr(8, 2);
  if (!all_digits(ys) || !all_digits(ms) || !all_digits(ds)) return std::nullopt;
  int y = to_int(ys), m = to_int(ms), d = to_int(ds);
  if (y < 1900) return std::nullopt;
  std::chrono::year_month_day ymd{std::chrono::year{y}, std::chrono::month{unsigned(m)},
                                  std::chrono::day{unsigned(d)}};
  if (!ymd.ok()) return std::nullopt;
  return Date(y, m, d);
}

Date::Date(int year, int month, int day) : year_(year), month_(month), day_(day) {}

Date Date::from_days(long days) {
  std::chrono::year_month_day ymd{std::chrono::sys_days{std::chrono::days{days}}};
  return Date(int(ymd.year()), int(unsigned(ymd.month())), int(unsigned(ymd.day())));
}

Date Date::today() {
  auto now = std::chrono::floor<std::chrono::days>(std::chrono::system_clock::now());
  return from_days(now.time_since_epoch().count());
}

long Date::days_since_epoch() const {
  std::chrono::year_month_day ymd{std::chrono::year{year_}, std::chrono::month{unsigned(month_)},
                                  std::chrono::day{unsigned(day_)}};
  return std::chrono::sys_days{ymd}.time_since_epoch().count();
}

std::string Date::str() const {
  char buf[16];
  std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", year_, month_, day_);
  return buf;
}

}  // namespace kamgraph
