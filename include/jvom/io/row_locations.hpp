#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "jvom/checks/finding.hpp"

/// Where a loaded report's rows were read, so that a finding's source can point at the input itself.
namespace jvom::io {

/// A place in an input file: its name as given, and a 1-based line (0: the file as a whole).
struct FileLine {
  std::string_view file{};
  std::size_t line = 0;
};

/// The file of each annex, of the narrative, of the acknowledgements and of the UN figures, and each row's
/// line in it (0: not known). Empty for the report compiled into jvom, which was read from no file.
struct RowLocations {
  std::string annex1_file, annex2_file, narrative_file, acknowledgements_file;
  std::vector<std::size_t> annex1_lines, annex2_lines, acknowledgement_lines;
  std::size_t totals_line = 0;  ///< annex 2's printed Totaal row
  std::string un_file{};
  std::vector<std::size_t> un_lines{};  ///< of `Report::un_counts`, the country's rows only

  /// The file and line `source` points at; an empty file for what no file holds (a computed value, the
  /// configuration, a claim of a dataset folder, whose line is the original document's).
  [[nodiscard]] FileLine locate(const Source& source) const noexcept {
    const auto row_of = [&source](const std::string& file, const std::vector<std::size_t>& lines) {
      if (file.empty()) return FileLine{};
      const bool known = source.row != 0 && source.row <= lines.size();
      return FileLine{file, known ? lines[source.row - 1] : 0};
    };
    switch (source.kind) {
      case SourceKind::annex1: return row_of(annex1_file, annex1_lines);
      case SourceKind::annex2: return row_of(annex2_file, annex2_lines);
      case SourceKind::acknowledgement: return row_of(acknowledgements_file, acknowledgement_lines);
      case SourceKind::un: return row_of(un_file, un_lines);
      case SourceKind::totals: return annex2_file.empty() ? FileLine{} : FileLine{annex2_file, totals_line};
      case SourceKind::narrative: return narrative_file.empty() ? FileLine{} : FileLine{narrative_file, source.row};
      default: return {};
    }
  }
};

}  // namespace jvom::io
