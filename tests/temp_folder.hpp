#pragma once

// Folders for tests to write into: one root per run of the suite, made with mkdtemp and removed at exit, so
// that two runs on one machine never share (or delete) each other's files.
#include <stdlib.h>

#include <cstdlib>
#include <filesystem>
#include <stdexcept>
#include <string>

namespace jvom::testing {

/// This run's own folder under the system's temporary folder.
inline const std::filesystem::path& run_folder() {
  static const std::filesystem::path root = [] {
    std::string pattern = (std::filesystem::temp_directory_path() / "jvom-test-XXXXXX").string();
    if (::mkdtemp(pattern.data()) == nullptr) throw std::runtime_error("mkdtemp failed for " + pattern);
    std::atexit([] {
      std::error_code ec;
      std::filesystem::remove_all(run_folder(), ec);
    });
    return std::filesystem::path(pattern);
  }();
  return root;
}

/// `name` in this run's folder, not there yet (whatever was there is removed).
inline std::filesystem::path fresh_path(const std::string& name) {
  const std::filesystem::path path = run_folder() / name;
  std::filesystem::remove_all(path);
  return path;
}

}  // namespace jvom::testing
