// libFuzzer entry for jvom::fuzz::legal_basis (fuzz/targets.hpp).
#include "targets.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  jvom::fuzz::legal_basis(data, size);
  return 0;
}
