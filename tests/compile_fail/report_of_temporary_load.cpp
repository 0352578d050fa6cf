// A view of the report a loader returns, taken from the temporary result: it would dangle at the end of the
// statement, so it does not compile (keep the result: auto loaded = jvom::io::load_dataset(dir);).
#include <jvom/io/dataset.hpp>

jvom::Report dangling(const std::filesystem::path& dir) { return jvom::io::load_dataset(dir).report->report(); }
