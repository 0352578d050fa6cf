#pragma once

#include <chrono>
#include <cstddef>
#include <iomanip>
#include <optional>
#include <ostream>
#include <ranges>
#include <string_view>
#include <type_traits>
#include <variant>

#include "jvom/describe.hpp"

/// One printer for every described type: `{military: 4, civilian: 0, ...}`. Enums print their
/// enumerator's name, text is quoted, dates are ISO, optionals print `none`, ranges `[a, b]`.
/// Including this header also makes doctest show jvom values when a check fails (it finds
/// `operator<<` by argument-dependent lookup).
namespace jvom {

template <class T>
void print(std::ostream& os, const T& value);

namespace detail {

template <class T>
inline constexpr bool is_optional = false;
template <class T>
inline constexpr bool is_optional<std::optional<T>> = true;
template <class T>
inline constexpr bool is_variant = false;
template <class... T>
inline constexpr bool is_variant<std::variant<T...>> = true;

inline void print_quoted(std::ostream& os, std::string_view s) {
  os << '"';
  for (const char c : s) {
    if (c == '"' || c == '\\') os << '\\';
    os << c;
  }
  os << '"';
}

inline void print_date(std::ostream& os, const std::chrono::year_month_day& d) {
  if (!d.ok()) {
    os << "(invalid date)";
    return;
  }
  const auto fill = os.fill('0');
  os << std::setw(4) << static_cast<int>(d.year()) << '-' << std::setw(2) << static_cast<unsigned>(d.month()) << '-'
     << std::setw(2) << static_cast<unsigned>(d.day());
  os.fill(fill);
}

}  // namespace detail

/// Prints `value` readably, whatever its (described, standard or arithmetic) type.
template <class T>
void print(std::ostream& os, const T& value) {
  if constexpr (std::is_same_v<T, std::monostate>) {
    os << "none";
  } else if constexpr (std::is_same_v<T, bool>) {
    os << (value ? "true" : "false");
  } else if constexpr (DescribedEnum<T>) {
    const std::string_view name = enum_name(value);
    if (name.empty())
      os << '(' << static_cast<long long>(value) << ')';
    else
      os << name;
  } else if constexpr (std::is_arithmetic_v<T>) {
    os << +value;
  } else if constexpr (std::is_convertible_v<const T&, std::string_view>) {
    detail::print_quoted(os, value);
  } else if constexpr (std::is_same_v<T, std::chrono::year_month_day>) {
    detail::print_date(os, value);
  } else if constexpr (detail::is_optional<T>) {
    if (value)
      print(os, *value);
    else
      os << "none";
  } else if constexpr (detail::is_variant<T>) {
    std::visit([&os](const auto& alternative) { print(os, alternative); }, value);
  } else if constexpr (DescribedClass<T>) {
    os << '{';
    bool first = true;
    for_each_field(value, [&](std::string_view name, const auto& field) {
      os << (first ? "" : ", ") << name << ": ";
      first = false;
      print(os, field);
    });
    os << '}';
  } else if constexpr (std::ranges::input_range<T>) {
    os << '[';
    bool first = true;
    for (const auto& element : value) {
      os << (first ? "" : ", ");
      first = false;
      print(os, element);
    }
    os << ']';
  } else {
    static_assert(!sizeof(T), "jvom::print: this type is neither described, standard, nor arithmetic");
  }
}

/// Streams any described jvom type through `print`.
template <class T>
requires DescribedClass<T> || DescribedEnum<T> std::ostream& operator<<(std::ostream& os, const T& value) {
  print(os, value);
  return os;
}

}  // namespace jvom
