#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

#include "jvom/ext/utf8.hpp"
#include "jvom/io/load_error.hpp"

/// What a text document must be before anything reads its content: UTF-8 text, not binary and not UTF-16.
namespace jvom::io {

/// An error for `text`, read from `file`, when it is not UTF-8 text: the first NUL byte (binary, or
/// UTF-16 without a byte order mark), a UTF-16 byte order mark, or the first byte that is not UTF-8;
/// nullopt when it is.
[[nodiscard]] inline std::optional<LoadError> check_text_file(std::string_view text, const std::string& file) {
  if (text.starts_with("\xFF\xFE") || text.starts_with("\xFE\xFF"))
    return LoadError{file, 1, 1, "file", "text encoded as UTF-8", "a UTF-16 byte order mark (save the text as UTF-8)"};
  std::size_t line = 1, column = 1;
  for (std::size_t i = 0; i < text.size();) {
    const char c = text[i];
    if (c == '\0') return LoadError{file, line, column, "file", "text (UTF-8)", "a NUL byte: binary data or UTF-16"};
    const std::size_t n = ext::utf8_length(text.substr(i, 4));
    if (n == 0) {
      static constexpr char digits[] = "0123456789ABCDEF";
      const auto byte = static_cast<unsigned char>(c);
      return LoadError{file, line, column, "file", "text encoded as UTF-8",
                       std::string("byte 0x") + digits[byte >> 4] + digits[byte & 15]};
    }
    if (c == '\n') {
      ++line;
      column = 1;
    } else {
      ++column;
    }
    i += n;
  }
  return std::nullopt;
}

}  // namespace jvom::io
