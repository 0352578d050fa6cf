// The core (value types, parsers, algorithms, checks) must not pull in iostream, CSV or JSON: this file
// includes the umbrella header first and nothing else before the guards below. (<ostream> and <sstream>
// cannot be tested this way: libstdc++ 12's <chrono> includes them for its C++20 formatting. That our
// own headers include no stream header is checked on the sources by the test core_includes.sources.)
#include <jvom/jvom.hpp>

#if defined(_GLIBCXX_IOSTREAM) || defined(_GLIBCXX_FSTREAM)
#error "jvom/jvom.hpp pulls in <iostream> or <fstream>; printing and I/O belong in jvom/io/"
#endif

#include <doctest/doctest.h>

TEST_CASE("the header's version is the CMake project's version") {
  // The #error above guards the includes; this checks that the two version numbers have not drifted.
  CHECK(jvom::version_major == JVOM_PROJECT_VERSION_MAJOR);
  CHECK(jvom::version_minor == JVOM_PROJECT_VERSION_MINOR);
  CHECK(jvom::version_patch == JVOM_PROJECT_VERSION_PATCH);
}
