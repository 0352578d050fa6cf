// libFuzzer entry for jvom::fuzz::docx (fuzz/office_targets.hpp).
#include "office_targets.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  jvom::fuzz::docx(data, size);
  return 0;
}
