#pragma once

#include <boost/describe/enumerators.hpp>
#include <boost/describe/members.hpp>
#include <boost/describe/modifiers.hpp>
#include <boost/mp11/algorithm.hpp>
#include <optional>
#include <string_view>
#include <type_traits>

/// Generic access to types described with Boost.Describe: what printing, CSV and JSON walk, so that
/// none of them is written per type.
namespace jvom {

/// An enum described with BOOST_DESCRIBE_ENUM.
template <class T>
concept DescribedEnum = boost::describe::has_describe_enumerators<T>::value;

/// A class described with BOOST_DESCRIBE_STRUCT or BOOST_DESCRIBE_CLASS.
template <class T>
concept DescribedClass = boost::describe::has_describe_members<T>::value && !std::is_union_v<T>;

/// The enumerator's name ("indefinite"), or empty for a value with no enumerator.
/// (boost::describe::enum_to_string is not constexpr.)
template <DescribedEnum E>
[[nodiscard]] constexpr std::string_view enum_name(E e) noexcept {
  std::string_view name;
  boost::mp11::mp_for_each<boost::describe::describe_enumerators<E>>([&](auto D) {
    if (e == D.value) name = D.name;
  });
  return name;
}

/// The enumerator named `name`, exactly.
template <DescribedEnum E>
[[nodiscard]] constexpr std::optional<E> enum_from_name(std::string_view name) noexcept {
  std::optional<E> found;
  boost::mp11::mp_for_each<boost::describe::describe_enumerators<E>>([&](auto D) {
    if (!found && name == D.name) found = D.value;
  });
  return found;
}

/// Calls `f(name, value)` for each described public field of `object`, in declaration order: public
/// data members, then public accessors (described const member functions taking no argument), which
/// is how classes with invariants (EndDate, LegalBasis) expose their state.
template <DescribedClass T, class F>
constexpr void for_each_field(const T& object, F&& f) {
  namespace bd = boost::describe;
  boost::mp11::mp_for_each<bd::describe_members<T, bd::mod_public>>(
      [&](auto D) { f(std::string_view{D.name}, object.*D.pointer); });
  boost::mp11::mp_for_each<bd::describe_members<T, bd::mod_public | bd::mod_function>>([&](auto D) {
    if constexpr (std::is_invocable_v<decltype(D.pointer), const T&>)
      f(std::string_view{D.name}, (object.*D.pointer)());
  });
}

}  // namespace jvom
