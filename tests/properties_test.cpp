// Properties over generated reports, a few thousand cases each.
#include <doctest/doctest.h>

#include <algorithm>
#include <jvom/io/print.hpp>
#include <jvom/jvom.hpp>
#include <random>
#include <string>
#include <tuple>
#include <vector>

#include "generated_report.hpp"

using namespace jvom;

namespace {
constexpr unsigned cases = 2000;

// What a run found, independent of row numbers: (check, severity, mission, imbalance), sorted.
std::vector<std::tuple<std::string, Severity, std::string, std::int64_t>> found(const CheckResults& results) {
  std::vector<std::tuple<std::string, Severity, std::string, std::int64_t>> out;
  for (const Finding& f : results.findings)
    out.emplace_back(std::string(f.check), f.severity, std::string(f.mission), f.imbalance);
  std::sort(out.begin(), out.end());
  return out;
}
}  // namespace

TEST_CASE("region totals add up to the grand total") {
  for (unsigned seed = 1; seed <= cases; ++seed) {
    CAPTURE(seed);
    const OwnedReport r = testing::Generator(seed, false).report();
    ColumnTotals sum;
    for (const auto& region : totals_by_region(r.annex2)) sum.add(region.value);
    CHECK(sum == column_totals(r.annex2));
  }
}

TEST_CASE("results do not depend on the order of rows, claims or acknowledgements") {
  std::mt19937 shuffle(7);
  for (unsigned seed = 1; seed <= cases; ++seed) {
    CAPTURE(seed);
    OwnedReport r = testing::Generator(seed, false).report();
    const auto before = found(run_checks(r.report()));
    const auto totals = column_totals(r.annex2);
    std::shuffle(r.annex1.begin(), r.annex1.end(), shuffle);
    std::shuffle(r.annex2.begin(), r.annex2.end(), shuffle);
    std::shuffle(r.claims.begin(), r.claims.end(), shuffle);
    std::shuffle(r.acknowledgements.begin(), r.acknowledgements.end(), shuffle);
    CHECK(found(run_checks(r.report())) == before);
    CHECK(column_totals(r.annex2) == totals);
  }
}

TEST_CASE("acknowledging every finding makes a report valid; taking one back makes it invalid") {
  for (unsigned seed = 1; seed <= cases; ++seed) {
    CAPTURE(seed);
    OwnedReport r = testing::Generator(seed, false).report();
    r.acknowledgements.clear();
    const CheckResults results = run_checks(r.report());
    for (const Finding& f : results.findings)
      if (std::none_of(r.acknowledgements.begin(), r.acknowledgements.end(), [&](const Acknowledgement& a) {
            return a.check == f.check && same_mission(a.mission, f.mission);
          }))
        r.acknowledgements.push_back({f.check, f.mission, "generated"});
    CHECK(valid(r.report()));
    if (r.acknowledgements.empty()) continue;
    r.acknowledgements.erase(r.acknowledgements.begin() +
                             static_cast<std::ptrdiff_t>(seed % r.acknowledgements.size()));
    CHECK_FALSE(valid(r.report()));
  }
}

