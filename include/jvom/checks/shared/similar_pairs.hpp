#pragma once

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <span>
#include <string_view>
#include <utility>
#include <vector>

#include "jvom/checks/config.hpp"
#include "jvom/checks/shared/annex_coverage.hpp"
#include "jvom/error.hpp"
#include "jvom/ext/hash_groups.hpp"
#include "jvom/ext/prefetch.hpp"
#include "jvom/mission.hpp"
#include "jvom/mission_key.hpp"
#include "jvom/text/similarity.hpp"

/// Missions listed in one annex only whose names are almost those of missions listed only in the other:
/// probably one mission spelt two ways. Found without comparing every pair.
namespace jvom::checks {

/// A pair of missions, one listed only in annex 1 and one only in annex 2, whose names are almost the
/// same: probably one mission spelt two ways.
struct SimilarPair {
  std::size_t annex1_only = 0;  ///< index into the missions
  std::size_t annex2_only = 0;
  bool prefix = false;  ///< one name is the other's first word ("EMASoH-AGENOR", "EMASOH")
  std::size_t edits = 0;
};

namespace detail {

// Hashes of one name with up to two characters deleted, each in O(1). The name's case-folded characters
// are read as a polynomial, h(s) = sum of s[i] * B^(n-1-i) (mod 2^64), so deleting the character at k
// changes the whole hash by (prefix(k) - prefix(k+1)) * B^(n-1-k): a name of length L has L variants
// with one deletion and L(L-1)/2 with two, and hashing each from scratch made the variants cost L^2 or
// L^3. Every hash is mixed last, so that its top bits (the buckets of `ext::for_each_shared_hash`) are well
// spread.
class DeletionHashes {
 public:
  constexpr void reset(std::string_view name) {
    n_ = name.size();
    prefix_.assign(n_ + 1, 0);
    power_.assign(n_ + 1, 1);
    for (std::size_t i = 0; i < n_; ++i) {
      prefix_[i + 1] = prefix_[i] * base + static_cast<unsigned char>(ext::to_lower(name[i]));
      power_[i + 1] = power_[i] * base;
    }
  }
  [[nodiscard]] constexpr std::uint64_t whole() const noexcept { return mix(prefix_[n_]); }
  // The name's first `length` characters: its first word, say.
  [[nodiscard]] constexpr std::uint64_t first(std::size_t length) const noexcept { return mix(prefix_[length]); }
  [[nodiscard]] constexpr std::uint64_t without(std::size_t k) const noexcept { return mix(raw_without(k)); }
  // Without the characters at positions k and `later` (k < later).
  [[nodiscard]] constexpr std::uint64_t without(std::size_t k, std::size_t later) const noexcept {
    return mix(raw_without(later) + (prefix_[k] - prefix_[k + 1]) * power_[n_ - 2 - k]);
  }

 private:
  static constexpr std::uint64_t base = 0xff51afd7ed558ccdull;    // odd: every power is too
  static constexpr std::uint64_t mix(std::uint64_t h) noexcept {  // a bijection: equal stays equal
    h = (h ^ (h >> 32)) * 0x9E3779B97F4A7C15ull;
    return h ^ (h >> 29);
  }
  constexpr std::uint64_t raw_without(std::size_t k) const noexcept {
    return prefix_[n_] + (prefix_[k] - prefix_[k + 1]) * power_[n_ - 1 - k];
  }

