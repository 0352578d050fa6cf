// libFuzzer entry for jvom::fuzz::document (fuzz/targets.hpp).
#include "targets.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  jvom::fuzz::document(data, size);
  return 0;
}
