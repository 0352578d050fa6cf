// libFuzzer entry for jvom::fuzz::odt (fuzz/office_targets.hpp).
#include "office_targets.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  jvom::fuzz::odt(data, size);
  return 0;
}
