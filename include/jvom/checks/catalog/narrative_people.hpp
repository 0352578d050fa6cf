#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string_view>
#include <variant>

#include "jvom/checks/catalog/narrative.hpp"
#include "jvom/checks/check.hpp"

/// Narrative: the people the text speaks of, against annex 2. People in post at one time are held to the
/// national framework's caps; people the text names over the period are held to those annex 2 says were
/// deployed. Annex 2 merges civil and police, so those two are added up.
namespace jvom::checks {

/// No sentence puts more people in post at one time than the national framework allows: its military
/// posts against the military cap, its civil and police posts together against the civil/police cap.
struct PostsOverFramework {
  static constexpr std::string_view id = "narrative.posts_over_framework";
  static constexpr Severity severity = Severity::error;

  constexpr void operator()(const CheckInput& in, FindingSink& out) const {
    const auto& claims = in.report.claims;
    for (std::size_t c = 0; c < claims.size(); ++c) {
      const Claim& claim = claims[c];
      const bool military = claim.field == ClaimField::posts_military;
      if (!military && claim.field != ClaimField::posts_civil && claim.field != ClaimField::posts_police) continue;
      const Headcount* stated = std::get_if<Headcount>(&claim.value);
      const Mission* m = detail::claimed_mission(in, c);
      if (stated == nullptr || m == nullptr) continue;  // narrative.unmatched_claim reports it
      const std::optional<PersonnelCount> caps = in.report.annex2[m->annex2_row - 1].framework();
      if (!caps) continue;  // no framework at all: personnel.no_framework
      // Civil and police posts of one sentence are added up once, at the sentence's first such claim.
      std::uint64_t posts = *stated;
      if (!military) {
        bool counted_before = false;
        for (std::size_t o = 0; o < claims.size(); ++o) {
          const Claim& other = claims[o];
          if (o == c || other.field == claim.field || !same_sentence(claim, other)) continue;
          if (other.field != ClaimField::posts_civil && other.field != ClaimField::posts_police) continue;
          if (o < c) counted_before = true;
          if (const Headcount* n = std::get_if<Headcount>(&other.value)) posts += *n;
        }
        if (counted_before) continue;
      }
      out.examined();
      const std::uint64_t cap = military ? caps->military : caps->civil_police;
      if (posts <= cap) continue;
      out.raise(finding(m->name, military ? "the text puts more military in post at one time than the framework allows"
                                          : "the text puts more civil and police staff in post at one time than the "
                                            "framework allows")
                    .with(military ? "posts (military)" : "posts (civil and police)", Count{posts},
                          Source::narrative(claim))
                    .with(military ? "framework_military" : "framework_civil", Count{cap},
                          Source::annex2_row(m->annex2_row)));
    }
  }

  /// Two claims from one sentence: the same mission, line and quote.
  static constexpr bool same_sentence(const Claim& a, const Claim& b) noexcept {
    return a.line == b.line && a.quote == b.quote && a.source == b.source && a.mission == b.mission;
  }
};

/// The text names no more people over the period than annex 2 says were deployed: of each category, the
/// most any claim names (claims may name the same people twice, so they are not added up), civil and
/// police together against annex 2's civil/police column.
struct NamedOverDeployed {
  static constexpr std::string_view id = "narrative.named_over_deployed";
  static constexpr Severity severity = Severity::error;

  constexpr void operator()(const CheckInput& in, FindingSink& out) const {
    const auto& claims = in.report.claims;
    for (std::size_t c = 0; c < claims.size(); ++c) {
      const ClaimField field = claims[c].field;
      if (field != ClaimField::named_military && !(field == ClaimField::named_civil || field == ClaimField::named_police))
        continue;
      const Mission* m = detail::claimed_mission(in, c);
      if (m == nullptr || !std::holds_alternative<Headcount>(claims[c].value)) continue;
      // Each mission and column once, at its first claim.
      const bool military = field == ClaimField::named_military;
      if (first_of(in, c, military) != c) continue;
      out.examined();
      const Most most = most_named(in, m, military);
      const PersonnelRow& row = in.report.annex2[m->annex2_row - 1];
      const std::uint64_t deployed = military ? row.deployed_military : row.deployed_civil;
      if (most.total <= deployed) continue;
      Finding f = finding(m->name, military ? "the text names more military than annex 2 says were deployed"
                                            : "the text names more civil and police staff than annex 2 says were "
                                              "deployed");
      f.with(military ? "named (military)" : "named (civil and police)", Count{most.total},
             Source::narrative(claims[most.claims[0]]));
      if (most.claims[1] != no_claim) f.with("named", Count{most.counts[1]}, Source::narrative(claims[most.claims[1]]));
      f.with(military ? "deployed_military" : "deployed_civil", Count{deployed}, Source::annex2_row(m->annex2_row));
      out.raise(f);
    }
  }

 private:
  static constexpr std::size_t no_claim = static_cast<std::size_t>(-1);

  // The largest named count of each field for the mission, and the claims that state them.
  struct Most {
    std::uint64_t total = 0;
    std::size_t claims[2] = {no_claim, no_claim};
    std::uint64_t counts[2] = {0, 0};
  };

  static constexpr bool counts_for(ClaimField field, bool military) noexcept {
    return military ? field == ClaimField::named_military
                    : (field == ClaimField::named_civil || field == ClaimField::named_police);
  }

  static constexpr std::size_t first_of(const CheckInput& in, std::size_t c, bool military) {
    const Mission* m = detail::claimed_mission(in, c);
    for (std::size_t o = 0; o < c; ++o)
      if (counts_for(in.report.claims[o].field, military) && detail::claimed_mission(in, o) == m) return o;
    return c;
  }

  static constexpr Most most_named(const CheckInput& in, const Mission* m, bool military) {
    // Slot 0: military or civil; slot 1: police (added to civil: different people).
    Most most;
    const auto& claims = in.report.claims;
    for (std::size_t o = 0; o < claims.size(); ++o) {
      if (!counts_for(claims[o].field, military) || detail::claimed_mission(in, o) != m) continue;
      const Headcount* n = std::get_if<Headcount>(&claims[o].value);
      if (n == nullptr) continue;
      const std::size_t slot = claims[o].field == ClaimField::named_police ? 1 : 0;
      if (most.claims[slot] == no_claim || *n > most.counts[slot]) {
        most.claims[slot] = o;
        most.counts[slot] = *n;
      }
    }
    if (most.claims[0] == no_claim) {  // police only
      most.claims[0] = most.claims[1];
      most.counts[0] = most.counts[1];
      most.claims[1] = no_claim;
      most.counts[1] = 0;
    }
    most.total = most.counts[0] + most.counts[1];
    return most;
  }
};

}  // namespace jvom::checks
