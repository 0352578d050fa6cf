#pragma once

#include <mutex>
#include <type_traits>
#include <utility>

namespace jvom::detail {

// A value made on first use and kept: for work that some checks of a run share and others never need.
// Heap-held through `new`, which constant evaluation allows (std::optional's emplace is constexpr only
// from C++23). At run time the checks of a parallel run (jvom/checks/parallel.hpp) may ask at once: one
// makes the value, the others wait for it.
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
    if (std::is_constant_evaluated()) {
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

}  // namespace jvom::detail
