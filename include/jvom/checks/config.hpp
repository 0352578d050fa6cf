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

  /// The day against which mandates and frameworks count as ended. Default: the last day of the
  /// reporting period.
  std::optional<std::chrono::year_month_day> reference_date{};
};
BOOST_DESCRIBE_STRUCT(Config, (), (min_tour_months, min_civil_tour_months, max_name_edits, min_similar_name_length,
                                    reference_date))

/// Names (their keys, see `mission_key`) of more characters than this pair at 1 edit at most, even when
/// `max_name_edits` is 2. Finding pairs two edits apart hashes each name with every two of its characters
/// left out, L(L - 1) / 2 variants for L characters: 2,016 for a name of 64, over twice the 2025 report's
/// longest (28); but two billion for a name of 64 KB, the longest a CSV cell can be.
inline constexpr std::size_t max_two_edit_name_length = 64;

/// The defaults, as an object with static storage (usable as a template argument).
inline constexpr Config default_config{};

}  // namespace jvom
