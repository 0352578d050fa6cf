#pragma once

#include <algorithm>
#include <array>
#include <concepts>
#include <cstddef>
#include <functional>
#include <limits>
#include <memory>
#include <ranges>
#include <type_traits>
#include <utility>
#include <vector>

#include "jvom/error.hpp"

/// A generic group-by: a key projection and a reduction, over any range.
namespace jvom {

/// One group: its key (the first element's), the reduced value, and how many elements it has.
template <class Key, class Value>
struct Group {
  Key key{};
  Value value{};
  std::size_t count = 0;

  friend constexpr bool operator==(const Group&, const Group&) = default;
};

/// Capacity of a GroupList whose groups live on the heap (std::vector).
inline constexpr std::size_t dynamic_groups = std::numeric_limits<std::size_t>::max();

/// Groups in order of first appearance. With a fixed Capacity they live in a std::array: no heap, so
/// the result can be a constexpr variable; with `dynamic_groups` in a std::vector.
template <class Key, class Value, std::size_t Capacity = dynamic_groups>
class GroupList {
  static constexpr bool fixed = Capacity != dynamic_groups;
  using Storage =
      std::conditional_t<fixed, std::array<Group<Key, Value>, fixed ? Capacity : 1>, std::vector<Group<Key, Value>>>;

 public:
  using value_type = Group<Key, Value>;

  [[nodiscard]] constexpr std::size_t size() const noexcept { return fixed ? size_ : groups_.size(); }
  [[nodiscard]] constexpr bool empty() const noexcept { return size() == 0; }
  [[nodiscard]] constexpr auto begin() const noexcept { return groups_.begin(); }
  [[nodiscard]] constexpr auto end() const noexcept { return groups_.begin() + static_cast<std::ptrdiff_t>(size()); }
  [[nodiscard]] constexpr const value_type& operator[](std::size_t i) const noexcept { return groups_[i]; }

  /// The group with key `key` under `equal`, or nullptr.
  template <class K, class Equal = std::ranges::equal_to>
  [[nodiscard]] constexpr const value_type* find(const K& key, Equal equal = {}) const {
    for (const value_type& g : *this)
      if (equal(g.key, key)) return &g;
    return nullptr;
  }

  // The group for `key`, created with `init` when new.
  template <class Equal>
  constexpr value_type& group_for(const Key& key, const Value& init, Equal& equal) {
    for (std::size_t i = 0; i < size(); ++i)
      if (equal(groups_[i].key, key)) return groups_[i];
    if constexpr (fixed) {
      if (size_ == Capacity) detail::fail("group_by: more groups than the capacity given");
      groups_[size_] = value_type{key, init, 0};
      return groups_[size_++];
    } else {
      return groups_.emplace_back(value_type{key, init, 0});
    }
  }

 private:
  Storage groups_{};
  std::size_t size_ = 0;  // used when fixed
};

namespace detail {

// One step of a fold: `reduce` either returns the new value (`value = reduce(std::move(value), x)`) or
// returns nothing and updates the value it is given (`reduce(value, x)`). Below -O3, GCC and Clang copy a
// struct of counters through the stack on every element of the first form; the second keeps it in place.
template <class Reduce, class Value, class Element>
concept reduces_in_place =
    std::invocable<Reduce&, Value&, Element> && std::is_void_v<std::invoke_result_t<Reduce&, Value&, Element>>;

template <class Value, class Reduce, class Element>
constexpr void fold_into(Value& value, Reduce& reduce, Element&& element) {
  if constexpr (reduces_in_place<Reduce, Value, Element>)
    std::invoke(reduce, value, std::forward<Element>(element));
  else
    value = std::invoke(reduce, std::move(value), std::forward<Element>(element));
}

}  // namespace detail

/// Groups `elements` by `key_of(element)` and folds each group, starting from `init`, with `reduce`:
/// either `value = reduce(std::move(value), element)`, when reduce returns the new value, or
/// `reduce(value, element)`, when it returns nothing and adds the element to the value it is given (the
/// faster form for a value with several members, such as ColumnTotals). Keys are compared with `equal`
/// (for instance `same_region`). Groups keep the order in which their keys first appear. A group's key is
/// its first element's.
///
/// With a `Capacity` the result needs no heap (usable as a constexpr variable); more groups than that
/// is an error. Time: O(n) when equal keys come together (as the tables print them), O(n * groups)
/// at worst: meant for few groups (regions, categories, kinds), not for keys unique per element.
template <std::size_t Capacity = dynamic_groups, std::ranges::input_range R, class KeyFn, class Value, class Reduce,
          class Equal = std::ranges::equal_to>
[[nodiscard]] constexpr auto group_by(R&& elements, KeyFn key_of, Value init, Reduce reduce, Equal equal = {}) {
  using Element = std::ranges::range_reference_t<R>;
  using Key = std::remove_cvref_t<std::invoke_result_t<KeyFn&, Element>>;
  GroupList<Key, Value, Capacity> groups;
  // A run of elements with one key (the tables print a region's rows together) folds into a local value,
  // which the compiler can keep in registers, and is stored in its group when the key changes.
  Group<Key, Value>* current = nullptr;
  Value value = init;
  std::size_t count = 0;
  const auto store = [&] {
    if (current == nullptr) return;
    current->value = std::move(value);
    current->count = count;
  };
  for (auto&& element : elements) {
    decltype(auto) key = std::invoke(key_of, element);  // a reference when key_of returns one: no copy
    if (current == nullptr || !equal(current->key, key)) {
      store();  // before group_for, which may move the groups
      current = &groups.group_for(key, init, equal);
      value = std::move(current->value);
      count = current->count;
    }
    detail::fold_into(value, reduce, element);
    ++count;
  }
  store();
  return groups;
}

}  // namespace jvom
