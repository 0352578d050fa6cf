#pragma once

#include <boost/describe/class.hpp>

#include "jvom/end_date.hpp"
#include "jvom/legal_basis.hpp"

namespace jvom {

/// The international mandate a mission operates under: its legal basis and when it ends (annex 1).
struct Mandate {
  LegalBasis legal_basis{};
  EndDate end{};

  friend constexpr bool operator==(const Mandate&, const Mandate&) = default;
};
BOOST_DESCRIBE_STRUCT(Mandate, (), (legal_basis, end))

}  // namespace jvom