TEST_CASE("similar_pairs finds exactly the cross-annex pairs a comparison of every pair finds") {
  // Short names over a few letters, so that many are one or two edits apart, share a first word, or
  // collide in a hash variant without being similar.
  std::mt19937 random(7);
  const auto below = [&](unsigned n) { return static_cast<unsigned>(random() % n); };
  std::size_t total_pairs = 0;
  for (unsigned round = 0; round < 302; ++round) {
    // The last two rounds are large: enough variants to spread over many buckets of the grouping.
    std::vector<std::string> names(round >= 300 ? 2500 : 2 + below(40));
    for (std::string& name : names) {
      const unsigned length = 1 + below(9);
      for (unsigned i = 0; i < length; ++i) name += "abAB -("[below(7)];
    }
    std::vector<Mission> missions(names.size());
    for (std::size_t i = 0; i < names.size(); ++i) {
      missions[i].name = names[i];
      const unsigned where = below(5);  // mostly in one annex only; now and then joined or in neither
      missions[i].annex1_row = where == 0 || where == 2 ? static_cast<std::uint32_t>(i + 1) : 0;
      missions[i].annex2_row = where == 1 || where == 2 ? static_cast<std::uint32_t>(i + 1) : 0;
    }
    for (unsigned edits = 0; edits <= 3; ++edits) {
      Config config;
      config.max_name_edits = edits;
      config.min_similar_name_length = 1 + below(4);
      std::vector<std::tuple<std::size_t, std::size_t, bool, std::size_t>> expected, got;
      for (std::size_t a1 = 0; a1 < missions.size(); ++a1)
        for (std::size_t a2 = 0; a2 < missions.size(); ++a2) {
          const Mission &m1 = missions[a1], &m2 = missions[a2];
          if (!(m1.in_annex1() && !m1.in_annex2() && m2.in_annex2() && !m2.in_annex1())) continue;
          checks::SimilarPair pair{a1, a2, false, 0};
          if (jvom::checks::detail::is_similar(mission_key(m1.name), mission_key(m2.name), config, pair))
            expected.emplace_back(a1, a2, pair.prefix, pair.edits);
        }
      for (const checks::SimilarPair& p : checks::similar_pairs(missions, config))
        got.emplace_back(p.annex1_only, p.annex2_only, p.prefix, p.edits);
      CAPTURE(round);
      CAPTURE(edits);
      REQUIRE(got == expected);
      total_pairs += expected.size();
    }
  }
  CHECK(total_pairs > 1000);  // the names are close enough for the comparison to mean something
}

TEST_CASE("similar_pairs finds what a comparison of every pair finds around max_two_edit_name_length") {
  // Names a few edits from one another, of lengths either side of the limit past which a pair counts as
  // similar at one edit only: a name past it has no variants with two letters left out.
  std::mt19937 random(13);
  const auto below = [&](std::size_t n) { return static_cast<std::size_t>(random() % n); };
  std::size_t total_pairs = 0, two_edit_pairs = 0;
  for (unsigned round = 0; round < 40; ++round) {
    std::string base;
    for (std::size_t i = 0, length = max_two_edit_name_length - 4 + below(8); i < length; ++i) base += "abAB"[below(4)];
    std::vector<std::string> names(30, base);
    for (std::string& name : names)
      for (std::size_t edit = 0, edits = below(4); edit < edits; ++edit) {
        const std::size_t at = below(name.size());
        switch (below(3)) {
          case 0: name[at] = "abAB"[below(4)]; break;
          case 1: name.insert(at, 1, "abAB"[below(4)]); break;
          default: name.erase(at, 1);
        }
      }
    std::vector<Mission> missions(names.size());
    for (std::size_t i = 0; i < names.size(); ++i) {
      missions[i].name = names[i];
      (i % 2 == 0 ? missions[i].annex1_row : missions[i].annex2_row) = static_cast<std::uint32_t>(i + 1);
    }
    Config config;
    config.max_name_edits = 2;
    std::vector<std::tuple<std::size_t, std::size_t, bool, std::size_t>> expected, got;
    for (std::size_t a1 = 0; a1 < missions.size(); a1 += 2)
      for (std::size_t a2 = 1; a2 < missions.size(); a2 += 2) {
        checks::SimilarPair pair{a1, a2, false, 0};
        if (jvom::checks::detail::is_similar(names[a1], names[a2], config, pair)) {
          expected.emplace_back(a1, a2, pair.prefix, pair.edits);
          two_edit_pairs += pair.edits == 2 ? 1 : 0;
        }
      }
    for (const checks::SimilarPair& p : checks::similar_pairs(missions, config))
      got.emplace_back(p.annex1_only, p.annex2_only, p.prefix, p.edits);
    CAPTURE(round);
    REQUIRE(got == expected);
    total_pairs += expected.size();
  }
  CHECK(total_pairs > 1000);
  CHECK(two_edit_pairs > 100);  // of names at most max_two_edit_name_length long
}

