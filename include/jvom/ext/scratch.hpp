#pragma once

#include <cstddef>

namespace jvom::ext {

// A fixed-size array on the heap for scratch work inside constant expressions (a constexpr
// std::unique_ptr<T[]> arrives only in C++23). Made with `new T[n]()`, which compilers evaluate as one
// value-initialised array, where std::vector(n, value) constructs element by element and spends the
// compilers' constant-evaluation step budget on it.
template <class T>
class Scratch {
 public:
  constexpr explicit Scratch(std::size_t size) : data_(new T[size]()), size_(size) {}
  constexpr ~Scratch() { delete[] data_; }
  Scratch(const Scratch&) = delete;
  Scratch& operator=(const Scratch&) = delete;
  constexpr Scratch(Scratch&& other) noexcept : data_(other.data_), size_(other.size_) {
    other.data_ = nullptr;
    other.size_ = 0;
  }

  [[nodiscard]] constexpr T& operator[](std::size_t i) noexcept { return data_[i]; }
  [[nodiscard]] constexpr const T& operator[](std::size_t i) const noexcept { return data_[i]; }
  [[nodiscard]] constexpr std::size_t size() const noexcept { return size_; }

 private:
  T* data_;
  std::size_t size_;
};

}  // namespace jvom::ext
