// A view of a temporary OwnedReport would dangle at the end of the statement: it does not compile.
#include <jvom/owned_report.hpp>

jvom::Report dangling() { return jvom::OwnedReport{}.report(); }
