#pragma once

#include <cstddef>

/// What the office readers read at most: a hostile file costs bounded time and memory and gets an error
/// that names the limit. A real report is far inside every one.
namespace jvom::office {

struct Limits {
  /// Bytes one part of the archive may inflate to (word/document.xml, content.xml): a ZIP bomb's entry
  /// is read no further. Memory stays within a few times this.
  std::size_t part_bytes = std::size_t{64} << 20;
  /// Entries in the archive: a document has tens; a central directory of millions is not one.
  std::size_t archive_entries = 10'000;
  /// Tags (start, end or empty) in one XML part: what its parsed tree costs grows with them, so a part
  /// with more is refused before it is parsed.
  std::size_t markup_tags = 1'000'000;
  /// Paragraphs, table rows and cells in the document model together.
  std::size_t model_items = 200'000;
  /// Elements nested in one another in a part, tables inside tables included.
  std::size_t element_depth = 256;
};

}  // namespace jvom::office
