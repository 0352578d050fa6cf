#pragma once

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <string_view>
#include <utility>
#include <vector>

#include "jvom/checks/check.hpp"
#include "jvom/detail/hashed_index.hpp"
#include "jvom/detail/scratch.hpp"
#include "jvom/mission_key.hpp"
#include "jvom/text/similarity.hpp"

/// Cross-annex: missions one annex lists and the other does not, names that are almost the same,
/// a mission under two regions, a mission listed twice.
namespace jvom::checks {

namespace detail {

// The case-folded hash of `s` without the characters at `skip` and `skip_too` (npos: none); with nothing
// skipped it equals mission_hash of a key.
constexpr std::uint64_t hash_without(std::string_view s, std::size_t skip,
                                     std::size_t skip_too = std::string_view::npos) noexcept {
  std::uint64_t h = jvom::detail::fnv_offset;
  for (std::size_t i = 0; i < s.size(); ++i)
    if (i != skip && i != skip_too) h = jvom::detail::fnv_add(h, static_cast<unsigned char>(text::to_lower(s[i])));
  return h;
}

/// A pair of missions, one listed only in annex 1 and one only in annex 2, whose names are almost the
/// same: probably one mission spelt two ways.
struct SimilarPair {
  std::size_t annex1_only = 0;  ///< index into the missions
  std::size_t annex2_only = 0;
  bool prefix = false;  ///< one name is the other's first word ("EMASoH-AGENOR", "EMASOH")
  std::size_t edits = 0;
};

constexpr bool is_similar(std::string_view a, std::string_view b, const Config& config, SimilarPair& pair) {
  if (text::iequals(text::name_head(a), b) || text::iequals(a, text::name_head(b))) {
    pair.prefix = true;
    return true;
  }
  if (config.max_name_edits == 0 || std::min(a.size(), b.size()) < config.min_similar_name_length) return false;
  const std::size_t limit = std::min(config.max_name_edits, 2u);
  pair.edits = text::edit_distance(a, b, limit);
  return pair.edits <= limit;
}

/// The similar pairs among missions listed in one annex only, without comparing every pair (symmetric
/// deletion): each name's key, its first word, and every variant of the key with up to `max_name_edits`
/// characters deleted is hashed; names that share a hash are candidates, then verified. Two names at most
/// d edits apart always share a variant with at most d deletions from each. O(L^d n log(L^d n)) for n
/// unmatched names of length L (d at most 2), plus the pairs found: names sharing a variant are compared.
constexpr std::vector<SimilarPair> similar_pairs(std::span<const Mission> missions, const Config& config) {
  // A name's whole key and its deletion variants pair with each other's (edit distance); its first word
  // pairs only with whole keys ("EMASoH" of "EMASoH-AGENOR" with "EMASOH"). Keeping the kinds apart stops
  // first words shared by many names ("NAVO ...") from pairing every such name with every other.
  enum class Kind : std::uint8_t { key, deletion, head };
  struct Entry {
    std::uint64_t hash = 0;
    std::size_t mission = 0;
    Kind kind = Kind::key;
  };
  std::vector<Entry> entries;
  for (std::size_t i = 0; i < missions.size(); ++i) {
    const Mission& m = missions[i];
    if (m.in_annex1() == m.in_annex2()) continue;  // joined (or in neither): nothing to pair
    const std::string_view key = mission_key(m.name);
    entries.push_back({hash_without(key, std::string_view::npos), i, Kind::key});
    const std::string_view head = text::name_head(key);
    if (head.size() != key.size()) entries.push_back({hash_without(head, std::string_view::npos), i, Kind::head});
    if (config.max_name_edits == 0 || key.size() < config.min_similar_name_length) continue;
    for (std::size_t skip = 0; skip < key.size(); ++skip) {
      entries.push_back({hash_without(key, skip), i, Kind::deletion});
      if (config.max_name_edits >= 2)
        for (std::size_t skip_too = skip + 1; skip_too < key.size(); ++skip_too)
          entries.push_back({hash_without(key, skip, skip_too), i, Kind::deletion});
    }
  }
  std::sort(entries.begin(), entries.end(),
            [](const Entry& a, const Entry& b) { return a.hash != b.hash ? a.hash < b.hash : a.mission < b.mission; });

  std::vector<std::pair<std::size_t, std::size_t>> candidates;
  const auto pair_up = [&](std::size_t x, std::size_t y) {
    if (missions[x].in_annex1() == missions[y].in_annex1()) return;  // pairs cross the annexes
    candidates.emplace_back(missions[x].in_annex1() ? x : y, missions[x].in_annex1() ? y : x);
  };
  std::vector<std::size_t> variants, heads, keys;  // the current run's entries, by kind
  for (std::size_t run = 0; run < entries.size();) {
    std::size_t end = run + 1;
    while (end < entries.size() && entries[end].hash == entries[run].hash) ++end;
    variants.clear(), heads.clear(), keys.clear();
    for (std::size_t e = run; e < end; ++e) {
      (entries[e].kind == Kind::head ? heads : variants).push_back(entries[e].mission);
      if (entries[e].kind == Kind::key) keys.push_back(entries[e].mission);
    }
    // Only pairs that mean something are visited: a run of first words with no whole key beside it
    // (every "NAVO ..." name's "NAVO") costs nothing.
    for (std::size_t x = 0; x < variants.size(); ++x)
      for (std::size_t y = x + 1; y < variants.size(); ++y) pair_up(variants[x], variants[y]);
    for (const std::size_t head : heads)
      for (const std::size_t key : keys) pair_up(head, key);
    run = end;
  }
  std::sort(candidates.begin(), candidates.end());
  candidates.erase(std::unique(candidates.begin(), candidates.end()), candidates.end());

  std::vector<SimilarPair> pairs;
  for (const auto& [a1, a2] : candidates) {
    SimilarPair pair{a1, a2, false, 0};
    if (is_similar(mission_key(missions[a1].name), mission_key(missions[a2].name), config, pair)) pairs.push_back(pair);
  }
  return pairs;
}

// Marks the missions that belong to a similar pair: their absence from one annex is explained there.
constexpr std::vector<std::uint8_t> paired_missions(const CheckInput& in) {
  std::vector<std::uint8_t> paired(in.missions.size(), 0);
  for (const SimilarPair& p : similar_pairs(in.missions, in.config)) paired[p.annex1_only] = paired[p.annex2_only] = 1;
  return paired;
}

// Raises a finding for each row whose name an earlier row of the same annex has, against the earliest
// such row. O(n): each row looks its key up among the rows before it. (A free function: Clang 14 does not
// instantiate a member function template in time for constant evaluation.)
template <class Row>
constexpr void report_duplicates(std::span<const Row> rows, FindingSink& out, Source (*source)(std::uint32_t)) {
  jvom::detail::Scratch<std::string_view> keys(rows.size());
  jvom::detail::HashedIndex by_key(rows.size());
  out.examined(rows.size());
  for (std::size_t later = 0; later < rows.size(); ++later) {
    keys[later] = mission_key(rows[later].mission);
    const std::uint64_t hash = key_hash(keys[later]);
    by_key.find_if(hash, [&](std::size_t earlier) {
      if (!same_key(keys[earlier], keys[later])) return false;
      out.raise(finding(rows[later].mission, "the same annex lists the mission twice")
                    .with("first listed", rows[earlier].mission, source(static_cast<std::uint32_t>(earlier + 1)))
                    .with("again", rows[later].mission, source(static_cast<std::uint32_t>(later + 1))));
      return true;
    });
    by_key.insert(hash, later);
  }
}

// The one rule behind both missing-in-annex checks: a mission one annex lists and the other does not,
// unless its name pairs with one the other annex lists (crossannex.similar_names reports those). Annex 2
// rows covered by a separate progress report are not expected in annex 1.
constexpr void report_missing(const CheckInput& in, FindingSink& out, bool listed_in_annex1) {
  const auto paired = paired_missions(in);
  for (std::size_t i = 0; i < in.missions.size(); ++i) {
    const Mission& m = in.missions[i];
    const bool listed = listed_in_annex1 ? m.in_annex1() : m.in_annex2() && !m.separate_report;
    if (!listed) continue;
    out.examined();
    if ((listed_in_annex1 ? m.in_annex2() : m.in_annex1()) || paired[i]) continue;
    out.raise(finding(m.name, listed_in_annex1 ? "annex 1 lists a mission that annex 2 does not"
                                               : "annex 2 lists a mission that annex 1 does not")
                  .with("mission", m.name,
                        listed_in_annex1 ? Source::annex1_row(m.annex1_row) : Source::annex2_row(m.annex2_row)));
  }
}

}  // namespace detail

/// A mission in annex 1 only and one in annex 2 only whose names are almost the same.
struct SimilarNames {
  static constexpr std::string_view id = "crossannex.similar_names";
  static constexpr Severity severity = Severity::warning;

