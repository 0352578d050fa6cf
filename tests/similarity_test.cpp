// The edit distance behind crossannex.similar_names, against its definition.
#include <doctest/doctest.h>

#include <algorithm>
#include <jvom/text/similarity.hpp>
#include <random>
#include <string>
#include <vector>

using jvom::text::edit_distance;

static_assert(edit_distance("OCS", "OSC", 2) == 1);  // a swap of neighbours is one edit
static_assert(edit_distance("EUNAVFOR Atalanta", "eunavfor atalnta", 2) == 1);
static_assert(edit_distance("UNTSO", "UNTSO", 0) == 0);
static_assert(edit_distance("abc", "ca", 5) == 3);        // no swap after an edit in between (not Damerau)
static_assert(edit_distance("UNIFIL", "UNDOF", 1) == 2);  // beyond the limit: limit + 1

namespace {

// The definition, with nothing skipped: the whole table of optimal string alignment, ASCII case ignored.
std::size_t reference_distance(const std::string& a, const std::string& b) {
  const auto lower = [](char c) { return jvom::ext::to_lower(c); };
  std::vector<std::vector<std::size_t>> d(a.size() + 1, std::vector<std::size_t>(b.size() + 1));
  for (std::size_t i = 0; i <= a.size(); ++i) d[i][0] = i;
  for (std::size_t j = 0; j <= b.size(); ++j) d[0][j] = j;
  for (std::size_t i = 1; i <= a.size(); ++i)
    for (std::size_t j = 1; j <= b.size(); ++j) {
      d[i][j] =
          std::min({d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + (lower(a[i - 1]) == lower(b[j - 1]) ? 0 : 1)});
      if (i > 1 && j > 1 && lower(a[i - 1]) == lower(b[j - 2]) && lower(a[i - 2]) == lower(b[j - 1]))
        d[i][j] = std::min(d[i][j], d[i - 2][j - 2] + 1);
    }
  return d[a.size()][b.size()];
}

}  // namespace

TEST_CASE("edit_distance agrees with the whole table, at every limit") {
  // Three letters in two cases: names that share their ends and hold swaps next to them are common here,
  // which is where skipping the shared ends could go wrong.
  std::mt19937 random(11);
  const std::string alphabet = "abcAB";
  const auto word = [&] {
    std::string w(std::uniform_int_distribution<std::size_t>(0, 9)(random), 'a');
    for (char& c : w) c = alphabet[std::uniform_int_distribution<std::size_t>(0, alphabet.size() - 1)(random)];
    return w;
  };
  for (int round = 0; round < 40000; ++round) {
    const std::string a = word();
    // Half the time a near copy of a: shared ends with an edit or a swap between them.
    std::string b = word();
    if (round % 2 == 0 && !a.empty()) {
      b = a;
      const std::size_t at = std::uniform_int_distribution<std::size_t>(0, a.size() - 1)(random);
      if (at + 1 < b.size() && round % 4 == 0)
        std::swap(b[at], b[at + 1]);
      else
        b[at] = alphabet[static_cast<std::size_t>(round / 2) % alphabet.size()];
    }
    const std::size_t expected = reference_distance(a, b);
    for (std::size_t limit = 0; limit <= 3; ++limit) {
      CAPTURE(a);
      CAPTURE(b);
      CAPTURE(limit);
      REQUIRE(edit_distance(a, b, limit) == std::min(expected, limit + 1));
    }
  }
}

TEST_CASE("edit_distance handles names longer than its stack rows") {
  const std::string long_name(100, 'x');
  std::string other = long_name;
  other[10] = 'y', other[90] = 'z';
  CHECK(edit_distance(long_name, other, 2) == 2);
  CHECK(edit_distance(long_name + "ab", long_name + "ba", 1) == 1);
  CHECK(edit_distance(std::string(70, 'a') + "x" + std::string(70, 'b'), std::string(70, 'b') + std::string(70, 'a'),
                      2) == 3);
}