  std::size_t n_ = 0;
  std::vector<std::uint64_t> prefix_, power_;
};

// The most edits two keys may be apart, the longer of length `longest`: `max_name_edits`, at most 2, and
// at most 1 past `max_two_edit_name_length`.
constexpr unsigned edit_limit(const Config& config, std::size_t longest) noexcept {
  const unsigned limit = std::min(config.max_name_edits, 2u);
  return longest > max_two_edit_name_length ? std::min(limit, 1u) : limit;
}

constexpr bool is_similar(std::string_view a, std::string_view b, const Config& config, SimilarPair& pair) {
  if (ext::iequals(text::name_head(a), b) || ext::iequals(a, text::name_head(b))) {
    pair.prefix = true;
    return true;
  }
  const unsigned limit = edit_limit(config, std::max(a.size(), b.size()));
  if (limit == 0 || std::min(a.size(), b.size()) < config.min_similar_name_length) return false;
  pair.edits = text::edit_distance(a, b, limit);
  return pair.edits <= limit;
}

}  // namespace detail

/// The similar pairs among missions listed in one annex only, without comparing every pair (symmetric
/// deletion): each name's key, its first word, and every variant of the key with up to `max_name_edits`
/// characters deleted is hashed; names that share a hash are candidates, then verified. Two names at most
/// d edits apart always share a variant with at most d deletions from each. O(L^d n) for n unmatched names
/// of length L (d at most 2, and 1 past `max_two_edit_name_length`; each variant is hashed in O(1), and equal hashes
/// are found by hashing, not sorting), plus the pairs found: names sharing a variant are compared. `one_annex_only`:
/// the indices of the missions listed in one annex only, in order, as `annex_coverage` finds them.
[[nodiscard]] constexpr std::vector<SimilarPair> similar_pairs(std::span<const Mission> missions,
                                                               std::span<const std::uint32_t> one_annex_only,
                                                               const Config& config) {
  // A name's whole key and its deletion variants pair with each other's (edit distance); its first word
  // pairs only with whole keys ("EMASoH" of "EMASoH-AGENOR" with "EMASOH"). Keeping the kinds apart stops
  // first words shared by many names ("NAVO ...") from pairing every such name with every other.
  enum class Kind : std::uint8_t { key, deletion, head };
  // Eight bytes an entry, as there are many (more than one a name): the top half of the
  // variant's hash, and the name (into `unpaired`) with its kind and whether it is listed in annex 1 only
  // (else in annex 2 only; kept here, not looked up). Names whose halves are equal by chance only add
  // candidates, and every candidate is verified.
  struct Entry {
    std::uint32_t hash = 0;
    std::uint32_t packed = 0;  // name << 3 | kind << 1 | annex1

    constexpr Entry(std::uint64_t full_hash, std::uint32_t name, Kind kind, bool annex1) noexcept
        : hash(static_cast<std::uint32_t>(full_hash >> 32)),
          packed(name << 3 | static_cast<std::uint32_t>(kind) << 1 | (annex1 ? 1u : 0u)) {}
    constexpr Entry() noexcept = default;
    [[nodiscard]] constexpr std::uint32_t name() const noexcept { return packed >> 3; }
    [[nodiscard]] constexpr Kind kind() const noexcept { return static_cast<Kind>(packed >> 1 & 3); }
    [[nodiscard]] constexpr bool annex1() const noexcept { return (packed & 1) != 0; }
  };
  if (one_annex_only.size() >= std::size_t{1} << 29)
    jvom::detail::fail(
        "similar_pairs: 2^29 or more missions listed in one annex only (entries hold a name in 29 bits)");
  // Characters left out of a key's variants: as many as the edits a pair with it may be apart, counted
  // as if it were the longer name. Of a pair within its limit, each name leaves out at least as many.
  const auto deletions = [&](std::string_view key) -> unsigned {
    return key.size() < config.min_similar_name_length ? 0 : detail::edit_limit(config, key.size());
  };
  // What the names need is read once: every read of a mission or its name is a trip to memory, as they
  // are few and far apart.
  struct Unpaired {
    std::string_view key;
    std::uint32_t mission = 0;
    bool annex1 = false;
  };
  std::vector<Unpaired> unpaired;
  unpaired.reserve(one_annex_only.size());
  // Names with diacritics are compared without them ("Aspid\xC3\xA8s" with "Aspides"): their folded keys
  // are kept here, and viewed once all are in.
  std::vector<char> folded;
  std::vector<std::pair<std::size_t, std::size_t>> folded_at;  // per unpaired name: (offset, size), or npos
  for (std::size_t k = 0; k < one_annex_only.size(); ++k) {
    ext::hint_names_ahead(missions, one_annex_only, &Mission::name, k);  // gains at scale: docs/performance.md
    const std::uint32_t i = one_annex_only[k];
    const std::string_view key = mission_key(missions[i].name);
    unpaired.push_back({key, i, missions[i].in_annex1()});
    if (!text::has_diacritics(key)) continue;
    if (folded_at.empty()) folded_at.assign(one_annex_only.size(), {std::string_view::npos, 0});
    const std::size_t from = folded.size();
    text::fold_diacritics(key, folded);
    folded_at[k] = {from, folded.size() - from};
  }
  for (std::size_t k = 0; k < folded_at.size(); ++k)
    if (folded_at[k].first != std::string_view::npos)
      unpaired[k].key = std::string_view(folded.data() + folded_at[k].first, folded_at[k].second);
  std::size_t count = 0;  // known up front: the entries are most of this function's memory
  for (std::size_t k = 0; k < unpaired.size(); ++k) {
    const std::string_view key = unpaired[k].key;
    const std::size_t length = key.size();
    const unsigned d = deletions(key);
    count += 1 + (text::name_head(key).size() != length ? 1 : 0) + (d >= 1 ? length : 0) +
             (d == 2 ? length * (length - 1) / 2 : 0);
  }
  std::vector<Entry> entries;
  entries.reserve(count);
  detail::DeletionHashes hashes;
  for (std::uint32_t name = 0; name < unpaired.size(); ++name) {
    ext::hint_names_ahead<16>(std::span<const Unpaired>(unpaired), &Unpaired::key, name);
    const std::string_view key = unpaired[name].key;
    const bool annex1 = unpaired[name].annex1;
    hashes.reset(key);
    entries.push_back({hashes.whole(), name, Kind::key, annex1});
    if (const std::size_t head = text::name_head(key).size(); head != key.size())
      entries.push_back({hashes.first(head), name, Kind::head, annex1});
    const unsigned d = deletions(key);
    if (d == 0) continue;
    for (std::size_t skip = 0; skip < key.size(); ++skip) {
      entries.push_back({hashes.without(skip), name, Kind::deletion, annex1});
      if (d == 2)
        for (std::size_t skip_too = skip + 1; skip_too < key.size(); ++skip_too)
          entries.push_back({hashes.without(skip, skip_too), name, Kind::deletion, annex1});
    }
  }
  // Each group of equal hashes pairs its annex 1 names with its annex 2 names, by kind: whole keys and
  // deletion variants with each other, first words with whole keys. Only pairs that mean something are
  // visited: a group of first words with no whole key beside it (every "NAVO ..." name's "NAVO") costs
  // nothing, and neither do pairs within one annex.
  std::vector<std::pair<std::uint32_t, std::uint32_t>> candidates;  // names: (annex 1 only, annex 2 only)
  struct ByKind {
    std::vector<std::uint32_t> variants, heads, keys;  // keys are among the variants too
  };
  ByKind in[2];  // [0]: annex 2 only, [1]: annex 1 only
  ext::for_each_shared_hash(entries, [&](std::span<const Entry* const> group) {
    for (ByKind& side : in) side.variants.clear(), side.heads.clear(), side.keys.clear();
    for (const Entry* e : group) {
      ByKind& side = in[e->annex1() ? 1 : 0];
      (e->kind() == Kind::head ? side.heads : side.variants).push_back(e->name());
      if (e->kind() == Kind::key) side.keys.push_back(e->name());
    }
    // A name is among a group's variants once for each of its variants there: deleting any character of
    // a run ("aaab") leaves the same text. Once is enough; else two names of long runs pair L x L times.
    for (ByKind& side : in)
      if (side.variants.size() > 1) {
        std::sort(side.variants.begin(), side.variants.end());
        side.variants.erase(std::unique(side.variants.begin(), side.variants.end()), side.variants.end());
      }
    for (const std::uint32_t a1 : in[1].variants)
      for (const std::uint32_t a2 : in[0].variants) candidates.emplace_back(a1, a2);
    for (const std::uint32_t a1 : in[1].heads)
      for (const std::uint32_t a2 : in[0].keys) candidates.emplace_back(a1, a2);
    for (const std::uint32_t a1 : in[1].keys)
      for (const std::uint32_t a2 : in[0].heads) candidates.emplace_back(a1, a2);
  });
  std::sort(candidates.begin(), candidates.end());
  candidates.erase(std::unique(candidates.begin(), candidates.end()), candidates.end());

  std::vector<SimilarPair> pairs;
  for (const auto& [a1, a2] : candidates) {
    SimilarPair pair{unpaired[a1].mission, unpaired[a2].mission, false, 0};
    if (detail::is_similar(unpaired[a1].key, unpaired[a2].key, config, pair)) pairs.push_back(pair);
  }
  return pairs;
}

/// The same, for any missions.
[[nodiscard]] constexpr std::vector<SimilarPair> similar_pairs(std::span<const Mission> missions,
                                                               const Config& config) {
  return similar_pairs(missions, annex_coverage(missions).one_annex_only, config);
}

}  // namespace jvom::checks