  constexpr void operator()(const CheckInput& in, FindingSink& out) const {
    for (const Mission& m : in.missions) out.examined(m.in_annex1() != m.in_annex2() ? 1 : 0);
    for (const detail::SimilarPair& p : detail::similar_pairs(in.missions, in.config)) {
      const Mission& a1 = in.missions[p.annex1_only];
      const Mission& a2 = in.missions[p.annex2_only];
      Finding f = finding(a2.name, p.prefix ? "a name in annex 1 is this name extended: probably one mission"
                                            : "names in the two annexes are almost the same: probably one mission");
      f.other_mission = a1.name;
      f.with("name", a1.name, Source::annex1_row(a1.annex1_row))
          .with("name", a2.name, Source::annex2_row(a2.annex2_row));
      if (!p.prefix) f.with("edits apart", Count{p.edits}, Source::computed());
      out.raise(f);
    }
  }
};

/// A mission annex 1 lists that annex 2 does not (unless it is almost the name of one it does).
struct MissingInAnnex2 {
  static constexpr std::string_view id = "crossannex.missing_in_annex2";
  static constexpr Severity severity = Severity::warning;

  constexpr void operator()(const CheckInput& in, FindingSink& out) const { detail::report_missing(in, out, true); }
};

/// A mission annex 2 lists that annex 1 does not; rows covered by a separate progress report
/// ("separate VGR") are excepted, since their mandates are reported there.
struct MissingInAnnex1 {
  static constexpr std::string_view id = "crossannex.missing_in_annex1";
  static constexpr Severity severity = Severity::warning;

