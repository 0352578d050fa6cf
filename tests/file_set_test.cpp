// Writing is all or nothing: a failed export leaves the folder as it was, a link is replaced rather than
// followed, a full device is an error.
#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>
#include <iterator>
#include <jvom/datasets/jvom2025.hpp>
#include <jvom/io/dataset.hpp>
#include <jvom/io/file_set.hpp>
#include <map>
#include <stdexcept>
#include <string>

#include "temp_folder.hpp"

using namespace jvom;
namespace fs = std::filesystem;

namespace {

// Every entry of `folder` (temporaries too) with its content.
std::map<std::string, std::string> contents(const fs::path& folder) {
  std::map<std::string, std::string> out;
  for (const auto& entry : fs::directory_iterator(folder)) {
    if (entry.is_directory()) {
      out[entry.path().filename().string()] = "(a folder)";
      continue;
    }
    std::ifstream in(entry.path(), std::ios::binary);
    out[entry.path().filename().string()] = {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
  }
  return out;
}

Report small_report() {
  Report r = datasets::jvom2025::report;
  r.annex1 = r.annex1.first(2);
  r.annex2 = r.annex2.first(2);
  r.claims = r.claims.first(1);
  r.acknowledgements = {};
  return r;
}

}  // namespace

TEST_CASE("export: a failure half-way through the set leaves the earlier export as it was") {
  const fs::path out = testing::fresh_path("export-half-way");
  io::save_dataset(out, small_report());
  const auto before = contents(out);
  REQUIRE(before.size() == 5);
  {
    io::FileSet files(out, [](std::string_view name) {
      if (name == "claims.csv") throw io::WriteError("claims.csv", "the test's seam says no");
    });
    CHECK_THROWS_AS(io::save_dataset(files, datasets::jvom2025::report), io::WriteError);
  }  // the set, never committed, goes with its temporaries
  CHECK(contents(out) == before);  // annex1.csv and annex2.csv were written, to temporaries only
  const io::LoadResult back = io::load_dataset(out);
  REQUIRE(back.report);
  CHECK(back.report->report() == small_report());
}

TEST_CASE("export: a symbolic link in the folder is replaced, never written through") {
  const fs::path out = testing::fresh_path("export-link"), outside = testing::fresh_path("outside.csv");
  { std::ofstream(outside) << "keep me\n"; }
  fs::create_directories(out);
  fs::create_symlink(outside, out / "annex1.csv");
  io::save_dataset(out, small_report());
  std::ifstream in(outside);
  CHECK(std::string{std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()} == "keep me\n");
  CHECK(fs::is_regular_file(fs::symlink_status(out / "annex1.csv")));
  CHECK(io::load_dataset(out).report.has_value());
}

TEST_CASE("export: a full device and a folder in place of a file are errors with the system's reason") {
  try {
    io::write_file("/dev/full", [](std::ostream& os) { os << std::string(1 << 17, 'x'); });
    FAIL("writing /dev/full did not fail");
  } catch (const io::WriteError& e) {
    CHECK(std::string(e.what()) == "cannot write /dev/full: No space left on device");
  }
  const fs::path out = testing::fresh_path("export-folder-in-the-way");
  fs::create_directories(out / "claims.csv");
  CHECK_THROWS_WITH_AS(io::save_dataset(out, small_report()), ("cannot write " + (out / "claims.csv").string() +
                                                               ": Is a directory").c_str(),
                       io::WriteError);
  CHECK(contents(out).size() == 1);  // the folder in the way, and no temporaries
  CHECK_THROWS_WITH_AS(io::FileSet(fs::path("/dev/null/x")), "cannot write /dev/null/x: Not a directory",
                       io::WriteError);
}
