#pragma once

#include <boost/describe/enumerators.hpp>
#include <array>
#include <boost/mp11/algorithm.hpp>
#include <chrono>
#include <cstddef>
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <variant>

#include "jvom/acknowledgement.hpp"
#include "jvom/annex.hpp"
#include "jvom/claim.hpp"
#include "jvom/describe.hpp"
#include "jvom/ext/nfc.hpp"
#include "jvom/owned_report.hpp"
#include "jvom/parsed.hpp"
#include "jvom/text/count.hpp"
#include "jvom/text/date.hpp"
#include "jvom/text/format.hpp"
#include "jvom/text/legal_basis.hpp"
#include "jvom/text/period.hpp"
#include "jvom/text/region.hpp"
#include "jvom/text/un_date.hpp"
#include "jvom/un_count.hpp"

/// One cell as text, read into a value type and written back: the overload set the generic row reader
/// and writer dispatch to by member type. Adding a row type with these member types needs no new code.
namespace jvom::io::cells {

/// Why a cell could not be read.
struct CellError {
  std::string expected;
  std::string_view found;
  std::size_t offset = 0;  ///< where `found` starts in the cell, in bytes
};

template <class T>
using CellResult = std::variant<T, CellError>;

/// What reading a cell may need beyond its text: the region of the row above (an empty region cell
/// continues it), and a way to keep text that outlives the file (views into the dataset's arena).
struct ReadContext {
  const Region* region_above = nullptr;
  std::function<std::string_view(std::string_view)> keep;
};

/// Keeps `text` in `report` in NFC (see ext/nfc.hpp): what every reader of files keeps its text with, so
/// that one name has one spelling whatever form the file had it in.
inline std::string_view keep_nfc(OwnedReport& report, std::string_view text) {
  return ext::plainly_nfc(text) ? report.keep(text) : report.keep(ext::to_nfc(text));
}

template <class T>
struct Tag {};

inline CellError from(const ParseError& e) { return {std::string(e.expected_text()), e.found, e.offset}; }

template <class T>
CellResult<T> from(const Parsed<T>& parsed) {
  if (parsed) return *parsed;
  return from(parsed.error());
}

// Text: names, sections, reasons. Trimmed; may be empty (the row type decides whether that is allowed).
template <class Row>
CellResult<std::string_view> read(std::string_view cell, Tag<std::string_view>, const Row&, const ReadContext& ctx) {
  return ctx.keep(ext::trim(cell));
}

// A region heading; empty continues the region above.
template <class Row>
CellResult<Region> read(std::string_view cell, Tag<Region>, const Row&, const ReadContext& ctx) {
  if (ext::trim(cell).empty()) {
    if (ctx.region_above != nullptr) return *ctx.region_above;
    return CellError{"a region name (the first row has no region above it to continue)", cell, 0};
  }
  return from(text::parse_region(ctx.keep(cell), ctx.region_above));
}

// Only the kinds that hold text keep it: most bases are resolution numbers or a treaty, nothing to copy.
template <class Row>
CellResult<LegalBasis> read(std::string_view cell, Tag<LegalBasis>, const Row&, const ReadContext& ctx) {
  const auto parsed = text::parse_legal_basis(cell);
  if (!parsed) return from(parsed.error());
  switch (parsed->kind()) {
    case LegalBasisKind::agreement: return LegalBasis::agreement(ctx.keep(parsed->text()), ctx.keep(parsed->wording()));
    case LegalBasisKind::other: return LegalBasis::other(ctx.keep(parsed->text()));
    default: return *parsed;
  }
}

template <class Row>
CellResult<EndDate> read(std::string_view cell, Tag<EndDate>, const Row&, const ReadContext&) {
  return from(text::parse_end_date(cell));
}

template <class Row>
CellResult<Headcount> read(std::string_view cell, Tag<Headcount>, const Row&, const ReadContext&) {
  return from(text::parse_count_cell(cell));
}

template <class Row>
CellResult<std::optional<Headcount>> read(std::string_view cell, Tag<std::optional<Headcount>>, const Row&,
                                          const ReadContext&) {
  return from(text::parse_cap_cell(cell));
}

template <class Row>
CellResult<ClaimField> read(std::string_view cell, Tag<ClaimField>, const Row&, const ReadContext&) {
  if (const auto field = enum_from_name<ClaimField>(ext::trim(cell))) return *field;
  std::string names;
  boost::mp11::mp_for_each<boost::describe::describe_enumerators<ClaimField>>(
      [&](auto e) { names.append(names.empty() ? "" : ", ").append(e.name); });
  return CellError{"a claim field: " + names, ext::trim(cell), 0};
}

/// The UN's names of its personnel types, as its files print them, in `UnPersonnelType`'s order.
inline constexpr std::array<std::string_view, 5> un_personnel_type_names{
    "Troops", "Staff Officer", "Experts on Mission", "Individual Police", "Formed Police Units"};

// A personnel type of the UN's files, by the UN's name (case ignored).
template <class Row>
CellResult<UnPersonnelType> read(std::string_view cell, Tag<UnPersonnelType>, const Row&, const ReadContext&) {
  const std::string_view name = ext::trim(cell);
  for (std::size_t i = 0; i < un_personnel_type_names.size(); ++i)
    if (ext::iequals(name, un_personnel_type_names[i])) return static_cast<UnPersonnelType>(i);
  std::string names;
  for (const std::string_view n : un_personnel_type_names) names.append(names.empty() ? "" : ", ").append(n);
  return CellError{"a UN personnel type: " + names, name, 0};
}

// A day of the UN's files: 30/11/2020, 30-Nov-20, 2020-11-30.
template <class Row>
CellResult<std::chrono::year_month_day> read(std::string_view cell, Tag<std::chrono::year_month_day>, const Row&,
                                             const ReadContext&) {
  if (const auto day = text::parse_un_date(cell)) return *day;
  return CellError{std::string(text::un_date_forms), ext::trim(cell), 0};
}

// A claim's value, read as its field (declared before it, so already read) says.
inline CellResult<ClaimValue> read(std::string_view cell, Tag<ClaimValue>, const Claim& row, const ReadContext& ctx) {
  switch (row.field) {
    case ClaimField::period: {
      const auto p = text::parse_period(cell);
      if (!p) return from(p.error());
      return ClaimValue{*p};
    }
    case ClaimField::legal_basis: {
      auto basis = read(cell, Tag<LegalBasis>{}, row, ctx);
      if (auto* e = std::get_if<CellError>(&basis)) return *e;
      return ClaimValue{std::get<LegalBasis>(basis)};
    }
    case ClaimField::mandate_end:
    case ClaimField::framework_end:
    case ClaimField::contribution_start:
    case ClaimField::contribution_end: {
      const auto end = text::parse_end_date(cell);
      if (!end) return from(end.error());
      return ClaimValue{*end};
    }
    case ClaimField::placeholder: return ClaimValue{ctx.keep(ext::trim(cell))};
    default: {
      const auto n = text::parse_count(cell);
      if (!n) return from(n.error());
      return ClaimValue{*n};
    }
  }
}

// Writing: each value as the report prints it, so that reading it back gives the same value.
inline std::string write(std::string_view text) { return std::string(text); }
inline std::string write(const LegalBasis& basis) { return text::format_legal_basis(basis); }
inline std::string write(const EndDate& end) { return text::format_end_date(end); }
inline std::string write(Headcount n) { return text::format_count(n); }
// A cap: "-" for no framework, blank for 0, as the tables print them.
inline std::string write(const std::optional<Headcount>& cap) {
  if (!cap) return "-";
  return *cap == 0 ? std::string{} : text::format_count(*cap);
}
inline std::string write(ClaimField field) { return std::string(enum_name(field)); }
inline std::string write(const ClaimValue& value) {
  return std::visit(
      [](const auto& v) -> std::string {
        using V = std::remove_cvref_t<decltype(v)>;
        if constexpr (std::is_same_v<V, ReportingPeriod>)
          return text::format_period(v);
        else
          return write(v);
      },
      value);
}
inline std::string write(const Region& region) { return text::format_region(region); }
inline std::string write(UnPersonnelType type) { return std::string(un_personnel_type_names[static_cast<std::size_t>(type)]); }
inline std::string write(const std::chrono::year_month_day& day) { return text::format_un_date(day); }

}  // namespace jvom::io::cells