  constexpr void operator()(const CheckInput& in, FindingSink& out) const { detail::report_missing(in, out, false); }
};

/// A mission listed under one region in annex 1 and another in annex 2 (case and sub-groups aside).
struct RegionDiffers {
  static constexpr std::string_view id = "crossannex.region_differs";
  static constexpr Severity severity = Severity::warning;

  constexpr void operator()(const CheckInput& in, FindingSink& out) const {
    for (const Mission& m : in.missions) {
      if (!m.in_annex1() || !m.in_annex2()) continue;
      out.examined();
      const Region& r1 = in.report.annex1[m.annex1_row - 1].region;
      const Region& r2 = in.report.annex2[m.annex2_row - 1].region;
      if (same_region(r1, r2)) continue;
      out.raise(finding(m.name, "the annexes list the mission under different regions")
                    .with("region", r1.name, Source::annex1_row(m.annex1_row))
                    .with("region", r2.name, Source::annex2_row(m.annex2_row)));
    }
  }
};

/// A mission listed twice in one annex (same name, qualifiers and case aside).
struct Duplicate {
  static constexpr std::string_view id = "crossannex.duplicate";
  static constexpr Severity severity = Severity::error;

  constexpr void operator()(const CheckInput& in, FindingSink& out) const {
    detail::report_duplicates(in.report.annex1, out, Source::annex1_row);
    detail::report_duplicates(in.report.annex2, out, Source::annex2_row);
  }
};

}  // namespace jvom::checks
