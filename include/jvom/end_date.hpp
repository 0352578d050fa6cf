#pragma once

#include <boost/describe/class.hpp>
#include <boost/describe/enum.hpp>
#include <chrono>
#include <cstdint>
#include <optional>

#include "jvom/error.hpp"

namespace jvom {

/// How an end is given in the annexes.
enum class EndKind : std::uint8_t {
  not_set,     ///< "-", "·" or an empty cell
  date,        ///< a calendar date: "31 augustus 2024"
  indefinite,  ///< "Onbepaald"
  ongoing,     ///< "Doorlopend"
};
BOOST_DESCRIBE_ENUM(EndKind, not_set, date, indefinite, ongoing)

/// The end of a mandate or of a national framework: a date, indefinite, ongoing, or not set.
/// Only the `date` kind carries a date, so two equal ends are equal in every member.
class EndDate {
 public:
  /// Not set.
  constexpr EndDate() noexcept = default;

  /// Ends on `day`; a compile error (or `validation_error`) when `day` is not a real calendar date.
  [[nodiscard]] static constexpr EndDate on(std::chrono::year_month_day day) {
    if (!day.ok()) detail::fail("EndDate::on needs a valid calendar date");
    return EndDate(EndKind::date, day);
  }
  [[nodiscard]] static constexpr EndDate indefinite() noexcept { return EndDate(EndKind::indefinite, {}); }
  [[nodiscard]] static constexpr EndDate ongoing() noexcept { return EndDate(EndKind::ongoing, {}); }
  [[nodiscard]] static constexpr EndDate not_set() noexcept { return {}; }

  [[nodiscard]] constexpr EndKind kind() const noexcept { return kind_; }
  /// The date, for the `date` kind only.
  [[nodiscard]] constexpr std::optional<std::chrono::year_month_day> date() const noexcept {
    if (kind_ != EndKind::date) return std::nullopt;
    return date_;
  }
  [[nodiscard]] constexpr bool is_date() const noexcept { return kind_ == EndKind::date; }
  [[nodiscard]] constexpr bool is_set() const noexcept { return kind_ != EndKind::not_set; }

  /// True when this end is a date strictly before `day`. Indefinite, ongoing and unset ends never are.
  [[nodiscard]] constexpr bool ends_before(std::chrono::year_month_day day) const noexcept {
    return kind_ == EndKind::date && date_ < day;
  }
  /// True when this end is a date strictly after `other`'s date, or open-ended (indefinite, ongoing)
  /// while `other` is a date: "runs longer than". Unset ends are never compared.
  [[nodiscard]] constexpr bool outlasts(const EndDate& other) const noexcept {
    if (other.kind_ != EndKind::date || kind_ == EndKind::not_set) return false;
    return kind_ != EndKind::date || other.date_ < date_;
  }

  friend constexpr bool operator==(const EndDate&, const EndDate&) = default;

 private:
  constexpr EndDate(EndKind kind, std::chrono::year_month_day day) noexcept : kind_(kind), date_(day) {}

  EndKind kind_ = EndKind::not_set;
  std::chrono::year_month_day date_{};

  BOOST_DESCRIBE_CLASS(EndDate, (), (kind, date), (), ())
};

}  // namespace jvom
