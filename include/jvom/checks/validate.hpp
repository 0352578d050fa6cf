#pragma once

#include <array>
#include <cstddef>
#include <cstdint>
#include <span>
#include <string_view>
#include <tuple>
#include <type_traits>
#include <utility>
#include <vector>

#include "jvom/checks/finding.hpp"
#include "jvom/checks/run.hpp"
#include "jvom/config.hpp"

/// Compile-time validation of a dataset kept in a header:
///
///     static_assert(jvom::valid<my_report>());
///
/// fails the build while the dataset has a finding it does not acknowledge; the first error line names the
/// findings, up to eight, by check, mission and row. Users' checks join in: `jvom::valid<my_report,
/// jvom::default_config, my_check>()` (each an object with static storage: `inline constexpr auto my_check`).
namespace jvom {

/// The type a failed validation names (never defined): its template arguments are the failure in words,
/// the unacknowledged findings' check, mission and row, so that the first error line says them. GCC prints
/// a text argument as text: `jvom::unacknowledged<jvom::detail::Unacknowledged::Words{"dates.mandate_expired UNIFIL
/// (annex 1 row 1)"}>`; Clang prints its characters as numbers but a pack of characters as characters:
/// `jvom::unacknowledged<'d', 'a', 't', 'e', 's', ...>` (workaround: clang_characters_as_numbers, config.hpp).
#if JVOM_CLANG
template <char... Text>
struct unacknowledged;
#else
template <auto Text>
struct unacknowledged;
#endif

namespace detail {

// Text held by value, so that it can be a template argument (no size member: the compilers would print it).
// Text that does not fit ends in "...".
template <std::size_t Capacity>
struct FixedText {
  static constexpr std::size_t capacity = Capacity;
  char text[Capacity]{};

  [[nodiscard]] constexpr std::size_t size() const {
    std::size_t n = 0;
    while (n < Capacity && text[n] != '\0') ++n;
    return n;
  }
  constexpr FixedText& append(std::string_view s) {
    std::size_t n = size();
    for (const char c : s) {
      if (n + 1 == Capacity) {
        for (std::size_t i = n - 3; i < n; ++i) text[i] = '.';
        break;
      }
      text[n++] = c;
    }
    return *this;
  }
  constexpr FixedText& append(std::uint64_t number) {
    char digits[20]{};
    std::size_t n = 0;
    do digits[n++] = static_cast<char>('0' + number % 10);
    while ((number /= 10) != 0);
    while (n != 0) append(std::string_view(&digits[--n], 1));
    return *this;
  }
};

// One finding in words: "dates.mandate_expired UNIFIL (annex 1 row 1)".
using FindingWords = FixedText<160>;

// Where a finding points, for a person to look: its first value that comes from a row ("annex 1 row 3"), in
// the words findings use (source_words).
constexpr void append_where(FindingWords& out, const Finding& f) {
  for (std::size_t i = 0; i < f.evidence_count; ++i) {
    const Source& s = f.evidence[i].source;
    const bool numbered = numbered_source(s.kind) && s.row != 0;
    if (!numbered && s.kind != SourceKind::totals && s.kind != SourceKind::narrative) continue;
    out.append(" (").append(source_words(s.kind));
    if (numbered) out.append(" ").append(std::uint64_t{s.row});
    if (s.kind == SourceKind::narrative) out.append(" ").append(s.section);
    out.append(")");
    return;
  }
}

// The findings a dataset does not acknowledge: how many, and the first few in words, in catalog order.
struct Unacknowledged {
  static constexpr std::size_t named_at_most = 8;
  std::array<FindingWords, named_at_most> named{};
  std::size_t count = 0;

  constexpr void add(const Finding& f) {
    if (count < named_at_most) {
      FindingWords& out = named[count];
      out.append(f.check).append(" ").append(f.mission.empty() ? std::string_view("the report") : f.mission);
      append_where(out, f);
    }
    ++count;
  }
  constexpr void add(const Unacknowledged& other) {
    for (std::size_t i = 0; i < other.count && count + i < named_at_most; ++i) named[count + i] = other.named[i];
    count += other.count;
  }
  // Room for the findings named, each with its "; ", and for their number and "; and N more".
  using Words = FixedText<named_at_most * (FindingWords::capacity + 2) + 80>;

