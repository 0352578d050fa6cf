#pragma once

#include <utility>

namespace jvom::detail {

// A value made on first use and kept: for work that some checks of a run share and others never need.
// Heap-held through `new`, which constant evaluation allows (std::optional's emplace is constexpr only
// from C++23).
template <class T>
class Lazy {
 public:
  constexpr Lazy() noexcept = default;
  constexpr ~Lazy() { delete value_; }
  Lazy(const Lazy&) = delete;
  Lazy& operator=(const Lazy&) = delete;

  // The value, made by `make()` the first time.
  template <class Make>
  constexpr const T& get(Make&& make) {
    if (value_ == nullptr) value_ = new T(std::forward<Make>(make)());
    return *value_;
  }

 private:
  T* value_ = nullptr;
};

}  // namespace jvom::detail
