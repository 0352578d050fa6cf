#pragma once

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <functional>
#include <ostream>
#include <stdexcept>
#include <streambuf>
#include <string>
#include <string_view>
#include <system_error>
#include <vector>

/// Files written all or nothing: what every file jvom's tools write goes through.
///
/// Each file is written to a temporary file beside it (created anew, never through a symbolic link),
/// flushed, synced and closed with every result checked; only once every file of the set is written are
/// the temporaries renamed over the old files. A failure leaves the folder as it was: the old files, and no
/// temporaries. Renaming replaces a symbolic link in the folder rather than writing where it points. A
/// device or pipe (`-o /dev/stdout`) is written in place, since it cannot be replaced; its errors are
/// still errors.
namespace jvom::io {

/// A file that could not be written: its path and the system's reason.
class WriteError : public std::runtime_error {
 public:
  WriteError(const std::filesystem::path& path, const std::string& reason)
      : std::runtime_error("cannot write " + path.string() + ": " + reason), path_(path) {}
  [[nodiscard]] const std::filesystem::path& path() const noexcept { return path_; }

 private:
  std::filesystem::path path_;
};

namespace detail {
inline std::string system_reason(int error) { return std::generic_category().message(error); }
}  // namespace detail

/// An output stream buffer over a file descriptor (standard output is 1) that keeps the first error the
/// system gave, for a message that says why: `std::ostream out(&buffer); ... if (buffer.error()) ...`.
class FileBuffer : public std::streambuf {
 public:
  explicit FileBuffer(int fd) : fd_(fd) { setp(buffer_, buffer_ + sizeof buffer_); }
  FileBuffer(const FileBuffer&) = delete;
  FileBuffer& operator=(const FileBuffer&) = delete;
  ~FileBuffer() override { drain(); }

  /// The first error (an `errno` value), or 0.
  [[nodiscard]] int error() const noexcept { return error_; }

 protected:
  int_type overflow(int_type c) override {
    if (!drain()) return traits_type::eof();
    if (!traits_type::eq_int_type(c, traits_type::eof())) {
      *pptr() = traits_type::to_char_type(c);
      pbump(1);
    }
    return traits_type::not_eof(c);
  }
  int sync() override { return drain() ? 0 : -1; }

 private:
  bool drain() {
    const char* at = pbase();
    while (at < pptr()) {
      const ssize_t n = ::write(fd_, at, static_cast<std::size_t>(pptr() - at));
      if (n < 0 && errno == EINTR) continue;
      if (n <= 0) {
        if (error_ == 0) error_ = n < 0 ? errno : EIO;
        return false;
      }
      at += n;
    }
    setp(buffer_, buffer_ + sizeof buffer_);
    return true;
  }

  int fd_;
  int error_ = 0;
  char buffer_[1 << 16];
};

namespace detail {

// Writes `body` to the open descriptor `fd`, then syncs (regular files only) and closes it; the first error.
inline int write_through(int fd, const std::function<void(std::ostream&)>& body, bool regular) {
  int error = 0;
  {
    FileBuffer buffer(fd);
    std::ostream os(&buffer);
    try {
      body(os);
    } catch (...) {
      ::close(fd);
      throw;
    }
    os.flush();
    error = buffer.error();
    if (error == 0 && !os) error = EIO;
  }
  if (error == 0 && regular && ::fsync(fd) != 0) error = errno;
  if (::close(fd) != 0 && error == 0) error = errno;
  return error;
}

}  // namespace detail

/// A set of files in one folder, written all or nothing (see the namespace's comment).
class FileSet {
 public:
  /// Files in `folder`, which is made if it is not there. `before_write` is called with each file's name
  /// before it is written: a seam for tests, to fail a set half-way.
  explicit FileSet(std::filesystem::path folder, std::function<void(std::string_view)> before_write = {})
      : folder_(std::move(folder)), before_write_(std::move(before_write)) {
    std::error_code ec;
    std::filesystem::create_directories(folder_, ec);
    if (ec) throw WriteError(folder_, ec.message());
    if (!std::filesystem::is_directory(folder_, ec)) throw WriteError(folder_, "not a folder");
  }
  FileSet(const FileSet&) = delete;
  FileSet& operator=(const FileSet&) = delete;
  ~FileSet() {
    for (const Pending& p : pending_) ::unlink(p.temporary.c_str());
  }

  [[nodiscard]] const std::filesystem::path& folder() const noexcept { return folder_; }

  /// Writes the file `name` of the folder through `body`, to a temporary file until `commit`.
  void write(std::string_view name, const std::function<void(std::ostream&)>& body) {
    if (before_write_) before_write_(name);
    const std::filesystem::path target = folder_ / std::string(name);
    struct stat info {};
    const bool exists = ::lstat(target.c_str(), &info) == 0;
    if (exists && S_ISDIR(info.st_mode)) throw WriteError(target, detail::system_reason(EISDIR));
    if (exists && (S_ISCHR(info.st_mode) || S_ISFIFO(info.st_mode))) {  // a device or pipe: in place
      const int fd = ::open(target.c_str(), O_WRONLY | O_CLOEXEC | O_NOFOLLOW);
      if (fd < 0) throw WriteError(target, detail::system_reason(errno));
      if (const int error = detail::write_through(fd, body, false)) throw WriteError(target, detail::system_reason(error));
      return;
    }
    std::string hidden = ".";  // appended (workaround: gcc_restrict_false_positive, config.hpp)
    hidden.append(name).append(".jvom-XXXXXX");
    std::string temporary = (folder_ / hidden).string();
    const int fd = ::mkostemp(temporary.data(), O_CLOEXEC);  // a new file: never through a link
    if (fd < 0) throw WriteError(target, detail::system_reason(errno));
    pending_.push_back({temporary, target});
    (void)::fchmod(fd, exists && S_ISREG(info.st_mode) ? (info.st_mode & 07777) : 0644);  // as the old file's
    if (const int error = detail::write_through(fd, body, true)) throw WriteError(target, detail::system_reason(error));
  }

  /// Renames every file written over the old one. Until then, the folder is as it was.
  void commit() {
    for (std::size_t i = 0; i < pending_.size(); ++i)
      if (std::rename(pending_[i].temporary.c_str(), pending_[i].target.c_str()) != 0) {
        const int error = errno;
        pending_.erase(pending_.begin(), pending_.begin() + static_cast<std::ptrdiff_t>(i));
        throw WriteError(pending_.front().target, detail::system_reason(error));
      }
    pending_.clear();
    if (const int dir = ::open(folder_.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC); dir >= 0) {
      ::fsync(dir);  // the renames too, where the file system allows
      ::close(dir);
    }
  }

 private:
  struct Pending {
    std::filesystem::path temporary, target;
  };
  std::filesystem::path folder_;
  std::function<void(std::string_view)> before_write_;
  std::vector<Pending> pending_;
};

/// Writes one file at `path` all or nothing.
inline void write_file(const std::filesystem::path& path, const std::function<void(std::ostream&)>& body) {
  const std::filesystem::path folder = path.has_parent_path() ? path.parent_path() : std::filesystem::path(".");
  FileSet files(folder);
  files.write(path.filename().string(), body);
  files.commit();
}

}  // namespace jvom::io
