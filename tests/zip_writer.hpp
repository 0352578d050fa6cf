#pragma once

// Builds a ZIP archive in memory with libzip, for tests of the office readers: parts by name, optionally
// encrypted with a password (AES-256), as another producer would write them.
#include <zip.h>

#include <stdexcept>
#include <string>
#include <utility>
#include <vector>

namespace jvom::testing {

struct ZipPart {
  std::string name, content;
  const char* password = nullptr;
};

inline std::string zip_archive(const std::vector<ZipPart>& parts) {
  zip_error_t error;
  zip_error_init(&error);
  zip_source_t* buffer = zip_source_buffer_create(nullptr, 0, 0, &error);
  zip_t* archive = buffer ? zip_open_from_source(buffer, ZIP_TRUNCATE, &error) : nullptr;
  if (archive == nullptr) throw std::runtime_error("zip_archive: cannot create an archive");
  zip_source_keep(buffer);  // read back after zip_close
  for (const ZipPart& part : parts) {
    zip_source_t* data = zip_source_buffer(archive, part.content.data(), part.content.size(), 0);
    const zip_int64_t index = zip_file_add(archive, part.name.c_str(), data, ZIP_FL_ENC_UTF_8);
    if (index < 0) throw std::runtime_error("zip_archive: cannot add " + part.name);
    if (part.password != nullptr &&
        zip_file_set_encryption(archive, static_cast<zip_uint64_t>(index), ZIP_EM_AES_256, part.password) != 0)
      throw std::runtime_error("zip_archive: cannot encrypt " + part.name);
  }
  if (zip_close(archive) != 0) throw std::runtime_error("zip_archive: cannot write the archive");
  std::string out;
  zip_source_open(buffer);
  char chunk[4096];
  for (zip_int64_t n; (n = zip_source_read(buffer, chunk, sizeof chunk)) > 0;) out.append(chunk, static_cast<std::size_t>(n));
  zip_source_close(buffer);
  zip_source_free(buffer);
  return out;
}

}  // namespace jvom::testing
