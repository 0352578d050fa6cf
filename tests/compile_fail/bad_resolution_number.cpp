// A resolution without a number is a compile error.
#include <jvom/text/as_printed.hpp>

constexpr auto basis = jvom::as_printed::legal_basis("VNVR-resolutie twee");
