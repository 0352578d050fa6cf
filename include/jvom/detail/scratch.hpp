#pragma once

#include <cstddef>
#include <memory>
#include <type_traits>

#include "jvom/detail/populate.hpp"

namespace jvom::detail {

// A fixed-size array on the heap for scratch work inside constant expressions (a constexpr
// std::unique_ptr<T[]> arrives only in C++23). Made with `new T[n]()`, which compilers evaluate as one
// value-initialised array: std::vector(n, value) constructs element by element, and at about 25
// evaluation steps an element that alone spends a tenth of Clang 14's budget on a 2,000-mission dataset.
// At run time a large array has its pages mapped in one call before it is zeroed (populate_for_writing):
// the hash tables of a report of millions of rows are hundreds of MiB.
template <class T>
class Scratch {
  static_assert(std::is_trivially_destructible_v<T>, "Scratch does not destroy its elements");

 public:
  constexpr explicit Scratch(std::size_t size) : data_(make(size)), size_(size) {}
  constexpr ~Scratch() {
    if (std::is_constant_evaluated())
      delete[] data_;
    else if (data_ != nullptr)
      std::allocator<T>{}.deallocate(data_, size_);
  }
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
  static constexpr T* make(std::size_t size) {
    if (std::is_constant_evaluated()) return new T[size]();
    T* const data = std::allocator<T>{}.allocate(size);
    populate_for_writing(data, size);
    std::uninitialized_value_construct_n(data, size);
    return data;
  }

  T* data_;
  std::size_t size_;
};

}  // namespace jvom::detail
