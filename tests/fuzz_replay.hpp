#pragma once

// Replays every input a fuzzer ever broke (fuzz/regressions/<target>/) through the code the fuzzer runs.
#include <doctest/doctest.h>

#include <cstddef>
#include <cstdint>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <string>
#include <vector>

namespace jvom::testing {

inline void replay(const std::string& target, void (*run)(const std::uint8_t*, std::size_t)) {
  const std::filesystem::path folder = std::filesystem::path(JVOM_FUZZ_REGRESSIONS) / target;
  for (const auto& entry : std::filesystem::directory_iterator(folder)) {
    if (!entry.is_regular_file() || entry.path().filename() == ".keep") continue;
    std::ifstream in(entry.path(), std::ios::binary);
    const std::vector<char> bytes{std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
    CAPTURE(entry.path().string());
    run(reinterpret_cast<const std::uint8_t*>(bytes.data()), bytes.size());
    CHECK(true);  // reached only when the input no longer traps
  }
}

}  // namespace jvom::testing
