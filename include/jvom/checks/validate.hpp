#pragma once

#include <array>
#include <cstddef>
#include <span>
#include <string>
#include <string_view>
#include <tuple>
#include <type_traits>
#include <vector>

#include "jvom/checks/run.hpp"
#include "jvom/config.hpp"
#include "jvom/error.hpp"

/// Compile-time validation of a dataset kept in a header:
///
///     static_assert(jvom::valid<my_report>());
///
/// fails the build on the first finding the dataset does not acknowledge, and the diagnostic names
/// its check and mission. Users' checks join in: `jvom::valid<my_report, jvom::default_config, my_check>()`
/// (each an object with static storage: `inline constexpr auto my_check = ...`).
namespace jvom {

namespace detail {

// Text held by value, so that it can be part of a template argument (GCC prints it as a string).
struct FixedText {
  static constexpr std::size_t capacity = 96;
  char text[capacity]{};

  constexpr FixedText() = default;
  constexpr explicit FixedText(std::string_view s) {
    const bool cut = s.size() >= capacity;
    const std::size_t n = cut ? capacity - 4 : s.size();
    for (std::size_t i = 0; i < n; ++i) text[i] = s[i];
    if (cut) text[n] = text[n + 1] = text[n + 2] = '.';
  }
};

// The first unacknowledged finding, as a structural value (usable as a template argument).
struct FirstUnacknowledged {
  FixedText check;
  FixedText mission;
  std::size_t count = 0;  // how many findings are unacknowledged
};

#if JVOM_CLANG
// Not constexpr: calling it fails the constant evaluation, and Clang prints the call's arguments, which
// point into string literals, as text: the check ID and the mission (workaround: clang_characters_as_numbers,
// config.hpp; GCC prints the static_assert's template argument below as text).
[[noreturn]] inline void report_unacknowledged(const char* check, const char* mission) {
  throw validation_error(std::string("unacknowledged finding ") + check + " for " + (mission ? mission : "the report"));
}
// The constexpr frame whose arguments Clang prints: `unacknowledged_finding(&"dates.mandate_expired"[0],
// &"UNIFIL"[0])`. The `if` keeps it a valid constexpr function.
constexpr void unacknowledged_finding(const char* check, const char* mission) {
  if (check) report_unacknowledged(check, mission);
}
#endif

// Counts `f` into `first`, keeping the first one's check and mission.
constexpr void count_unacknowledged(FirstUnacknowledged& first, std::string_view check, std::string_view mission) {
  if (first.count++ != 0) return;
  first.check = FixedText(check);
  first.mission = FixedText(mission);
#if JVOM_CLANG
  if (JVOM_IS_CONSTANT_EVALUATED()) unacknowledged_finding(check.data(), mission.data());
#endif
}

// What one check found on a dataset with `Acknowledgements` acknowledgements: its first unacknowledged
// finding and how many there are, and which acknowledgements its findings used. A literal value, so that
// each check's verdict is a constexpr variable: a constant evaluation of its own, with a step budget of
// its own.
template <std::size_t Acknowledgements>
struct Verdict {
  FirstUnacknowledged first;
  std::array<bool, Acknowledgements> used{};
};

template <std::size_t Acknowledgements, Check C>
constexpr Verdict<Acknowledgements> judge(const Report& report, std::span<const Mission> missions, const Config& config,
                                          const C& check) {
  std::vector<Finding> findings;
  SharedDerivations shared;
  (void)run_check(check, make_input(report, missions, config, shared), findings);
  const AcknowledgementIndex acknowledgements(report.acknowledgements);
  Verdict<Acknowledgements> verdict;
  for (Finding& f : findings) {
    if (const auto i = acknowledgements.acknowledge(f))
      verdict.used[*i] = true;
    else
      count_unacknowledged(verdict.first, f.check, f.mission);
  }
  return verdict;
}

// The missions of a dataset, joined once in an evaluation of their own.
template <const Report& Dataset>
inline constexpr auto joined_missions = join_missions<mission_count(Dataset)>(Dataset);

// One check's verdict on a dataset.
template <const Report& Dataset, const Config& Settings, const auto& Check>
inline constexpr auto verdict = judge<Dataset.acknowledgements.size()>(Dataset, joined_missions<Dataset>, Settings,
                                                                       Check);

// The catalog's checks as objects with static storage, to pass by reference as template arguments.
template <class C>
inline constexpr C catalog_check{};

// All the verdicts together: the first unacknowledged finding in catalog order, then the
// acknowledgements no check used.
template <const Report& Dataset, const Config& Settings, const auto&... Checks>
constexpr FirstUnacknowledged first_unacknowledged() {
  FirstUnacknowledged first;
  std::array<bool, Dataset.acknowledgements.size()> used{};
  const auto take = [&](const auto& v) {
    for (std::size_t i = 0; i < used.size(); ++i) used[i] = used[i] || v.used[i];
    if (v.first.count == 0) return;
    if (first.count == 0)
      first = v.first;
    else
      first.count += v.first.count;
  };
  (take(verdict<Dataset, Settings, Checks>), ...);
  for (std::size_t i = 0; i < used.size(); ++i)
    if (!used[i]) count_unacknowledged(first, unused_acknowledgement_check, Dataset.acknowledgements[i].mission);
  return first;
}

template <const Report& Dataset, const Config& Settings, class Catalog>
struct WithCatalog;
template <const Report& Dataset, const Config& Settings, class... CatalogChecks>
struct WithCatalog<Dataset, Settings, std::tuple<CatalogChecks...>> {
  template <const auto&... Extra>
  static constexpr FirstUnacknowledged first_unacknowledged() {
    return detail::first_unacknowledged<Dataset, Settings, catalog_check<CatalogChecks>..., Extra...>();
  }
};

template <FirstUnacknowledged First>
constexpr bool no_unacknowledged_findings() {
  static_assert(First.count == 0,
                "jvom::valid: the dataset has a finding it does not acknowledge; its check ID and mission are in "
                "the template argument First above");
  return First.count == 0;
}

}  // namespace detail

/// True when `Dataset` has no finding it does not acknowledge, and no acknowledgement that matches
/// nothing; at compile time, a build failure that names the first such finding's check and mission (with
/// GCC and with Clang). Each check runs in a constant evaluation of its own (as does joining the annexes),
/// so the compilers' step limits apply per check (`tests/scale/` validates a large dataset within the defaults).
template <const Report& Dataset, const Config& Settings = default_config, const auto&... Extra>
[[nodiscard]] constexpr bool valid() {
  constexpr detail::FirstUnacknowledged first =
      detail::WithCatalog<Dataset, Settings,
                          std::remove_cvref_t<decltype(catalog)>>::template first_unacknowledged<Extra...>();
  return detail::no_unacknowledged_findings<first>();
}

}  // namespace jvom
