#pragma once

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <ostream>
#include <string_view>

/// JSON's strings, and null for what is not there: what every JSON output of jvom writes its text with.
namespace jvom::io {

/// `s` as a JSON string: quotes, backslashes and control characters escaped; UTF-8 passed through.
/// What needs no escape goes out a run at a time: a character at a time through a stream was most of
/// jvom-check's time on large reports.
inline void write_json_string(std::ostream& os, std::string_view s) {
  os << '"';
  std::size_t run = 0;  // where the characters not yet written begin
  for (std::size_t i = 0; i < s.size(); ++i) {
    const auto c = static_cast<unsigned char>(s[i]);
    if (c >= 0x20 && c != '"' && c != '\\') continue;
    os.write(s.data() + run, static_cast<std::streamsize>(i - run));
    run = i + 1;
    switch (c) {
      case '"': os << "\\\""; break;
      case '\\': os << "\\\\"; break;
      case '\n': os << "\\n"; break;
      case '\r': os << "\\r"; break;
      case '\t': os << "\\t"; break;
      default: {
        char buffer[8];
        std::snprintf(buffer, sizeof buffer, "\\u%04x", static_cast<unsigned>(c));
        os << buffer;
      }
    }
  }
  os.write(s.data() + run, static_cast<std::streamsize>(s.size() - run));
  os << '"';
}

namespace detail::json {

inline void string_or_null(std::ostream& os, std::string_view s) {
  if (s.empty())
    os << "null";
  else
    write_json_string(os, s);
}

inline void number_or_null(std::ostream& os, bool known, std::uint64_t n) {
  if (known)
    os << n;
  else
    os << "null";
}

}  // namespace detail::json

}  // namespace jvom::io
