#pragma once

// Which compiler builds jvom, the builtins jvom uses (each behind a macro that other compilers get a
// portable form of), and the workarounds jvom carries for the compilers it is tested with.
//
// Workarounds. Code shaped by one names it in a comment ("workaround: <name>, config.hpp"), so that it can
// be found and undone once no supported compiler needs it. Tested with GCC 12 and Clang 14 (libstdc++ 12).
//
// - clang_is_constant_evaluated (Clang 14 with libstdc++ 12): std::is_constant_evaluated() is not usable
//   in some constexpr member functions of class templates (fmt#3247); JVOM_IS_CONSTANT_EVALUATED() is
//   the builtin there.
// - gcc_mutable_in_constant_evaluation (GCC 12): constant evaluation may not read a `mutable` member of an
//   object made outside it; state shared by const members is held by reference instead.
// - clang_member_template_instantiation (Clang 14): a member function template used in a constant
//   expression is not instantiated in time; such helpers are free functions.
// - clang_ranges_subrange (Clang 14 with libstdc++ 12): std::ranges::subrange does not compile; a small
//   range of two iterators stands in (llvm/llvm-project#52696).
// - gcc_conditional_allocation (GCC 12): in constant evaluation, a conditional expression whose arms are a
//   std::vector made by a call and an empty one (`c ? f() : std::vector<T>{}`) is reported as a use of
//   storage after its deallocation; such values are returned from an `if` instead.
// - gcc_restrict_false_positive (GCC 12 at -O3): `"x" + std::string` warns of an overlap (-Wrestrict)
//   that is not there; such strings are built by appending.
// - clang_characters_as_numbers (Clang 14): a diagnostic prints the characters of a class template
//   argument as numbers; a failed validation names its findings in a pack of characters instead, which
//   Clang prints as characters.

#include <type_traits>

#if defined(__clang__)
#define JVOM_CLANG __clang_major__
#define JVOM_GCC 0
#elif defined(__GNUC__)
#define JVOM_CLANG 0
#define JVOM_GCC __GNUC__
#else
#define JVOM_CLANG 0
#define JVOM_GCC 0
#endif

#if JVOM_CLANG || JVOM_GCC
// Whether the expression is being evaluated at compile time (workaround: clang_is_constant_evaluated).
#define JVOM_IS_CONSTANT_EVALUATED() __builtin_is_constant_evaluated()
// Inlines a function wherever it is called: a function that only hints the processor does nothing unless
// inlined, and GCC drops calls to one that it does not inline.
#define JVOM_ALWAYS_INLINE [[gnu::always_inline]]
// A function that runs only on the way to an error: kept out of line and out of the hot path.
#define JVOM_COLD [[gnu::noinline, gnu::cold]]
#else
#define JVOM_IS_CONSTANT_EVALUATED() std::is_constant_evaluated()
#define JVOM_ALWAYS_INLINE
#define JVOM_COLD
#endif

// Asks the processor to start fetching the cache line at `address`; changes no value. Defining
// JVOM_NO_PREFETCH turns the hints off, so that a benchmark can measure what they gain.
#if (JVOM_CLANG || JVOM_GCC) && !defined(JVOM_NO_PREFETCH)
#define JVOM_PREFETCH(address) __builtin_prefetch(address)
#else
#define JVOM_PREFETCH(address) static_cast<void>(address)
#endif

namespace jvom::ext {

/// `*sum = a + b`, and true when the sum does not fit `T` (unsigned): one add and a carry test where the
/// compiler has the builtin, in constant expressions too.
template <class T>
[[nodiscard]] constexpr bool add_overflows(T a, T b, T* sum) noexcept {
  static_assert(std::is_unsigned_v<T>, "add_overflows: unsigned types only");
#if JVOM_CLANG || JVOM_GCC
  return __builtin_add_overflow(a, b, sum);
#else
  *sum = static_cast<T>(a + b);
  return *sum < a;
#endif
}

}  // namespace jvom::ext
