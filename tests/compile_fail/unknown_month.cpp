// A misspelt month is a compile error naming what was expected.
#include <jvom/text/as_printed.hpp>

constexpr auto end = jvom::as_printed::end("31 agustus 2024");
