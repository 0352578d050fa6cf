#pragma once

#include <filesystem>
#include <optional>
#include <string>
#include <string_view>
#include <variant>

#include "jvom/io/report_document.hpp"
#include "jvom/office/docx.hpp"
#include "jvom/office/limits.hpp"
#include "jvom/office/odt.hpp"
#include "jvom/office/zip_archive.hpp"

/// A report document in any form it is published in: a Word file (.docx), an OpenDocument text (.odt),
/// or Tika's text of either. The format is told by the content, not the file's name.
namespace jvom::office {

namespace detail {

// An OLE compound file: Word 97-2003, or an Office file with a password (stored encrypted inside one).
inline std::string ole_file_kind(std::string_view bytes) {
  constexpr char16_t name[] = u"EncryptedPackage";
  std::string utf16;
  for (const char16_t c : std::u16string_view(name)) {
    utf16 += static_cast<char>(c & 0xFF);
    utf16 += static_cast<char>(c >> 8);
  }
  return bytes.find(utf16) != std::string_view::npos
             ? "an encrypted Office file (it has a password: save it without one)"
             : "a Word 97-2003 file (.doc: save it as .docx)";
}

}  // namespace detail

/// Reads the document in `bytes`, from `file`, into the document model: a ZIP archive as a Word or
/// OpenDocument file by the parts it holds, anything else as Tika's text.
[[nodiscard]] inline io::DocumentResult read_document(std::string_view bytes, std::string file, const Limits& limits) {
  if (bytes.starts_with("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1"))
    return {std::nullopt, {{std::move(file), 0, 0, "file", "a .docx, .odt or text report document",
                            detail::ole_file_kind(bytes)}}};
  if (!bytes.starts_with("PK")) return io::read_text_document(bytes, std::move(file));
  auto opened = ZipArchive::open(bytes, file, limits);
  if (auto* error = std::get_if<io::LoadError>(&opened)) return {std::nullopt, {std::move(*error)}};
  const ZipArchive& archive = std::get<ZipArchive>(opened);
  // By what is there, so that a file lacking its main part is told what it lacks.
  if (archive.has("word/document.xml") || archive.has("[Content_Types].xml")) return read_docx(archive, limits);
  if (archive.has("content.xml") || archive.has("mimetype")) return read_odt(archive, limits);
  return {std::nullopt, {{std::move(file), 0, 0, "archive",
                          "a Word file (with word/document.xml) or an OpenDocument text (with content.xml)",
                          "neither part"}}};
}

/// `read_document` with the default limits, as `io::load_document` takes a reader.
[[nodiscard]] inline io::DocumentResult read_any_document(std::string_view bytes, std::string file) {
  return read_document(bytes, std::move(file), Limits{});
}

/// `io::load_document` for every form of the report: .docx, .odt or Tika's text.
inline io::DocumentLoad load_document(const std::filesystem::path& file,
                                      const std::optional<std::filesystem::path>& acknowledgements = std::nullopt) {
  return io::load_document(file, acknowledgements, read_any_document);
}

/// `io::load_report` for every form of the report: a dataset folder (its CSV in `format`), or a .docx,
/// .odt or text document.
inline io::LoadResult load_report(const std::filesystem::path& path,
                                  const std::optional<std::filesystem::path>& acknowledgements = std::nullopt,
                                  const io::CsvFormat& format = {}) {
  return io::load_report(path, acknowledgements, read_any_document, format);
}

}  // namespace jvom::office
