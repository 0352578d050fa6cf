#pragma once

#include <zip.h>

#include <cstddef>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <variant>

#include "jvom/io/load_error.hpp"
#include "jvom/office/limits.hpp"

/// A .docx or .odt file's ZIP archive, read from memory with libzip: its parts by name, each inflated
/// to at most `Limits::part_bytes`. Nothing is written: the archive is opened read-only and discarded.
namespace jvom::office {

class ZipArchive {
 public:
  /// Opens the archive in `bytes` (kept by the caller while the archive lives), read from `file`.
  [[nodiscard]] static std::variant<ZipArchive, io::LoadError> open(std::string_view bytes, std::string file,
                                                                    const Limits& limits = {}) {
    zip_error_t error;
    zip_error_init(&error);
    zip_source_t* source = zip_source_buffer_create(bytes.data(), bytes.size(), 0, &error);
    if (source == nullptr) return archive_error(file, error);
    zip_t* archive = zip_open_from_source(source, ZIP_RDONLY | ZIP_CHECKCONS, &error);
    if (archive == nullptr) {
      zip_source_free(source);
      return archive_error(file, error);
    }
    ZipArchive out{archive, std::move(file), limits};
    const zip_int64_t entries = zip_get_num_entries(archive, 0);
    if (entries < 0 || static_cast<std::size_t>(entries) > limits.archive_entries)
      return io::LoadError{out.file_, 0, 0, "archive",
                           "at most " + std::to_string(limits.archive_entries) + " entries",
                           std::to_string(entries) + " entries"};
    return out;
  }

  /// True when the archive has an entry named `name`.
  [[nodiscard]] bool has(const std::string& name) const { return zip_name_locate(archive_.get(), name.c_str(), 0) >= 0; }

  /// The inflated content of the part `name`; an error when it is missing (and `required`), encrypted,
  /// corrupt, or inflates beyond the limit. A missing part that is not required reads as nothing.
  [[nodiscard]] std::variant<std::string, io::LoadError> read(const std::string& name, bool required = true) const {
    const zip_int64_t index = zip_name_locate(archive_.get(), name.c_str(), 0);
    if (index < 0) {
      if (!required) return std::string{};
      return io::LoadError{file_, 0, 0, name, "the part " + name + " in the archive", "no such part"};
    }
    zip_stat_t stat;
    zip_stat_init(&stat);
    if (zip_stat_index(archive_.get(), static_cast<zip_uint64_t>(index), 0, &stat) != 0)
      return part_error(name, "a readable entry", zip_strerror(archive_.get()));
    if ((stat.valid & ZIP_STAT_ENCRYPTION_METHOD) != 0 && stat.encryption_method != ZIP_EM_NONE)
      return part_error(name, "a part that is not encrypted", "an encrypted entry (the document has a password)");
    const auto close = [](zip_file_t* f) { zip_fclose(f); };
    const std::unique_ptr<zip_file_t, decltype(close)> entry{
        zip_fopen_index(archive_.get(), static_cast<zip_uint64_t>(index), 0), close};
    if (!entry) return part_error(name, "an entry that can be inflated", zip_strerror(archive_.get()));

    std::string content;
    if ((stat.valid & ZIP_STAT_SIZE) != 0 && stat.size <= limits_.part_bytes)
      content.reserve(static_cast<std::size_t>(stat.size));
    char chunk[1 << 16];
    while (true) {
      const zip_int64_t n = zip_fread(entry.get(), chunk, sizeof chunk);
      if (n < 0) return part_error(name, "an entry that inflates without error", zip_file_strerror(entry.get()));
      if (n == 0) break;
      if (content.size() + static_cast<std::size_t>(n) > limits_.part_bytes)
        return part_error(name, "a part that inflates to at most " + megabytes(limits_.part_bytes),
                          "more than that, from " + std::to_string(stat.comp_size) + " compressed bytes");
      content.append(chunk, static_cast<std::size_t>(n));
    }
    return content;
  }

  [[nodiscard]] const std::string& file() const noexcept { return file_; }

 private:
  struct Discard {
    void operator()(zip_t* z) const noexcept { zip_discard(z); }
  };

  ZipArchive(zip_t* archive, std::string file, const Limits& limits)
      : archive_(archive), file_(std::move(file)), limits_(limits) {}

  static io::LoadError archive_error(const std::string& file, zip_error_t& error) {
    std::string found = zip_error_strerror(&error);
    zip_error_fini(&error);
    return {file, 0, 0, "archive", "a ZIP archive (.docx or .odt) that is whole", found};
  }
  io::LoadError part_error(const std::string& name, std::string expected, std::string found) const {
    return {file_, 0, 0, name, std::move(expected), std::move(found)};
  }
  static std::string megabytes(std::size_t bytes) {
    return bytes % (std::size_t{1} << 20) == 0 ? std::to_string(bytes >> 20) + " MiB" : std::to_string(bytes) + " bytes";
  }

  std::unique_ptr<zip_t, Discard> archive_;
  std::string file_;
  Limits limits_;
};

}  // namespace jvom::office
