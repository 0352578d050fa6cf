// Mission keys and the marks in printed names: the same at compile time and at run time.
#include <doctest/doctest.h>

#include <array>
#include <cstdint>
#include <jvom/annex.hpp>
#include <jvom/mission_key.hpp>
#include <jvom/ext/characters.hpp>
#include <string>
#include <string_view>

using jvom::key_hash;
using jvom::mission_key;

namespace {
static_assert(mission_key("  UNTSO (Libanon en Golan) ") == "UNTSO");
static_assert(mission_key("NAVO oostflank (separate VGR)") == "NAVO oostflank");
static_assert(mission_key("(alleen haakjes)") == "(alleen haakjes)");  // a name is never emptied
static_assert(jvom::same_mission("EMASOH", "EMASoH (Agenor)"));
static_assert(!jvom::same_mission("OCS", "OSC"));
static_assert(key_hash("European Union Training Mission") == key_hash("EUROPEAN UNION training MISSION"));
constexpr std::string_view text = "Multinational Force and Observers Sinai";
}  // namespace

TEST_CASE("a key's hash is the same at compile time and at run time, for every length around a word") {
  // Datasets in headers are matched at compile time, loaded ones at run time: the same rule for both. The
  // run-time hash reads eight characters at once; the compile-time one assembles them a byte at a time.
  constexpr auto at_compile_time = [] {
    std::array<std::uint64_t, text.size() + 1> hashes{};
    for (std::size_t n = 0; n <= text.size(); ++n) hashes[n] = key_hash(text.substr(0, n));
    return hashes;
  }();
  const std::string copy(text);  // not a constant: hashed at run time
  for (std::size_t n = 0; n <= copy.size(); ++n) {
    CAPTURE(n);
    CHECK(key_hash(std::string_view(copy).substr(0, n)) == at_compile_time[n]);
  }
}

TEST_CASE("a key is the same at compile time (a pointer walk) and at run time (memchr)") {
  static constexpr std::array<std::string_view, 8> names{"UNTSO (Libanon en Golan)",
                                                         "  NAVO oostflank (separate VGR) ",
                                                         "(alleen haakjes)",
                                                         "EMASoH",
                                                         "a(b",
                                                         "x (",
                                                         "",
                                                         " ( "};
  constexpr auto at_compile_time = [] {
    std::array<std::string_view, names.size()> keys{};
    for (std::size_t i = 0; i < names.size(); ++i) keys[i] = mission_key(names[i]);
    return keys;
  }();
  for (std::size_t i = 0; i < names.size(); ++i) {
    const std::string copy(names[i]);
    CAPTURE(copy);
    CHECK(mission_key(copy) == at_compile_time[i]);
  }
  CHECK(at_compile_time[4] == "a");
  CHECK(at_compile_time[5] == "x");
}

TEST_CASE("a key's hash ignores ASCII case in every position, and nothing else") {
  const std::string lower = "eutm mali 2025-xyz";
  for (std::size_t i = 0; i < lower.size(); ++i) {
    CAPTURE(i);
    std::string changed = lower;
    changed[i] = static_cast<char>(changed[i] >= 'a' && changed[i] <= 'z' ? changed[i] - 32 : changed[i]);
    CHECK(key_hash(changed) == key_hash(lower));
    changed[i] = '#';
    CHECK(key_hash(changed) != key_hash(lower));
  }
  // The folding eight bytes at a time is ext::to_lower's, for every byte value in every lane of a word.
  for (int byte = 0; byte < 256; ++byte)
    for (std::size_t lane = 0; lane < 8; ++lane) {
      std::string word(8, 'q');
      word[lane] = static_cast<char>(byte);
      std::uint64_t expected = 0;
      for (std::size_t i = 0; i < 8; ++i)
        expected |= std::uint64_t{static_cast<unsigned char>(jvom::ext::to_lower(word[i]))} << (8 * i);
      CHECK_MESSAGE(jvom::detail::folded_word(word.data(), 8) == expected, "byte ", byte, " in lane ", lane);
    }
  // Bytes of UTF-8 text are never folded: "É" (C3 89) and "é" (C3 A9) are different keys, as in same_key.
  CHECK(key_hash("\xC3\x89tat") != key_hash("\xC3\xA9tat"));
  CHECK(!jvom::same_key("\xC3\x89tat", "\xC3\xA9tat"));
}

TEST_CASE("the separate-report mark is found the same at compile time and at run time") {
  static constexpr std::array<std::string_view, 7> names{
      "NAVO oostflank (separate VGR)", "X (Separate vgr)", "X (oost)", "separate VGR",
      "X (a) (separate VGR)",          "(separate VGR",    ""};
  constexpr auto at_compile_time = [] {
    std::array<bool, names.size()> marked{};
    for (std::size_t i = 0; i < names.size(); ++i)
      marked[i] = jvom::PersonnelRow{.mission = names[i]}.separate_report();
    return marked;
  }();
  static_assert(at_compile_time == std::array{true, true, false, false, true, true, false});
  for (std::size_t i = 0; i < names.size(); ++i) {
    const std::string copy(names[i]);  // not a constant: looked at run time
    CAPTURE(copy);
    CHECK(jvom::PersonnelRow{.mission = copy}.separate_report() == at_compile_time[i]);
  }
}
