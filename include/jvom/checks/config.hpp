#pragma once

#include <boost/describe/class.hpp>
#include <chrono>
#include <cstddef>
#include <optional>

/// The parameters of the catalog's checks, with their documented defaults.
namespace jvom {

struct Config {
  /// Shortest tour of military personnel, in months. Military deployed beyond their cap x (period months /
  /// this) is more than rotations can explain (personnel.rotation_exceeded). The report (footnote 4): tours
  /// last 3 to 12 months. 0 turns the military part of the check off.
  unsigned min_tour_months = 3;

  /// Shortest tour of civil and police staff, in months, against the civil/police cap alike. The report
  /// (footnote 4): civilian staff usually serve at least a year. 0 turns the civil/police part off.
  unsigned min_civil_tour_months = 12;

  /// Names of an unmatched annex 1 row and an unmatched annex 2 row at most this many edits apart
  /// (insertions, deletions, substitutions, swaps of neighbours; case ignored) are reported as almost
  /// the same (crossannex.similar_names). 1 or 2 (more counts as 2); 0 turns the edit-distance part off. Names where
  /// one is the other followed by a dash or a word ("EMASoH-AGENOR", "EMASOH") are reported whatever this is.
  /// A pair with a name longer than `max_two_edit_name_length` is at most 1 edit apart: see there.
  unsigned max_name_edits = 1;

  /// Names shorter than this are never paired as similar: two three-letter acronyms one letter apart
  /// are more often different missions than typos.
  unsigned min_similar_name_length = 3;

  /// A mandate or framework end in a year more than this many years before the reporting period's first
  /// year is not what the table means (dates.implausible): a current mandate that ended a decade before
  /// the period is a typing error, or a row left from an old report.
  unsigned max_years_before_period = 10;

  /// A mandate or framework end in a year more than this many years after the period's last year is not
  /// what the table means (dates.implausible): "30 juni 2208" for 2028. Frameworks run a few years, the
  /// 2025 report's longest three years past the period.
  unsigned max_years_after_period = 10;

  /// When annex 2's sums disagree, the corrections of fewest cells that make them all hold are named, each
  /// a finding (totals.suspect_cells), when there are at most this many; more, and only their number is
  /// given: the data then do not point at cells. A real report's whole column (about 20 rows) is named.
  unsigned max_named_corrections = 24;

  /// The day against which mandates and frameworks count as ended. Default: the last day of the
  /// reporting period.
  std::optional<std::chrono::year_month_day> reference_date{};
};
BOOST_DESCRIBE_STRUCT(Config, (), (min_tour_months, min_civil_tour_months, max_name_edits, min_similar_name_length,
                                    max_years_before_period, max_years_after_period, max_named_corrections,
                                    reference_date))

/// Names (their keys, see `mission_key`) of more characters than this pair at 1 edit at most, even when
/// `max_name_edits` is 2. Finding pairs two edits apart hashes each name with every two of its characters
/// left out, L(L - 1) / 2 variants for L characters: 2,016 for a name of 64, over twice the 2025 report's
/// longest (28); but two billion for a name of 64 KB, the longest a CSV cell can be.
inline constexpr std::size_t max_two_edit_name_length = 64;

/// The defaults, as an object with static storage (usable as a template argument).
inline constexpr Config default_config{};

}  // namespace jvom
