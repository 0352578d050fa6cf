#pragma once

#include <cstddef>
#include <string>
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

  /// "annex2.csv:5:23: deployed_military: expected a count (digits only, such as 1481 or 1.481), found '12a'"
  [[nodiscard]] std::string message() const {
    std::string found_text = found.size() > 60 ? found.substr(0, 57) + "..." : found;
    return file + ":" + std::to_string(line) + ":" + std::to_string(column) + ": " + field + ": expected " + expected +
           ", found " + (found.empty() ? std::string("nothing") : "'" + found_text + "'");
  }
};

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
