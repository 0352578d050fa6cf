#pragma once

#include <boost/describe/members.hpp>
#include <boost/mp11/algorithm.hpp>
#include <chrono>
#include <cstdio>
#include <optional>
#include <ostream>
#include <span>
#include <string>
#include <string_view>
#include <type_traits>
#include <variant>

#include "jvom/describe.hpp"
#include "jvom/io/cells.hpp"
#include "jvom/report.hpp"

/// A report written as a dataset header: constexpr rows whose values are read from their printed text at
/// compile time (`jvom::as_printed`), its acknowledgements, and a `static_assert(jvom::valid<report>())` that
/// fails the build, naming the finding, when a finding is not acknowledged.
namespace jvom::io {

namespace detail::header {

// A C++ string literal of `text`: UTF-8 as it is, quotes, backslashes and control characters escaped.
inline std::string literal(std::string_view text) {
  std::string out = "\"";
  for (const char c : text) {
    if (c == '"' || c == '\\') {
      out += '\\';
      out += c;
    } else if (static_cast<unsigned char>(c) < 0x20) {
      char buffer[8];
      std::snprintf(buffer, sizeof buffer, "\\%03o", static_cast<unsigned char>(c));
      out += buffer;
    } else {
      out += c;
    }
  }
  return out + "\"";
}

inline std::string value(std::string_view text) { return literal(text); }
inline std::string value(const Region& r) { return "{" + literal(r.name) + ", " + literal(r.subgroup) + "}"; }
inline std::string value(const LegalBasis& b) { return "printed::legal_basis(" + literal(cells::write(b)) + ")"; }
inline std::string value(const EndDate& e) { return "printed::end(" + literal(cells::write(e)) + ")"; }
inline std::string value(Headcount n) { return std::to_string(n); }
inline std::string value(const std::optional<Headcount>& cap) { return "printed::cap(" + literal(cells::write(cap)) + ")"; }
inline std::string value(ClaimField f) { return "jvom::ClaimField::" + std::string(enum_name(f)); }
inline std::string value(UnPersonnelType t) { return "jvom::UnPersonnelType::" + std::string(enum_name(t)); }
inline std::string value(const std::chrono::year_month_day& d) {
  return "std::chrono::year_month_day{std::chrono::year{" + std::to_string(static_cast<int>(d.year())) +
         "}, std::chrono::month{" + std::to_string(static_cast<unsigned>(d.month())) + "}, std::chrono::day{" +
         std::to_string(static_cast<unsigned>(d.day())) + "}}";
}
inline std::string value(const ReportingPeriod& p) { return "printed::period(" + literal(text::format_period(p)) + ")"; }
inline std::string value(const ClaimValue& v) {
  return std::visit(
      [](const auto& x) -> std::string {
        using X = std::remove_cvref_t<decltype(x)>;
        if constexpr (std::is_same_v<X, Headcount>)
          return "jvom::Headcount{" + std::to_string(x) + "}";
        else if constexpr (std::is_same_v<X, std::string_view>)
          return "std::string_view{" + literal(x) + "}";
        else
          return value(x);
      },
      v);
}

// One row as an aggregate initialiser, its members in declaration order.
template <class Row>
std::string row(const Row& r) {
  std::string out = "{";
  bool first = true;
  boost::mp11::mp_for_each<boost::describe::describe_members<Row, boost::describe::mod_public>>([&](auto D) {
    out += first ? "" : ", ";
    first = false;
    out += value(r.*D.pointer);
  });
  return out + "}";
}

template <class Row>
void array(std::ostream& os, std::string_view type, std::string_view name, std::span<const Row> rows) {
  os << "inline constexpr std::array<" << type << ", " << rows.size() << "> " << name << "{{\n";
  for (const Row& r : rows) os << "    " << row(r) << ",\n";
  os << "}};\n\n";
}

}  // namespace detail::header

/// Writes `report` as a header defining, in namespace `name`, `title`, `annex1`, `annex2`,
/// `printed_totals`, `claims`, `acknowledgements`, `un_counts` (when there are any) and `report`, validated
/// by `static_assert`.
inline void write_dataset_header(std::ostream& os, const Report& report, std::string_view name) {
  namespace h = detail::header;
  os << "#pragma once\n\n"
        "// Written by jvom-check --export-header: the report as a constexpr dataset. Every value is read from\n"
        "// its printed text at compile time; the static_assert below fails the build, naming the check and the\n"
        "// mission, while a finding is not acknowledged.\n\n"
        "#include <array>\n#include <optional>\n#include <string_view>\n\n#include <jvom/jvom.hpp>\n\n"
     << "namespace " << name << " {\n\nnamespace printed = jvom::as_printed;\n\n"
     << "inline constexpr std::string_view title = " << h::literal(report.title) << ";\n\n";
  h::array(os, "jvom::MandateRow", "annex1", report.annex1);
  h::array(os, "jvom::PersonnelRow", "annex2", report.annex2);
  os << "inline constexpr std::optional<jvom::PersonnelRow> printed_totals = "
     << (report.printed_totals ? "jvom::PersonnelRow" + h::row(*report.printed_totals) : std::string("std::nullopt"))
     << ";\n\n";
  h::array(os, "jvom::Claim", "claims", report.claims);
  h::array(os, "jvom::Acknowledgement", "acknowledgements", report.acknowledgements);
  if (!report.un_counts.empty()) h::array(os, "jvom::UnCount", "un_counts", report.un_counts);
  os << "inline constexpr jvom::Report report{\n    .title = title,\n";
  if (report.period) os << "    .period = " << h::value(*report.period) << ",\n";
  os << "    .annex1 = annex1,\n    .annex2 = annex2,\n    .printed_totals = printed_totals,\n"
        "    .claims = claims,\n    .acknowledgements = acknowledgements,\n"
     << (report.un_counts.empty() ? "" : "    .un_counts = un_counts,\n")
     << "};\n\n"
        "static_assert(jvom::valid<report>());\n\n}  // namespace "
     << name << "\n";
}

}  // namespace jvom::io
