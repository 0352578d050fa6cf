// libFuzzer entry for jvom::fuzz::dates (fuzz/targets.hpp).
#include "targets.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  jvom::fuzz::dates(data, size);
  return 0;
}
