// libFuzzer entry for jvom::fuzz::pipeline (fuzz/targets.hpp).
#include "targets.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  jvom::fuzz::pipeline(data, size);
  return 0;
}
