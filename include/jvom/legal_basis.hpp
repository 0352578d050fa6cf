#pragma once

#include <array>
#include <boost/describe/class.hpp>
#include <boost/describe/enum.hpp>
#include <cstddef>
#include <cstdint>
#include <initializer_list>
#include <span>
#include <string_view>

#include "jvom/error.hpp"

namespace jvom {

/// What kind of legal basis a contribution rests on.
enum class LegalBasisKind : std::uint8_t {
  other,          ///< anything not recognised, kept verbatim
  un_resolution,  ///< one or more UN Security Council resolutions: "VNVR-resolutie 82 en 83"
  unclos,         ///< the UN Convention on the Law of the Sea: "UNCLOS"
  un_charter,     ///< an article of the UN Charter: "VN Handvest art. 51"
  constitution,   ///< an article of the Dutch constitution: "Art. 97 Grondwet"
  agreement,      ///< an agreement, with its parties as text: "Overeenkomst met Verenigde Arabische Emiraten"
  note_verbale,   ///< a diplomatic note: "o.b.v. Note Verbale"
};
BOOST_DESCRIBE_ENUM(LegalBasisKind, other, un_resolution, unclos, un_charter, constitution, agreement, note_verbale)

/// A typed legal basis. Each kind carries only what it needs (resolution numbers, an article number,
/// or text), so two equal bases are equal in every member.
class LegalBasis {
 public:
  /// The most resolutions one basis can cite; the 2025 report cites at most two.
  static constexpr std::size_t max_resolutions = 8;

  constexpr LegalBasis() noexcept = default;

  /// UN Security Council resolutions, in the order cited; at least one, at most max_resolutions.
  [[nodiscard]] static constexpr LegalBasis un_resolutions(std::initializer_list<std::uint32_t> numbers) {
    return un_resolutions(std::span<const std::uint32_t>(numbers.begin(), numbers.size()));
  }
  [[nodiscard]] static constexpr LegalBasis un_resolutions(std::span<const std::uint32_t> numbers) {
    if (numbers.empty()) detail::fail("LegalBasis::un_resolutions needs at least one resolution number");
    if (numbers.size() > max_resolutions) detail::fail("LegalBasis::un_resolutions: more than 8 resolutions");
    LegalBasis b(LegalBasisKind::un_resolution);
    b.payload_.numbers = {};  // the member of the union that this kind uses
    for (const std::uint32_t n : numbers) b.payload_.numbers[b.count_++] = n;
    return b;
  }
  [[nodiscard]] static constexpr LegalBasis unclos() noexcept { return LegalBasis(LegalBasisKind::unclos); }
  [[nodiscard]] static constexpr LegalBasis un_charter(std::uint32_t article) noexcept {
    return with_article(LegalBasisKind::un_charter, article);
  }
  [[nodiscard]] static constexpr LegalBasis constitution(std::uint32_t article) noexcept {
    return with_article(LegalBasisKind::constitution, article);
  }
  /// An agreement; `parties` is the text naming them ("VS, Israël, de Palestijnse Autoriteit").
  /// `wording` is the text before the parties as printed ("Overeenkomst tussen"), kept for round trips.
  [[nodiscard]] static constexpr LegalBasis agreement(std::string_view parties,
                                                      std::string_view wording = "Overeenkomst tussen") noexcept {
    LegalBasis b(LegalBasisKind::agreement);
    b.payload_.words = {parties, wording};
    return b;
  }
  [[nodiscard]] static constexpr LegalBasis note_verbale() noexcept { return LegalBasis(LegalBasisKind::note_verbale); }
  /// Anything else, verbatim.
  [[nodiscard]] static constexpr LegalBasis other(std::string_view text) noexcept {
    LegalBasis b(LegalBasisKind::other);
    b.payload_.words = {text, {}};
    return b;
  }

  [[nodiscard]] constexpr LegalBasisKind kind() const noexcept { return kind_; }
  /// The resolution numbers (un_resolution), else empty.
  [[nodiscard]] constexpr std::span<const std::uint32_t> resolutions() const noexcept {
    if (kind_ != LegalBasisKind::un_resolution) return {};
    return {payload_.numbers.data(), count_};
  }
  /// The article number (un_charter, constitution), else 0.
  [[nodiscard]] constexpr std::uint32_t article() const noexcept { return article_; }
  /// The parties (agreement), or the verbatim text (other), else empty.
  [[nodiscard]] constexpr std::string_view text() const noexcept { return has_words() ? payload_.words.text : ""; }
  /// For an agreement, the words before the parties as printed ("Overeenkomst tussen"), else empty.
  [[nodiscard]] constexpr std::string_view wording() const noexcept {
    return has_words() ? payload_.words.wording : "";
  }

  /// True when this basis cites UN Security Council resolution `number`.
  [[nodiscard]] constexpr bool cites_resolution(std::uint32_t number) const noexcept {
    for (const std::uint32_t n : resolutions())
      if (n == number) return true;
    return false;
  }

  friend constexpr bool operator==(const LegalBasis& a, const LegalBasis& b) noexcept {
    if (a.kind_ != b.kind_ || a.count_ != b.count_ || a.article_ != b.article_ || a.text() != b.text()) return false;
    // The wording before an agreement's parties is presentation, not meaning.
    const auto x = a.resolutions(), y = b.resolutions();
    for (std::size_t i = 0; i < x.size(); ++i)
      if (x[i] != y[i]) return false;
    return true;
  }

 private:
  constexpr explicit LegalBasis(LegalBasisKind kind) noexcept : kind_(kind) {}
  [[nodiscard]] static constexpr LegalBasis with_article(LegalBasisKind kind, std::uint32_t article) noexcept {
    LegalBasis b(kind);
    b.article_ = article;
    return b;
  }

  constexpr bool has_words() const noexcept {
    return kind_ == LegalBasisKind::agreement || kind_ == LegalBasisKind::other;
  }

  // No kind uses both resolution numbers and text, so they share their bytes: a basis is 40 bytes, not 72,
  // and every annex 1 row, mission and finding that holds one is smaller by as much.
  struct Words {
    std::string_view text{};
    std::string_view wording{};
  };
  union Payload {
    Words words{};                                     // agreement, other (and the kinds without payload)
    std::array<std::uint32_t, max_resolutions> numbers;  // un_resolution
  };

  LegalBasisKind kind_ = LegalBasisKind::other;
  std::uint8_t count_ = 0;
  std::uint32_t article_ = 0;
  Payload payload_{};

  BOOST_DESCRIBE_CLASS(LegalBasis, (), (kind, resolutions, article, text), (), ())
};

}  // namespace jvom