  // "dates.mandate_expired UNIFIL (annex 1 row 1)"; with more, how many first, and up to eight named.
  [[nodiscard]] constexpr Words in_words() const {
    Words out;
    if (count > 1) out.append(std::uint64_t{count}).append(" findings: ");
    for (std::size_t i = 0; i < count && i < named_at_most; ++i)
      out.append(i == 0 ? "" : "; ").append(std::string_view(named[i].text, named[i].size()));
    if (count > named_at_most) out.append("; and ").append(std::uint64_t{count - named_at_most}).append(" more");
    return out;
  }
};

// What one check found on a dataset with `Acknowledgements` acknowledgements: its unacknowledged
// findings, and which acknowledgements its findings used. A literal value, so that each check's verdict is
// a constexpr variable: a constant evaluation of its own, with a step budget of its own.
template <std::size_t Acknowledgements>
struct Verdict {
  Unacknowledged unacknowledged;
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
      verdict.unacknowledged.add(f);
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

// All the verdicts together: the unacknowledged findings in catalog order, then the acknowledgements no
// check used.
template <const Report& Dataset, const Config& Settings, const auto&... Checks>
constexpr Unacknowledged collect_unacknowledged() {
  Unacknowledged all;
  std::array<bool, Dataset.acknowledgements.size()> used{};
  const auto take = [&](const auto& v) {
    for (std::size_t i = 0; i < used.size(); ++i) used[i] = used[i] || v.used[i];
    all.add(v.unacknowledged);
  };
  (take(verdict<Dataset, Settings, Checks>), ...);
  if constexpr (!used.empty()) {
    const AcknowledgementIndex index(Dataset.acknowledgements);
    for (std::size_t i = 0; i < used.size(); ++i)
      if (!used[i]) {
        Finding unused = index.unused(i);
        unused.check = unused_acknowledgement_check;
        all.add(unused);
      }
  }
  return all;
}

template <const Report& Dataset, const Config& Settings, class Catalog>
struct WithCatalog;
template <const Report& Dataset, const Config& Settings, class... CatalogChecks>
struct WithCatalog<Dataset, Settings, std::tuple<CatalogChecks...>> {
  template <const auto&... Extra>
  static constexpr Unacknowledged collect_unacknowledged() {
    return detail::collect_unacknowledged<Dataset, Settings, catalog_check<CatalogChecks>..., Extra...>();
  }
};

#if JVOM_CLANG
// The failure in words as a pack of characters (workaround: clang_characters_as_numbers).
template <auto Text, std::size_t... I>
constexpr jvom::unacknowledged<Text.text[I]...>* spelled(std::index_sequence<I...>) {
  return nullptr;
}
template <auto Text>
using spelled_failure = std::remove_pointer_t<decltype(spelled<Text>(std::make_index_sequence<Text.size()>{}))>;
#endif

}  // namespace detail

/// True when `Dataset` has no finding it does not acknowledge, and no acknowledgement that matches
/// nothing; at compile time, a build failure whose first error line names such findings, up to eight, each
/// by check, mission and row (with GCC and with Clang). Each check runs in a constant evaluation of its own
/// (as does joining the annexes), so the compilers' step limits apply per check (`tests/scale/` validates a
/// large dataset within the defaults).
template <const Report& Dataset, const Config& Settings = default_config, const auto&... Extra>
[[nodiscard]] constexpr bool valid() {
  constexpr detail::Unacknowledged found =
      detail::WithCatalog<Dataset, Settings,
                          std::remove_cvref_t<decltype(catalog)>>::template collect_unacknowledged<Extra...>();
  if constexpr (found.count == 0) {
    return true;
  } else {
    constexpr auto in_words = found.in_words();
#if JVOM_CLANG
    return detail::spelled_failure<in_words>::dataset_is_valid;
#else
    return unacknowledged<in_words>::dataset_is_valid;
#endif
  }
}

}  // namespace jvom