TEST_CASE("each claim's mission is the first mission of its name, as a comparison with every mission finds") {
  // Names over a few letters, with qualifiers, spaces and capitals, so that many claims share a mission,
  // many missions share a name, and some claims name no mission; the large rounds fill the claims' filter
  // enough for it to let names through that no claim has.
  std::mt19937 random(11);
  const auto below = [&](unsigned n) { return static_cast<unsigned>(random() % n); };
  const auto name = [&] {
    std::string out;
    for (unsigned i = 0, length = 1 + below(5); i < length; ++i) out += "abAB ("[below(6)];
    return out;
  };
  std::size_t resolved = 0, unresolved = 0;
  for (unsigned round = 0; round < 402; ++round) {
    const bool large = round >= 400;
    std::vector<std::string> mission_names(large ? 3000 : below(30)), claim_names(large ? 3000 : below(30));
    for (std::string& n : mission_names) n = name();
    for (std::string& n : claim_names) n = below(4) == 0 ? "" : name();
    std::vector<Mission> missions(mission_names.size());
    for (std::size_t m = 0; m < missions.size(); ++m) missions[m].name = mission_names[m];
    std::vector<Claim> claims(claim_names.size());
    for (std::size_t c = 0; c < claims.size(); ++c) claims[c].mission = claim_names[c];

    const checks::ClaimedMissions claimed(claims, missions);
    const checks::MissionIndex index(missions);
    for (std::size_t c = 0; c < claims.size(); ++c) {
      const Mission* expected = nullptr;
      for (const Mission& m : missions)
        if (same_mission(m.name, claims[c].mission)) {
          expected = &m;
          break;
        }
      CAPTURE(round);
      CAPTURE(claims[c].mission);
      REQUIRE(claimed.of(c) == expected);
      REQUIRE(index.find(claims[c].mission) == expected);
      ++(expected ? resolved : unresolved);
    }
  }
  CHECK(resolved > 1000);  // both outcomes are common enough to mean something
  CHECK(unresolved > 1000);
}

TEST_CASE("joining matches a comparison of every pair: the first annex 1 row of the key that no earlier row took") {
  // Few names, mostly in the same order in both annexes (which the walk joins), now and then repeated,
  // missing, in another case or out of order (which it leaves to the rule); every third report long enough
  // to pass over rows and to fall out of step for longer than the walk looks ahead.
  std::mt19937 random(11);
  const auto below = [&](unsigned n) { return static_cast<unsigned>(random() % n); };
  const std::string_view pool[] = {"A", "a (x)", "B", "C", "D", "d", "E", "F (y)", "G", "H"};
  for (unsigned round = 0; round < 3000; ++round) {
    std::vector<MandateRow> annex1;
    std::vector<PersonnelRow> annex2;
    for (unsigned i = 0, n = below(round % 3 == 0 ? 40 : 12); i < n; ++i) {
      const std::string_view name = pool[round % 2 == 0 ? i % std::size(pool) : below(std::size(pool))];
      if (below(6) != 0) annex1.push_back({.mission = name});
      if (below(6) != 0) annex2.push_back({.mission = below(8) == 0 ? pool[below(std::size(pool))] : name});
    }
    std::vector<std::uint32_t> expected(annex2.size(), 0);
    std::vector<bool> taken(annex1.size(), false);
    for (std::size_t j = 0; j < annex2.size(); ++j)
      for (std::size_t i = 0; i < annex1.size(); ++i)
        if (!taken[i] && same_mission(annex1[i].mission, annex2[j].mission)) {
          taken[i] = true;
          expected[j] = static_cast<std::uint32_t>(i + 1);
          break;
        }
    const auto missions = join_missions(Report{.annex1 = annex1, .annex2 = annex2});
    CAPTURE(round);
    REQUIRE(missions.size() == annex2.size() + static_cast<std::size_t>(std::count(taken.begin(), taken.end(), false)));
    for (std::size_t j = 0; j < annex2.size(); ++j) CHECK(missions[j].annex1_row == expected[j]);
    // The same through the fast path (the annexes walked in step first), which large annexes take.
    const jvom::detail::AnnexMatch walked = jvom::detail::match_annexes(annex1, annex2, 0);
    for (std::size_t j = 0; j < annex2.size(); ++j) CHECK(walked.annex1_row[j] == expected[j]);
  }
}
