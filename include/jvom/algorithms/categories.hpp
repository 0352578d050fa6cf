#pragma once

#include <array>
#include <boost/describe/class.hpp>
#include <boost/describe/enum.hpp>
#include <cstdint>
#include <ranges>

#include "jvom/algorithms/staffed.hpp"
#include "jvom/headcount.hpp"
#include "jvom/personnel_count.hpp"

namespace jvom {

/// The categories a PersonnelCount holds. `civil_police` is the annex tables' merged column.
enum class Category : std::uint8_t { military, civilian, police, civil_police };
BOOST_DESCRIBE_ENUM(Category, military, civilian, police, civil_police)

inline constexpr std::array<Category, 4> all_categories{Category::military, Category::civilian, Category::police,
                                                        Category::civil_police};

/// The count of one category.
[[nodiscard]] constexpr Headcount count_of(const PersonnelCount& count, Category category) noexcept {
  switch (category) {
    case Category::military: return count.military;
    case Category::civilian: return count.civilian;
    case Category::police: return count.police;
    case Category::civil_police: return count.civil_police;
  }
  return 0;
}

/// One category's total.
struct CategoryTotal {
  Category category = Category::military;
  Headcount count = 0;
  friend constexpr bool operator==(const CategoryTotal&, const CategoryTotal&) = default;
};
BOOST_DESCRIBE_STRUCT(CategoryTotal, (), (category, count))

/// Deployed personnel by category over any range of staffed elements: military, civilian, police, and
/// civil/police as the tables merge it. No allocation; usable in constant expressions.
template <std::ranges::input_range R>
requires Staffed<std::ranges::range_value_t<R>>
[[nodiscard]] constexpr std::array<CategoryTotal, 4> deployed_by_category(R&& elements) {
  PersonnelCount sum;
  for (const auto& element : elements) sum += deployed_personnel(element);
  std::array<CategoryTotal, 4> out{};
  for (std::size_t i = 0; i < all_categories.size(); ++i)
    out[i] = {all_categories[i], count_of(sum, all_categories[i])};
  return out;
}

}  // namespace jvom
