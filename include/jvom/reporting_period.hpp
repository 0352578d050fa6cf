#pragma once

#include <boost/describe/class.hpp>
#include <chrono>

#include "jvom/error.hpp"

namespace jvom {

/// The months a report covers, first and last day included: "mei 2024 tot en met april 2025" is
/// 1 May 2024 to 30 April 2025.
class ReportingPeriod {
 public:
  constexpr ReportingPeriod() noexcept = default;

  /// From `first_day` to `last_day`, both included; both must be valid dates, in order.
  constexpr ReportingPeriod(std::chrono::year_month_day first_day, std::chrono::year_month_day last_day)
      : first_(first_day), last_(last_day) {
    if (!first_day.ok() || !last_day.ok()) detail::fail("ReportingPeriod needs valid calendar dates");
    if (last_day < first_day) detail::fail("ReportingPeriod: the last day is before the first day");
  }

  /// The whole months from `first` to `last`, both included.
  [[nodiscard]] static constexpr ReportingPeriod months(std::chrono::year_month first, std::chrono::year_month last) {
    using namespace std::chrono;
    return {first / day{1}, year_month_day{last / std::chrono::last}};
  }

  [[nodiscard]] constexpr std::chrono::year_month_day first_day() const noexcept { return first_; }
  [[nodiscard]] constexpr std::chrono::year_month_day last_day() const noexcept { return last_; }

  /// True when `day` falls in the period.
  [[nodiscard]] constexpr bool contains(std::chrono::year_month_day day) const noexcept {
    return first_ <= day && day <= last_;
  }
  /// The length in days, both ends included.
  [[nodiscard]] constexpr long days() const noexcept {
    return (std::chrono::sys_days{last_} - std::chrono::sys_days{first_}).count() + 1;
  }

  friend constexpr bool operator==(const ReportingPeriod&, const ReportingPeriod&) = default;

 private:
  std::chrono::year_month_day first_{};
  std::chrono::year_month_day last_{};

  BOOST_DESCRIBE_CLASS(ReportingPeriod, (), (first_day, last_day), (), ())
};

}  // namespace jvom
