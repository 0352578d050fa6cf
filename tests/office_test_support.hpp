#pragma once

// What the office readers' tests share: a read that fails the test on any error, and the headings read.
#include <doctest/doctest.h>

#include <jvom/io/document.hpp>
#include <jvom/io/tika_text.hpp>
#include <utility>
#include <variant>
#include <vector>

namespace jvom::testing {

/// The document `read` made; the test fails on an error.
inline io::doc::Document document_of(io::DocumentResult read) {
  for (const io::LoadError& e : read.errors) FAIL(e.message());
  REQUIRE(read.document);
  return std::move(*read.document);
}

inline std::vector<io::doc::Heading> headings(const io::doc::Document& d) {
  std::vector<io::doc::Heading> out;
  for (const io::doc::Block& b : d.blocks)
    if (const auto* h = std::get_if<io::doc::Heading>(&b)) out.push_back(*h);
  return out;
}

}  // namespace jvom::testing
