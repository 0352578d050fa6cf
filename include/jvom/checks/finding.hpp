#pragma once

#include <array>
#include <boost/describe/class.hpp>
#include <boost/describe/enum.hpp>
#include <cstddef>
#include <cstdint>
#include <string_view>
#include <variant>

#include "jvom/claim.hpp"
#include "jvom/end_date.hpp"
#include "jvom/headcount.hpp"
#include "jvom/legal_basis.hpp"
#include "jvom/ratio.hpp"
#include "jvom/reporting_period.hpp"

/// What a check reports: a finding, with the values that disagree and where each comes from.
namespace jvom {

/// How serious a finding is. Ordered: info < warning < error.
enum class Severity : std::uint8_t { info, warning, error };
BOOST_DESCRIBE_ENUM(Severity, info, warning, error)

/// Where a value comes from.
enum class SourceKind : std::uint8_t {
  none,
  annex1,           ///< a row of annex 1
  annex2,           ///< a row of annex 2
  totals,           ///< annex 2's printed "Totaal" row
  narrative,        ///< a claim in the narrative, by section
  computed,         ///< added up from rows
  period,           ///< the reporting period
  config,           ///< a check's configuration
  acknowledgement,  ///< the dataset's acknowledgements, by row
  un,               ///< the UN's monthly figures (`Report::un_counts`), by row
};
BOOST_DESCRIBE_ENUM(SourceKind, none, annex1, annex2, totals, narrative, computed, period, config, acknowledgement, un)

struct Source {
  SourceKind kind = SourceKind::none;
  std::uint32_t row = 0;       ///< 1-based row, for annex1, annex2, acknowledgement and un; for narrative the document's line (0: unknown)
  std::string_view section{};  ///< the section, for narrative ("2.3.1")
  std::string_view quote{};    ///< for narrative, the sentence the claim comes from, when it is known

  [[nodiscard]] static constexpr Source annex1_row(std::uint32_t row) noexcept { return {SourceKind::annex1, row, {}, {}}; }
  [[nodiscard]] static constexpr Source annex2_row(std::uint32_t row) noexcept { return {SourceKind::annex2, row, {}, {}}; }
  [[nodiscard]] static constexpr Source totals_row() noexcept { return {SourceKind::totals, 0, {}, {}}; }
  [[nodiscard]] static constexpr Source narrative(std::string_view section) noexcept {
    return {SourceKind::narrative, 0, section, {}};
  }
  /// Where `claim` was read: its section, and its line and sentence when it was extracted from a document.
  [[nodiscard]] static constexpr Source narrative(const Claim& claim) noexcept {
    return {SourceKind::narrative, claim.line, claim.source, claim.quote};
  }
  [[nodiscard]] static constexpr Source computed() noexcept { return {SourceKind::computed, 0, {}, {}}; }
  [[nodiscard]] static constexpr Source reporting_period() noexcept { return {SourceKind::period, 0, {}, {}}; }
  [[nodiscard]] static constexpr Source configuration() noexcept { return {SourceKind::config, 0, {}, {}}; }
  [[nodiscard]] static constexpr Source acknowledgement_row(std::uint32_t row) noexcept {
    return {SourceKind::acknowledgement, row, {}, {}};
  }
  [[nodiscard]] static constexpr Source un_row(std::uint32_t row) noexcept { return {SourceKind::un, row, {}, {}}; }

