// 31 februari is not a date; a dataset that prints it does not compile.
#include <jvom/text/as_printed.hpp>

constexpr auto end = jvom::as_printed::end("31 februari 2025");
