#pragma once

#include <mutex>
#include <type_traits>
#include <utility>

namespace jvom::ext {

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

  // The value, made by `make()` the first time. `concurrent`: callers on several threads may ask at once
  // (a run on threads, jvom/checks/parallel.hpp); one makes the value, the others wait for it. Only then
  // does it take a lock: a run on one thread needs no thread support from the platform.
  template <class Make>
  constexpr const T& get(Make&& make, bool concurrent = false) {
    if (!concurrent || std::is_constant_evaluated()) {
      if (value_ == nullptr) value_ = new T(std::forward<Make>(make)());
    } else {
      std::call_once(made_, [&] { value_ = new T(std::forward<Make>(make)()); });
    }
    return *value_;
  }

 private:
  T* value_ = nullptr;
  std::once_flag made_;
};

}  // namespace jvom::ext
