#pragma once

#include <stdexcept>

namespace jvom {

/// Thrown at run time where the same code in a constant expression fails to compile.
struct validation_error : std::invalid_argument {
  using std::invalid_argument::invalid_argument;
};

namespace detail {

// Deliberately not constexpr: reaching it during constant evaluation *is* the compile error
// (the technique of fmt's report_error); at run time it throws.
[[noreturn]] inline void report_error(const char* what) { throw validation_error(what); }

// The constexpr frame both compilers print with its argument, so the message shows up in the
// diagnostic. The `if` is required: a constexpr function that can never be a constant expression is ill-formed (GCC rejects it).
constexpr void fail(const char* what) {
  if (what) report_error(what);
}

}  // namespace detail
}  // namespace jvom
