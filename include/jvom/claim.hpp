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
///
/// The first nine are annex cells the text restates. The others say what the annexes cannot hold:
/// - `contribution_start`, `contribution_end`: when the Dutch contribution began or ended (an end is the
///   last day of the contribution, or the day it stopped: "tot 1 februari" is written both ways);
/// - `posts_*`: people in post at one time ("bestaat uit vier militairen", "een vijfde stafofficier"),
///   to compare with the national framework's caps;
/// - `named_*`: distinct people the text names over the period, a lower bound of those deployed;
/// - `placeholder`: text left unfinished ("Kamerstuk XXX", "[PM]"), its value the text as printed.
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
  contribution_start,
  contribution_end,
  posts_military,
  posts_civil,
  posts_police,
  named_military,
  named_civil,
  named_police,
  placeholder,
};
BOOST_DESCRIBE_ENUM(ClaimField, period, legal_basis, mandate_end, framework_end, framework_military, framework_civil,
                    deployed_military, deployed_civil, deployed_total, contribution_start, contribution_end,
                    posts_military, posts_civil, posts_police, named_military, named_civil, named_police,
                    placeholder)

/// The value a claim states; which alternative follows from the field (see `claim_value_fits`). Text
/// (`std::string_view`) is a placeholder's, as printed.
using ClaimValue = std::variant<Headcount, EndDate, LegalBasis, ReportingPeriod, std::string_view>;

/// A statement from the narrative that carries a number, a date, a legal basis or the period, with
/// the section it comes from ("2.3.1"). An empty mission means the report as a whole.
///
/// A claim extracted from a document also carries the sentence it comes from (`quote`, as printed), the
/// line of the document it is on, and the name of the extraction rule that made it; a claim written by
/// hand may leave them empty.
struct Claim {
  std::string_view mission{};
  ClaimField field = ClaimField::deployed_total;
  ClaimValue value{};
  std::string_view source{};
  std::string_view quote{};
  std::uint32_t line = 0;  ///< 1-based; 0 when not known
  std::string_view rule{};

  friend constexpr bool operator==(const Claim&, const Claim&) = default;
};
BOOST_DESCRIBE_STRUCT(Claim, (), (mission, field, value, source, quote, line, rule))

/// True when `value` holds the alternative that `field` calls for.
[[nodiscard]] constexpr bool claim_value_fits(ClaimField field, const ClaimValue& value) noexcept {
  switch (field) {
    case ClaimField::period: return std::holds_alternative<ReportingPeriod>(value);
    case ClaimField::legal_basis: return std::holds_alternative<LegalBasis>(value);
    case ClaimField::mandate_end:
    case ClaimField::framework_end:
    case ClaimField::contribution_start:
    case ClaimField::contribution_end: return std::holds_alternative<EndDate>(value);
    case ClaimField::placeholder: return std::holds_alternative<std::string_view>(value);
    default: return std::holds_alternative<Headcount>(value);
  }
}

}  // namespace jvom
