// libFuzzer entry for jvom::fuzz::csv_reader (fuzz/targets.hpp).
#include "targets.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  jvom::fuzz::csv_reader(data, size);
  return 0;
}
