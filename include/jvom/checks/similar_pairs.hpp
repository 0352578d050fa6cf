#pragma once

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <span>
#include <string_view>
#include <utility>
#include <vector>

#include "jvom/checks/config.hpp"
#include "jvom/detail/hashed_index.hpp"
#include "jvom/mission.hpp"
#include "jvom/mission_key.hpp"
#include "jvom/text/similarity.hpp"

/// Missions listed in one annex only whose names are almost those of missions listed only in the other:
/// probably one mission spelt two ways. Found without comparing every pair.
namespace jvom {

/// A pair of missions, one listed only in annex 1 and one only in annex 2, whose names are almost the
/// same: probably one mission spelt two ways.
struct SimilarPair {
  std::size_t annex1_only = 0;  ///< index into the missions
  std::size_t annex2_only = 0;
  bool prefix = false;  ///< one name is the other's first word ("EMASoH-AGENOR", "EMASOH")
  std::size_t edits = 0;
};

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

constexpr bool is_similar(std::string_view a, std::string_view b, const Config& config, jvom::SimilarPair& pair) {
  if (text::iequals(text::name_head(a), b) || text::iequals(a, text::name_head(b))) {
    pair.prefix = true;
    return true;
  }
  if (config.max_name_edits == 0 || std::min(a.size(), b.size()) < config.min_similar_name_length) return false;
  const std::size_t limit = std::min(config.max_name_edits, 2u);
  pair.edits = text::edit_distance(a, b, limit);
  return pair.edits <= limit;
}

}  // namespace detail

/// The similar pairs among missions listed in one annex only, without comparing every pair (symmetric
/// deletion): each name's key, its first word, and every variant of the key with up to `max_name_edits`
/// characters deleted is hashed; names that share a hash are candidates, then verified. Two names at most
/// d edits apart always share a variant with at most d deletions from each. O(L^d n log(L^d n)) for n
/// unmatched names of length L (d at most 2), plus the pairs found: names sharing a variant are compared.
[[nodiscard]] constexpr std::vector<SimilarPair> similar_pairs(std::span<const Mission> missions,
                                                               const Config& config) {
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
    entries.push_back({detail::hash_without(key, std::string_view::npos), i, Kind::key});
    const std::string_view head = text::name_head(key);
    if (head.size() != key.size())
      entries.push_back({detail::hash_without(head, std::string_view::npos), i, Kind::head});
    if (config.max_name_edits == 0 || key.size() < config.min_similar_name_length) continue;
    for (std::size_t skip = 0; skip < key.size(); ++skip) {
      entries.push_back({detail::hash_without(key, skip), i, Kind::deletion});
      if (config.max_name_edits >= 2)
        for (std::size_t skip_too = skip + 1; skip_too < key.size(); ++skip_too)
          entries.push_back({detail::hash_without(key, skip, skip_too), i, Kind::deletion});
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
    if (detail::is_similar(mission_key(missions[a1].name), mission_key(missions[a2].name), config, pair))
      pairs.push_back(pair);
  }
  return pairs;
}

}  // namespace jvom
