#pragma once

#include <boost/describe/class.hpp>
#include <boost/describe/enum.hpp>
#include <cstdint>
#include <string_view>
#include <variant>

#include "jvom/end_date.hpp"
#include "jvom/headcount.hpp"
#include "jvom/legal_basis.hpp"
#include "jvom/reporting_period.hpp"

namespace jvom {

/// What a narrative statement is about; the names are the `field` column of claims.csv.
enum class ClaimField : std::uint8_t {
  period,
  legal_basis,
  mandate_end,
  framework_end,
  framework_military,
  framework_civil,
  deployed_military,
  deployed_civil,
  deployed_total,
};
BOOST_DESCRIBE_ENUM(ClaimField, period, legal_basis, mandate_end, framework_end, framework_military, framework_civil,
                    deployed_military, deployed_civil, deployed_total)

/// The value a claim states; which alternative follows from the field (see `claim_value_fits`).
using ClaimValue = std::variant<Headcount, EndDate, LegalBasis, ReportingPeriod>;

/// A statement from the narrative that carries a number, a date, a legal basis or the period, with
/// the section it comes from ("2.3.1"). An empty mission means the report as a whole.
struct Claim {
  std::string_view mission{};
  ClaimField field = ClaimField::deployed_total;
  ClaimValue value{};
  std::string_view source{};

  friend constexpr bool operator==(const Claim&, const Claim&) = default;
};
BOOST_DESCRIBE_STRUCT(Claim, (), (mission, field, value, source))

/// True when `value` holds the alternative that `field` calls for.
[[nodiscard]] constexpr bool claim_value_fits(ClaimField field, const ClaimValue& value) noexcept {
  switch (field) {
    case ClaimField::period: return std::holds_alternative<ReportingPeriod>(value);
    case ClaimField::legal_basis: return std::holds_alternative<LegalBasis>(value);
    case ClaimField::mandate_end:
    case ClaimField::framework_end: return std::holds_alternative<EndDate>(value);
    default: return std::holds_alternative<Headcount>(value);
  }
}

}  // namespace jvom
