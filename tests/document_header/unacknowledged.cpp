// The same header exported without the acknowledgement of CMF's fifth staff officer: the build fails, and the
// diagnostic names the check and the mission.
#include "jvom2025_document_unacknowledged.hpp"