  friend constexpr bool operator==(const Source&, const Source&) = default;
};
BOOST_DESCRIBE_STRUCT(Source, (), (kind, row, section, quote))

/// What a kind of source is called, in English ("annex 1 row"; jvom/text/catalog.hpp has the Dutch): a row
/// number follows it where `numbered_source` says so, a section for the narrative.
[[nodiscard]] constexpr std::string_view source_words(SourceKind kind) noexcept {
  switch (kind) {
    case SourceKind::annex1: return "annex 1 row";
    case SourceKind::annex2: return "annex 2 row";
    case SourceKind::totals: return "annex 2 Totaal row";
    case SourceKind::narrative: return "narrative";
    case SourceKind::computed: return "computed";
    case SourceKind::period: return "reporting period";
    case SourceKind::config: return "configuration";
    case SourceKind::acknowledgement: return "acknowledgement";
    case SourceKind::un: return "Dutch UN figures row";
    case SourceKind::none: break;
  }
  return "unknown source";
}

/// True for the kinds of source that count rows: the annexes, the acknowledgements, the UN figures.
[[nodiscard]] constexpr bool numbered_source(SourceKind kind) noexcept {
  return kind == SourceKind::annex1 || kind == SourceKind::annex2 || kind == SourceKind::acknowledgement ||
         kind == SourceKind::un;
}

/// A number of people in a finding: 64 bits, so that sums over any number of rows fit.
struct Count {
  std::uint64_t value = 0;
  friend constexpr bool operator==(const Count&, const Count&) = default;
};
BOOST_DESCRIBE_STRUCT(Count, (), (value))

/// A signed difference in a finding: printed minus computed.
struct Difference {
  std::int64_t value = 0;
  friend constexpr bool operator==(const Difference&, const Difference&) = default;
};
BOOST_DESCRIBE_STRUCT(Difference, (), (value))

/// A value in a finding: a count, a difference, an end, a date, a legal basis, a period, a ratio, or
/// a name.
using FindingValue = std::variant<std::monostate, Count, Difference, EndDate, std::chrono::year_month_day, LegalBasis,
                                  ReportingPeriod, Ratio, std::string_view>;

/// One value of a finding, what it is ("printed total") and where it comes from.
struct Evidence {
  std::string_view label{};
  FindingValue value{};
  Source source{};

  friend constexpr bool operator==(const Evidence&, const Evidence&) = default;
};
BOOST_DESCRIBE_STRUCT(Evidence, (), (label, value, source))

/// A finding: which check raised it, how serious, which mission(s), what is wrong, and the evidence
/// (up to four values with their sources). Totals findings carry the imbalance, printed minus computed.
struct Finding {
  static constexpr std::size_t max_evidence = 4;

  std::string_view check{};  ///< the check's stable ID: "totals.column_sum"
  Severity severity = Severity::error;
  std::string_view mission{};        ///< as printed; empty for the report as a whole
  std::string_view other_mission{};  ///< a second mission the finding pairs with (similar names), or empty
  std::string_view what{};           ///< one line on what is wrong: "printed total differs from the rows"
  std::array<Evidence, max_evidence> evidence{};
  std::size_t evidence_count = 0;
  std::int64_t imbalance = 0;  ///< printed minus computed, for totals findings; else 0
  bool acknowledged = false;
  std::string_view reason{};  ///< the acknowledgement's reason, when acknowledged

  /// Adds a value with its label and source (at most max_evidence; more is a programming error).
  constexpr Finding& with(std::string_view label, FindingValue value, Source source) {
    if (evidence_count == max_evidence) detail::fail("Finding::with: a finding holds at most four values");
    evidence[evidence_count++] = {label, value, source};
    return *this;
  }
  /// Records printed minus computed and adds it as evidence.
  constexpr Finding& with_imbalance(std::int64_t printed_minus_computed) {
    imbalance = printed_minus_computed;
    return with("imbalance", Difference{printed_minus_computed}, Source::computed());
  }

  friend constexpr bool operator==(const Finding&, const Finding&) = default;
};
BOOST_DESCRIBE_STRUCT(Finding, (),
                      (check, severity, mission, other_mission, what, evidence, evidence_count, imbalance, acknowledged,
                       reason))

/// A finding about `mission` (empty: the report): what is wrong, in one line.
[[nodiscard]] constexpr Finding finding(std::string_view mission, std::string_view what) noexcept {
  Finding f;
  f.mission = mission;
  f.what = what;
  return f;
}

}  // namespace jvom
