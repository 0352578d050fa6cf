#pragma once

#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstddef>
#include <filesystem>
#include <string>
#include <system_error>
#include <vector>

/// What went wrong reading a dataset: where (file, line, column), in which field, what was expected and
/// what was found.
namespace jvom::io {

struct LoadError {
  std::string file;        ///< "annex2.csv", or a path
  std::size_t line = 0;    ///< 1-based
  std::size_t column = 0;  ///< 1-based, in characters
  std::string field;       ///< the column's name, or what was being read ("header", "file")
  std::string expected;
  std::string found;

  /// "annex2.csv:5:23: deployed_military: expected a count (digits only, such as 1481 or 1.481), found '12a'";
  /// about a file as a whole (line 0), "annex1.csv: file: expected ..., found 'No such file or directory'".
  [[nodiscard]] std::string message() const {
    std::string found_text = found.size() > 60 ? found.substr(0, 57) + "..." : found;
    const std::string place = line == 0 ? file : file + ":" + std::to_string(line) + ":" + std::to_string(column);
    return place + ": " + field + ": expected " + expected + ", found " +
           (found.empty() ? std::string("nothing") : "'" + found_text + "'");
  }
};

/// Why `path` cannot be read, as the system says it: "No such file or directory", "Is a directory",
/// "Permission denied", "Too many levels of symbolic links"; empty when it can be.
/// (Asked with stat and access, never by opening it: opening a named pipe to see would take its data.)
[[nodiscard]] inline std::string unreadable_because(const std::filesystem::path& path) {
  struct stat info {};
  if (::stat(path.c_str(), &info) != 0) return std::generic_category().message(errno);
  if (S_ISDIR(info.st_mode)) return std::generic_category().message(EISDIR);
  if (::access(path.c_str(), R_OK) != 0) return std::generic_category().message(errno);
  return {};
}

/// Collects errors up to a limit per file, so that a broken file yields its errors, not thousands.
class LoadErrors {
 public:
  static constexpr std::size_t max_per_file = 50;

  void add(LoadError e) {
    if (per_file_ < max_per_file)
      errors_.push_back(std::move(e));
    else if (per_file_ == max_per_file)
      truncated_ = true;
    ++per_file_;
  }
  void next_file() noexcept { per_file_ = 0; }

  [[nodiscard]] bool empty() const noexcept { return errors_.empty(); }
  [[nodiscard]] const std::vector<LoadError>& all() const noexcept { return errors_; }
  [[nodiscard]] bool truncated() const noexcept { return truncated_; }

 private:
  std::vector<LoadError> errors_;
  std::size_t per_file_ = 0;
  bool truncated_ = false;
};

}  // namespace jvom::io
