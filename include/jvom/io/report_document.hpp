#pragma once

#include <filesystem>
#include <fstream>
#include <iterator>
#include <optional>
#include <string>
#include <string_view>
#include <system_error>
#include <vector>

#include "jvom/io/dataset.hpp"
#include "jvom/io/document.hpp"
#include "jvom/io/extract/annexes.hpp"
#include "jvom/io/extract/narrative.hpp"
#include "jvom/io/load_error.hpp"
#include "jvom/io/tika_text.hpp"
#include "jvom/text/format.hpp"

/// A report document, from the file to the report: read into the document model, its annexes and
/// narrative extracted, its acknowledgements read from beside it. What `jvom-check FILE` runs.
namespace jvom::io {

/// The report extracted from a document, with the notes its annexes carry; or why there is none.
struct DocumentLoad {
  OptionalReport report;
  std::vector<extract::AnnexNote> notes;
  std::vector<LoadError> errors;
  bool truncated = false;  ///< more errors than were kept
  RowLocations locations;  ///< the document's lines of the annexes' rows, when there is a report
};

/// The report `document` holds: both annexes, the narrative's claims, and a title ("Jaarlijkse
/// voortgangsrapportage overige missiebijdragen" and the year the period ends, when the text names the
/// report so; else the document's file name). Loading is all or nothing, as a folder's.
inline DocumentLoad extract_report(const doc::Document& document) {
  DocumentLoad out;
  LoadErrors errors;
  OwnedReport report;
  const extract::AnnexLayout layout = extract::extract_annexes(document, report, errors);
  if (errors.empty()) {
    errors.next_file();
    detail::check_missions(report.annex1, layout.annex1_lines, document.source, errors);
    detail::check_missions(report.annex2, layout.annex2_lines, document.source, errors);
  }
  if (!errors.empty()) return {std::nullopt, {}, errors.all(), errors.truncated(), {}};
  extract::extract_claims(document, layout, report);

  constexpr std::string_view name = "Jaarlijkse voortgangsrapportage overige missiebijdragen";
  bool named = false;
  for (const doc::Block& b : document.blocks)
    if (const auto* p = std::get_if<doc::Paragraph>(&b); p && ext::ifind(p->text, name) != std::string_view::npos) {
      named = true;
      break;
    }
  const auto period = effective_period(report.report());
  if (named && period)
    report.title = report.keep(std::string(name) + " " + text::detail::four_digit_year(period->last_day().year()));
  else
    report.title = report.keep(std::filesystem::path(document.source).filename().string());
  out.notes = layout.notes;
  out.report = std::move(report);
  out.locations = {document.source, document.source, document.source, {}, layout.annex1_lines, layout.annex2_lines,
                   {}, layout.totals_line, {}, {}};
  return out;
}

namespace detail {

// What a file that is not a report's text is, when its first bytes say: a name for the error.
inline std::optional<std::string> not_a_text_report(std::string_view head) {
  if (head.starts_with("PK\x03\x04"))
    return "a ZIP archive (.docx or .odt): read it with jvom::office, or give its text, from Tika";
  if (head.starts_with("%PDF")) return "a PDF file";
  const std::string_view first_line = head.substr(0, head.find('\n'));
  if (first_line.find("mission") != std::string_view::npos && first_line.find(',') != std::string_view::npos)
    return "a CSV file of a dataset: give the folder it is in";
  return std::nullopt;
}

}  // namespace detail

/// How a report document's bytes become the document model: `read_tika_text`, or a reader of another
/// format given the bytes and the file's name.
using DocumentReader = DocumentResult (*)(std::string_view bytes, std::string file);

/// Tika's text of a report: what `load_document` reads unless told otherwise. A file that is plainly
/// something else (a ZIP archive, a PDF, a dataset's CSV) is named so.
inline DocumentResult read_text_document(std::string_view bytes, std::string file) {
  if (const auto what = detail::not_a_text_report(bytes.substr(0, 4096)))
    return {std::nullopt, {{std::move(file), 1, 1, "file", "a report document (the text of the published report)", *what}}};
  return read_tika_text(bytes, std::move(file));
}

/// Reads the report document at `file` with `reader` (Tika's text by default). Acknowledgements come
/// from `acknowledgements` when given, else from an `acknowledgements.csv` beside the file, if there is one.
inline DocumentLoad load_document(const std::filesystem::path& file,
                                  const std::optional<std::filesystem::path>& acknowledgements = std::nullopt,
                                  DocumentReader reader = read_text_document) {
  const auto fail = [&](LoadError e) { return DocumentLoad{std::nullopt, {}, {std::move(e)}, false, {}}; };
  std::error_code ec;
  if (std::filesystem::is_directory(file, ec))
    return fail({file.string(), 0, 0, "file", "a report document", "a folder"});
  const std::string problem = unreadable_because(file);
  std::ifstream in;
  if (problem.empty()) in.open(file, std::ios::binary);
  if (!in.is_open())
    return fail({file.string(), 0, 0, "file", "a readable report document",
                 problem.empty() ? "a file that cannot be opened" : problem});
  const std::string content{std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
  DocumentResult read = reader(content, file.string());
  if (!read.document) return {std::nullopt, {}, read.errors, false, {}};
  DocumentLoad load = extract_report(*read.document);
  if (!load.report) return load;

  LoadErrors errors;
  cells::ReadContext context{nullptr, [&load](std::string_view s) { return cells::keep_nfc(*load.report, s); }};
  const std::filesystem::path ack_file = acknowledgements.value_or(file.parent_path() / "acknowledgements.csv");
  load.report->acknowledgements = read_rows_file<Acknowledgement>(ack_file, acknowledgements.has_value(), errors, context,
                                                                  &load.locations.acknowledgement_lines);
  if (!errors.empty()) return {std::nullopt, {}, errors.all(), errors.truncated(), {}};
  load.locations.acknowledgements_file = ack_file.string();
  return load;
}

/// True when `path` is a file to read as a report document rather than a dataset folder.
[[nodiscard]] inline bool is_report_document(const std::filesystem::path& path) {
  std::error_code ec;
  return std::filesystem::exists(path, ec) && !std::filesystem::is_directory(path, ec);
}

/// The report at `path`: a dataset folder (`load_dataset`, its CSV in `format`), or any file, read as a
/// report document (`load_document` with `reader`, and `acknowledgements` when given). What the
/// command-line tools take.
inline LoadResult load_report(const std::filesystem::path& path,
                              const std::optional<std::filesystem::path>& acknowledgements = std::nullopt,
                              DocumentReader reader = read_text_document, const CsvFormat& format = {}) {
  if (!is_report_document(path)) return load_dataset(path, format);
  DocumentLoad document = load_document(path, acknowledgements, reader);
  return {std::move(document.report), std::move(document.errors), document.truncated, std::move(document.locations)};
}

}  // namespace jvom::io
