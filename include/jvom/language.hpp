#pragma once

#include <boost/describe/enum.hpp>
#include <cstdint>
#include <string_view>

/// The languages jvom writes its findings, headings and labels in.
namespace jvom {

/// English (the command line's default) or Dutch (the report's own language, the page's default).
enum class Language : std::uint8_t { en, nl };
BOOST_DESCRIBE_ENUM(Language, en, nl)

/// One text in both languages.
struct Phrase {
  std::string_view en;
  std::string_view nl;

  [[nodiscard]] constexpr std::string_view in(Language language) const noexcept {
    return language == Language::nl ? nl : en;
  }
};

}  // namespace jvom
