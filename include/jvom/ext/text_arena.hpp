#pragma once

#include <algorithm>
#include <cstddef>
#include <memory>
#include <string_view>
#include <vector>

namespace jvom::ext {

// Owns copies of strings at addresses that never move, so string_views into it stay valid for the
// arena's life, across moves of the arena itself. Bump allocation in 64 KiB blocks: one allocation
// per block instead of one per string.
class TextArena {
 public:
  TextArena() = default;
  TextArena(TextArena&&) noexcept = default;
  TextArena& operator=(TextArena&&) noexcept = default;
  TextArena(const TextArena&) = delete;  // views into the source would not follow a copy
  TextArena& operator=(const TextArena&) = delete;

  // A stable copy of `s`.
  std::string_view keep(std::string_view s) {
    if (s.empty()) return {};
    if (s.size() > block_size / 4) return {copy_into(allocate(s.size()), s), s.size()};  // a block of its own
    if (s.size() > left_) {
      next_ = allocate(block_size);
      left_ = block_size;
    }
    char* at = copy_into(next_, s);
    next_ += s.size();
    left_ -= s.size();
    return {at, s.size()};
  }

  // Bytes allocated, for memory accounting.
  [[nodiscard]] std::size_t bytes() const noexcept { return bytes_; }

 private:
  static constexpr std::size_t block_size = 64 * 1024;

  char* allocate(std::size_t n) {
    blocks_.push_back(std::make_unique_for_overwrite<char[]>(n));
    bytes_ += n;
    return blocks_.back().get();
  }
  static char* copy_into(char* at, std::string_view s) noexcept {
    std::copy(s.begin(), s.end(), at);
    return at;
  }

  std::vector<std::unique_ptr<char[]>> blocks_;
  char* next_ = nullptr;
  std::size_t left_ = 0;
  std::size_t bytes_ = 0;
};

}  // namespace jvom::ext
